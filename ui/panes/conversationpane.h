#pragma once

#include "appearance/retranslator.h"

#include <QWidget>

class QAbstractButton;
class QBoxLayout;
class QFrame;
class QLabel;
class QButtonGroup;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace relaydesk::models {
class ConversationListModel;
}

namespace relaydesk::ui {

class EmptyState;

// The left pane: the agent's conversations, newest activity first.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    // Shows this model's conversations (the empty state when it has none);
    // typing in the filter narrows it by name.
    void setModel(models::ConversationListModel *model);
    QLineEdit *filterEdit() const { return m_filter; }
    // Beside the name filter: only urgent and high-priority conversations (Alt+G).
    QToolButton *priorityFilterButton() const { return m_priorityOnly; }
    // Urgent conversations first (View → Urgent conversations first), else newest activity first.
    void setPriorityFirst(bool first);
    bool isPriorityFirst() const { return m_priorityFirst; }

    // Whose conversations: the agent's own, nobody's yet, or everyone's.
    enum class Scope { Mine, Unassigned, All };
    // Which status the list shows.
    enum class Status { Open, Pending, Snoozed, Resolved };
    void setScope(Scope scope);
    void setStatus(Status status);
    Scope scope() const { return m_scope; }
    Status status() const { return m_status; }
    // The signed-in agent, for "Mine" (0: nobody signed in).
    void setAgentId(qint64 agentId);
    // A first sync is reading the workspace's conversations: an empty list
    // says they are coming, never that there are none.
    void setHistoryArriving(bool arriving);
    QTabBar *statusTabs() const { return m_statusTabs; }
    QAbstractButton *scopeButton(Scope scope) const;
    EmptyState *emptyState() const { return m_empty; }

    // The window's current conversation (conversationcurrent.cpp). The list
    // shows it selected whenever it holds it; with `reveal`, the status tab,
    // scope and name filter move to where it is. Otherwise a line above the
    // list names it and where it is, with a way to go there. Rows the list
    // selects by itself (a row removed, a reset, focus) never choose.
    struct Place
    {
        qint64 id = 0; // 0: none open
        QString name;
        QString status; // "open", "pending", "snoozed", "resolved"
        qint64 assigneeId = 0;
    };
    void showCurrent(const Place &place, bool reveal);
    qint64 currentId() const { return m_current.id; }
    // The customer's name of the current conversation (empty: none open).
    QString currentName() const { return m_current.name; }
    QPushButton *elsewhereButton() const { return m_elsewhere; }

    // Several rows chosen at once (Ctrl/Shift+click, Shift+arrows, Ctrl+A;
    // conversationselection.cpp): none of them opens, the current
    // conversation stays, and a bar above the list says how many with what
    // can be done to all of them. Esc (or the bar's Clear) lets go.
    enum class Bulk { Resolve, Assign, Snooze, MarkRead, Clear };
    QFrame *selectionBar() const { return m_selectionBar; }
    QLabel *selectionLabel() const { return m_selectionLabel; }
    QToolButton *bulkButton(Bulk which) const;
    // The conversations selected, in the list's order (one is a plain selection).
    QList<qint64> selectedIds() const;
    int selectedCount() const;
    // Back to the current conversation alone.
    void clearSelection();
    // The conversations a row's menu acts on: all selected ones when the row
    // is one of several selected, else the row's own.
    QList<qint64> menuTargets(const QModelIndex &row) const;
    // Offered when the name filter finds nobody: look for the words in the messages.
    QLabel *searchOffer() const { return m_searchOffer; }

signals:
    void filterChanged();
    // The agent chose a conversation in the list (click, keys, Alt+Up/Down).
    void conversationChosen(qint64 conversationId);
    // showCurrent() was told about the current conversation (its name may be new).
    void currentShown();
    // A row's menu (right click, the Menu key, Shift+F10) for these conversations.
    void rowMenuRequested(const QList<qint64> &conversationIds, const QPoint &globalPos);
    // The filter found no name: search the messages for this text (Ctrl+K).
    void searchMessagesRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kMinimumWidth = 220;
    void fitMinimumWidth();
    // The tabs' and scope buttons' names with their counts from the model.
    void showCounts();
    void showListOrEmpty();
    void applyFilter();
    void makeElsewhereLine(QBoxLayout *layout);
    void watchModelChanges(models::ConversationListModel *model);
    void listCurrentChanged(const QModelIndex &current);
    void syncSelection();
    void makeSelectionBar(QBoxLayout *layout);
    void showSelection();
    void listClicked(const QModelIndex &index);
    void rowMenu(const QModelIndex &row, const QPoint &globalPos);
    void makeSearchOffer(QBoxLayout *layout);
    QFrame *m_selectionBar = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QList<QToolButton *> m_bulkButtons;
    QLabel *m_searchOffer = nullptr;
    bool selectIfListed(qint64 conversationId);
    Place m_current;
    QPushButton *m_elsewhere = nullptr;
    int m_quiet = 0; // while the model or the pane itself moves the list's current row
    // Rows moving (a reply sends its conversation to the top) keep the
    // current conversation in sight when it was in sight before; where the
    // agent scrolled away from it, the list stays where they put it.
    void noteCurrentInView();
    void keepCurrentInView();
    bool m_currentWasInView = false;

    models::ConversationListModel *m_model = nullptr;
    QLineEdit *m_filter;
    QToolButton *m_priorityOnly = nullptr;
    bool m_priorityFirst = false;
    QButtonGroup *m_scopeButtons;
    QTabBar *m_statusTabs;
    Scope m_scope = Scope::All;
    Status m_status = Status::Open;
    qint64 m_agentId = 0;
    bool m_historyArriving = false;
    QListView *m_list;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    Retranslator m_texts;
};

} // namespace relaydesk::ui
