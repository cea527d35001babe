#include "panes/conversationpane.h"

#include "panes/conversationdelegate.h"
#include "widgets/emptystate.h"

#include "models/conversationlistmodel.h"

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
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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

void ConversationPane::setModel(models::ConversationListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_list->setModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ConversationPane::showListOrEmpty);
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationPane::showListOrEmpty);
        connect(m_filter, &QLineEdit::textChanged, model, &models::ConversationListModel::setNameFilter,
                Qt::UniqueConnection);
    }
    showListOrEmpty();
}

void ConversationPane::showListOrEmpty()
{
    const bool any = m_model && m_model->rowCount() > 0;
    if (!any && m_model && !m_filter->text().trimmed().isEmpty()) {
        m_empty->setTitle(tr("No conversation matches"));
        m_empty->setHint(tr("No customer's name contains \"%1\".").arg(m_filter->text().trimmed()));
    } else if (!any) {
        m_empty->setTitle(tr("No conversations yet"));
        m_empty->setHint(tr("When customers write on WhatsApp, Messenger or the web chat, "
                            "their conversations appear here."));
    }
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_list) : m_empty);
}

} // namespace relaydesk::ui
