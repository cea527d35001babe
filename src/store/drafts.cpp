// Drafts: the agent's unsent text, note mode and staged files per
// conversation, written on the writer thread like everything else.

#include "store/drafts.h"

#include "store/writer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relaydesk::store {

QByteArray draftFilesToJson(const QVector<DraftFile> &files)
{
    QJsonArray array;
    for (const DraftFile &file : files)
        array.append(QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("temporary"), file.temporary}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<DraftFile> draftFilesFromJson(const QByteArray &json)
{
    QVector<DraftFile> files;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString path = object.value(QStringLiteral("path")).toString();
        if (!path.isEmpty())
            files.append({path, object.value(QStringLiteral("temporary")).toBool()});
    }
    return files;
}

bool StoreWriter::setDraft(const DraftRow &draft, ChangeSet *changes, QString *error)
{
    if (draft.isEmpty()) {
        Statement remove = m_db.prepare("DELETE FROM drafts WHERE conversation_id = ?1");
        remove.bind(1, draft.conversationId);
        if (!remove.run()) {
            if (error)
                *error = QStringLiteral("removing a draft: %1").arg(remove.error());
            return false;
        }
    } else {
        // Only for a conversation the history holds (it may have been erased meanwhile).
        // (SQLite 3.15 on the reference machine: no UPSERT; nothing refers to a draft row.)
        Statement upsert = m_db.prepare("INSERT OR REPLACE INTO drafts (conversation_id, text, reply_to, note, files,"
                                        " updated_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6"
                                        " WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?1)");
        upsert.bind(1, draft.conversationId)
            .bind(2, draft.text.isNull() ? QStringLiteral("") : draft.text)
            .bind(3, draft.replyTo)
            .bind(4, draft.note)
            .bind(5, draftFilesToJson(draft.files))
            .bind(6, draft.updatedAt ? draft.updatedAt : QDateTime::currentMSecsSinceEpoch());
        if (!upsert.run()) {
            if (error)
                *error = QStringLiteral("keeping a draft: %1").arg(upsert.error());
            return false;
        }
    }
    if (changes)
        changes->conversations.insert(draft.conversationId);
    return true;
}

} // namespace relaydesk::store
