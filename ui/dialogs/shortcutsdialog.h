#pragma once

// F1: every keyboard shortcut of the window, read from the window itself (the
// shortcuts of its actions, in its menus or not, and the Alt+letter of its
// buttons), so the list cannot go stale; grouped by the part of the window
// they act in, with the keys the lists and the composer understand.

#include <QDialog>
#include <QKeySequence>

class QAction;
class QMainWindow;
class QTreeWidget;

namespace relaydesk::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Area { ConversationList, Conversation, Thread, Lead, Navigation, Pictures, Window };
    struct Entry
    {
        Area area = Area::Window;
        QString name; // without mnemonic marks or a trailing "…"
        QString keys; // as the platform writes them
    };

    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // What F1 lists for `window`, in order of area.
    static QList<Entry> entries(QMainWindow *window);
    // An action's or button's text as a plain name: no "&", no "(&T)" that
    // languages without Latin letters add for the mnemonic, no "…".
    static QString plainName(const QString &text);
    static QString areaName(Area area);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace relaydesk::ui
