#include "dialogs/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relaydesk::ui {

namespace {

QString keysOf(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// The part of the window a widget lives in, by the panes' object names.
std::optional<ShortcutsDialog::Area> paneOf(const QWidget *widget)
{
    for (const QWidget *at = widget; at && !at->isWindow(); at = at->parentWidget()) {
        const QString name = at->objectName();
        if (name == QLatin1String("conversationPane"))
            return ShortcutsDialog::Area::ConversationList;
        if (name == QLatin1String("threadPane"))
            return ShortcutsDialog::Area::Thread;
        if (name == QLatin1String("leadPane"))
            return ShortcutsDialog::Area::Lead;
    }
    return std::nullopt;
}

// A menu of the menu bar names the area of its commands. Compared with the
// window's own (translated) titles; a menu not known here is still listed,
// under Window.
ShortcutsDialog::Area areaOfMenu(const QMenu *menu)
{
    const QString title = menu->title();
    auto is = [&title](const char *source) {
        return title == QCoreApplication::translate("relaydesk::ui::MainWindow", source);
    };
    if (is("&View"))
        return ShortcutsDialog::Area::Navigation;
    if (is("&Conversation"))
        return ShortcutsDialog::Area::Conversation;
    return ShortcutsDialog::Area::Window;
}

void addMenu(const QMenu *menu, ShortcutsDialog::Area area, QSet<const QAction *> &seen,
             QList<ShortcutsDialog::Entry> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), area, seen, out);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        out.append({area, ShortcutsDialog::plainName(action->text()), keysOf(action->shortcut())});
    }
}

} // namespace

QString ShortcutsDialog::plainName(const QString &text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString name = text;
    name.remove(cjkMnemonic);
    name.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    name.remove(QLatin1Char('&'));
    name.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    name.remove(QStringLiteral("…"));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

QString ShortcutsDialog::areaName(Area area)
{
    switch (area) {
    case Area::ConversationList:
        return tr("Conversation list");
    case Area::Conversation:
        return tr("The open conversation");
    case Area::Thread:
        return tr("Thread and reply");
    case Area::Lead:
        return tr("Lead panel");
    case Area::Navigation:
        return tr("Moving around and search");
    case Area::Pictures:
        return tr("Pictures and videos");
    case Area::Window:
        break;
    }
    return tr("Window");
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QMainWindow *window)
{
    QList<Entry> found;
    QSet<const QAction *> seen;
    // The menus' commands.
    for (QAction *item : window->menuBar()->actions()) {
        if (item->menu())
            addMenu(item->menu(), areaOfMenu(item->menu()), seen, found);
    }
    // Actions outside the menus: the window's own and its widgets'.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || seen.contains(action) || action->isSeparator())
            continue;
        // In a menu (a context menu made now and then, a popped-out window): not the window's.
        bool elsewhere = false;
        std::optional<Area> pane;
        for (QObject *owner : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(owner);
            if (!widget || qobject_cast<QMenu *>(widget) || widget->window() != window)
                elsewhere = true;
            else if (!pane)
                pane = paneOf(widget);
        }
        if (elsewhere)
            continue;
        seen.insert(action);
        found.append({pane.value_or(Area::Window), plainName(action->text()), keysOf(action->shortcut())});
    }
    // Buttons: their shortcut, or the Alt+letter of their name.
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->window() != window)
            continue;
        QKeySequence keys = button->shortcut();
        if (keys.isEmpty())
            keys = QKeySequence::mnemonic(button->text());
        if (keys.isEmpty())
            continue;
        QString name = plainName(button->text());
        if (name.isEmpty() || !name.at(0).isLetterOrNumber())
            name = plainName(button->accessibleName());
        found.append({paneOf(button).value_or(Area::Window), name, keysOf(keys)});
    }
    // Keys the lists, the composer and the viewers understand themselves.
    const QList<Entry> keys = {
        {Area::ConversationList, tr("Move in the list"), tr("Up, Down, Page Up, Page Down")},
        {Area::Thread, tr("Send the reply"), tr("Enter")},
        {Area::Thread, tr("New line in the reply"), tr("Shift+Enter")},
        {Area::Thread, tr("Quick reply"), tr("/ and its shortcut, then Enter or Tab")},
        {Area::Thread, tr("Open the selected message's attachment or link"), tr("Enter")},
        {Area::Thread, tr("Play or pause the selected voice note"), tr("Enter, Space")},
        {Area::Thread, tr("Slower or faster voice note (1×, 1.5×, 2×)"), tr("[, ]")},
        {Area::Thread, tr("Copy the selected message"), keysOf(QKeySequence::Copy)},
        {Area::Thread, tr("Message menu (reply, copy, open a link)"), tr("Menu key")},
        {Area::Lead, tr("Move the lead to the previous or next stage"), tr("Left, Right (on the stages)")},
        {Area::Lead, tr("Move the lead to the first or last stage"), tr("Home, End (on the stages)")},
        {Area::Pictures, tr("Zoom in, zoom out"), tr("+, -")},
        {Area::Pictures, tr("Fit the picture to the window"), QStringLiteral("0")},
        {Area::Pictures, tr("Actual size"), QStringLiteral("1")},
        {Area::Pictures, tr("Previous or next picture of the conversation"), tr("Left, Right")},
        {Area::Pictures, tr("Save the picture"), keysOf(QKeySequence::Save)},
        {Area::Pictures, tr("Play or pause a video"), tr("Space")},
        {Area::Pictures, tr("Close the viewer"), tr("Esc")},
        {Area::Window, tr("Move between panes"), tr("Tab, Shift+Tab")},
    };
    found += keys;
    std::stable_sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) { return a.area < b.area; });
    return found;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(12);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    std::optional<Area> groupArea;
    for (const Entry &entry : entries(window)) {
        if (!groupArea || *groupArea != entry.area) {
            groupArea = entry.area;
            group = new QTreeWidgetItem(m_list, {areaName(entry.area)});
            QFont bold = group->font(0);
            bold.setWeight(QFont::DemiBold);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {entry.name, entry.keys});
        item->setData(1, Qt::AccessibleTextRole, entry.keys);
    }
    m_list->expandAll();
    m_list->setCurrentItem(nullptr);
    // Every name whole, in every language: the columns as wide as their words.
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + 16);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Qt has no Hindi or Indonesian for its own buttons: name it ourselves.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);

    const QScreen *screen = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
    const int wanted = m_list->columnWidth(0) + m_list->columnWidth(1) + m_list->verticalScrollBar()->sizeHint().width()
                       + 2 * m_list->frameWidth() + layout->contentsMargins().left() + layout->contentsMargins().right()
                       + 8;
    resize(std::min(std::max(wanted, 520), available.width() * 9 / 10), std::min(640, available.height() * 9 / 10));
}

} // namespace relaydesk::ui
