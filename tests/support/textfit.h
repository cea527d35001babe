#pragma once

// Text the agent cannot read whole: for suites that lay the window out in
// another language, at a larger scale or with a larger font. Header-only,
// for the suites that link the widgets.

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace relaydesk::test {

// Any visible control whose text is wider than the control itself.
inline QStringList cutOffTexts(QWidget *root)
{
    QStringList cut;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        const int need = button->minimumSizeHint().width();
        if (button->width() < need)
            cut << QStringLiteral("button “%1”: %2 px for %3 px").arg(button->text()).arg(button->width()).arg(need);
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty()
            || label->pixmap().isNull() == false)
            continue;
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue; // deliberately cut at the narrowest (e.g. long channel ids)
        const int need = label->minimumSizeHint().width();
        if (label->width() < need)
            cut << QStringLiteral("label “%1”: %2 px for %3 px").arg(label->text()).arg(label->width()).arg(need);
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(root) || tabs->count() == 0)
            continue;
        const QRect last = tabs->tabRect(tabs->count() - 1);
        const QRect first = tabs->tabRect(0);
        if (first.left() < 0 || last.right() > tabs->width())
            cut << QStringLiteral("tabs “%1 … %2” need %3 px, have %4 px")
                       .arg(tabs->tabText(0), tabs->tabText(tabs->count() - 1))
                       .arg(last.right() - first.left())
                       .arg(tabs->width());
    }
    for (QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        for (QAction *menu : bar->actions()) {
            if (bar->actionGeometry(menu).right() > bar->width())
                cut << QStringLiteral("menu “%1” falls off the menu bar").arg(menu->text());
        }
    }
    return cut;
}

} // namespace relaydesk::test
