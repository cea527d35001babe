// The reads the UI makes: conversation pages with filters, message pages in
// both directions, a window around a message, a contact's details, and the
// query plans that keep them fast on a large history.

#include "store/database.h"
#include "store/reader.h"
#include "store/sqlcipher_api.h"
#include "store/writer.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>

using namespace relaydesk::store;
using namespace relaydesk::protocol;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // the first message, ms
// Every conversation's last activity is after every message, so the fixture,
// not the messages, decides the conversation order.
constexpr qint64 kActivity = kT0 + 10'000'000;
constexpr qint64 kMinute = 60'000;

constexpr qint64 kBigConversation = 101;
constexpr int kBigCount = 1000;
constexpr qint64 kAgent = 7;

// The fixture's conversations: 30 contacts with one each (101…130), and
// contact 1 with two more (131, 132).
struct ConversationModel
{
    qint64 id = 0;
    qint64 contactId = 0;
    Channel channel = Channel::WhatsApp;
    ConversationStatus status = ConversationStatus::Open;
    qint64 assigneeId = 0;
    int unread = 0;
    qint64 lastActivity = 0;
};

QVector<ConversationModel> fixtureConversations()
{
    const Channel channels[] = {Channel::WhatsApp, Channel::Messenger, Channel::WebChat};
    const ConversationStatus statuses[] = {ConversationStatus::Open, ConversationStatus::Pending,
                                           ConversationStatus::Snoozed, ConversationStatus::Resolved};
    QVector<ConversationModel> list;
    for (int i = 1; i <= 32; ++i) {
        ConversationModel c;
        c.id = 100 + i;
        c.contactId = i <= 30 ? i : 1;
        c.channel = channels[i % 3];
        c.status = statuses[(i / 3) % 4];
        c.assigneeId = (i % 5 == 0 || i % 5 == 2) ? kAgent : (i % 5 == 1 ? 9 : 0);
        c.unread = i % 4 == 1 ? i : 0;
        // Repeats every 13: conversations tie on last activity.
        c.lastActivity = kActivity + ((i * 7) % 13) * kMinute;
        list.append(c);
    }
    list[30].lastActivity = kActivity + 20 * kMinute; // 131: the newest of all
    list[31].lastActivity = kActivity + 30'000;       // 132: between two minutes
    return list;
}

QString contactName(qint64 id)
{
    return QStringLiteral("Contact %1").arg(id, 2, 10, QLatin1Char('0'));
}

// What message k of the big conversation is.
qint64 bigServerId(int k)
{
    return 100'000 + k;
}
qint64 bigCreatedAt(int k)
{
    return kT0 + k * 1000 + k % 3;
}

struct MediaModel
{
    MessageKind kind;
    QStringList mediaIds;
    QString text;
};

QHash<int, MediaModel> bigMedia()
{
    return {
        {0, {MessageKind::Image, {"img-0"}, QStringLiteral("the very first photo")}},
        {250, {MessageKind::Document, {"doc-250-a", "doc-250-b"}, QStringLiteral("two files")}},
        {500, {MessageKind::Image, {"img-500"}, QStringLiteral("photo caption 500")}},
        {777, {MessageKind::Image, {"img-777"}, QString()}},
        {999, {MessageKind::Document, {"doc-999"}, QStringLiteral("the last file")}},
    };
}

Message bigMessage(int k)
{
    Message m;
    m.id = bigServerId(k);
    m.conversationId = kBigConversation;
    m.author = k % 4 == 0 ? Author::Agent : Author::Customer;
    m.authorId = m.author == Author::Agent ? kAgent : 0;
    m.createdAt = bigCreatedAt(k);
    m.text = QStringLiteral("Message %1").arg(k);
    const QHash<int, MediaModel> withMedia = bigMedia();
    if (withMedia.contains(k)) {
        const MediaModel model = withMedia.value(k);
        m.kind = model.kind;
        m.text = model.text;
        for (const QString &id : model.mediaIds) {
            Attachment a;
            a.mediaId = id;
            a.mimeType = model.kind == MessageKind::Image ? QStringLiteral("image/jpeg")
                                                          : QStringLiteral("application/pdf");
            a.size = 1000 + k;
            a.width = model.kind == MessageKind::Image ? 1280 : 0;
            a.height = model.kind == MessageKind::Image ? 960 : 0;
            a.fileName = id + (model.kind == MessageKind::Image ? QStringLiteral(".jpg") : QStringLiteral(".pdf"));
            m.attachments.append(a);
        }
    }
    return m;
}

QVector<qint64> idsOf(const QVector<MessageRow> &rows)
{
    QVector<qint64> ids;
    for (const MessageRow &row : rows)
        ids.append(row.id);
    return ids;
}

QVector<qint64> idsOf(const QVector<ConversationRow> &rows)
{
    QVector<qint64> ids;
    for (const ConversationRow &row : rows)
        ids.append(row.id);
    return ids;
}

bool ascending(const QVector<MessageRow> &rows)
{
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i - 1).id >= rows.at(i).id)
            return false;
    }
    return true;
}

int captureStatement(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        static_cast<QStringList *>(context)->append(
            QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
    }
    return 0;
}

} // namespace

class TestStoreReads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DatabaseKey> m_key;
    std::optional<Connection> m_writerDb;
    std::optional<Connection> m_readerDb;
    std::unique_ptr<StoreReader> m_reader;
    QVector<ConversationModel> m_conversations;
    QVector<qint64> m_bigIds; // local ids of the big conversation, in time order

    StoreReader &reader() { return *m_reader; }

    QVector<qint64> expectedConversations(const ConversationFilter &filter) const
    {
        QVector<ConversationModel> matching;
        for (const ConversationModel &c : m_conversations) {
            if (!filter.statuses.isEmpty() && !filter.statuses.contains(toString(c.status)))
                continue;
            if (filter.assigneeId && c.assigneeId != filter.assigneeId)
                continue;
            if (filter.unassignedOnly && c.assigneeId != 0)
                continue;
            if (filter.unreadOnly && c.unread == 0)
                continue;
            if (!filter.channel.isEmpty() && toString(c.channel) != filter.channel)
                continue;
            matching.append(c);
        }
        std::sort(matching.begin(), matching.end(), [](const ConversationModel &a, const ConversationModel &b) {
            return a.lastActivity != b.lastActivity ? a.lastActivity > b.lastActivity : a.id > b.id;
        });
        QVector<qint64> ids;
        for (const ConversationModel &c : matching)
            ids.append(c.id);
        return ids;
    }

    const ConversationModel *model(qint64 id) const
    {
        for (const ConversationModel &c : m_conversations) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("history.db"));
        m_key = DatabaseKey::generateRaw();
        OpenError openError;
        m_writerDb = Database::open(path, *m_key, Database::Role::Writer, &openError);
        QVERIFY2(m_writerDb, qPrintable(openError.message));
        StoreWriter writer(*m_writerDb);
        // Small blocks of the conversation index (schema step 15): the big
        // conversation, stored out of time order, lies across eight of them,
        // and every page below is merged from several.
        writer.setMessagesPerBlock(150);
        QString error;

        m_conversations = fixtureConversations();
        QVector<EventPayload> records;
        for (int i = 1; i <= 30; ++i) {
            Contact contact;
            contact.id = i;
            contact.name = contactName(i);
            contact.phone = QStringLiteral("+316000000%1").arg(i, 2, 10, QLatin1Char('0'));
            contact.avatarMediaId = i % 2 ? QStringLiteral("avatar-%1").arg(i) : QString();
            contact.updatedAt = kT0;
            records.append(contact);
        }
        Lead lead;
        lead.contactId = 1;
        lead.businessName = QStringLiteral("Contact One Ltd");
        lead.stage = QStringLiteral("qualified");
        lead.tags = QStringList{QStringLiteral("vip"), QStringLiteral("wholesale")};
        lead.version = 4;
        records.append(lead);
        for (const ConversationModel &c : std::as_const(m_conversations)) {
            Conversation conversation;
            conversation.id = c.id;
            conversation.contactId = c.contactId;
            conversation.channel = c.channel;
            conversation.status = c.status;
            conversation.assigneeId = c.assigneeId;
            conversation.unreadCount = c.unread;
            conversation.lastActivity = c.lastActivity;
            conversation.lastPreview = QStringLiteral("preview of %1").arg(c.id);
            records.append(conversation);
        }
        // Three messages in each other conversation, between the big one's.
        for (const ConversationModel &c : std::as_const(m_conversations)) {
            if (c.id == kBigConversation)
                continue;
            for (int j = 0; j < 3; ++j) {
                Message m;
                m.id = 200'000 + c.id * 10 + j;
                m.conversationId = c.id;
                m.createdAt = kT0 + j * 333'333 + c.id;
                m.text = QStringLiteral("Small talk %1 in %2").arg(j).arg(c.id);
                records.append(m);
            }
        }
        QVERIFY2(writer.applySnapshot(records, 500, nullptr, &error), qPrintable(error));

        // The big conversation arrives in history pages out of time order.
        QVector<int> order(kBigCount);
        std::iota(order.begin(), order.end(), 0);
        QRandomGenerator shuffle(20240611);
        for (int i = kBigCount - 1; i > 0; --i)
            std::swap(order[i], order[int(shuffle.bounded(i + 1))]);
        for (int page = 0; page < kBigCount; page += 100) {
            QVector<EventPayload> batch;
            for (int i = page; i < page + 100; ++i)
                batch.append(bigMessage(order.at(i)));
            QVERIFY2(writer.applySnapshot(batch, -1, nullptr, &error), qPrintable(error));
        }

        m_readerDb = Database::open(path, *m_key, Database::Role::Reader, &openError);
        QVERIFY2(m_readerDb, qPrintable(openError.message));
        m_reader = std::make_unique<StoreReader>(*m_readerDb);

        // The truth to compare pages with, straight from the table in time order.
        Statement select = m_readerDb->prepare(
            "SELECT id, server_id FROM messages WHERE conversation_id = 101 ORDER BY created_at");
        int k = 0;
        while (select.next()) {
            QCOMPARE(select.int64(1), bigServerId(k++));
            m_bigIds.append(select.int64(0));
        }
        QCOMPARE(m_bigIds.size(), kBigCount);
        QCOMPARE(m_readerDb->queryInt("SELECT count(DISTINCT block) FROM messages WHERE conversation_id = 101"),
                 std::optional<qint64>(8));
        QCOMPARE(m_readerDb->queryInt("SELECT count(*) FROM message_blocks"), std::optional<qint64>(8));
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_readerDb.reset();
        m_writerDb.reset();
    }

    // --- conversations -----------------------------------------------------------

    void conversationPagesFollowTheFilter_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<qint64>("assigneeId");
        QTest::addColumn<bool>("unassignedOnly");
        QTest::addColumn<bool>("unreadOnly");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("none"); // nothing matches

        QTest::newRow("everything") << QStringList() << qint64(0) << false << false << QString() << false;
        QTest::newRow("open") << QStringList{"open"} << qint64(0) << false << false << QString() << false;
        QTest::newRow("open or pending") << QStringList{"open", "pending"} << qint64(0) << false << false << QString()
                                         << false;
        QTest::newRow("resolved") << QStringList{"resolved"} << qint64(0) << false << false << QString() << false;
        QTest::newRow("assigned to agent 7") << QStringList() << kAgent << false << false << QString() << false;
        QTest::newRow("unassigned") << QStringList() << qint64(0) << true << false << QString() << false;
        QTest::newRow("unread") << QStringList() << qint64(0) << false << true << QString() << false;
        QTest::newRow("whatsapp") << QStringList() << qint64(0) << false << false << QStringLiteral("whatsapp")
                                  << false;
        QTest::newRow("messenger") << QStringList() << qint64(0) << false << false << QStringLiteral("messenger")
                                   << false;
        QTest::newRow("webchat") << QStringList() << qint64(0) << false << false << QStringLiteral("webchat") << false;
        QTest::newRow("pending, agent 7") << QStringList{"pending"} << kAgent << false << false << QString() << false;
        QTest::newRow("unread on messenger")
            << QStringList() << qint64(0) << false << true << QStringLiteral("messenger") << false;
        QTest::newRow("open, unassigned, unread")
            << QStringList{"open"} << qint64(0) << true << true << QString() << false;
        QTest::newRow("a status nobody has, quoted")
            << QStringList{"it's"} << qint64(0) << false << false << QString() << true;
    }

    void conversationPagesFollowTheFilter()
    {
        QFETCH(QStringList, statuses);
        QFETCH(qint64, assigneeId);
        QFETCH(bool, unassignedOnly);
        QFETCH(bool, unreadOnly);
        QFETCH(QString, channel);
        QFETCH(bool, none);
        ConversationFilter filter;
        filter.statuses = statuses;
        filter.assigneeId = assigneeId;
        filter.unassignedOnly = unassignedOnly;
        filter.unreadOnly = unreadOnly;
        filter.channel = channel;

        const QVector<qint64> expected = expectedConversations(filter);
        const bool unfiltered = statuses.isEmpty() && !assigneeId && !unassignedOnly && !unreadOnly
                                && channel.isEmpty();
        if (none)
            QVERIFY(expected.isEmpty());
        else if (unfiltered)
            QCOMPARE(expected.size(), 32);
        else
            QVERIFY(!expected.isEmpty() && expected.size() < 32); // the filter filters

        // One page holding everything: the order, and each row's values.
        const QVector<ConversationRow> all = reader().conversations(filter, 100);
        QCOMPARE(idsOf(all), expected);
        for (const ConversationRow &row : all) {
            const ConversationModel *c = model(row.id);
            QVERIFY(c);
            QCOMPARE(row.contactId, c->contactId);
            QCOMPARE(row.contactName, contactName(c->contactId));
            QCOMPARE(row.channel, toString(c->channel));
            QCOMPARE(row.status, toString(c->status));
            QCOMPARE(row.assigneeId, c->assigneeId);
            QCOMPARE(row.unreadCount, c->unread);
            QCOMPARE(row.lastActivity, c->lastActivity);
        }

        // Keyset pages concatenate to exactly the same list.
        for (const int size : {1, 2, 3, 7, 32}) {
            QVector<qint64> paged;
            ConversationCursor cursor;
            for (int pages = 0;; ++pages) {
                QVERIFY2(pages <= 40, "paging does not end");
                const QVector<ConversationRow> page = reader().conversations(filter, size, cursor);
                QVERIFY(page.size() <= size);
                paged += idsOf(page);
                if (page.size() < size)
                    break;
                cursor = ConversationCursor{page.constLast().lastActivity, page.constLast().id};
            }
            QCOMPARE(paged, expected);
        }
    }

    void tiesAreOrderedByIdDescending()
    {
        // 101, 114 and 127 share a last activity ((i * 7) % 13 repeats every 13).
        const ConversationModel *a = model(101);
        QVERIFY(a && model(114) && model(127));
        QCOMPARE(model(114)->lastActivity, a->lastActivity);
        QCOMPARE(model(127)->lastActivity, a->lastActivity);
        const QVector<qint64> ids = idsOf(reader().conversations({}, 100));
        const int at = ids.indexOf(127);
        QVERIFY(at >= 0 && at + 2 < ids.size());
        QCOMPARE(ids.mid(at, 3), (QVector<qint64>{127, 114, 101}));

        // A cursor in the middle of the tie continues inside it.
        const QVector<ConversationRow> rest = reader().conversations({}, 2, ConversationCursor{a->lastActivity, 114});
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0).id, 101);
        QVERIFY(rest.at(1).lastActivity < a->lastActivity);
    }

    void conversationById()
    {
        const auto row = reader().conversation(131);
        QVERIFY(row);
        QCOMPARE(row->id, 131);
        QCOMPARE(row->contactId, 1);
        QCOMPARE(row->contactName, contactName(1));
        QCOMPARE(row->avatarMediaId, QStringLiteral("avatar-1"));
        QCOMPARE(row->channel, QStringLiteral("messenger"));
        QCOMPARE(row->lastActivity, kActivity + 20 * kMinute);
        QCOMPARE(row->lastPreview, QStringLiteral("preview of 131"));
        QVERIFY(!reader().conversation(99'999));
        QVERIFY(!reader().conversation(0));
    }

    // --- messages ------------------------------------------------------------------

    void newestMessagesAreTheNewestInTimeOrder_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("50") << 50;
        QTest::newRow("all") << kBigCount;
        QTest::newRow("more than there are") << 5000;
    }

    void newestMessagesAreTheNewestInTimeOrder()
    {
        QFETCH(int, limit);
        const QVector<MessageRow> rows = reader().newestMessages(kBigConversation, limit);
        const int expected = qMin(limit, kBigCount);
        QCOMPARE(rows.size(), expected);
        QCOMPARE(idsOf(rows), m_bigIds.mid(kBigCount - expected));
        QCOMPARE(rows.constLast().serverId, bigServerId(kBigCount - 1));
        QCOMPARE(rows.constLast().createdAt, bigCreatedAt(kBigCount - 1));
        for (const MessageRow &row : rows)
            QCOMPARE(row.conversationId, kBigConversation);
    }

    void messagesBeforeWalksBackToTheStart_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("37") << 37;
        QTest::newRow("100") << 100;
        QTest::newRow("999") << 999;
        QTest::newRow("1500") << 1500;
    }

    void messagesBeforeWalksBackToTheStart()
    {
        QFETCH(int, pageSize);
        QVector<MessageRow> page = reader().newestMessages(kBigConversation, pageSize);
        QVector<qint64> walked = idsOf(page);
        int pages = 1;
        while (!page.isEmpty()) {
            QVERIFY2(pages <= kBigCount + 1, "paging does not end");
            page = reader().messagesBefore(kBigConversation, walked.constFirst(), pageSize);
            QVERIFY(page.size() <= pageSize);
            QVERIFY(ascending(page));
            walked = idsOf(page) + walked;
            ++pages;
        }
        QCOMPARE(walked, m_bigIds);
        QCOMPARE(pages, (kBigCount + pageSize - 1) / pageSize + 1); // the last one is empty
        QVERIFY(reader().messagesBefore(kBigConversation, m_bigIds.constFirst(), pageSize).isEmpty());
    }

    void messagesAfterWalksForwardToTheEnd_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("37") << 37;
        QTest::newRow("100") << 100;
        QTest::newRow("1500") << 1500;
    }

    void messagesAfterWalksForwardToTheEnd()
    {
        QFETCH(int, pageSize);
        QVector<qint64> walked;
        qint64 from = 0;
        for (int pages = 0;; ++pages) {
            QVERIFY2(pages <= kBigCount + 1, "paging does not end");
            const QVector<MessageRow> page = reader().messagesAfter(kBigConversation, from, pageSize);
            QVERIFY(page.size() <= pageSize);
            QVERIFY(ascending(page));
            if (page.isEmpty())
                break;
            walked += idsOf(page);
            from = page.constLast().id;
        }
        QCOMPARE(walked, m_bigIds);
        QVERIFY(reader().messagesAfter(kBigConversation, m_bigIds.constLast(), pageSize).isEmpty());
    }

    void otherConversationsStayApart()
    {
        // Their messages are interleaved in time with the big conversation's.
        const QVector<MessageRow> rows = reader().newestMessages(102, 10);
        QCOMPARE(rows.size(), 3);
        for (int j = 0; j < 3; ++j) {
            QCOMPARE(rows.at(j).conversationId, 102);
            QCOMPARE(rows.at(j).serverId, 200'000 + 102 * 10 + j);
            QCOMPARE(rows.at(j).text, QStringLiteral("Small talk %1 in 102").arg(j));
        }
        QVERIFY(rows.at(0).id > m_bigIds.constFirst() && rows.at(2).id < m_bigIds.constLast());
        QCOMPARE(reader().messagesBefore(102, rows.at(2).id, 10).size(), 2);
        QCOMPARE(reader().messagesAfter(102, rows.at(0).id, 10).size(), 2);
        QVERIFY(reader().newestMessages(99'999, 10).isEmpty());
    }

    void messagesAroundCentresOnTheMessage_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("around");
        QTest::newRow("middle") << 500 << 5;
        QTest::newRow("first") << 0 << 5;
        QTest::newRow("second") << 1 << 5;
        QTest::newRow("near the end") << 997 << 5;
        QTest::newRow("last") << kBigCount - 1 << 5;
        QTest::newRow("only the message") << 400 << 0;
        QTest::newRow("wider than the conversation") << 10 << 2000;
    }

    void messagesAroundCentresOnTheMessage()
    {
        QFETCH(int, index);
        QFETCH(int, around);
        const QVector<MessageRow> rows = reader().messagesAround(m_bigIds.at(index), around);
        const int first = qMax(0, index - around);
        const int last = qMin(kBigCount - 1, index + around);
        QCOMPARE(idsOf(rows), m_bigIds.mid(first, last - first + 1));
        QCOMPARE(rows.at(index - first).serverId, bigServerId(index));
        QCOMPARE(rows.at(index - first).text, bigMessage(index).text);
    }

    void messagesAroundAnUnknownMessageIsEmpty()
    {
        QVERIFY(reader().messagesAround(12345, 5).isEmpty());
        QVERIFY(!reader().message(12345));
    }

    void attachmentsComeWithTheirMessages()
    {
        const QHash<int, MediaModel> media = bigMedia();
        // Through every kind of read: a full walk, and a window around each.
        const QVector<MessageRow> all = reader().messagesAfter(kBigConversation, 0, kBigCount);
        QCOMPARE(all.size(), kBigCount);
        int withAttachments = 0;
        for (int k = 0; k < kBigCount; ++k) {
            const MessageRow &row = all.at(k);
            if (!media.contains(k)) {
                QVERIFY2(row.attachments.isEmpty(), qPrintable(QString::number(k)));
                QCOMPARE(row.kind, QStringLiteral("text"));
                continue;
            }
            ++withAttachments;
            const Message sent = bigMessage(k);
            QCOMPARE(row.kind, toString(sent.kind));
            QCOMPARE(row.text, sent.text);
            QCOMPARE(row.attachments.size(), sent.attachments.size());
            for (int i = 0; i < sent.attachments.size(); ++i) {
                const AttachmentRow &a = row.attachments.at(i);
                const Attachment &b = sent.attachments.at(i);
                QCOMPARE(a.messageId, row.id);
                QCOMPARE(a.mediaId, b.mediaId);
                QCOMPARE(a.mimeType, b.mimeType);
                QCOMPARE(a.size, b.size);
                QCOMPARE(a.width, b.width);
                QCOMPARE(a.height, b.height);
                QCOMPARE(a.fileName, b.fileName);
                QCOMPARE(a.cacheState, QStringLiteral("remote"));
            }
            const QVector<MessageRow> window = reader().messagesAround(row.id, 1);
            const auto centre = std::find_if(window.cbegin(), window.cend(),
                                             [&row](const MessageRow &m) { return m.id == row.id; });
            QVERIFY(centre != window.cend());
            QCOMPARE(centre->attachments.size(), sent.attachments.size());
            QCOMPARE(centre->attachments.constFirst().mediaId, sent.attachments.constFirst().mediaId);
        }
        QCOMPARE(withAttachments, media.size());

        // The newest page ends with a document.
        const QVector<MessageRow> newest = reader().newestMessages(kBigConversation, 1);
        QCOMPARE(newest.constFirst().attachments.size(), 1);
        QCOMPARE(newest.constFirst().attachments.constFirst().mediaId, QStringLiteral("doc-999"));
    }

    // --- contacts ------------------------------------------------------------------

    void contactDetailsHasTheLeadAndEveryConversation()
    {
        const auto details = reader().contactDetails(1);
        QVERIFY(details);
        QCOMPARE(details->contact.id, 1);
        QCOMPARE(details->contact.name, contactName(1));
        QCOMPARE(details->contact.phone, QStringLiteral("+31600000001"));
        QCOMPARE(details->contact.avatarMediaId, QStringLiteral("avatar-1"));
        QVERIFY(details->lead.exists);
        QCOMPARE(details->lead.businessName, QStringLiteral("Contact One Ltd"));
        QCOMPARE(details->lead.stage, QStringLiteral("qualified"));
        QCOMPARE(details->lead.tags, (QStringList{"vip", "wholesale"}));
        QCOMPARE(details->lead.version, 4);
        // Newest first: 131 (+20 min), 101 (+7 min), 132 (+30 s).
        QCOMPARE(idsOf(details->conversations), (QVector<qint64>{131, 101, 132}));
        QCOMPARE(details->conversations.at(0).channel, QStringLiteral("messenger"));
        QCOMPARE(details->conversations.at(2).channel, QStringLiteral("webchat"));

        const auto other = reader().contactDetails(2);
        QVERIFY(other);
        QCOMPARE(other->contact.name, contactName(2));
        QVERIFY(other->contact.avatarMediaId.isEmpty());
        QVERIFY(!other->lead.exists);
        QCOMPARE(idsOf(other->conversations), QVector<qint64>{102});

        QVERIFY(!reader().contactDetails(9999));
        QVERIFY(!reader().contactDetails(0));
    }

    // --- query plans -----------------------------------------------------------------

    void readsUseAnIndex_data()
    {
        QTest::addColumn<int>("read");
        QTest::addColumn<QString>("index"); // the index the page must walk
        QTest::newRow("conversation page") << 0 << QStringLiteral("conversations_by_activity");
        QTest::newRow("filtered conversation page") << 1 << QStringLiteral("conversations_by_activity");
        QTest::newRow("next conversation page") << 2 << QStringLiteral("conversations_by_activity");
        QTest::newRow("newest messages") << 3 << QStringLiteral("messages_by_conversation");
        QTest::newRow("older messages") << 4 << QStringLiteral("messages_by_conversation");
        QTest::newRow("newer messages") << 5 << QStringLiteral("messages_by_conversation");
        QTest::newRow("around a message") << 6 << QStringLiteral("messages_by_conversation");
    }

    void readsUseAnIndex()
    {
        QFETCH(int, read);
        QFETCH(QString, index);
        const qint64 middle = m_bigIds.at(kBigCount / 2);

        // The SQL the reader really runs, captured as it runs.
        QStringList statements;
        sqlite3_trace_v2(m_readerDb->handle(), SQLITE_TRACE_STMT, captureStatement, &statements);
        ConversationFilter filtered;
        filtered.statuses = QStringList{"open", "pending"};
        filtered.assigneeId = kAgent;
        filtered.channel = QStringLiteral("whatsapp");
        int rows = 0;
        switch (read) {
        case 0:
            rows = reader().conversations({}, 20).size();
            break;
        case 1:
            rows = reader().conversations(filtered, 20).size();
            break;
        case 2:
            rows = reader().conversations({}, 20, ConversationCursor{kActivity + 5 * kMinute, 120}).size();
            break;
        case 3:
            rows = reader().newestMessages(kBigConversation, 50).size();
            break;
        case 4:
            rows = reader().messagesBefore(kBigConversation, middle, 50).size();
            break;
        case 5:
            rows = reader().messagesAfter(kBigConversation, middle, 50).size();
            break;
        case 6:
            rows = reader().messagesAround(middle, 10).size();
            break;
        }
        sqlite3_trace_v2(m_readerDb->handle(), 0, nullptr, nullptr);
        QVERIFY(rows > 0);
        QVERIFY(!statements.isEmpty());

        bool pageUsesIndex = false;
        for (const QString &sql : std::as_const(statements)) {
            Statement explain = m_readerDb->prepare(("EXPLAIN QUERY PLAN " + sql).toUtf8().constData());
            QVERIFY2(explain.isValid(), qPrintable(m_readerDb->lastError()));
            QStringList plan;
            while (explain.next())
                plan.append(explain.text(3));
            QVERIFY(!plan.isEmpty());
            const QString shown = sql + QStringLiteral("\n  ") + plan.join(QStringLiteral("\n  "));
            const bool isPage = sql.contains(QStringLiteral("FROM conversations"))
                                || sql.contains(QStringLiteral("FROM messages"));
            for (const QString &line : std::as_const(plan)) {
                // A table walked without an index ("SCAN TABLE messages" on
                // SQLite 3.15, "SCAN messages" on newer ones).
                // (message_blocks has a row per million messages: read whole.)
                if (line.startsWith(QStringLiteral("SCAN")) && !sql.contains(QStringLiteral("FROM message_blocks")))
                    QVERIFY2(line.contains(QStringLiteral(" USING ")), qPrintable(shown));
                if ((line.startsWith(QStringLiteral("SCAN")) || line.startsWith(QStringLiteral("SEARCH")))
                    && !sql.contains(QStringLiteral("FROM message_blocks")))
                    QVERIFY2(line.contains(QStringLiteral("USING INDEX"))
                                 || line.contains(QStringLiteral("USING COVERING INDEX"))
                                 || line.contains(QStringLiteral("USING INTEGER PRIMARY KEY")),
                             qPrintable(shown));
                // Pages come in index order; sorting would read every match first.
                if (isPage)
                    QVERIFY2(!line.contains(QStringLiteral("TEMP B-TREE")), qPrintable(shown));
            }
            if (isPage && plan.join(QLatin1Char('\n')).contains(index))
                pageUsesIndex = true;
        }
        QVERIFY2(pageUsesIndex, qPrintable(statements.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestStoreReads)
#include "tst_store_reads.moc"
