#include "models/leadmodel.h"

#include "store/changeset.h"
#include "store/reader.h"
#include "store/store.h"

#include <QLocale>

namespace relaydesk::models {

LeadModel::LeadModel(store::Store *store, QObject *parent)
    : QObject(parent)
{
    setStore(store);
}

void LeadModel::setStore(store::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &store::Store::changed, this, &LeadModel::onStoreChanged);
    reload();
}

void LeadModel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    reload();
}

void LeadModel::reload()
{
    store::ContactDetails details;
    if (m_store && m_conversationId != 0) {
        const std::optional<store::ConversationRow> conversation = m_store->reader().conversation(m_conversationId);
        if (conversation && conversation->contactId != 0)
            details = m_store->reader().contactDetails(conversation->contactId).value_or(store::ContactDetails{});
    }
    m_details = std::move(details);
    emit changed();
}

void LeadModel::onStoreChanged(const store::ChangeSet &changes)
{
    if (m_conversationId == 0)
        return;
    if (changes.conversations.contains(m_conversationId) || changes.removedConversations.contains(m_conversationId)
        || (hasContact() && changes.contacts.contains(m_details.contact.id)))
        reload();
}

QString LeadModel::value() const
{
    if (!hasLead() || m_details.lead.currency.isEmpty())
        return {};
    // Minor units: two decimals for the currencies our customers use.
    return QLocale().toCurrencyString(double(m_details.lead.valueMinor) / 100.0, m_details.lead.currency);
}

} // namespace relaydesk::models
