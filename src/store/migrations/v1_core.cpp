// Schema version 1: the account, conversations, contacts and leads, messages
// and attachments, the outbox and the sync position.
//
// Conversations and contacts are created by the server only, so they are keyed
// by the server's id. Messages can start locally (queued in the outbox), so
// they have a local key: milliseconds since the epoch times 4096 plus a
// counter, which makes rowid order the same as time order. Keyset pages and
// "newest first" search then walk a single integer.

#include "store/migrations.h"

namespace relaydesk::store {

bool migrateTo1(Connection &connection, QString *error)
{
    return connection.exec(R"sql(
CREATE TABLE account (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    agent_id        INTEGER NOT NULL,
    agent_name      TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'admin')),
    workspace_id    INTEGER NOT NULL,
    workspace_name  TEXT NOT NULL DEFAULT '',
    server_url      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq    INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, last_seq, updated_at) VALUES (1, 0, 0);

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL DEFAULT '',
    phone           TEXT,
    email           TEXT,
    whatsapp_id     TEXT,
    messenger_psid  TEXT,
    webchat_id      TEXT,
    avatar_media_id TEXT,
    updated_at      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE leads (
    contact_id      INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    business_name   TEXT NOT NULL DEFAULT '',
    stage           TEXT NOT NULL DEFAULT 'new',
    value_minor     INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT '',
    owner_id        INTEGER,
    tags            TEXT NOT NULL DEFAULT '[]',
    notes           TEXT NOT NULL DEFAULT '',
    custom_fields   TEXT NOT NULL DEFAULT '{}',
    version         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE conversations (
    id                  INTEGER PRIMARY KEY,
    contact_id          INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    channel             TEXT NOT NULL CHECK (channel IN ('whatsapp', 'messenger', 'webchat')),
    status              TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
    assignee_id         INTEGER,
    unread_count        INTEGER NOT NULL DEFAULT 0,
    last_activity       INTEGER NOT NULL DEFAULT 0,
    last_preview        TEXT NOT NULL DEFAULT '',
    autopilot           TEXT NOT NULL DEFAULT 'off' CHECK (autopilot IN ('off', 'rules', 'ai')),
    muted               INTEGER NOT NULL DEFAULT 0,
    snoozed_until       INTEGER,
    window_expires_at   INTEGER
);
-- One ordering index: filters (status, assignee, unread, channel) are applied
-- while walking it. An index per filter would triple the cost of every new
-- message, which moves its conversation in each of them.
CREATE INDEX conversations_by_activity ON conversations (last_activity DESC, id DESC);
CREATE INDEX conversations_by_contact ON conversations (contact_id);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    server_id       INTEGER,
    client_id       TEXT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author          TEXT NOT NULL CHECK (author IN ('customer', 'agent', 'bot', 'system')),
    author_id       INTEGER,
    author_name     TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL
                    CHECK (kind IN ('text', 'image', 'video', 'audio', 'document', 'note')),
    text            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL
                    CHECK (status IN ('queued', 'sent', 'delivered', 'read', 'failed')),
    failure_reason  TEXT,
    created_at      INTEGER NOT NULL,
    edited_at       INTEGER,
    reply_to        INTEGER,
    purged          INTEGER NOT NULL DEFAULT 0  -- body removed by the workspace's retention
);
-- Every index ends with the rowid (here: the time-ordered id), so this one
-- already orders a conversation's messages by time, at half the size of an
-- index on (conversation_id, id).
CREATE INDEX messages_by_conversation ON messages (conversation_id);
CREATE UNIQUE INDEX messages_by_server_id ON messages (server_id) WHERE server_id IS NOT NULL;
CREATE UNIQUE INDEX messages_by_client_id ON messages (client_id) WHERE client_id IS NOT NULL;

CREATE TABLE attachments (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    media_id        TEXT NOT NULL,
    mime_type       TEXT NOT NULL DEFAULT 'application/octet-stream',
    size            INTEGER NOT NULL DEFAULT 0,
    sha256          TEXT NOT NULL DEFAULT '',
    width           INTEGER,
    height          INTEGER,
    duration_ms     INTEGER,
    file_name       TEXT NOT NULL DEFAULT '',
    cache_state     TEXT NOT NULL DEFAULT 'remote'
                    CHECK (cache_state IN ('remote', 'downloading', 'cached', 'failed')),
    thumbnail_state TEXT NOT NULL DEFAULT 'remote'
                    CHECK (thumbnail_state IN ('remote', 'downloading', 'cached', 'failed', 'none'))
);
CREATE INDEX attachments_by_message ON attachments (message_id);
CREATE INDEX attachments_by_media ON attachments (media_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    client_id       TEXT NOT NULL UNIQUE,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id      INTEGER REFERENCES messages (id) ON DELETE CASCADE,
    command         TEXT NOT NULL,
    payload         TEXT NOT NULL DEFAULT '{}',
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_in_order ON outbox (conversation_id, id);
)sql",
                           error);
}

} // namespace relaydesk::store
