#include "store/searchindex.h"

#include "store/database.h"
#include "store/log.h"
#include "store/sqlcipher_api.h"
#include "store/writer.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace relaydesk::store {

namespace {

void removeIndexFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A message's attachments' file names, after its text: what the index holds
// for it, so a search finds a file by its name. The names are joined by
// spaces; unicode61 splits "invoice-RD-4471.pdf" into invoice, rd, 4471, pdf.
constexpr const char *kNamesOf = "(SELECT group_concat(a.file_name, ' ') FROM attachments a"
                                 " WHERE a.message_id = %1 AND a.file_name <> '')";

QByteArray withNames(const char *sql, const char *messageId)
{
    return QByteArray(sql).replace("%NAMES%", QByteArray(kNamesOf).replace("%1", messageId));
}

// One index transaction applies about this many documents: its WAL and the
// entries held while it runs stay the same size however far behind it is.
constexpr qint64 kDocumentsPerTransaction = 25000;
// Texts read from the history per read transaction.
constexpr qsizetype kTextsPerRead = 512;

// A part's table, after its name (search index schema step 1's definition).
constexpr const char *kMessageTable = R"( USING fts4 (text, tokenize=unicode61 "remove_diacritics=1"))";

QString documentText(const QString &text, const QString &names)
{
    if (names.isEmpty())
        return text;
    return text.isEmpty() ? names : text + QLatin1Char('\n') + names;
}

} // namespace

SearchIndex::~SearchIndex() = default;

std::unique_ptr<SearchIndex> SearchIndex::openForIndexing(const QString &indexPath, const QString &historyPath,
                                                          const DatabaseKey &key, QString *error)
{
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    OpenError openError;
    auto history = Database::open(historyPath, key, Database::Role::Reader, &openError);
    if (!history) {
        *error = openError.message;
        return nullptr;
    }
    index->m_history = std::move(*history);
    auto connection = Database::open(indexPath, key, Database::Role::Writer, &openError, Database::Schema::SearchIndex);
    if (!connection && openError.code != OpenError::Code::CannotOpen) {
        // The index is only derived data: a damaged one is rebuilt from the history.
        qCWarning(lcStore) << "search index unusable, rebuilding it";
        removeIndexFiles(indexPath);
        connection = Database::open(indexPath, key, Database::Role::Writer, &openError, Database::Schema::SearchIndex);
    }
    if (!connection) {
        *error = openError.message;
        return nullptr;
    }
    index->m_index = std::move(*connection);
    return index;
}

std::unique_ptr<SearchIndex> SearchIndex::openForReading(const QString &indexPath, const DatabaseKey &key,
                                                         QString *error)
{
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    OpenError openError;
    auto connection = Database::open(indexPath, key, Database::Role::Reader, &openError, Database::Schema::SearchIndex);
    if (!connection) {
        *error = openError.message;
        return nullptr;
    }
    index->m_index = std::move(*connection);
    return index;
}

qint64 SearchIndex::indexedUpTo()
{
    return m_index.queryInt("SELECT indexed_up_to FROM index_state WHERE id = 1").value_or(0);
}

bool SearchIndex::needsRebuild()
{
    return m_index.queryInt("SELECT needs_rebuild FROM index_state WHERE id = 1").value_or(0) != 0;
}

QByteArray SearchIndex::tableOf(qint64 part)
{
    // Part 0 is the table from before the index had parts.
    return part == 0 ? QByteArrayLiteral("message_search") : "message_search_" + QByteArray::number(part);
}

bool SearchIndex::loadParts(QString *error)
{
    m_parts.clear();
    Statement select = m_index.prepare("SELECT part, first_docid, documents FROM search_parts ORDER BY first_docid");
    while (select.next()) {
        Part part;
        part.number = select.int64(0);
        part.firstDocid = select.int64(1);
        part.documents = select.int64(2);
        m_parts.push_back(part);
    }
    if (!select.ok() || m_parts.empty() || m_parts.front().firstDocid != 0) {
        *error = select.ok() ? QStringLiteral("the search index has no part for its first messages") : select.error();
        return false;
    }
    m_documentsPerPart =
        std::max<qint64>(1, m_index.queryInt("SELECT documents_per_part FROM index_state WHERE id = 1").value_or(1));
    return true;
}

SearchIndex::Part &SearchIndex::partOf(qint64 docid)
{
    // The last part starting at or before the docid (part 0 starts at 0).
    auto after = std::upper_bound(m_parts.begin(), m_parts.end(), docid,
                                  [](qint64 doc, const Part &part) { return doc < part.firstDocid; });
    return after == m_parts.begin() ? m_parts.front() : *(after - 1);
}

SearchIndex::PartStatements &SearchIndex::statementsOf(qint64 part)
{
    auto found = m_statements.find(part);
    if (found == m_statements.end()) {
        const QByteArray table = tableOf(part);
        const QByteArray insert = "INSERT INTO " + table + " (docid, text) VALUES (?1, ?2)";
        const QByteArray remove = "DELETE FROM " + table + " WHERE docid = ?1";
        PartStatements statements{m_index.prepare(insert.constData()), m_index.prepare(remove.constData())};
        found = m_statements.emplace(part, std::move(statements)).first;
    }
    return found->second;
}

bool SearchIndex::readSpan(Part &part)
{
    if (part.spanRead)
        return true;
    const QByteArray sql = "SELECT min(docid), max(docid) FROM " + tableOf(part.number) + "_docsize";
    Statement select = m_index.prepare(sql.constData());
    if (!select.next())
        return false;
    if (!select.isNull(0))
        part.span = std::pair(select.int64(0), select.int64(1));
    part.spanRead = true;
    return true;
}

bool SearchIndex::startPart(qint64 firstDocid)
{
    qint64 number = 0;
    for (const Part &part : m_parts)
        number = std::max(number, part.number + 1);
    Statement add = m_index.prepare("INSERT INTO search_parts (part, first_docid, documents) VALUES (?1, ?2, 0)");
    add.bind(1, number).bind(2, firstDocid);
    if (!m_index.exec("CREATE VIRTUAL TABLE " + tableOf(number) + kMessageTable) || !add.run())
        return false;
    Part part;
    part.number = number;
    part.firstDocid = firstDocid;
    part.spanRead = true; // empty
    m_parts.push_back(part);
    std::sort(m_parts.begin(), m_parts.end(), [](const Part &a, const Part &b) { return a.firstDocid < b.firstDocid; });
    qCInfo(lcStore) << "search index part" << number << "starts at message" << firstDocid;
    return true;
}

bool SearchIndex::insertMessage(qint64 docid, const QString &text)
{
    Part *part = &partOf(docid);
    if (part->documents >= m_documentsPerPart) {
        if (!readSpan(*part))
            return false;
        if (part->span && docid > part->span->second) {
            // Above all it holds: a new part takes the range from here.
            if (!startPart(docid))
                return false;
        } else if (part->span && docid < part->span->first) {
            // Below all it holds: it keeps the range from its lowest docid
            // up, and a new part takes the range below.
            const qint64 lowest = part->span->first;
            const qint64 from = part->firstDocid;
            Statement move = m_index.prepare("UPDATE search_parts SET first_docid = ?2 WHERE part = ?1");
            move.bind(1, part->number).bind(2, lowest);
            if (!move.run())
                return false;
            part->firstDocid = lowest;
            if (!startPart(from))
                return false;
        }
        // Otherwise the docid falls among those it holds: it takes one more.
        part = &partOf(docid);
    }
    Statement &insert = statementsOf(part->number).insert;
    insert.bind(1, docid).bind(2, text);
    if (!insert.run())
        return false;
    ++part->documents;
    part->recount = true;
    if (part->span)
        part->span = std::pair(std::min(part->span->first, docid), std::max(part->span->second, docid));
    else if (part->spanRead)
        part->span = std::pair(docid, docid);
    return true;
}

bool SearchIndex::removeMessage(qint64 docid)
{
    Part &part = partOf(docid);
    Statement &remove = statementsOf(part.number).remove;
    remove.bind(1, docid);
    if (!remove.run())
        return false;
    if (m_index.changes() > 0) {
        --part.documents;
        part.recount = true;
    }
    return true;
}

bool SearchIndex::saveCounts()
{
    Statement save = m_index.prepare("UPDATE search_parts SET documents = ?2 WHERE part = ?1");
    for (Part &part : m_parts) {
        if (!part.recount)
            continue;
        save.bind(1, part.number).bind(2, part.documents);
        if (!save.run())
            return false;
        part.recount = false;
    }
    return true;
}

bool SearchIndex::dropParts(QString *error)
{
    m_statements.clear(); // finalised before their tables go
    // The tables there are, not those search_parts lists: a rebuild is the
    // way back from an index whose list is wrong. A part's shadow tables
    // (message_search_1_content…) are plain tables and go with it.
    QByteArrayList tables;
    {
        Statement select = m_index.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND (name = 'message_search' OR name GLOB 'message_search_[0-9]*')"
                                           " AND sql LIKE 'CREATE VIRTUAL TABLE%'");
        while (select.next())
            tables.append(select.text(0).toUtf8());
        if (!select.ok()) {
            *error = select.error();
            return false;
        }
    }
    QByteArray sql;
    for (const QByteArray &table : std::as_const(tables))
        sql += "DROP TABLE IF EXISTS " + table + ";";
    sql += "CREATE VIRTUAL TABLE " + tableOf(0) + kMessageTable
           + ";"
             "DELETE FROM search_parts; INSERT INTO search_parts (part, first_docid, documents) VALUES (0, 0, 0);";
    return m_index.exec(sql, error) && loadParts(error);
}

bool SearchIndex::rebuildIfIncomplete(QString *error)
{
    // The queue is pruned once applied. If the index is behind the oldest
    // entry still queued (a new or replaced index file), entries it never saw
    // are gone: index every document from the history instead, then continue
    // from the queue.
    const qint64 upTo = indexedUpTo();
    if (!m_history.exec("BEGIN", error))
        return false;
    const qint64 oldest = m_history.queryInt("SELECT coalesce(min(id), 0) FROM search_queue").value_or(0);
    const qint64 newest = m_history.queryInt("SELECT coalesce(max(id), 0) FROM search_queue").value_or(0);
    const bool missing = upTo < newest && (oldest == 0 || oldest > upTo + 1);
    // Set by a schema step that changed what a document holds.
    const bool asked = needsRebuild();
    if (!missing && !asked) {
        m_history.execBestEffort("COMMIT"); // ends the read snapshot
        return true;
    }
    qCInfo(lcStore) << "building the search index from the history";
    Transaction transaction(m_index);
    bool ok = transaction.isActive() && dropParts(error) && m_index.exec("DELETE FROM contact_search;", error);
    Statement messages = m_history.prepare(
        withNames("SELECT m.id, m.text, coalesce(%NAMES%, '') FROM messages m"
                  " WHERE m.text <> '' OR m.id IN (SELECT message_id FROM attachments WHERE file_name <> '')",
                  "m.id")
            .constData());
    while (ok && messages.next())
        ok = insertMessage(messages.int64(0), documentText(messages.text(1), messages.text(2)));
    Statement contacts = m_history.prepare("SELECT id, name FROM contacts WHERE name <> ''");
    Statement insertContact = m_index.prepare("INSERT INTO contact_search (docid, name) VALUES (?1, ?2)");
    while (ok && contacts.next()) {
        insertContact.bind(1, contacts.int64(0)).bind(2, contacts.text(1));
        ok = insertContact.run();
    }
    Statement state = m_index.prepare("UPDATE index_state SET indexed_up_to = ?1, needs_rebuild = 0 WHERE id = 1");
    state.bind(1, newest);
    ok = ok && saveCounts() && state.run();
    m_history.execBestEffort("COMMIT"); // ends the read snapshot
    if (!ok) {
        if (error->isEmpty())
            *error = m_index.lastError();
        m_parts.clear(); // rolled back: read again before the next use
        m_statements.clear();
        return false;
    }
    return transaction.commit(error);
}

int SearchIndex::catchUp(int limit, QString *error)
{
    const qint64 from = indexedUpTo();
    // The entries, read in one short read transaction on the history, so
    // each agrees with the text beside it. Reads never stay open while the
    // index is written: a long one would keep the writer's WAL from being
    // reset (see Store).
    struct Entry
    {
        qint64 id = 0;
        SearchDocument kind = SearchDocument::NewMessage;
        qint64 doc = 0;
        QString text;
        QByteArray docs; // a batch of new messages' ids
    };
    QVector<Entry> entries;
    if (!m_history.exec("BEGIN", error))
        return -1;
    bool ok = true;
    {
        Statement queue = m_history.prepare(
            withNames("SELECT q.id, q.kind, q.doc, CASE q.kind WHEN 3 THEN c.name ELSE m.text END, q.docs,"
                      " CASE WHEN m.id IS NULL THEN '' ELSE coalesce(%NAMES%, '') END"
                      " FROM search_queue q"
                      " LEFT JOIN messages m ON q.docs IS NULL AND q.kind IN (1, 2) AND m.id = q.doc"
                      " LEFT JOIN contacts c ON q.kind = 3 AND c.id = q.doc"
                      " WHERE q.id > ?1 ORDER BY q.id LIMIT ?2",
                      "m.id")
                .constData());
        queue.bind(1, from).bind(2, limit);
        qint64 documents = 0;
        // Entries up to `limit`, and about kDocumentsPerTransaction messages
        // (an entry of a batch holds thousands).
        while (documents < kDocumentsPerTransaction && queue.next()) {
            Entry entry;
            entry.id = queue.int64(0);
            entry.kind = SearchDocument(queue.int32(1));
            entry.doc = queue.int64(2);
            if (!queue.isNull(4)) {
                entry.docs = queue.blob(4);
                documents += entry.docs.size() / 8;
            } else {
                entry.text = entry.kind == SearchDocument::Contact ? queue.text(3)
                                                                   : documentText(queue.text(3), queue.text(5));
                ++documents;
            }
            entries.append(std::move(entry));
        }
        ok = queue.ok();
        if (!ok)
            *error = queue.error();
    }
    m_history.execBestEffort("COMMIT"); // ends the read snapshot
    if (!ok)
        return -1;
    if (entries.isEmpty())
        return 0;

    Transaction transaction(m_index);
    // Read each time: a transaction that failed left the parts as they were.
    if (!loadParts(error))
        return -1;
    Statement insertContact = m_index.prepare("INSERT INTO contact_search (docid, name) VALUES (?1, ?2)");
    Statement deleteContact = m_index.prepare("DELETE FROM contact_search WHERE docid = ?1");
    Statement textOf = m_history.prepare(
        withNames("SELECT text, coalesce(%NAMES%, '') FROM messages WHERE id = ?1", "?1").constData());
    ok = transaction.isActive();
    QString historyError;
    QVector<std::pair<qint64, QString>> texts;
    texts.reserve(kTextsPerRead);
    for (const Entry &entry : std::as_const(entries)) {
        if (!ok)
            break;
        if (!entry.docs.isNull()) {
            // A batch of new messages: one entry, many ids, their texts read
            // a few hundred at a time. A message changed since is queued
            // again after this entry, so a later text is never lost.
            for (qsizetype at = 0; ok && at + 8 <= entry.docs.size();) {
                texts.clear();
                ok = m_history.exec("BEGIN", &historyError);
                if (!ok)
                    break;
                for (; at + 8 <= entry.docs.size() && texts.size() < kTextsPerRead; at += 8) {
                    const qint64 doc = qFromLittleEndian<qint64>(entry.docs.constData() + at);
                    textOf.bind(1, doc);
                    QString text = textOf.next() ? documentText(textOf.text(0), textOf.text(1)) : QString();
                    textOf.reset();
                    if (!text.isEmpty()) // empty: deleted or purged since
                        texts.append({doc, std::move(text)});
                }
                m_history.execBestEffort("COMMIT");
                for (qsizetype i = 0; ok && i < texts.size(); ++i) {
                    const auto &[doc, text] = texts.at(i);
                    // Failing: indexed already by a rebuild that ran after it was queued.
                    ok = insertMessage(doc, text) || (removeMessage(doc) && insertMessage(doc, text));
                }
            }
            continue;
        }
        const bool isContact = entry.kind == SearchDocument::Contact;
        const auto remove = [&] {
            if (!isContact)
                return removeMessage(entry.doc);
            deleteContact.bind(1, entry.doc);
            return deleteContact.run();
        };
        const auto insert = [&] {
            if (!isContact)
                return insertMessage(entry.doc, entry.text);
            insertContact.bind(1, entry.doc).bind(2, entry.text);
            return insertContact.run();
        };
        // A new message was never indexed, so only changes need the delete.
        if (entry.kind != SearchDocument::NewMessage)
            ok = remove();
        if (ok && !entry.text.isEmpty()) {
            ok = insert();
            // Failing: indexed already by a rebuild that ran after it was queued.
            if (!ok && entry.kind == SearchDocument::NewMessage)
                ok = remove() && insert();
        }
    }
    ok = ok && saveCounts();
    if (!ok) {
        *error = historyError.isEmpty() ? m_index.lastError() : historyError;
        m_parts.clear(); // rolled back: read again before the next use
        m_statements.clear();
        return -1;
    }
    Statement state = m_index.prepare("UPDATE index_state SET indexed_up_to = ?1 WHERE id = 1");
    state.bind(1, entries.constLast().id);
    if (!state.run() || !transaction.commit(error)) {
        if (error->isEmpty())
            *error = m_index.lastError();
        return -1;
    }
    return int(entries.size());
}

QVector<IndexHit> SearchIndex::matchMessages(const QString &matchExpression, int limit, qint64 beforeDocid)
{
    QVector<IndexHit> hits;
    // One read transaction: the parts listed are the parts read. The indexer
    // may have started one since the last search.
    QString error;
    if (!m_index.exec("BEGIN", &error)) {
        qCWarning(lcStore) << "search failed:" << error;
        return hits;
    }
    if (!loadParts(&error)) {
        // An index the indexer could not bring to step 3 has its one table.
        qCWarning(lcStore) << "search index parts unreadable, searching the first:" << error;
        m_parts.assign(1, Part{});
    }
    // Newest part first; each walks its docids newest first, so the first
    // `limit` hits found are the newest.
    for (auto part = m_parts.crbegin(); part != m_parts.crend() && hits.size() < limit; ++part) {
        if (beforeDocid > 0 && part->firstDocid >= beforeDocid)
            continue;
        const QByteArray table = tableOf(part->number);
        QByteArray sql = "SELECT docid, snippet(" + table + ", char(2), char(3), char(8230), -1, 12) FROM " + table
                         + " WHERE " + table + " MATCH ?1";
        if (beforeDocid > 0)
            sql += " AND docid < ?3";
        sql += " ORDER BY docid DESC LIMIT ?2";
        Statement select = m_index.prepare(sql.constData());
        select.bind(1, matchExpression).bind(2, limit - int(hits.size()));
        if (beforeDocid > 0)
            select.bind(3, beforeDocid);
        while (select.next())
            hits.append(IndexHit{select.int64(0), select.text(1)});
    }
    m_index.execBestEffort("COMMIT");
    if (!sqlite3_get_autocommit(m_index.handle()))
        m_index.execBestEffort("ROLLBACK"); // never left holding an old snapshot
    return hits;
}

QVector<IndexHit> SearchIndex::matchContacts(const QString &matchExpression, int limit)
{
    Statement select = m_index.prepare("SELECT docid, snippet(contact_search, char(2), char(3), char(8230), -1, 8)"
                                       " FROM contact_search WHERE contact_search MATCH ?1 LIMIT ?2");
    select.bind(1, matchExpression).bind(2, limit);
    QVector<IndexHit> hits;
    while (select.next())
        hits.append(IndexHit{select.int64(0), select.text(1)});
    return hits;
}

} // namespace relaydesk::store
