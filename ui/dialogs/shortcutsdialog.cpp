#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relaydesk::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(520, 560);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Besides the menus: keys the lists and the composer understand.
    const QList<QPair<QString, QString>> extra = {
        {tr("Send the reply"), tr("Enter")},
        {tr("New line in the reply"), tr("Shift+Enter")},
        {tr("Quick reply"), tr("/ and its shortcut, then Enter or Tab")},
        {tr("Open the selected message's link"), tr("Enter")},
        {tr("Copy the selected message"), tr("Ctrl+C")},
        {tr("Message menu (open or copy a link)"), tr("Menu key")},
        {tr("Move in a list"), tr("Up, Down, Page Up, Page Down")},
        {tr("Move between panes"), tr("Tab, Shift+Tab")},
    };
    for (QAction *action : actions) {
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QStringLiteral("…"));
        auto *item = new QTreeWidgetItem(m_list, {name, action->shortcut().toString(QKeySequence::NativeText)});
        item->setData(1, Qt::AccessibleTextRole, action->shortcut().toString(QKeySequence::NativeText));
    }
    for (const auto &[name, keys] : extra)
        new QTreeWidgetItem(m_list, {name, keys});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Qt has no Hindi or Indonesian for its own buttons: name it ourselves.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

} // namespace relaydesk::ui
