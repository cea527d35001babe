#include "panes/conversationpane.h"

#include "widgets/emptystate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relaydesk::ui {

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    auto *title = new QLabel(tr("Conversations"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter conversations by name"));

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Conversations"));

    m_empty->setTitle(tr("No conversations yet"));
    m_empty->setHint(tr("When customers write on WhatsApp, Messenger or the web chat, "
                        "their conversations appear here."));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
}

} // namespace relaydesk::ui
