#pragma once

// The customer behind the open conversation, and their lead, for the lead
// panel: read from the store and refreshed when the store says the contact,
// the lead, the conversation or the agent's waiting edits changed. Edits go
// to the outbox as `lead.update` (the lead) and `contact.update` (the
// customer's name, e-mail and phone) and show at once as pending; a refused
// edit is kept beside the server's record until the agent chooses.

#include "models/contactfields.h"
#include "store/rows.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace relaydesk::store {
class Store;
struct ChangeSet;
} // namespace relaydesk::store
namespace relaydesk::sync {
class OutboxSender;
}

namespace relaydesk::models {

class LeadModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasContact READ hasContact NOTIFY changed)
    Q_PROPERTY(bool hasLead READ hasLead NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString value READ value NOTIFY changed)
    Q_PROPERTY(bool pending READ isPending NOTIFY changed)
    Q_PROPERTY(bool conflict READ hasConflict NOTIFY changed)

public:
    explicit LeadModel(store::Store *store, QObject *parent = nullptr);

    void setStore(store::Store *store);
    // Where edits go; without one (signed out) the lead is read-only.
    void setOutbox(sync::OutboxSender *outbox);
    bool canEdit() const;
    // Shows the customer of this conversation (0: nobody).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    // The workspace's pipeline, in order; a stage the lead has that is not in
    // it is shown after it. Defaults to New … Lost.
    static QStringList defaultStages();
    void setStages(const QStringList &stages);
    QStringList stages() const;
    // The workspace's deal currency, for a lead that has none yet (empty:
    // the agent's locale's).
    void setDefaultCurrency(const QString &code);
    QString defaultCurrency() const;
    // Agent names for the owner.
    void setAgents(const QHash<qint64, QString> &names);
    QHash<qint64, QString> agents() const { return m_agents; }
    QString ownerName(qint64 ownerId) const;

    bool hasContact() const { return m_details.contact.id != 0; }
    bool hasLead() const { return m_details.lead.exists || !m_edits.isEmpty(); }
    QString name() const { return m_contact.name; }
    QString stage() const { return m_shown.stage; }
    // The shown lead's value in its currency, for the agent's locale ("AED 1,250.00").
    QString value() const { return formatValue(m_shown); }
    static QString formatValue(const store::LeadRow &lead);
    // The customer as the panel shows them: the stored contact with the
    // agent's waiting contact edits on top.
    const store::ContactRow &contact() const { return m_contact; }
    // The contact as the server last said it.
    const store::ContactRow &storedContact() const { return m_details.contact; }
    // The channel the customer wrote on last ("whatsapp", …), and their id there.
    QString channel() const;
    QString channelId() const;
    // What the panel shows: the stored lead with the agent's waiting edits on top.
    const store::LeadRow &lead() const { return m_shown; }
    // The lead as the server last said it.
    const store::LeadRow &storedLead() const { return m_details.lead; }
    QJsonObject customFields() const;
    // The customer's conversations, newest first (this one included).
    const QVector<store::ConversationRow> &conversations() const { return m_details.conversations; }

    // Edits of the agent's not yet acknowledged, and which fields they touch.
    bool isPending() const { return !m_pendingFields.isEmpty() && !hasConflict(); }
    bool isFieldPending(const QString &field) const { return m_pendingFields.contains(field); }

    // A refused edit: the agent's version ("mine"), the server's ("theirs"),
    // the fields where they differ and the server's reason.
    bool hasConflict() const { return !m_refused.clientId.isEmpty(); }
    store::LeadRow mine() const { return m_mine; }
    store::LeadRow theirs() const { return m_details.lead; }
    QStringList conflictFields() const;
    QString conflictReason() const { return m_refused.lastError; }
    void keepMine();
    void keepTheirs();

    // Edits (`fields` as in `lead.update`: business_name, stage, …). False
    // when there is no customer or no outbox.
    bool edit(const QJsonObject &fields);
    bool setBusinessName(const QString &name);
    bool setStage(const QString &stage);
    bool setDeal(qint64 valueMinor, const QString &currency);
    bool setOwner(qint64 agentId);
    bool addTag(const QString &tag);
    bool removeTag(const QString &tag);
    bool setNotes(const QString &notes);
    bool setCustomField(const QString &name, const QJsonValue &value);
    // Adds a note (`lead.note`): it shows at once, without an id, until the server has it.
    bool addNote(const QString &text);
    // The lead's notes, oldest first, the agent's waiting ones last (id 0).
    QVector<store::LeadNoteRow> notes() const;
    // Why a note of the agent's was refused (empty: none was).
    QString noteProblem() const { return m_noteProblem; }
    bool removeCustomField(const QString &name);

    // Contact edits (`contact.update`). A field is trimmed and checked as
    // the server checks it: false when it is unchanged, refused (`problem`
    // says why, in words) or there is nobody to edit.
    using ContactField = ContactFields::Field;
    bool setContactField(ContactField field, const QString &text, QString *problem = nullptr);
    static QString contactValue(const store::ContactRow &contact, ContactField field);
    bool isContactPending() const { return !m_contactPending.isEmpty() && !hasContactRefusal(); }
    bool isContactFieldPending(ContactField field) const
    {
        return m_contactPending.contains(ContactFields::key(field));
    }
    // A refused contact edit: the agent's version of the contact ("mine"),
    // the server's (the stored contact), the fields where they differ and the
    // server's reason. A conflict when someone changed the contact since the
    // edit was based on it; otherwise the server refused the edit itself.
    bool hasContactRefusal() const { return !m_contactRefused.clientId.isEmpty(); }
    bool isContactConflict() const;
    const store::ContactRow &myContact() const { return m_myContact; }
    QVector<ContactField> contactConflictFields() const;
    QString contactRefusalReason() const { return m_contactRefused.lastError; }
    void keepMyContact();
    void keepTheirContact();

    void reload();

signals:
    void changed();

private:
    void onStoreChanged(const store::ChangeSet &changes);

    store::Store *m_store = nullptr;
    QPointer<sync::OutboxSender> m_outbox;
    qint64 m_conversationId = 0;
    store::ContactDetails m_details;
    QVector<store::LeadEditRow> m_edits;
    store::LeadRow m_shown;
    store::LeadRow m_mine;
    store::LeadEditRow m_refused;
    store::ContactRow m_contact;
    store::ContactRow m_myContact;
    store::LeadEditRow m_contactRefused;
    QStringList m_contactPending;
    QStringList m_pendingFields;
    QVector<store::LeadNoteRow> m_pendingNotes;
    QString m_noteProblem;
    QStringList m_stages;
    QString m_defaultCurrency;
    QHash<qint64, QString> m_agents;
};

} // namespace relaydesk::models
