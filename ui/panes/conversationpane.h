#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QStackedWidget;

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

private:
    void showListOrEmpty();

    models::ConversationListModel *m_model = nullptr;
    QLineEdit *m_filter;
    QListView *m_list;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
};

} // namespace relaydesk::ui
