// The history's write path on a real SQLCipher file: the event log, history
// pages, the outbox, and the search queue every write feeds.

#include "store/database.h"
#include "store/reader.h"
#include "store/writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // ms; every record of these tests is after it
const QChar kEllipsis(0x2026);

// One history file in its own temporary folder: the writer connection with a
// StoreWriter on it, and a second, read-only connection with a StoreReader.
class History
{
public:
    History()
        : m_key(DatabaseKey::generateRaw())
    {
    }

    bool open()
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
            return false;
        }
        OpenError error;
        m_db = Database::open(path(), m_key, Database::Role::Writer, &error);
        if (!m_db) {
            m_error = error.message;
            return false;
        }
        m_writer = std::make_unique<StoreWriter>(*m_db);
        m_readerDb = Database::open(path(), m_key, Database::Role::Reader, &error);
        if (!m_readerDb) {
            m_error = error.message;
            return false;
        }
        m_reader = std::make_unique<StoreReader>(*m_readerDb);
        return true;
    }

    // Closes both connections, as quitting the app does.
    void close()
    {
        m_reader.reset();
        m_readerDb.reset();
        m_writer.reset();
        m_db.reset();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("history.db")); }
    QString error() const { return m_error; }
    StoreWriter &writer() { return *m_writer; }
    StoreReader &reader() { return *m_reader; }
    Connection &db() { return *m_db; }

    // A single number from the writer connection; -1 if the query fails.
    qint64 number(const QByteArray &sql) { return m_db->queryInt(sql.constData()).value_or(-1); }
    QString text(const QByteArray &sql)
    {
        return m_db->queryText(sql.constData()).value_or(QString());
    }

    qint64 count(const char *table, const QByteArray &where = QByteArrayLiteral("1"))
    {
        return number(QByteArrayLiteral("SELECT count(*) FROM ") + table + " WHERE " + where);
    }
    qint64 searchQueued(SearchDocument kind)
    {
        // A batch of new messages is one row listing their ids, 8 bytes each.
        return number("SELECT coalesce(sum(CASE WHEN docs IS NULL THEN 1 ELSE length(docs) / 8 END), 0)"
                      " FROM search_queue WHERE kind = "
                      + QByteArray::number(int(kind)));
    }
    qint64 localId(qint64 serverId)
    {
        return number("SELECT id FROM messages WHERE server_id = " + QByteArray::number(serverId));
    }
    std::optional<MessageRow> messageByServerId(qint64 serverId)
    {
        const qint64 id = localId(serverId);
        return id > 0 ? m_reader->message(id) : std::nullopt;
    }

    // The next seq of the log, for tests that apply one batch after another.
    qint64 nextSeq() { return m_writer->lastSeq() + 1; }

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key;
    std::optional<Connection> m_db;
    std::unique_ptr<StoreWriter> m_writer;
    std::optional<Connection> m_readerDb;
    std::unique_ptr<StoreReader> m_reader;
    QString m_error;
};

Contact contact(qint64 id, const QString &name, const QString &avatar = QString())
{
    Contact c;
    c.id = id;
    c.name = name;
    c.phone = QStringLiteral("+3161234%1").arg(id, 4, 10, QLatin1Char('0'));
    c.avatarMediaId = avatar;
    c.updatedAt = kT0;
    return c;
}

Conversation conversation(qint64 id, qint64 contactId, qint64 lastActivity = kT0,
                          Channel channel = Channel::WhatsApp)
{
    Conversation c;
    c.id = id;
    c.contactId = contactId;
    c.channel = channel;
    c.lastActivity = lastActivity;
    return c;
}

Message message(qint64 serverId, qint64 conversationId, qint64 createdAt, const QString &text,
                Author author = Author::Customer)
{
    Message m;
    m.id = serverId;
    m.conversationId = conversationId;
    m.author = author;
    m.authorId = author == Author::Agent ? 7 : 0;
    m.authorName = author == Author::Agent ? QStringLiteral("Maya") : QStringLiteral("Customer");
    m.text = text;
    m.status = MessageStatus::Sent;
    m.createdAt = createdAt;
    return m;
}

Attachment media(const QString &mediaId, const QString &mimeType, const QString &fileName)
{
    Attachment a;
    a.mediaId = mediaId;
    a.mimeType = mimeType;
    a.size = 2048;
    a.sha256 = QStringLiteral("ab").repeated(32);
    a.fileName = fileName;
    return a;
}

Message withMedia(Message m, MessageKind kind, const QVector<Attachment> &attachments)
{
    m.kind = kind;
    m.attachments = attachments;
    return m;
}

MessageUpdate statusUpdate(qint64 serverId, MessageStatus status, const QString &reason = QString())
{
    MessageUpdate u;
    u.id = serverId;
    u.status = status;
    u.failureReason = reason;
    return u;
}

// Payloads as consecutive log entries starting at `firstSeq`.
QVector<Event> numbered(qint64 firstSeq, const QVector<EventPayload> &payloads)
{
    QVector<Event> events;
    for (const EventPayload &payload : payloads)
        events.append(Event { firstSeq++, payload });
    return events;
}

OutgoingMessage outgoing(const QString &clientId, qint64 conversationId, qint64 createdAt,
                         const QString &text)
{
    OutgoingMessage m;
    m.clientId = clientId;
    m.conversationId = conversationId;
    m.text = text;
    m.authorId = 7;
    m.authorName = QStringLiteral("Maya");
    m.createdAt = createdAt;
    return m;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<qint64> sorted(const QSet<qint64> &set)
{
    QList<qint64> list = set.values();
    std::sort(list.begin(), list.end());
    return list;
}

// Applies a batch and says why when it was not applied.
bool applyBatch(History &h, const QVector<Event> &events, ChangeSet *changes = nullptr)
{
    ChangeSet unused;
    QString error;
    const auto result = h.writer().applyEvents(events, changes ? changes : &unused, &error);
    if (result != StoreWriter::ApplyResult::Applied)
        qWarning() << "batch not applied:" << int(result) << error;
    return result == StoreWriter::ApplyResult::Applied;
}

bool applyBatch(History &h, const QVector<EventPayload> &payloads, ChangeSet *changes = nullptr)
{
    return applyBatch(h, numbered(h.nextSeq(), payloads), changes);
}

// Contact 1 with conversation 10, the starting point of most tests.
bool seed(History &h)
{
    return applyBatch(
        h, QVector<EventPayload> { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1) });
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestStoreWrites : public QObject
{
    Q_OBJECT

private slots:
    // --- the event log -------------------------------------------------------

    void applyEventsStoresRecordsWithTheirSeq()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QCOMPARE(h.writer().lastSeq(), 0);

        Lead lead;
        lead.contactId = 1;
        lead.businessName = QStringLiteral("Lima Bakery");
        lead.version = 1;
        ChangeSet changes;
        QVERIFY(applyBatch(
            h,
            numbered(1,
                     { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                       message(100, 10, kT0 + 1000, QStringLiteral("hello")),
                       message(101, 10, kT0 + 2000, QStringLiteral("how are you?")), lead }),
            &changes));

        QCOMPARE(h.writer().lastSeq(), 5);
        QCOMPARE(h.number("SELECT last_seq FROM sync_state WHERE id = 1"), 5);
        QCOMPARE(h.reader().lastSeq(), 5);
        QCOMPARE(changes.lastSeq, 5);
        QCOMPARE(sorted(changes.conversations), QList<qint64> { 10 });
        QCOMPARE(sorted(changes.messageConversations), QList<qint64> { 10 });
        QCOMPARE(sorted(changes.contacts), QList<qint64> { 1 });

        const auto row = h.reader().conversation(10);
        QVERIFY(row);
        QCOMPARE(row->contactId, 1);
        QCOMPARE(row->contactName, QStringLiteral("Ana Lima"));
        QCOMPARE(row->channel, QStringLiteral("whatsapp"));
        QCOMPARE(row->status, QStringLiteral("open"));
        QCOMPARE(row->lastActivity, kT0 + 2000);
        QCOMPARE(row->lastPreview, QStringLiteral("how are you?"));

        const QVector<MessageRow> messages = h.reader().newestMessages(10, 10);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).serverId, 100);
        QCOMPARE(messages.at(0).text, QStringLiteral("hello"));
        QCOMPARE(messages.at(0).direction, QStringLiteral("in"));
        QCOMPARE(messages.at(0).author, QStringLiteral("customer"));
        QCOMPARE(messages.at(0).createdAt, kT0 + 1000);
        QCOMPARE(messages.at(1).serverId, 101);
        QVERIFY(messages.at(0).id < messages.at(1).id);

        const auto details = h.reader().contactDetails(1);
        QVERIFY(details);
        QVERIFY(details->lead.exists);
        QCOMPARE(details->lead.businessName, QStringLiteral("Lima Bakery"));
    }

    void replayedEventsAreSkipped()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        const QVector<Event> batch
            = numbered(1,
                       { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                         message(100, 10, kT0 + 1000, QStringLiteral("hello")) });
        QVERIFY(applyBatch(h, batch));
        const qint64 queued = h.count("search_queue");

        // Delivered again after a reconnect: nothing new, nothing twice.
        QVERIFY(applyBatch(h, batch));
        QCOMPARE(h.writer().lastSeq(), 3);
        QCOMPARE(h.count("contacts"), 1);
        QCOMPARE(h.count("conversations"), 1);
        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("search_queue"), queued);

        // Overlapping the stored seq: only the new entry is applied.
        QVERIFY(applyBatch(
            h,
            numbered(2,
                     { conversation(10, 1), message(100, 10, kT0 + 1000, QStringLiteral("hello")),
                       message(101, 10, kT0 + 2000, QStringLiteral("still there?")) })));
        QCOMPARE(h.writer().lastSeq(), 4);
        QCOMPARE(h.count("messages"), 2);
        QCOMPARE(h.count("messages", "server_id = 100"), 1);
        QCOMPARE(h.count("messages", "server_id = 101"), 1);
    }

    void batchAfterAGapIsRefused_data()
    {
        QTest::addColumn<qint64>("firstSeq");
        QTest::addColumn<qint64>("secondSeq");
        // Stored seq is 3 in both.
        QTest::newRow("starts after a gap") << qint64(5) << qint64(6);
        QTest::newRow("gap inside the batch") << qint64(4) << qint64(6);
    }

    void batchAfterAGapIsRefused()
    {
        QFETCH(qint64, firstSeq);
        QFETCH(qint64, secondSeq);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(applyBatch(h,
                           numbered(1,
                                    { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                                      message(100, 10, kT0 + 1000, QStringLiteral("hello")) })));
        const qint64 queued = h.count("search_queue");

        const QVector<Event> batch {
            Event { firstSeq, contact(2, QStringLiteral("Bruno Costa")) },
            Event { secondSeq, message(101, 10, kT0 + 5000, QStringLiteral("missing something")) },
        };
        ChangeSet changes;
        QString error;
        QCOMPARE(h.writer().applyEvents(batch, &changes, &error), StoreWriter::ApplyResult::Gap);
        QVERIFY(!error.isEmpty());
        QVERIFY(changes.isEmpty());
        QCOMPARE(h.writer().lastSeq(), 3);
        QCOMPARE(h.count("contacts", "id = 2"), 0);
        QCOMPARE(h.count("messages", "server_id = 101"), 0);
        QCOMPARE(h.count("search_queue"), queued);
        QCOMPARE(h.reader().conversation(10)->lastActivity, kT0 + 1000);

        // The refusal left no transaction behind: the missing entries apply.
        QVERIFY(applyBatch(h, numbered(4, { contact(2, QStringLiteral("Bruno Costa")) })));
        QCOMPARE(h.writer().lastSeq(), 4);
        QCOMPARE(h.count("contacts", "id = 2"), 1);
    }

    void failedBatchStoresNothing_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("message of an unknown conversation") << 0;
        QTest::newRow("conversation of an unknown contact") << 1;
        QTest::newRow("lead of an unknown contact") << 2;
    }

    void failedBatchStoresNothing()
    {
        QFETCH(int, failure);
        // Each breaks a foreign key; the writer runs with foreign_keys = ON.
        EventPayload broken;
        if (failure == 0) {
            broken = message(300, 999, kT0 + 3000, QStringLiteral("to nowhere"));
        } else if (failure == 1) {
            broken = conversation(20, 999);
        } else {
            Lead lead;
            lead.contactId = 999;
            lead.version = 1;
            broken = lead;
        }

        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QCOMPARE(h.writer().lastSeq(), 2);
        const qint64 queued = h.count("search_queue");

        const QVector<Event> batch
            = numbered(3,
                       { contact(2, QStringLiteral("Bruno Costa")), conversation(11, 2),
                         message(200, 11, kT0 + 1000, QStringLiteral("first")), broken,
                         message(201, 11, kT0 + 2000, QStringLiteral("after the failure")) });
        ChangeSet changes;
        QString error;
        QCOMPARE(h.writer().applyEvents(batch, &changes, &error), StoreWriter::ApplyResult::Failed);
        QVERIFY(!error.isEmpty());
        QVERIFY(changes.isEmpty());
        QCOMPARE(h.writer().lastSeq(), 2);
        QCOMPARE(h.count("contacts", "id = 2"), 0);
        QCOMPARE(h.count("conversations", "id = 11"), 0);
        QCOMPARE(h.count("messages"), 0);
        QCOMPARE(h.count("leads"), 0);
        QCOMPARE(h.count("search_queue"), queued);

        // No transaction was left open: the batch without the broken entry applies.
        QVERIFY(applyBatch(
            h, numbered(3, { contact(2, QStringLiteral("Bruno Costa")), conversation(11, 2) })));
        QCOMPARE(h.writer().lastSeq(), 4);
    }

    // The writer's note of the newest search_queue row it added tells the
    // indexer how far it must get. A rolled-back batch added nothing.
    void refusedBatchDoesNotMoveTheSearchQueueMark_data()
    {
        QTest::addColumn<bool>("gap");
        QTest::newRow("failed") << false;
        QTest::newRow("gap") << true;
    }

    void refusedBatchDoesNotMoveTheSearchQueueMark()
    {
        QFETCH(bool, gap);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(
            h, QVector<EventPayload> { message(100, 10, kT0 + 1000, QStringLiteral("indexed")) }));
        const qint64 mark = h.writer().lastSearchQueueId();
        QVERIFY(mark > 0);
        QCOMPARE(mark, h.number("SELECT max(id) FROM search_queue"));

        const qint64 seq = h.nextSeq();
        QVector<Event> batch {
            Event { seq, message(101, 10, kT0 + 2000, QStringLiteral("rolled back")) },
            Event { seq + 1, contact(3, QStringLiteral("Carla Dias")) },
        };
        if (gap)
            batch.append(Event { seq + 5, contact(4, QStringLiteral("Dan")) });
        else
            batch.append(Event { seq + 2, conversation(30, 999) });
        ChangeSet changes;
        QString error;
        QVERIFY(h.writer().applyEvents(batch, &changes, &error)
                != StoreWriter::ApplyResult::Applied);
        QCOMPARE(h.number("SELECT max(id) FROM search_queue"), mark);
        QCOMPARE(h.writer().lastSearchQueueId(), mark);
    }

    void snapshotSetsTheSeqOnlyWhenAsked()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().applySnapshot(
                     { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                       message(100, 10, kT0 + 1000, QStringLiteral("from history")) },
                     42, &changes, &error),
                 qPrintable(error));
        QCOMPARE(h.writer().lastSeq(), 42);
        QCOMPARE(changes.lastSeq, 42);
        QCOMPARE(h.count("messages", "server_id = 100"), 1);

        QVERIFY2(h.writer().applySnapshot({ contact(2, QStringLiteral("Bruno Costa")) }, -1,
                                          &changes, &error),
                 qPrintable(error));
        QCOMPARE(h.writer().lastSeq(), 42);
        QCOMPARE(h.count("contacts", "id = 2"), 1);

        // The log continues from the snapshot's position.
        QVERIFY(applyBatch(h,
                           numbered(42,
                                    { contact(3, QStringLiteral("already in the snapshot")),
                                      contact(4, QStringLiteral("Dan Evans")) })));
        QCOMPARE(h.writer().lastSeq(), 43);
        QCOMPARE(h.count("contacts", "id = 3"), 0);
        QCOMPARE(h.count("contacts", "id = 4"), 1);
    }

    void historyMessageFromSnapshotAndLogIsStoredOnce_data()
    {
        QTest::addColumn<bool>("snapshotFirst");
        QTest::newRow("history page, then the log") << true;
        QTest::newRow("the log, then a history page") << false;
    }

    void historyMessageFromSnapshotAndLogIsStoredOnce()
    {
        QFETCH(bool, snapshotFirst);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        const qint64 newDocs = h.searchQueued(SearchDocument::NewMessage);

        Message fromPage = withMedia(
            message(300, 10, kT0 + 1000, QStringLiteral("the menu")), MessageKind::Image,
            { media(QStringLiteral("media-menu"), QStringLiteral("image/jpeg"),
                    QStringLiteral("menu.jpg")) });
        fromPage.status = MessageStatus::Read;
        Message fromLog = fromPage;
        fromLog.status = MessageStatus::Sent;

        QString error;
        ChangeSet changes;
        if (snapshotFirst) {
            QVERIFY2(h.writer().applySnapshot({ fromPage }, -1, &changes, &error),
                     qPrintable(error));
            QVERIFY(applyBatch(h, QVector<EventPayload> { fromLog }));
        } else {
            QVERIFY(applyBatch(h, QVector<EventPayload> { fromLog }));
            QVERIFY2(h.writer().applySnapshot({ fromPage }, -1, &changes, &error),
                     qPrintable(error));
        }

        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("attachments"), 1);
        QCOMPARE(h.searchQueued(SearchDocument::NewMessage), newDocs + 1);
        const auto stored = h.messageByServerId(300);
        QVERIFY(stored);
        QCOMPARE(stored->status, QStringLiteral("read")); // the furthest of the two
        QCOMPARE(stored->text, QStringLiteral("the menu"));
        QCOMPARE(stored->attachments.size(), 1);
    }

    // --- conversations -------------------------------------------------------

    void conversationUpsertUpdatesInPlaceAndKeepsMessages()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> { message(100, 10, kT0 + 1000, QStringLiteral("one")),
                                    message(101, 10, kT0 + 2000, QStringLiteral("two")),
                                    message(102, 10, kT0 + 3000, QStringLiteral("three")) }));

        // The server's view of the conversation, sent before it saw "three".
        Conversation update = conversation(10, 1, kT0 + 2000);
        update.status = ConversationStatus::Resolved;
        update.assigneeId = 7;
        update.unreadCount = 2;
        update.autopilot = Autopilot::Rules;
        update.muted = true;
        update.lastPreview = QStringLiteral("two");
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { update }, &changes));
        QCOMPARE(sorted(changes.conversations), QList<qint64> { 10 });

        QCOMPARE(h.count("conversations"), 1);
        QCOMPARE(h.count("messages", "conversation_id = 10"), 3);
        auto row = h.reader().conversation(10);
        QVERIFY(row);
        QCOMPARE(row->status, QStringLiteral("resolved"));
        QCOMPARE(row->assigneeId, 7);
        QCOMPARE(row->unreadCount, 2);
        QCOMPARE(row->autopilot, QStringLiteral("rules"));
        QVERIFY(row->muted);
        QCOMPARE(row->lastActivity, kT0 + 3000); // not moved back
        QCOMPARE(row->lastPreview, QStringLiteral("three"));

        // A newer server view moves it forward; unassigning stores no assignee.
        update = conversation(10, 1, kT0 + 9000);
        update.lastPreview = QStringLiteral("note added by a colleague");
        QVERIFY(applyBatch(h, QVector<EventPayload> { update }));
        row = h.reader().conversation(10);
        QCOMPARE(row->lastActivity, kT0 + 9000);
        QCOMPARE(row->lastPreview, QStringLiteral("note added by a colleague"));
        QCOMPARE(row->assigneeId, 0);
        QCOMPARE(row->status, QStringLiteral("open"));
        QCOMPARE(h.count("conversations", "assignee_id IS NULL"), 1);
        QCOMPARE(h.count("messages", "conversation_id = 10"), 3);
    }

    void lastActivityFollowsTheNewestMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected"); // null: check only the rules

        QTest::newRow("one line") << QStringLiteral("See you tomorrow") << QString()
                                  << QStringLiteral("See you tomorrow");
        QTest::newRow("several lines")
            << QStringLiteral("First line\nsecond line\r\n\tthird") << QString()
            << QStringLiteral("First line second line third");
        const QString exact(140, QLatin1Char('x'));
        QTest::newRow("exactly 140") << exact << QString() << exact;
        const QString words = QStringLiteral("lorem ipsum ").repeated(40);
        QTest::newRow("long") << words << QString() << words.left(139) + kEllipsis;
        const QString lines = QStringLiteral("line\n").repeated(100);
        QTest::newRow("many lines")
            << lines << QString()
            << QString(lines).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(139) + kEllipsis;
        QTest::newRow("attachment without text") << QString() << QStringLiteral("invoice-0042.pdf")
                                                 << QStringLiteral("invoice-0042.pdf");
        // An emoji is two UTF-16 units; the cut must not split it.
        QTest::newRow("emoji at the cut") << QString(138, QLatin1Char('a'))
                + QString::fromUtf8("\xF0\x9F\x98\x80") + QString(50, QLatin1Char('b'))
                                          << QString() << QString();
    }

    void lastActivityFollowsTheNewestMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));

        Message newest = message(102, 10, kT0 + 3000, text);
        if (!fileName.isEmpty()) {
            newest = withMedia(newest, MessageKind::Document,
                               { media(QStringLiteral("media-doc"),
                                       QStringLiteral("application/pdf"), fileName) });
        }
        // The newest is not the last of the batch.
        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> { newest, message(100, 10, kT0 + 1000, QStringLiteral("older")),
                                    message(101, 10, kT0 + 2000, QStringLiteral("middle")) }));
        auto row = h.reader().conversation(10);
        QVERIFY(row);
        QCOMPARE(row->lastActivity, kT0 + 3000);
        const QString preview = row->lastPreview;
        if (!expected.isNull()) {
            QCOMPARE(preview, expected);
        } else {
            QVERIFY(preview.startsWith(QString(138, QLatin1Char('a'))));
            QVERIFY(preview.endsWith(kEllipsis));
        }
        QVERIFY(!preview.contains(QLatin1Char('\n')) && !preview.contains(QLatin1Char('\r')));
        QVERIFY2(preview.toUcs4().size() <= 140,
                 qPrintable(QString::number(preview.toUcs4().size())));
        QVERIFY2(!hasLoneSurrogate(preview), qPrintable(preview));
        QVERIFY2(!preview.contains(QChar::ReplacementCharacter)
                     && !preview.contains(QLatin1Char('?')),
                 qPrintable(preview));

        // A late, older message does not move the conversation back.
        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> { message(103, 10, kT0 + 500, QStringLiteral("late arrival")) }));
        row = h.reader().conversation(10);
        QCOMPARE(row->lastActivity, kT0 + 3000);
        QCOMPARE(row->lastPreview, preview);
        QCOMPARE(h.count("messages", "conversation_id = 10"), 4);
    }

    // --- messages ------------------------------------------------------------

    void messageStatusOnlyMovesForward_data()
    {
        QTest::addColumn<QStringList>("updates"); // statuses in arrival order
        QTest::addColumn<QString>("reason"); // for "failed"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("expectedReason");

        QTest::newRow("sent, delivered, read")
            << QStringList { "delivered", "read" } << QString() << "read" << QString();
        QTest::newRow("read, then a late delivered")
            << QStringList { "read", "delivered" } << QString() << "read" << QString();
        QTest::newRow("delivered, then a late sent")
            << QStringList { "delivered", "sent" } << QString() << "delivered" << QString();
        QTest::newRow("straight to read")
            << QStringList { "read" } << QString() << "read" << QString();
        QTest::newRow("failed before delivery")
            << QStringList { "failed" } << "Outside the 24-hour window"
            << "failed"
            << "Outside the 24-hour window";
        QTest::newRow("failed after delivery is ignored")
            << QStringList { "delivered", "failed" } << "Too late"
            << "delivered" << QString();
    }

    void messageStatusOnlyMovesForward()
    {
        QFETCH(QStringList, updates);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        QFETCH(QString, expectedReason);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(h,
                           QVector<EventPayload> { message(400, 10, kT0 + 1000,
                                                           QStringLiteral("Your order shipped"),
                                                           Author::Agent) }));
        QCOMPARE(h.messageByServerId(400)->status, QStringLiteral("sent"));

        for (const QString &status : updates) {
            const auto value = messageStatusFromString(status);
            QVERIFY(value);
            ChangeSet changes;
            QVERIFY(applyBatch(h, QVector<EventPayload> { statusUpdate(400, *value, reason) },
                               &changes));
            QCOMPARE(sorted(changes.messageConversations), QList<qint64> { 10 });
        }
        const auto stored = h.messageByServerId(400);
        QVERIFY(stored);
        QCOMPARE(stored->status, expected);
        QCOMPARE(stored->failureReason, expectedReason);
        QCOMPARE(stored->text, QStringLiteral("Your order shipped"));
    }

    void editChangesTextAndEditedAt()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(h,
                           QVector<EventPayload> { message(
                               400, 10, kT0 + 1000, QStringLiteral("helo"), Author::Agent) }));
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        MessageUpdate edit;
        edit.id = 400;
        edit.text = QStringLiteral("hello, how can I help?");
        edit.editedAt = kT0 + 4000;
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { edit }, &changes));
        QCOMPARE(sorted(changes.messageConversations), QList<qint64> { 10 });

        const auto stored = h.messageByServerId(400);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("hello, how can I help?"));
        QCOMPARE(stored->editedAt, kT0 + 4000);
        QCOMPARE(stored->status, QStringLiteral("sent"));
        QCOMPARE(stored->createdAt, kT0 + 1000);
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 1);
        QCOMPARE(h.number("SELECT doc FROM search_queue ORDER BY id DESC LIMIT 1"), stored->id);
    }

    void deletionRemovesTheMessageAndEvictsItsMedia()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        const Message photos = withMedia(
            message(401, 10, kT0 + 1000, QStringLiteral("two photos")), MessageKind::Image,
            { media(QStringLiteral("media-1"), QStringLiteral("image/jpeg"),
                    QStringLiteral("a.jpg")),
              media(QStringLiteral("media-2"), QStringLiteral("image/png"),
                    QStringLiteral("b.png")) });
        QVERIFY(applyBatch(h,
                           QVector<EventPayload> {
                               photos, message(402, 10, kT0 + 2000, QStringLiteral("stays")) }));
        QCOMPARE(h.count("attachments"), 2);
        const qint64 localId = h.localId(401);
        QVERIFY(localId > 0);
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { MessageDeletion { 401 } }, &changes));
        QCOMPARE(sorted(changes.evictedMedia), (QStringList { "media-1", "media-2" }));
        QCOMPARE(sorted(changes.messageConversations), QList<qint64> { 10 });
        QVERIFY(!h.reader().message(localId));
        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("messages", "server_id = 402"), 1);
        QCOMPARE(h.count("attachments"), 0);
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 1);
        QCOMPARE(h.count("search_queue", "kind = 2 AND doc = " + QByteArray::number(localId)), 1);

        // Deleting what this device never had is not an error.
        ChangeSet none;
        QVERIFY(applyBatch(h, QVector<EventPayload> { MessageDeletion { 99999 } }, &none));
        QVERIFY(none.evictedMedia.isEmpty());
        QCOMPARE(h.count("messages"), 1);
    }

    // --- contacts and leads --------------------------------------------------

    void leadUpsertRespectsVersion()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));

        Lead lead;
        lead.contactId = 1;
        lead.businessName = QStringLiteral("Lima Bakery");
        lead.stage = QStringLiteral("qualified");
        lead.valueMinor = 125000;
        lead.currency = QStringLiteral("EUR");
        lead.ownerId = 7;
        lead.tags = QStringList { QStringLiteral("vip"), QStringLiteral("spanish"),
                                  QStringLiteral("café") };
        lead.notes = QStringLiteral("Prefers WhatsApp.\nCall after 5pm.");
        lead.customFields = QJsonObject { { QStringLiteral("plan"), QStringLiteral("pro") },
                                          { QStringLiteral("seats"), 12 },
                                          { QStringLiteral("trial"), false } };
        lead.version = 2;
        lead.updatedAt = kT0 + 2000;
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { lead }, &changes));
        QCOMPARE(sorted(changes.contacts), QList<qint64> { 1 });

        // A late echo of version 1 does not overwrite version 2.
        Lead older;
        older.contactId = 1;
        older.stage = QStringLiteral("new");
        older.version = 1;
        older.updatedAt = kT0 + 1000;
        QVERIFY(applyBatch(h, QVector<EventPayload> { older }));

        auto details = h.reader().contactDetails(1);
        QVERIFY(details);
        QVERIFY(details->lead.exists);
        QCOMPARE(details->lead.version, 2);
        QCOMPARE(details->lead.stage, QStringLiteral("qualified"));
        QCOMPARE(details->lead.businessName, QStringLiteral("Lima Bakery"));
        QCOMPARE(details->lead.valueMinor, 125000);
        QCOMPARE(details->lead.currency, QStringLiteral("EUR"));
        QCOMPARE(details->lead.ownerId, 7);
        QCOMPARE(details->lead.tags, lead.tags);
        QCOMPARE(details->lead.notes, lead.notes);
        QCOMPARE(QJsonDocument::fromJson(details->lead.customFieldsJson.toUtf8()).object(),
                 lead.customFields);
        QCOMPARE(details->lead.updatedAt, kT0 + 2000);

        // A newer version replaces it, tags and fields included.
        Lead newer = lead;
        newer.stage = QStringLiteral("won");
        newer.tags = QStringList { QStringLiteral("customer") };
        newer.customFields
            = QJsonObject { { QStringLiteral("plan"), QStringLiteral("enterprise") } };
        newer.version = 3;
        QVERIFY(applyBatch(h, QVector<EventPayload> { newer }));
        details = h.reader().contactDetails(1);
        QCOMPARE(details->lead.version, 3);
        QCOMPARE(details->lead.stage, QStringLiteral("won"));
        QCOMPARE(details->lead.tags, newer.tags);
        QCOMPARE(QJsonDocument::fromJson(details->lead.customFieldsJson.toUtf8()).object(),
                 newer.customFields);
        QCOMPARE(h.count("leads"), 1);
    }

    void contactErasureRemovesEverythingAboutThatContact()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        Lead leadOne;
        leadOne.contactId = 1;
        leadOne.version = 1;
        Lead leadTwo;
        leadTwo.contactId = 2;
        leadTwo.version = 1;
        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> {
                contact(1, QStringLiteral("Ana Lima"), QStringLiteral("avatar-1")),
                leadOne,
                conversation(10, 1),
                conversation(11, 1, kT0, Channel::Messenger),
                contact(2, QStringLiteral("Bruno Costa"), QStringLiteral("avatar-2")),
                leadTwo,
                conversation(20, 2),
                message(1001, 10, kT0 + 1000, QStringLiteral("hi")),
                withMedia(message(1002, 10, kT0 + 2000, QStringLiteral("look")), MessageKind::Image,
                          { media(QStringLiteral("media-a"), QStringLiteral("image/jpeg"),
                                  QStringLiteral("a.jpg")) }),
                withMedia(message(1003, 11, kT0 + 3000, QString()), MessageKind::Document,
                          { media(QStringLiteral("media-b"), QStringLiteral("application/pdf"),
                                  QStringLiteral("b.pdf")),
                            media(QStringLiteral("media-c"), QStringLiteral("application/pdf"),
                                  QStringLiteral("c.pdf")) }),
                withMedia(message(2001, 20, kT0 + 4000, QStringLiteral("keep me")),
                          MessageKind::Image,
                          { media(QStringLiteral("media-keep"), QStringLiteral("image/jpeg"),
                                  QStringLiteral("k.jpg")) }),
            }));
        QString error;
        ChangeSet ignored;
        OutgoingMessage reply
            = outgoing(QStringLiteral("c-erase"), 10, kT0 + 5000, QStringLiteral("on my way"));
        reply.kind = MessageKind::Image;
        reply.attachments = { media(QStringLiteral("media-d"), QStringLiteral("image/jpeg"),
                                    QStringLiteral("d.jpg")) };
        QVERIFY2(h.writer().queueMessage(reply, &ignored, &error) > 0, qPrintable(error));
        QVERIFY2(h.writer().queueCommand(QStringLiteral("cmd-erase"), 11,
                                         QStringLiteral("conversation.resolve"), "{}", kT0 + 5000,
                                         &error),
                 qPrintable(error));
        QVERIFY2(h.writer().queueMessage(
                     outgoing(QStringLiteral("c-keep"), 20, kT0 + 5000, QStringLiteral("ok")),
                     &ignored, &error)
                     > 0,
                 qPrintable(error));
        QCOMPARE(h.count("outbox"), 3);

        // The erased contact's messages that are in the search index.
        QVector<qint64> indexed;
        Statement select = h.db().prepare(
            "SELECT id FROM messages WHERE conversation_id IN (10, 11) AND text <> ''");
        while (select.next())
            indexed.append(select.int64(0));
        select = Statement();
        QCOMPARE(indexed.size(), 3); // "hi", "look", "on my way"
        const qint64 queueBefore = h.number("SELECT max(id) FROM search_queue");

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { ContactErasure { 1 } }, &changes));
        QCOMPARE(sorted(changes.removedConversations), (QList<qint64> { 10, 11 }));
        QVERIFY(changes.contacts.contains(1));
        QCOMPARE(sorted(changes.evictedMedia),
                 (QStringList { "avatar-1", "media-a", "media-b", "media-c", "media-d" }));

        QVERIFY(!h.reader().contactDetails(1));
        QVERIFY(!h.reader().conversation(10));
        QVERIFY(!h.reader().conversation(11));
        QCOMPARE(h.count("contacts", "id = 1"), 0);
        QCOMPARE(h.count("leads", "contact_id = 1"), 0);
        QCOMPARE(h.count("conversations", "id IN (10, 11)"), 0);
        QCOMPARE(h.count("messages", "conversation_id IN (10, 11)"), 0);
        QCOMPARE(h.count("attachments"), 1);
        QCOMPARE(h.text("SELECT media_id FROM attachments"), QStringLiteral("media-keep"));
        QCOMPARE(h.count("outbox"), 1);
        QCOMPARE(h.text("SELECT client_id FROM outbox"), QStringLiteral("c-keep"));
        for (const qint64 id : indexed) {
            QCOMPARE(h.count("search_queue",
                             "kind = 2 AND doc = " + QByteArray::number(id) + " AND id > "
                                 + QByteArray::number(queueBefore)),
                     1);
        }
        QCOMPARE(h.count("search_queue",
                         "kind = 3 AND doc = 1 AND id > " + QByteArray::number(queueBefore)),
                 1);

        // The other contact is untouched.
        const auto other = h.reader().contactDetails(2);
        QVERIFY(other);
        QCOMPARE(other->contact.name, QStringLiteral("Bruno Costa"));
        QCOMPARE(other->contact.avatarMediaId, QStringLiteral("avatar-2"));
        QVERIFY(other->lead.exists);
        QCOMPARE(other->conversations.size(), 1);
        QCOMPARE(other->conversations.at(0).id, 20);
        const QVector<MessageRow> kept = h.reader().newestMessages(20, 10);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).text, QStringLiteral("keep me"));
        QCOMPARE(kept.at(0).attachments.size(), 1);
        QCOMPARE(kept.at(1).clientId, QStringLiteral("c-keep"));
    }

    // --- retention -------------------------------------------------------------

    void bodiesPurgeEmptiesOlderMessages()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> {
                withMedia(message(501, 10, kT0 + 1000, QStringLiteral("old photo")),
                          MessageKind::Image,
                          { media(QStringLiteral("media-old"), QStringLiteral("image/jpeg"),
                                  QStringLiteral("old.jpg")) }),
                message(502, 10, kT0 + 2000, QStringLiteral("old words")),
                withMedia(message(503, 10, kT0 + 5000, QStringLiteral("new photo")),
                          MessageKind::Image,
                          { media(QStringLiteral("media-new"), QStringLiteral("image/jpeg"),
                                  QStringLiteral("new.jpg")) }),
                message(504, 10, kT0 + 6000, QStringLiteral("new words")),
            }));
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload> { BodiesPurge { kT0 + 3000 } }, &changes));
        QCOMPARE(sorted(changes.evictedMedia), QStringList { "media-old" });
        QVERIFY(changes.messageConversations.contains(10));

        const QVector<MessageRow> rows = h.reader().newestMessages(10, 10);
        QCOMPARE(rows.size(), 4);
        for (int i : { 0, 1 }) {
            QVERIFY(rows.at(i).purged);
            QCOMPARE(rows.at(i).text, QString(""));
            QVERIFY(rows.at(i).attachments.isEmpty());
        }
        QCOMPARE(rows.at(0).serverId, 501);
        QCOMPARE(rows.at(0).createdAt, kT0 + 1000); // the message stays, only its body goes
        QVERIFY(!rows.at(2).purged);
        QCOMPARE(rows.at(2).text, QStringLiteral("new photo"));
        QCOMPARE(rows.at(2).attachments.size(), 1);
        QCOMPARE(rows.at(2).attachments.at(0).mediaId, QStringLiteral("media-new"));
        QVERIFY(!rows.at(3).purged);
        QCOMPARE(rows.at(3).text, QStringLiteral("new words"));
        QCOMPARE(h.count("attachments"), 1);
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 2);

        // Purging again finds nothing new.
        ChangeSet again;
        QVERIFY(applyBatch(h, QVector<EventPayload> { BodiesPurge { kT0 + 3000 } }, &again));
        QVERIFY(again.evictedMedia.isEmpty());
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 2);
    }

    // The conversation list must not keep a copy of a purged body.
    void bodiesPurgeLeavesNoPurgedTextInPreviews()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(h, QVector<EventPayload> { conversation(11, 1) }));
        QVERIFY(
            applyBatch(h,
                       QVector<EventPayload> {
                           message(601, 10, kT0 + 1000, QStringLiteral("my card number is 4111")),
                           message(602, 11, kT0 + 1000, QStringLiteral("old")),
                           message(603, 11, kT0 + 8000, QStringLiteral("recent")),
                       }));
        QCOMPARE(h.reader().conversation(10)->lastPreview,
                 QStringLiteral("my card number is 4111"));

        QVERIFY(applyBatch(h, QVector<EventPayload> { BodiesPurge { kT0 + 3000 } }));
        const auto purged = h.reader().conversation(10);
        QVERIFY(purged);
        QVERIFY2(!purged->lastPreview.contains(QStringLiteral("4111")),
                 qPrintable(purged->lastPreview));
        QCOMPARE(purged->lastActivity, kT0 + 1000);
        QCOMPARE(h.reader().conversation(11)->lastPreview, QStringLiteral("recent"));
    }

    // --- the outbox --------------------------------------------------------------

    void queuedMessageIsVisibleAtOnce()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        const qint64 newDocs = h.searchQueued(SearchDocument::NewMessage);

        ChangeSet changes;
        QString error;
        const qint64 id = h.writer().queueMessage(
            outgoing(QStringLiteral("c-1"), 10, kT0 + 5000, QStringLiteral("On my way")), &changes,
            &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(changes.outboxChanged);
        QVERIFY(changes.messageConversations.contains(10));

        const auto stored = h.reader().message(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, QStringLiteral("queued"));
        QCOMPARE(stored->clientId, QStringLiteral("c-1"));
        QCOMPARE(stored->serverId, 0);
        QCOMPARE(stored->conversationId, 10);
        QCOMPARE(stored->direction, QStringLiteral("out"));
        QCOMPARE(stored->author, QStringLiteral("agent"));
        QCOMPARE(stored->authorId, 7);
        QCOMPARE(stored->text, QStringLiteral("On my way"));
        QCOMPARE(h.reader().newestMessages(10, 5).size(), 1);
        QCOMPARE(h.reader().conversation(10)->lastPreview, QStringLiteral("On my way"));
        QCOMPARE(h.reader().conversation(10)->lastActivity, kT0 + 5000);
        QCOMPARE(h.reader().outboxCount(), 1);
        QCOMPARE(h.searchQueued(SearchDocument::NewMessage), newDocs + 1);

        const QVector<OutboxEntry> pending = h.writer().pendingOutbox(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).clientId, QStringLiteral("c-1"));
        QCOMPARE(pending.at(0).conversationId, 10);
        QCOMPARE(pending.at(0).messageId, id);
        QCOMPARE(pending.at(0).command, QStringLiteral("message.send"));
        QCOMPARE(pending.at(0).state, QStringLiteral("pending"));
        QCOMPARE(pending.at(0).createdAt, kT0 + 5000);
        const QJsonObject payload = QJsonDocument::fromJson(pending.at(0).payload).object();
        QCOMPARE(payload.value(QStringLiteral("text")).toString(), QStringLiteral("On my way"));
        QCOMPARE(payload.value(QStringLiteral("conversation_id")).toInteger(), 10);
    }

    void queuingTheSameClientIdTwiceIsOneMessage()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const OutgoingMessage m
            = outgoing(QStringLiteral("c-1"), 10, kT0 + 5000, QStringLiteral("double press"));
        const qint64 first = h.writer().queueMessage(m, &changes, &error);
        QVERIFY2(first > 0, qPrintable(error));
        const qint64 second = h.writer().queueMessage(m, &changes, &error);
        QCOMPARE(second, first);
        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("outbox"), 1);
        QCOMPARE(h.writer().pendingOutbox(10).size(), 1);
    }

    void pendingOutboxIsInOrder()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(
            applyBatch(h, QVector<EventPayload> { conversation(11, 1, kT0, Channel::WebChat) }));
        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().queueMessage(outgoing("c-1", 10, kT0 + 1000, "first"), &changes, &error)
                     > 0,
                 qPrintable(error));
        QVERIFY2(
            h.writer().queueMessage(outgoing("c-2", 11, kT0 + 2000, "second"), &changes, &error)
                > 0,
            qPrintable(error));
        QVERIFY2(h.writer().queueCommand("c-3", 10, "conversation.assign", R"({"assignee_id":7})",
                                         kT0 + 3000, &error),
                 qPrintable(error));
        QVERIFY2(
            h.writer().queueMessage(outgoing("c-4", 10, kT0 + 4000, "fourth"), &changes, &error)
                > 0,
            qPrintable(error));

        QVector<OutboxEntry> pending = h.writer().pendingOutbox(10);
        QStringList order;
        for (const OutboxEntry &entry : pending)
            order.append(entry.clientId);
        QCOMPARE(order, (QStringList { "c-1", "c-2", "c-3", "c-4" }));
        QCOMPARE(pending.at(2).command, QStringLiteral("conversation.assign"));
        QCOMPARE(pending.at(2).messageId, 0);
        QCOMPARE(pending.at(2).payload, QByteArray(R"({"assignee_id":7})"));

        pending = h.writer().pendingOutbox(2);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).clientId, QStringLiteral("c-1"));
        QCOMPARE(pending.at(1).clientId, QStringLiteral("c-2"));

        // Taking one out and sending it does not change its place.
        QVERIFY2(h.writer().markSending("c-1", &error), qPrintable(error));
        pending = h.writer().pendingOutbox(10);
        QCOMPARE(pending.at(0).clientId, QStringLiteral("c-1"));
        QCOMPARE(pending.at(0).state, QStringLiteral("sending"));
        QCOMPARE(pending.at(0).attempts, 1);
        QVERIFY2(h.writer().releaseSending(&error), qPrintable(error));
        QCOMPARE(h.writer().pendingOutbox(10).at(0).state, QStringLiteral("pending"));
    }

    void acknowledgeSetsServerIdAndSent()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const qint64 id = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "On my way"),
                                                  &changes, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(h.writer().markSending("c-1", &error), qPrintable(error));

        ChangeSet acked;
        QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &acked, &error),
                 qPrintable(error));
        QVERIFY(acked.outboxChanged);
        QVERIFY(acked.messageConversations.contains(10));
        const auto stored = h.reader().message(id);
        QVERIFY(stored);
        QCOMPARE(stored->serverId, 9001);
        QCOMPARE(stored->status, QStringLiteral("sent"));
        QCOMPARE(stored->clientId, QStringLiteral("c-1"));
        QCOMPARE(stored->createdAt, kT0 + 5100); // the server's time
        QVERIFY(stored->failureReason.isEmpty());
        QCOMPARE(h.count("outbox"), 0);
        QVERIFY(h.writer().pendingOutbox(10).isEmpty());
        QCOMPARE(h.count("messages"), 1);
    }

    void echoOfASentMessageIsNotADuplicate_data()
    {
        QTest::addColumn<bool>("ackBefore");
        QTest::addColumn<bool>("ackAfter");
        QTest::newRow("echo after the ack") << true << false;
        QTest::newRow("echo instead of the ack") << false << false;
        QTest::newRow("echo, then a late ack") << false << true;
    }

    void echoOfASentMessageIsNotADuplicate()
    {
        QFETCH(bool, ackBefore);
        QFETCH(bool, ackAfter);
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const qint64 id = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "On my way"),
                                                  &changes, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const qint64 newDocs = h.searchQueued(SearchDocument::NewMessage);

        if (ackBefore)
            QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &changes, &error),
                     qPrintable(error));
        Message echo = message(9001, 10, kT0 + 5100, QStringLiteral("On my way"), Author::Agent);
        echo.clientId = QStringLiteral("c-1");
        QVERIFY(applyBatch(h, QVector<EventPayload> { echo }));
        if (ackAfter)
            QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &changes, &error),
                     qPrintable(error));

        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("messages", "client_id = 'c-1'"), 1);
        QCOMPARE(h.localId(9001), id);
        const auto stored = h.reader().message(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, QStringLiteral("sent"));
        QCOMPARE(stored->text, QStringLiteral("On my way"));
        QCOMPARE(h.count("outbox"), 0);
        QCOMPARE(h.searchQueued(SearchDocument::NewMessage), newDocs);

        // Later updates find it by its server id.
        QVERIFY(
            applyBatch(h, QVector<EventPayload> { statusUpdate(9001, MessageStatus::Delivered) }));
        QCOMPARE(h.reader().message(id)->status, QStringLiteral("delivered"));
    }

    void rejectMarksFailedAndRetryRequeues()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const qint64 id
            = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "Hello?"), &changes, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(h.writer().markSending("c-1", &error), qPrintable(error));

        const QString reason = QStringLiteral("The customer-service window has closed");
        ChangeSet rejected;
        QVERIFY2(h.writer().reject("c-1", reason, &rejected, &error), qPrintable(error));
        QVERIFY(rejected.outboxChanged);
        QVERIFY(rejected.messageConversations.contains(10));
        auto stored = h.reader().message(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, QStringLiteral("failed"));
        QCOMPARE(stored->failureReason, reason);
        QVERIFY(h.writer().pendingOutbox(10).isEmpty()); // not tried again by itself
        QCOMPARE(h.count("outbox", "state = 'failed'"), 1);
        QCOMPARE(h.text("SELECT last_error FROM outbox"), reason);

        ChangeSet retried;
        QVERIFY2(h.writer().retry("c-1", &retried, &error), qPrintable(error));
        QVERIFY(retried.outboxChanged);
        stored = h.reader().message(id);
        QCOMPARE(stored->status, QStringLiteral("queued"));
        QVERIFY(stored->failureReason.isEmpty());
        QCOMPARE(stored->clientId, QStringLiteral("c-1"));
        const QVector<OutboxEntry> pending = h.writer().pendingOutbox(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).clientId, QStringLiteral("c-1"));
        QCOMPARE(pending.at(0).messageId, id);
        QCOMPARE(pending.at(0).state, QStringLiteral("pending"));
        QVERIFY(pending.at(0).lastError.isEmpty());
        QCOMPARE(h.count("messages"), 1);

        // The retry goes through this time.
        QVERIFY2(h.writer().acknowledge("c-1", 9002, 0, &changes, &error), qPrintable(error));
        stored = h.reader().message(id);
        QCOMPARE(stored->status, QStringLiteral("sent"));
        QCOMPARE(stored->serverId, 9002);
        QCOMPARE(stored->createdAt, kT0 + 5000); // no server time: the local one stays
    }

    void outboxSurvivesClosingTheDatabase()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const qint64 first
            = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 1000, "first"), &changes, &error);
        QVERIFY2(first > 0, qPrintable(error));
        QVERIFY2(
            h.writer().queueCommand("c-2", 10, "conversation.resolve", "{}", kT0 + 2000, &error),
            qPrintable(error));
        const qint64 third
            = h.writer().queueMessage(outgoing("c-3", 10, kT0 + 3000, "third"), &changes, &error);
        QVERIFY2(third > 0, qPrintable(error));
        QVERIFY2(h.writer().markSending("c-1", &error), qPrintable(error)); // quit while sending
        const QVector<OutboxEntry> before = h.writer().pendingOutbox(10);
        QCOMPARE(before.size(), 3);

        h.close();
        QVERIFY2(h.open(), qPrintable(h.error()));

        QVERIFY2(h.writer().releaseSending(&error), qPrintable(error));
        const QVector<OutboxEntry> after = h.writer().pendingOutbox(10);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).clientId, before.at(i).clientId);
            QCOMPARE(after.at(i).messageId, before.at(i).messageId);
            QCOMPARE(after.at(i).command, before.at(i).command);
            QCOMPARE(after.at(i).payload, before.at(i).payload);
            QCOMPARE(after.at(i).state, QStringLiteral("pending"));
        }
        QCOMPARE(after.at(0).attempts, 1);
        QCOMPARE(h.reader().outboxCount(), 3);
        QCOMPARE(h.reader().message(first)->status, QStringLiteral("queued"));
        QCOMPARE(h.reader().message(third)->text, QStringLiteral("third"));
    }

    // --- the search queue --------------------------------------------------------

    void everyWriteQueuesItsSearchDocuments()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        qint64 newMessages = 0, changedMessages = 0, contacts = 0;
        const auto check = [&] {
            return h.searchQueued(SearchDocument::NewMessage) == newMessages
                && h.searchQueued(SearchDocument::ChangedMessage) == changedMessages
                && h.searchQueued(SearchDocument::Contact) == contacts
                && h.writer().lastSearchQueueId()
                == h.number("SELECT coalesce(max(id), 0) FROM search_queue");
        };
        const auto counts = [&] {
            return QStringLiteral("new %1 changed %2 contact %3, mark %4")
                .arg(h.searchQueued(SearchDocument::NewMessage))
                .arg(h.searchQueued(SearchDocument::ChangedMessage))
                .arg(h.searchQueued(SearchDocument::Contact))
                .arg(h.writer().lastSearchQueueId());
        };
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(
            h,
            QVector<EventPayload> { contact(1, QStringLiteral("Ana Lima")), conversation(10, 1) }));
        ++contacts; // a new contact; the conversation has nothing to index
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 3"), 1);

        Contact samename = contact(1, QStringLiteral("Ana Lima"));
        samename.email = QStringLiteral("ana@example.com");
        QVERIFY(applyBatch(h, QVector<EventPayload> { samename }));
        QVERIFY2(check(), qPrintable(counts())); // the name did not change

        QVERIFY(
            applyBatch(h, QVector<EventPayload> { contact(1, QStringLiteral("Ana Lima Souza")) }));
        ++contacts;
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(
            h, QVector<EventPayload> { message(100, 10, kT0 + 1000, QStringLiteral("hello")) }));
        ++newMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 1 ORDER BY id DESC LIMIT 1"),
                 h.localId(100));

        QVERIFY(applyBatch(h,
                           QVector<EventPayload> { withMedia(
                               message(101, 10, kT0 + 2000, QString()), MessageKind::Image,
                               { media(QStringLiteral("m"), QStringLiteral("image/png"),
                                       QStringLiteral("p.png")) }) }));
        QVERIFY2(check(), qPrintable(counts())); // no text, nothing to index

        QVERIFY(applyBatch(h, QVector<EventPayload> { statusUpdate(100, MessageStatus::Read) }));
        QVERIFY2(check(), qPrintable(counts())); // status is not indexed

        MessageUpdate edit;
        edit.id = 100;
        edit.text = QStringLiteral("hello there");
        edit.editedAt = kT0 + 3000;
        QVERIFY(applyBatch(h, QVector<EventPayload> { edit }));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(h,
                           QVector<EventPayload> {
                               message(102, 10, kT0 + 4000, QStringLiteral("to be deleted")) }));
        ++newMessages;
        const qint64 deleted = h.localId(102);
        QVERIFY(applyBatch(h, QVector<EventPayload> { MessageDeletion { 102 } }));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 2 ORDER BY id DESC LIMIT 1"),
                 deleted);

        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "queued text"), &changes,
                                         &error)
                     > 0,
                 qPrintable(error));
        ++newMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QVERIFY2(h.writer().acknowledge("c-1", 9001, 0, &changes, &error), qPrintable(error));
        Message echo = message(9001, 10, kT0 + 5000, QStringLiteral("queued text"), Author::Agent);
        echo.clientId = QStringLiteral("c-1");
        QVERIFY(applyBatch(h, QVector<EventPayload> { echo }));
        QVERIFY2(check(), qPrintable(counts())); // the same document as when it was queued

        // Retention: "hello there" goes; the image had no text; "queued text" is newer.
        QVERIFY(applyBatch(h, QVector<EventPayload> { BodiesPurge { kT0 + 4500 } }));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));

        // Erasure: every message left (only "queued text" still has text) and the contact.
        const qint64 queueBefore = h.writer().lastSearchQueueId();
        const QByteArray after = " AND id > " + QByteArray::number(queueBefore);
        const qint64 stillIndexed = h.localId(9001);
        QVERIFY(applyBatch(h, QVector<EventPayload> { ContactErasure { 1 } }));
        QCOMPARE(h.count("search_queue",
                         "kind = 2 AND doc = " + QByteArray::number(stillIndexed) + after),
                 1);
        QCOMPARE(h.count("search_queue", "kind = 3 AND doc = 1" + after), 1);
        QCOMPARE(h.count("search_queue", "kind = 1" + after), 0);
        changedMessages = h.searchQueued(SearchDocument::ChangedMessage);
        ++contacts;
        QVERIFY2(check(), qPrintable(counts()));
    }

    // --- device secrets and the account -------------------------------------------

    void localSecretRoundTripsBinary()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QByteArray secret;
        for (int i = 0; i < 256; ++i)
            secret.append(char(i));
        secret.append(QByteArray(16, '\0'));
        QString error;
        QVERIFY(h.writer().localSecret(QStringLiteral("media-cache-key")).isEmpty());
        QVERIFY2(h.writer().setLocalSecret(QStringLiteral("media-cache-key"), secret, &error),
                 qPrintable(error));
        QCOMPARE(h.writer().localSecret(QStringLiteral("media-cache-key")), secret);
        QVERIFY(h.writer().localSecret(QStringLiteral("other")).isEmpty());

        const QByteArray replaced("\x00\xff\x00 replaced", 12);
        QVERIFY2(h.writer().setLocalSecret(QStringLiteral("media-cache-key"), replaced, &error),
                 qPrintable(error));
        QCOMPARE(h.count("local_secrets"), 1);

        h.close();
        QVERIFY2(h.open(), qPrintable(h.error()));
        QCOMPARE(h.writer().localSecret(QStringLiteral("media-cache-key")), replaced);
    }

    void setAccountStoresTheAccountRow()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QString error;
        QVERIFY2(h.writer().setAccount(7, QStringLiteral("Maya Tan"),
                                       QStringLiteral("maya@example.com"), QStringLiteral("agent"),
                                       3, QStringLiteral("Acme Support"),
                                       QStringLiteral("https://relay.example.com"), &error),
                 qPrintable(error));
        // Signing in again (a new role) replaces the one row.
        QVERIFY2(h.writer().setAccount(7, QStringLiteral("Maya Tan"),
                                       QStringLiteral("maya@example.com"), QStringLiteral("admin"),
                                       3, QStringLiteral("Acme Support"),
                                       QStringLiteral("https://relay.example.com"), &error),
                 qPrintable(error));
        QCOMPARE(h.count("account"), 1);
        Statement row = h.db().prepare("SELECT id, agent_id, agent_name, email, role, workspace_id,"
                                       " workspace_name, server_url FROM account");
        QVERIFY(row.next());
        QCOMPARE(row.int64(0), 1);
        QCOMPARE(row.int64(1), 7);
        QCOMPARE(row.text(2), QStringLiteral("Maya Tan"));
        QCOMPARE(row.text(3), QStringLiteral("maya@example.com"));
        QCOMPARE(row.text(4), QStringLiteral("admin"));
        QCOMPARE(row.int64(5), 3);
        QCOMPARE(row.text(6), QStringLiteral("Acme Support"));
        QCOMPARE(row.text(7), QStringLiteral("https://relay.example.com"));
        row = Statement();

        // A role the schema does not know is refused, not stored.
        QVERIFY(!h.writer().setAccount(7, QStringLiteral("Maya Tan"),
                                       QStringLiteral("maya@example.com"), QStringLiteral("owner"),
                                       3, QStringLiteral("Acme Support"),
                                       QStringLiteral("https://relay.example.com"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(h.text("SELECT role FROM account"), QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestStoreWrites)
#include "tst_store_writes.moc"
