#pragma once

#include <QListView>
#include <QScopedValueRollback>

namespace relaydesk::ui {

// The conversation list's view. Focus coming to it makes its first row
// current when none is (QAbstractItemView does so); that is the list
// moving by itself, not the agent choosing a customer, so the pane is told
// to stay quiet meanwhile.
class ConversationListView : public QListView
{
public:
    ConversationListView(int *quiet, QWidget *parent)
        : QListView(parent)
        , m_quiet(quiet)
    {
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        const QScopedValueRollback<int> quiet(*m_quiet, *m_quiet + 1);
        QListView::focusInEvent(event);
    }

private:
    int *m_quiet;
};

} // namespace relaydesk::ui
