#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QStackedWidget;

namespace relaydesk::ui {

class EmptyState;

// The left pane: the agent's conversations, newest activity first.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    QLineEdit *m_filter;
    QListView *m_list;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
};

} // namespace relaydesk::ui
