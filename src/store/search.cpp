// Full-text search reads of StoreReader (FTS4, unicode61).

#include "store/reader.h"

#include "store/searchindex.h"

#include <QHash>
#include <algorithm>

#include <QRegularExpression>

namespace relaydesk::store {

namespace {

// A word made of marks alone (an emoji's variation selector, say) would turn
// into an empty phrase, which makes the whole query match nothing.
bool isSearchable(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Punctuation around a word ("deliv.", "(refund)") would stop the prefix match.
QString trimPunctuation(QString word)
{
    auto edge = [](QChar c) { return !c.isLetterOrNumber() && !c.isMark() && !c.isSurrogate(); };
    while (!word.isEmpty() && edge(word.front()))
        word.remove(0, 1);
    while (!word.isEmpty() && edge(word.back()))
        word.chop(1);
    return word;
}

} // namespace

QString StoreReader::matchExpression(const QString &typed)
{
    QStringList terms;
    const QStringList words = typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        // Quotes and stars would change the query's meaning; each word is a
        // quoted prefix phrase, so AND/OR/NOT/NEAR and '-' are plain words.
        // '^' means "first word" in FTS4, even inside quotes.
        word.remove(QLatin1Char('"'));
        word.remove(QLatin1Char('*'));
        word.remove(QLatin1Char('^'));
        word = trimPunctuation(word);
        if (!isSearchable(word))
            continue;
        terms.append(QLatin1Char('"') + word + QStringLiteral("*\""));
    }
    return terms.join(QLatin1Char(' '));
}

QVector<MessageHit> StoreReader::searchMessages(const QString &query, int limit, qint64 beforeMessageId)
{
    const QString match = matchExpression(query);
    if (match.isEmpty() || !m_index)
        return {};
    // docids are message ids, which are time-ordered: the index walks newest
    // first and stops after `limit`; snippets are made for those rows only.
    const QVector<IndexHit> found = m_index->matchMessages(match, limit, beforeMessageId);
    if (found.isEmpty())
        return {};
    QByteArrayList ids;
    for (const IndexHit &hit : found)
        ids.append(QByteArray::number(hit.docid));
    const QByteArray sql = "SELECT m.id, m.conversation_id, coalesce(ct.name, ''), m.author, m.created_at"
                           " FROM messages m"
                           " LEFT JOIN conversations c ON c.id = m.conversation_id"
                           " LEFT JOIN contacts ct ON ct.id = c.contact_id"
                           " WHERE m.id IN ("
                           + ids.join(',') + ")";
    Statement select = m_db.prepare(sql.constData());
    QHash<qint64, MessageHit> rows;
    while (select.next()) {
        MessageHit hit;
        hit.messageId = select.int64(0);
        hit.conversationId = select.int64(1);
        hit.contactName = select.text(2);
        hit.author = select.text(3);
        hit.createdAt = select.int64(4);
        rows.insert(hit.messageId, hit);
    }
    // A message deleted a moment ago may still be in the index: skip it.
    QVector<MessageHit> hits;
    for (const IndexHit &hit : found) {
        auto row = rows.find(hit.docid);
        if (row == rows.end())
            continue;
        row->snippet = hit.snippet;
        hits.append(*row);
    }
    return hits;
}

QVector<ContactHit> StoreReader::searchContacts(const QString &query, int limit)
{
    const QString match = matchExpression(query);
    if (match.isEmpty() || !m_index)
        return {};
    // The index yields matches in id order, so the limit applies after the
    // sort by name: every match up to a generous cap is looked at.
    constexpr int kMatchesSorted = 5000;
    QVector<ContactHit> hits;
    Statement name = m_db.prepare("SELECT name FROM contacts WHERE id = ?1");
    for (const IndexHit &hit : m_index->matchContacts(match, std::max(limit, kMatchesSorted))) {
        name.bind(1, hit.docid);
        if (name.next())
            hits.append(ContactHit{hit.docid, name.text(0), hit.snippet});
        name.reset();
    }
    std::sort(hits.begin(), hits.end(),
              [](const ContactHit &a, const ContactHit &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (hits.size() > limit)
        hits.resize(std::max(limit, 0));
    return hits;
}

} // namespace relaydesk::store
