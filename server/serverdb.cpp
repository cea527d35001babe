#include "serverdb.h"

#include "log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace relaydesk::server {

namespace {

// Each step runs in its own transaction with its new user_version.
const char *const kSteps[] = {
    // 1: workspaces, agents, sign-in tokens and the event log.
    R"sql(
CREATE TABLE workspaces (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    widget_key  TEXT NOT NULL UNIQUE,
    head_seq    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE TABLE agents (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
CREATE INDEX agents_by_workspace ON agents (workspace_id);
CREATE TABLE tokens (
    hash        TEXT PRIMARY KEY,
    agent_id    INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX tokens_by_agent ON tokens (agent_id);
CREATE TABLE events (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    data            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, seq)
) WITHOUT ROWID;
)sql",
    // 2: contacts and leads, conversations, messages, media, and the results
    // of commands by client id (so a retried command returns its first result).
    R"sql(
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    phone           TEXT,
    email           TEXT,
    whatsapp_id     TEXT,
    messenger_psid  TEXT,
    webchat_id      TEXT,
    avatar_media_id TEXT,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX contacts_by_workspace ON contacts (workspace_id);
CREATE UNIQUE INDEX contacts_by_webchat ON contacts (workspace_id, webchat_id) WHERE webchat_id IS NOT NULL;
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
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL
);
CREATE TABLE conversations (
    id                  INTEGER PRIMARY KEY,
    workspace_id        INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    contact_id          INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel             TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'open',
    assignee_id         INTEGER,
    unread_count        INTEGER NOT NULL DEFAULT 0,
    last_activity       INTEGER NOT NULL,
    last_preview        TEXT NOT NULL DEFAULT '',
    autopilot           TEXT NOT NULL DEFAULT 'off',
    muted               INTEGER NOT NULL DEFAULT 0,
    snoozed_until       INTEGER,
    window_expires_at   INTEGER,
    priority            TEXT NOT NULL DEFAULT 'normal'
);
CREATE INDEX conversations_by_activity ON conversations (workspace_id, last_activity DESC, id DESC);
CREATE INDEX conversations_by_contact ON conversations (contact_id);
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    client_id       TEXT,
    author          TEXT NOT NULL,
    author_id       INTEGER,
    author_name     TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    failure_reason  TEXT,
    created_at      INTEGER NOT NULL,
    edited_at       INTEGER,
    reply_to        INTEGER,
    attachments     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE TABLE commands (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    client_id       TEXT NOT NULL,
    agent_id        INTEGER NOT NULL,
    result          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, client_id)
) WITHOUT ROWID;
CREATE TABLE media (
    id              TEXT PRIMARY KEY,
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    mime_type       TEXT NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    width           INTEGER,
    height          INTEGER,
    duration_ms     INTEGER,
    created_at      INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
    // 3: conversation priority. Step 2 made the column without a check, so a
    // value the protocol does not know could be stored; rows from before this
    // step with such a value become 'normal', and triggers refuse new ones.
    R"sql(
UPDATE conversations SET priority = 'normal' WHERE priority NOT IN ('low', 'normal', 'high', 'urgent');
CREATE TRIGGER conversations_priority_insert BEFORE INSERT ON conversations
    WHEN NEW.priority NOT IN ('low', 'normal', 'high', 'urgent')
    BEGIN SELECT RAISE(ABORT, 'unknown conversation priority'); END;
CREATE TRIGGER conversations_priority_update BEFORE UPDATE OF priority ON conversations
    WHEN NEW.priority NOT IN ('low', 'normal', 'high', 'urgent')
    BEGIN SELECT RAISE(ABORT, 'unknown conversation priority'); END;
)sql",
    // 4: the web origins allowed to call a workspace's web chat endpoints
    // (space-separated, e.g. "https://shop.example https://www.shop.example");
    // empty: any origin.
    R"sql(
ALTER TABLE workspaces ADD COLUMN webchat_origins TEXT NOT NULL DEFAULT '';
)sql",
    // 5: channels (WhatsApp, Messenger) and the autopilot. A workspace's
    // channel settings (encrypted: they hold tokens); each message's id on
    // its channel (a WhatsApp wamid, a Messenger mid), to drop a webhook Meta
    // delivers twice and to match later statuses; the template an outbound
    // message was sent as; and inbound media waiting to be fetched, kept so
    // a restart resumes it instead of losing the customer's message.
    R"sql(
CREATE TABLE channel_settings (
    workspace_id    INTEGER PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    sealed          BLOB NOT NULL,
    updated_at      INTEGER NOT NULL
);
ALTER TABLE messages ADD COLUMN channel_message_id TEXT;
ALTER TABLE messages ADD COLUMN template TEXT;
CREATE UNIQUE INDEX messages_by_channel_id ON messages (workspace_id, channel_message_id)
    WHERE channel_message_id IS NOT NULL;
CREATE INDEX messages_queued ON messages (status) WHERE status = 'queued';
CREATE INDEX contacts_by_whatsapp ON contacts (workspace_id, whatsapp_id) WHERE whatsapp_id IS NOT NULL;
CREATE INDEX contacts_by_messenger ON contacts (workspace_id, messenger_psid) WHERE messenger_psid IS NOT NULL;
CREATE TABLE channel_inbox (
    workspace_id        INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    channel_message_id  TEXT NOT NULL,
    channel             TEXT NOT NULL,
    payload             TEXT NOT NULL,
    received_at         INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, channel_message_id)
) WITHOUT ROWID;
)sql",
    // 6: the workspace's lead pipeline, one row per stage in order; none:
    // the default pipeline (new … lost). A table of its own, so a database
    // brought back to an older schema by hand keeps it and this step still runs.
    R"sql(
CREATE TABLE IF NOT EXISTS lead_stages (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    PRIMARY KEY (workspace_id, position)
) WITHOUT ROWID;
)sql",
    // 7: notes on a lead, each with its author and time (`lead.note`),
    // oldest first by id. A table of its own, like step 6.
    R"sql(
CREATE TABLE IF NOT EXISTS lead_notes (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    author_id       INTEGER,
    author_name     TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS lead_notes_by_contact ON lead_notes (contact_id, id);
)sql",
    // 8: the workspace's quick replies (canned responses), in the admin's
    // order; a shortcut names one reply of a workspace. A table of its own, like step 6.
    R"sql(
CREATE TABLE IF NOT EXISTS canned_responses (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    shortcut        TEXT NOT NULL,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (workspace_id, position)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS canned_responses_by_shortcut ON canned_responses (workspace_id, shortcut);
)sql",
    // 9: command results keyed by the agent too, so one agent's client id can
    // never answer (or block) another's command, and refusals kept as well as
    // successes (`ok` 0: `result` holds {code, message, current}), so a retry
    // gets the first answer whatever it was. Web chat conversations have no
    // customer-service window, and customers' messages carry their contact's
    // id, as docs/protocol.md says (rows from before are put right). The old
    // `commands` table stays, empty and unused, so the step can run again on
    // a database whose version was set back (the migration tests do that).
    R"sql(
CREATE TABLE IF NOT EXISTS command_results (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    agent_id        INTEGER NOT NULL,
    client_id       TEXT NOT NULL,
    ok              INTEGER NOT NULL DEFAULT 1,
    result          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, agent_id, client_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO command_results (workspace_id, agent_id, client_id, ok, result, created_at)
    SELECT workspace_id, agent_id, client_id, 1, result, created_at FROM commands;
DELETE FROM commands;
UPDATE conversations SET window_expires_at = NULL WHERE channel = 'webchat';
UPDATE messages SET author_id = (SELECT contact_id FROM conversations c WHERE c.id = messages.conversation_id)
    WHERE author = 'customer' AND author_id IS NULL;
)sql",
    // 10: contacts get a version (`contact.update` refuses a stale one) and
    // where their name came from (`name_source`): 'fallback', made up by the
    // server; 'channel', the WhatsApp or Messenger profile or what a web chat
    // visitor typed; 'agent', typed by an agent, which no channel replaces.
    // The names servers made up before are marked as such. A web chat
    // visitor's name and e-mail wait in `webchat_visitors` until their first
    // message makes the contact. The conversation's `autopilot_note` is the
    // missing setup the autopilot last told the agents about there (one note
    // per missing setup). The columns are added by kAddedColumns below.
    R"sql(
UPDATE contacts SET name_source = 'fallback' WHERE name_source = 'channel' AND (
       (whatsapp_id IS NOT NULL AND name = '+' || whatsapp_id)
    OR (messenger_psid IS NOT NULL AND name = 'Messenger ' || substr(messenger_psid, -6))
    OR (webchat_id IS NOT NULL AND name = 'Visitor ' || substr(webchat_id, 1, 6)));
CREATE TABLE IF NOT EXISTS webchat_visitors (
    workspace_id    INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    visitor_id      TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, visitor_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS webchat_visitors_by_age ON webchat_visitors (created_at);
)sql",
    // 11: the workspace `--demo` made, from which version of the demo's seed
    // (demodata.h), and the last contact and agent the seed wrote: --demo
    // makes a demo from an older seed afresh, only when nothing has been
    // added to it since (demofolder.h). A table of its own, like step 6.
    R"sql(
CREATE TABLE IF NOT EXISTS demo_seed (
    workspace_id    INTEGER PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    last_contact_id INTEGER NOT NULL,
    last_agent_id   INTEGER NOT NULL,
    seeded_at       INTEGER NOT NULL
);
)sql",
    // 12: the workspace's deal currency (ISO 4217; '' leaves it to each
    // agent's locale), a column kAddedColumns adds.
    R"sql(
SELECT 1;
)sql",
    // 13: activity lines (messages of kind 'activity'): what changed, as the
    // JSON object of the message's `activity`, a column kAddedColumns adds.
    R"sql(
SELECT 1;
)sql",
    // 14: a workspace's whole history in pages, newest first (GET /v1/history).
    R"sql(
CREATE INDEX IF NOT EXISTS messages_by_workspace ON messages (workspace_id, id);
)sql",
};

// Columns a step adds before its script runs, each only when its table does
// not have it yet: like the steps that make tables IF NOT EXISTS, such a step
// can run again on a database whose version was set back by hand (the
// migration tests do that). Earlier steps' ALTER TABLEs stay as they were.
struct AddedColumn
{
    int step;
    const char *table;
    const char *column;
    const char *definition;
};
const AddedColumn kAddedColumns[] = {
    {10, "contacts", "version", "INTEGER NOT NULL DEFAULT 1"},
    {10, "contacts", "name_source", "TEXT NOT NULL DEFAULT 'channel'"},
    {10, "conversations", "autopilot_note", "TEXT"},
    {12, "workspaces", "lead_currency", "TEXT NOT NULL DEFAULT ''"},
    {13, "messages", "activity", "TEXT"},
};

bool addColumns(QSqlDatabase &db, int step, QString *error)
{
    for (const AddedColumn &added : kAddedColumns) {
        if (added.step != step)
            continue;
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(added.table)))) {
            *error = info.lastError().text();
            return false;
        }
        bool present = false;
        while (info.next())
            present = present || info.value(1).toString() == QLatin1String(added.column);
        info.finish();
        if (present)
            continue;
        QSqlQuery alter(db);
        if (!alter.exec(
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                    .arg(QLatin1String(added.table), QLatin1String(added.column), QLatin1String(added.definition)))) {
            *error = alter.lastError().text();
            return false;
        }
    }
    return true;
}

bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    // QSqlQuery runs one statement at a time. A trigger's body holds
    // semicolons of its own: it ends with END.
    QString pending;
    for (const QString &piece : script.split(QLatin1Char(';'))) {
        pending += piece;
        const QString statement = pending.trimmed();
        if (statement.isEmpty()) {
            pending.clear();
            continue;
        }
        if (statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && !statement.endsWith(QLatin1String("END"), Qt::CaseInsensitive)) {
            pending += QLatin1Char(';');
            continue;
        }
        pending.clear();
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!pending.trimmed().isEmpty()) {
        *error = QStringLiteral("an unfinished statement: %1").arg(pending.trimmed().left(80));
        return false;
    }
    return true;
}

} // namespace

ServerDb::~ServerDb()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int ServerDb::latestSchemaVersion()
{
    return int(std::size(kSteps));
}

bool ServerDb::open(const QString &path, QString *error)
{
    m_connectionName = QStringLiteral("relaydesk-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = QStringLiteral("Qt's SQLite driver is missing (install libqt6sql6-sqlite)");
        return false;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    QSqlQuery pragmas(m_db);
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (!pragmas.exec(QString::fromLatin1(pragma))) {
            *error = pragmas.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

qint64 ServerDb::dataVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool ServerDb::migrate(QString *error)
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        return false;
    }
    const int current = version.value(0).toInt();
    // An open statement would stop a step from dropping a table (SQLITE_LOCKED).
    version.finish();
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the database was written by a newer relaydesk-server (schema %1)").arg(current);
        return false;
    }
    for (int step = current + 1; step <= latestSchemaVersion(); ++step) {
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        if (!addColumns(m_db, step, error) || !execScript(m_db, QString::fromUtf8(kSteps[step - 1]), error)
            || !execScript(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step), error) || !m_db.commit()) {
            m_db.rollback();
            if (error->isEmpty())
                *error = m_db.lastError().text();
            *error = QStringLiteral("schema step %1 failed, nothing of it was kept: %2").arg(step).arg(*error);
            return false;
        }
        qCInfo(lcServer) << "database schema now at version" << step;
    }
    return true;
}

} // namespace relaydesk::server
