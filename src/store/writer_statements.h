#pragma once

// The writer's prepared statements for the hot paths, shared by its .cpp files.

#include "store/writer.h"

namespace relaydesk::store {

// Sets `error` to what failed and SQLite's reason; returns false to pass on.
inline bool fail(QString *error, const QString &what, const Statement &statement)
{
    *error = what + QStringLiteral(": ") + statement.error();
    return false;
}

struct StoreWriter::Statements
{
    explicit Statements(Connection &db)
        : insertMessage(db.prepare(
            "INSERT OR FAIL INTO messages (id, server_id, client_id, conversation_id, direction, author,"
            " author_id, author_name, kind, text, status, failure_reason, created_at, edited_at,"
            " reply_to, activity, block) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
            " ?16, ?17)"))
        , queueSearch(db.prepare("INSERT INTO search_queue (kind, doc) VALUES (?1, ?2)"))
        , maxIdInBucket(db.prepare("SELECT max(id) FROM messages WHERE id >= ?1 AND id < ?2"))
        , firstInBucketAfterServerId(
              db.prepare("SELECT min(id) FROM messages WHERE id >= ?1 AND id < ?2 AND server_id > ?3"))
        , messageByServerId(db.prepare("SELECT id, status, text FROM messages WHERE server_id = ?1"))
        , messageByClientId(db.prepare("SELECT id, status, text, conversation_id FROM messages WHERE client_id = ?1"))
        , insertAttachment(
              db.prepare("INSERT OR FAIL INTO attachments (message_id, media_id, mime_type, size, sha256, width,"
                         " height, duration_ms, file_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
        , touchConversation(db.prepare("UPDATE OR FAIL conversations SET last_preview = CASE WHEN ?2 >= last_activity"
                                       " THEN ?3 ELSE last_preview END, last_activity = max(last_activity, ?2)"
                                       " WHERE id = ?1"))
        , setSeq(db.prepare("UPDATE sync_state SET last_seq = ?1, updated_at = ?2 WHERE id = 1"))
        // A conversation event for a conversation with the same contact,
        // the usual case: contact_id is left alone, so there is no foreign
        // key to check and SQLite needs no statement journal.
        , updateSameContactConversation(
              db.prepare("UPDATE OR FAIL conversations SET channel = ?3, status = ?4, assignee_id = ?5,"
                         " unread_count = ?6, last_activity = max(last_activity, ?7),"
                         " last_preview = CASE WHEN ?7 >= last_activity AND ?8 <> '' THEN ?8 ELSE last_preview END,"
                         " autopilot = ?9, muted = ?10, snoozed_until = ?11, window_expires_at = ?12,"
                         " priority = ?13 WHERE id = ?1 AND contact_id IS ?2"))
        , updateConversation(
              db.prepare("UPDATE conversations SET contact_id = ?2, channel = ?3, status = ?4, assignee_id = ?5,"
                         " unread_count = ?6, last_activity = max(last_activity, ?7),"
                         " last_preview = CASE WHEN ?7 >= last_activity AND ?8 <> '' THEN ?8 ELSE last_preview END,"
                         " autopilot = ?9, muted = ?10, snoozed_until = ?11, window_expires_at = ?12,"
                         " priority = ?13 WHERE id = ?1"))
        , insertConversation(
              db.prepare("INSERT INTO conversations (id, contact_id, channel, status, assignee_id, unread_count,"
                         " last_activity, last_preview, autopilot, muted, snoozed_until, window_expires_at, priority)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))
    {
    }

    Statement insertMessage;
    Statement queueSearch;
    Statement maxIdInBucket;
    Statement firstInBucketAfterServerId;
    Statement messageByServerId;
    Statement messageByClientId;
    Statement insertAttachment;
    Statement touchConversation;
    Statement setSeq;
    Statement updateSameContactConversation;
    Statement updateConversation;
    Statement insertConversation;
};

} // namespace relaydesk::store
