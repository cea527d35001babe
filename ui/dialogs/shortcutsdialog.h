#pragma once

// F1: every keyboard shortcut of the window, read from its actions (so the
// list is always the truth), grouped by menu.

#include <QDialog>

class QAction;
class QTreeWidget;

namespace relaydesk::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace relaydesk::ui
