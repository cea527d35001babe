#include "store/dataexport.h"

#include "store/mediacache.h"
#include "store/reader.h"

#include "protocol/filenames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace relaydesk::store {

namespace {

constexpr int kPage = 500;

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject contactJson(const ContactDetails &details)
{
    const ContactRow &c = details.contact;
    QJsonObject contact{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("phone"), c.phone},
                        {QStringLiteral("email"), c.email},
                        {QStringLiteral("whatsapp_id"), c.whatsappId},
                        {QStringLiteral("messenger_psid"), c.messengerPsid},
                        {QStringLiteral("webchat_id"), c.webchatId}};
    if (details.lead.exists) {
        const LeadRow &l = details.lead;
        contact.insert(QStringLiteral("lead"),
                       QJsonObject{{QStringLiteral("business_name"), l.businessName},
                                   {QStringLiteral("stage"), l.stage},
                                   {QStringLiteral("value_minor"), l.valueMinor},
                                   {QStringLiteral("currency"), l.currency},
                                   {QStringLiteral("owner_id"), l.ownerId},
                                   {QStringLiteral("tags"), QJsonArray::fromStringList(l.tags)},
                                   {QStringLiteral("notes"), l.notes},
                                   {QStringLiteral("custom_fields"),
                                    QJsonDocument::fromJson(l.customFieldsJson.toUtf8()).object()},
                                   {QStringLiteral("updated_at"), isoTime(l.updatedAt)}});
    }
    return contact;
}

} // namespace

bool exportHistory(StoreReader &reader, MediaCache *cache, const QString &folder, ExportSummary *summary,
                   QString *error)
{
    ExportSummary counts;
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty()) {
        *error = QCoreApplication::translate("DataExport",
                                             "The export folder %1 is not empty. Choose an empty or new folder.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!QDir().mkpath(folder + QStringLiteral("/attachments"))) {
        *error = QCoreApplication::translate("DataExport", "Cannot create the export folder %1.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile out(dir.filePath(QStringLiteral("history.json")));
    if (!out.open(QIODevice::WriteOnly)) {
        *error =
            QCoreApplication::translate("DataExport", "Cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    auto write = [&out](const QByteArray &bytes) { out.write(bytes); };

    write("{\n\"format\": \"relaydesk-history-export\",\n\"version\": 1,\n");
    write("\"exported_at\": \"" + isoTime(QDateTime::currentMSecsSinceEpoch()).toUtf8() + "\",\n");
    write("\"conversations\": [\n");

    QSet<qint64> contactIds;
    bool firstConversation = true;
    ConversationCursor cursor;
    for (;;) {
        const QVector<ConversationRow> page = reader.conversations({}, kPage, cursor);
        for (const ConversationRow &c : page) {
            contactIds.insert(c.contactId);
            QJsonArray messages;
            qint64 after = 0;
            for (;;) {
                const QVector<MessageRow> rows = reader.messagesAfter(c.id, after, kPage);
                for (const MessageRow &m : rows) {
                    QJsonArray attachments;
                    for (const AttachmentRow &a : m.attachments) {
                        QJsonObject attachment{{QStringLiteral("media_id"), a.mediaId},
                                               {QStringLiteral("mime_type"), a.mimeType},
                                               {QStringLiteral("size"), a.size},
                                               {QStringLiteral("sha256"), a.sha256},
                                               {QStringLiteral("file_name"), a.fileName}};
                        const QString saved = QStringLiteral("%1-%2").arg(a.id).arg(
                            protocol::safeFileName(a.fileName, QStringLiteral("attachment")));
                        QString ignored;
                        if (cache
                            && cache->exportTo(a.mediaId, MediaCache::Variant::Original,
                                               dir.filePath(QStringLiteral("attachments/") + saved), &ignored)) {
                            attachment.insert(QStringLiteral("saved_as"), QStringLiteral("attachments/") + saved);
                            ++counts.attachmentsSaved;
                        } else {
                            attachment.insert(QStringLiteral("saved_as"), QJsonValue::Null);
                            ++counts.attachmentsMissing;
                        }
                        attachments.append(attachment);
                    }
                    QJsonObject message{{QStringLiteral("id"), m.serverId},
                                        {QStringLiteral("author"), m.author},
                                        {QStringLiteral("author_name"), m.authorName},
                                        {QStringLiteral("kind"), m.kind},
                                        {QStringLiteral("text"), m.text},
                                        {QStringLiteral("status"), m.status},
                                        {QStringLiteral("created_at"), isoTime(m.createdAt)}};
                    if (m.purged)
                        message.insert(QStringLiteral("purged"), true);
                    if (!attachments.isEmpty())
                        message.insert(QStringLiteral("attachments"), attachments);
                    messages.append(message);
                    ++counts.messages;
                }
                if (rows.size() < kPage)
                    break;
                after = rows.constLast().id;
            }
            const QJsonObject conversation{{QStringLiteral("id"), c.id},
                                           {QStringLiteral("contact_id"), c.contactId},
                                           {QStringLiteral("channel"), c.channel},
                                           {QStringLiteral("status"), c.status},
                                           {QStringLiteral("messages"), messages}};
            if (!firstConversation)
                write(",\n");
            firstConversation = false;
            write(QJsonDocument(conversation).toJson(QJsonDocument::Compact));
            ++counts.conversations;
        }
        if (page.size() < kPage)
            break;
        cursor = ConversationCursor{page.constLast().lastActivity, page.constLast().id};
    }
    write("\n],\n\"contacts\": [\n");
    bool firstContact = true;
    for (const qint64 id : std::as_const(contactIds)) {
        const std::optional<ContactDetails> details = reader.contactDetails(id);
        if (!details)
            continue;
        if (!firstContact)
            write(",\n");
        firstContact = false;
        write(QJsonDocument(contactJson(*details)).toJson(QJsonDocument::Compact));
        ++counts.contacts;
    }
    write("\n]\n}\n");
    if (!out.commit()) {
        *error = QCoreApplication::translate("DataExport", "Cannot finish writing %1: %2")
                     .arg(out.fileName(), out.errorString());
        return false;
    }
    if (summary)
        *summary = counts;
    return true;
}

} // namespace relaydesk::store
