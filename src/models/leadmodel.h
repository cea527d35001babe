#pragma once

// The customer behind the open conversation, and their lead, for the lead
// panel: read from the store and refreshed when the store says the contact,
// the lead or the conversation changed.

#include "store/rows.h"

#include <QObject>

namespace relaydesk::store {
class Store;
struct ChangeSet;
} // namespace relaydesk::store

namespace relaydesk::models {

class LeadModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasContact READ hasContact NOTIFY changed)
    Q_PROPERTY(bool hasLead READ hasLead NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString value READ value NOTIFY changed)

public:
    explicit LeadModel(store::Store *store, QObject *parent = nullptr);

    void setStore(store::Store *store);
    // Shows the customer of this conversation (0: nobody).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    bool hasContact() const { return m_details.contact.id != 0; }
    bool hasLead() const { return m_details.lead.exists; }
    QString name() const { return m_details.contact.name; }
    QString stage() const { return m_details.lead.stage; }
    // The lead's value in its currency, for the agent's locale ("AED 1,250.00").
    QString value() const;
    const store::ContactRow &contact() const { return m_details.contact; }
    const store::LeadRow &lead() const { return m_details.lead; }
    // The customer's conversations, newest first (this one included).
    const QVector<store::ConversationRow> &conversations() const { return m_details.conversations; }

    void reload();

signals:
    void changed();

private:
    void onStoreChanged(const store::ChangeSet &changes);

    store::Store *m_store = nullptr;
    qint64 m_conversationId = 0;
    store::ContactDetails m_details;
};

} // namespace relaydesk::models
