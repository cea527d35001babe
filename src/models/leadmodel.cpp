#include "models/leadmodel.h"

#include "models/currencies.h"

#include "store/changeset.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace relaydesk::models {

namespace {

const QString kLeadUpdate = QStringLiteral("lead.update");
const QString kContactUpdate = QStringLiteral("contact.update");

// The edit's fields over `lead` (fields left out keep their value).
void applyEdit(store::LeadRow &lead, const QJsonObject &args, QStringList *touched)
{
    lead.exists = true;
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("contact_id") || key == QLatin1String("version"))
            continue;
        if (key == QLatin1String("business_name"))
            lead.businessName = it->toString();
        else if (key == QLatin1String("stage"))
            lead.stage = it->toString();
        else if (key == QLatin1String("value_minor"))
            lead.valueMinor = qint64(it->toDouble());
        else if (key == QLatin1String("currency"))
            lead.currency = it->toString();
        else if (key == QLatin1String("owner_id"))
            lead.ownerId = qint64(it->toDouble());
        else if (key == QLatin1String("notes"))
            lead.notes = it->toString();
        else if (key == QLatin1String("tags")) {
            lead.tags.clear();
            for (const QJsonValue &tag : it->toArray())
                lead.tags.append(tag.toString());
        } else if (key == QLatin1String("custom_fields"))
            lead.customFieldsJson = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        else
            continue;
        if (touched && !touched->contains(key))
            touched->append(key);
    }
}

// A contact edit's fields over `contact`.
void applyContactEdit(store::ContactRow &contact, const QJsonObject &args, QStringList *touched)
{
    const struct
    {
        const char *key;
        QString *value;
    } fields[] = {{"name", &contact.name}, {"email", &contact.email}, {"phone", &contact.phone}};
    for (const auto &[key, value] : fields) {
        const QJsonValue given = args.value(QLatin1String(key));
        if (!given.isString())
            continue;
        *value = given.toString();
        if (touched && !touched->contains(QLatin1String(key)))
            touched->append(QLatin1String(key));
    }
}

QJsonObject fieldsOf(const store::LeadRow &lead)
{
    return QJsonDocument::fromJson(lead.customFieldsJson.toUtf8()).object();
}

} // namespace

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

void LeadModel::setOutbox(sync::OutboxSender *outbox)
{
    m_outbox = outbox;
    emit changed();
}

bool LeadModel::canEdit() const
{
    return !m_outbox.isNull() && hasContact();
}

void LeadModel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    reload();
}

QStringList LeadModel::defaultStages()
{
    return {QStringLiteral("new"),      QStringLiteral("contacted"), QStringLiteral("qualified"),
            QStringLiteral("proposal"), QStringLiteral("won"),       QStringLiteral("lost")};
}

void LeadModel::setStages(const QStringList &stages)
{
    m_stages = stages;
    emit changed();
}

void LeadModel::setDefaultCurrency(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper == m_defaultCurrency)
        return;
    m_defaultCurrency = upper;
    emit changed();
}

QString LeadModel::defaultCurrency() const
{
    return Currencies::isKnown(m_defaultCurrency) ? m_defaultCurrency : Currencies::localDefault();
}

QStringList LeadModel::stages() const
{
    QStringList all = m_stages.isEmpty() ? defaultStages() : m_stages;
    for (const QString &stage : {m_shown.stage, m_details.lead.stage, m_mine.stage}) {
        if (!stage.isEmpty() && !all.contains(stage))
            all.append(stage);
    }
    return all;
}

void LeadModel::setAgents(const QHash<qint64, QString> &names)
{
    m_agents = names;
    emit changed();
}

QString LeadModel::ownerName(qint64 ownerId) const
{
    if (ownerId == 0)
        return tr("Nobody");
    return m_agents.value(ownerId, tr("Agent %1").arg(ownerId));
}

void LeadModel::reload()
{
    store::ContactDetails details;
    QVector<store::LeadEditRow> edits;
    if (m_store && m_conversationId != 0) {
        const std::optional<store::ConversationRow> conversation = m_store->reader().conversation(m_conversationId);
        if (conversation && conversation->contactId != 0) {
            details = m_store->reader().contactDetails(conversation->contactId).value_or(store::ContactDetails{});
            if (details.contact.id != 0)
                edits = m_store->reader().leadEdits(details.contact.id);
        }
    }
    m_details = std::move(details);
    m_edits.clear();
    m_contact = m_details.contact;
    m_myContact = store::ContactRow();
    m_contactRefused = store::LeadEditRow();
    m_contactPending.clear();
    for (const store::LeadEditRow &edit : std::as_const(edits)) {
        if (edit.command != kContactUpdate) {
            m_edits.append(edit);
            continue;
        }
        if (edit.state == QLatin1String("failed")) {
            if (m_contactRefused.clientId.isEmpty())
                m_contactRefused = edit;
            continue;
        }
        applyContactEdit(m_contact, QJsonDocument::fromJson(edit.payload).object(), &m_contactPending);
    }
    if (!m_contactRefused.clientId.isEmpty()) {
        m_myContact = m_contact;
        applyContactEdit(m_myContact, QJsonDocument::fromJson(m_contactRefused.payload).object(), &m_contactPending);
    }
    m_shown = m_details.lead;
    if (!m_shown.exists && m_shown.stage.isEmpty())
        m_shown.stage = QStringLiteral("new");
    m_mine = store::LeadRow();
    m_refused = store::LeadEditRow();
    m_pendingFields.clear();
    m_pendingNotes.clear();
    m_noteProblem.clear();
    for (const store::LeadEditRow &edit : std::as_const(m_edits)) {
        const QJsonObject args = QJsonDocument::fromJson(edit.payload).object();
        if (edit.command == QLatin1String("lead.note")) {
            store::LeadNoteRow note;
            note.text = args.value(QStringLiteral("text")).toString();
            note.createdAt = edit.createdAt;
            m_pendingNotes.append(note);
            if (edit.state == QLatin1String("failed"))
                m_noteProblem = edit.lastError;
            else if (!m_pendingFields.contains(QStringLiteral("note_list")))
                m_pendingFields.append(QStringLiteral("note_list"));
            continue;
        }
        if (edit.state == QLatin1String("failed")) {
            if (m_refused.clientId.isEmpty())
                m_refused = edit;
            continue;
        }
        applyEdit(m_shown, args, &m_pendingFields);
    }
    if (!m_refused.clientId.isEmpty()) {
        m_mine = m_shown;
        applyEdit(m_mine, QJsonDocument::fromJson(m_refused.payload).object(), &m_pendingFields);
    }
    emit changed();
}

void LeadModel::onStoreChanged(const store::ChangeSet &changes)
{
    if (m_conversationId == 0)
        return;
    if (changes.conversations.contains(m_conversationId) || changes.removedConversations.contains(m_conversationId)
        || (hasContact() && changes.contacts.contains(m_details.contact.id)) || (changes.outboxChanged && hasContact()))
        reload();
}

QString LeadModel::formatValue(const store::LeadRow &lead)
{
    if (lead.currency.isEmpty())
        return {};
    return Currencies::format(lead.valueMinor, lead.currency);
}

QString LeadModel::channel() const
{
    return m_details.conversations.isEmpty() ? QString() : m_details.conversations.constFirst().channel;
}

QString LeadModel::channelId() const
{
    const QString on = channel();
    const store::ContactRow &c = m_details.contact;
    if (on == QLatin1String("whatsapp"))
        return c.whatsappId;
    if (on == QLatin1String("messenger"))
        return c.messengerPsid;
    if (on == QLatin1String("webchat"))
        return c.webchatId;
    return {};
}

QJsonObject LeadModel::customFields() const
{
    return fieldsOf(m_shown);
}

QStringList LeadModel::conflictFields() const
{
    if (!hasConflict())
        return {};
    const store::LeadRow &a = m_mine;
    const store::LeadRow &b = m_details.lead;
    QStringList differ;
    auto check = [&differ](const char *name, bool same) {
        if (!same)
            differ.append(QLatin1String(name));
    };
    check("business_name", a.businessName == b.businessName);
    check("stage", a.stage == b.stage);
    check("value_minor", a.valueMinor == b.valueMinor && a.currency == b.currency);
    check("owner_id", a.ownerId == b.ownerId);
    check("tags", a.tags == b.tags);
    check("notes", a.notes == b.notes);
    check("custom_fields", fieldsOf(a) == fieldsOf(b));
    return differ;
}

void LeadModel::keepMine()
{
    if (m_outbox && hasConflict())
        m_outbox->resolveLeadEdit(m_refused.clientId, true);
}

void LeadModel::keepTheirs()
{
    if (m_outbox && hasConflict())
        m_outbox->resolveLeadEdit(m_refused.clientId, false);
}

bool LeadModel::edit(const QJsonObject &fields)
{
    if (!canEdit() || fields.isEmpty())
        return false;
    QJsonObject args = fields;
    args.insert(QStringLiteral("contact_id"), m_details.contact.id);
    // The outbox sets the version the edit is based on.
    m_outbox->sendCommand(m_conversationId, kLeadUpdate, args);
    return true;
}

bool LeadModel::setBusinessName(const QString &name)
{
    return name != m_shown.businessName && edit({{QStringLiteral("business_name"), name.trimmed()}});
}

bool LeadModel::setStage(const QString &stage)
{
    return !stage.isEmpty() && stage != m_shown.stage && edit({{QStringLiteral("stage"), stage}});
}

bool LeadModel::setDeal(qint64 valueMinor, const QString &currency)
{
    if (valueMinor < 0 || (valueMinor == m_shown.valueMinor && currency == m_shown.currency))
        return false;
    return edit({{QStringLiteral("value_minor"), valueMinor}, {QStringLiteral("currency"), currency.toUpper()}});
}

bool LeadModel::setOwner(qint64 agentId)
{
    return agentId != m_shown.ownerId
           && edit({{QStringLiteral("owner_id"), agentId ? QJsonValue(agentId) : QJsonValue(QJsonValue::Null)}});
}

bool LeadModel::addTag(const QString &tag)
{
    const QString clean = tag.trimmed();
    if (clean.isEmpty() || m_shown.tags.contains(clean))
        return false;
    return edit({{QStringLiteral("tags"), QJsonArray::fromStringList(m_shown.tags + QStringList{clean})}});
}

bool LeadModel::removeTag(const QString &tag)
{
    QStringList tags = m_shown.tags;
    if (!tags.removeAll(tag))
        return false;
    return edit({{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
}

bool LeadModel::setNotes(const QString &notes)
{
    return notes != m_shown.notes && edit({{QStringLiteral("notes"), notes}});
}

bool LeadModel::setCustomField(const QString &name, const QJsonValue &value)
{
    const QString key = name.trimmed();
    QJsonObject fields = customFields();
    if (key.isEmpty() || fields.value(key) == value)
        return false;
    fields.insert(key, value);
    return edit({{QStringLiteral("custom_fields"), fields}});
}

bool LeadModel::addNote(const QString &text)
{
    const QString clean = text.trimmed();
    if (!canEdit() || clean.isEmpty())
        return false;
    m_outbox->sendCommand(m_conversationId, QStringLiteral("lead.note"),
                          {{QStringLiteral("contact_id"), m_details.contact.id}, {QStringLiteral("text"), clean}});
    return true;
}

QVector<store::LeadNoteRow> LeadModel::notes() const
{
    return m_details.lead.noteList + m_pendingNotes;
}

bool LeadModel::removeCustomField(const QString &name)
{
    QJsonObject fields = customFields();
    if (!fields.contains(name))
        return false;
    fields.remove(name);
    return edit({{QStringLiteral("custom_fields"), fields}});
}

QString LeadModel::contactValue(const store::ContactRow &contact, ContactField field)
{
    switch (field) {
    case ContactField::Name:
        return contact.name;
    case ContactField::Email:
        return contact.email;
    case ContactField::Phone:
        return contact.phone;
    }
    return {};
}

bool LeadModel::setContactField(ContactField field, const QString &text, QString *problem)
{
    const QString value = text.trimmed();
    const QString why = ContactFields::problem(field, value);
    if (problem)
        *problem = why;
    if (!why.isEmpty() || !canEdit() || value == contactValue(m_contact, field))
        return false;
    // The outbox sets the version the edit is based on.
    m_outbox->sendCommand(m_conversationId, kContactUpdate,
                          {{QStringLiteral("contact_id"), m_details.contact.id}, {ContactFields::key(field), value}});
    return true;
}

bool LeadModel::isContactConflict() const
{
    if (!hasContactRefusal())
        return false;
    const qint64 based = qint64(
        QJsonDocument::fromJson(m_contactRefused.payload).object().value(QStringLiteral("version")).toDouble());
    return based < m_details.contact.version;
}

QVector<LeadModel::ContactField> LeadModel::contactConflictFields() const
{
    QVector<ContactField> differ;
    if (!hasContactRefusal())
        return differ;
    for (ContactField field : {ContactField::Name, ContactField::Email, ContactField::Phone}) {
        if (contactValue(m_myContact, field) != contactValue(m_details.contact, field))
            differ.append(field);
    }
    return differ;
}

void LeadModel::keepMyContact()
{
    if (m_outbox && hasContactRefusal())
        m_outbox->resolveContactEdit(m_contactRefused.clientId, true);
}

void LeadModel::keepTheirContact()
{
    if (m_outbox && hasContactRefusal())
        m_outbox->resolveContactEdit(m_contactRefused.clientId, false);
}

} // namespace relaydesk::models
