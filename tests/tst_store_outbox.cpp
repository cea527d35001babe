// The history's outbox on a real SQLCipher file: queued messages, their
// acknowledgement, echo, rejection and retry, and what survives a reopen; the
// search queue every write feeds; and the device's local secrets and account.

#include "storewriterfixture.h"

#include "store/database.h"
#include "store/reader.h"
#include "store/writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace relaydesk::store;
using namespace relaydesk::protocol;
using namespace relaydesk::test;

class TestStoreOutbox : public QObject
{
    Q_OBJECT

private slots:
    // --- the outbox --------------------------------------------------------------

    void queuedMessageIsVisibleAtOnce()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        const qint64 newDocs = h.searchQueued(SearchDocument::NewMessage);

        ChangeSet changes;
        QString error;
        const qint64 id = h.writer().queueMessage(outgoing(QStringLiteral("c-1"), 10, kT0 + 5000,
                                                           QStringLiteral("On my way")),
                                                  &changes, &error);
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
        const OutgoingMessage m = outgoing(QStringLiteral("c-1"), 10, kT0 + 5000, QStringLiteral("double press"));
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
        QVERIFY(applyBatch(h, QVector<EventPayload>{conversation(11, 1, kT0, Channel::WebChat)}));
        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().queueMessage(outgoing("c-1", 10, kT0 + 1000, "first"), &changes, &error) > 0,
                 qPrintable(error));
        QVERIFY2(h.writer().queueMessage(outgoing("c-2", 11, kT0 + 2000, "second"), &changes, &error) > 0,
                 qPrintable(error));
        QVERIFY2(h.writer().queueCommand("c-3", 10, "conversation.assign", R"({"assignee_id":7})", kT0 + 3000, &error),
                 qPrintable(error));
        QVERIFY2(h.writer().queueMessage(outgoing("c-4", 10, kT0 + 4000, "fourth"), &changes, &error) > 0,
                 qPrintable(error));

        QVector<OutboxEntry> pending = h.writer().pendingOutbox(10);
        QStringList order;
        for (const OutboxEntry &entry : pending)
            order.append(entry.clientId);
        QCOMPARE(order, (QStringList{"c-1", "c-2", "c-3", "c-4"}));
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
        const qint64 id = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "On my way"), &changes, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(h.writer().markSending("c-1", &error), qPrintable(error));

        ChangeSet acked;
        QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &acked, &error), qPrintable(error));
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
        const qint64 id = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "On my way"), &changes, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const qint64 newDocs = h.searchQueued(SearchDocument::NewMessage);

        if (ackBefore)
            QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &changes, &error), qPrintable(error));
        Message echo = message(9001, 10, kT0 + 5100, QStringLiteral("On my way"), Author::Agent);
        echo.clientId = QStringLiteral("c-1");
        QVERIFY(applyBatch(h, QVector<EventPayload>{echo}));
        if (ackAfter)
            QVERIFY2(h.writer().acknowledge("c-1", 9001, kT0 + 5100, &changes, &error), qPrintable(error));

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
        QVERIFY(applyBatch(h, QVector<EventPayload>{statusUpdate(9001, MessageStatus::Delivered)}));
        QCOMPARE(h.reader().message(id)->status, QStringLiteral("delivered"));
    }

    void rejectMarksFailedAndRetryRequeues()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        ChangeSet changes;
        QString error;
        const qint64 id = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "Hello?"), &changes, &error);
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
        QVERIFY2(h.writer().retry("c-1", "c-1b", &retried, &error), qPrintable(error));
        QVERIFY(retried.outboxChanged);
        stored = h.reader().message(id);
        QCOMPARE(stored->status, QStringLiteral("queued"));
        QVERIFY(stored->failureReason.isEmpty());
        QCOMPARE(stored->clientId, QStringLiteral("c-1b")); // a new attempt: the server answers an id once
        const QVector<OutboxEntry> pending = h.writer().pendingOutbox(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).clientId, QStringLiteral("c-1b"));
        QCOMPARE(pending.at(0).messageId, id);
        QCOMPARE(pending.at(0).state, QStringLiteral("pending"));
        QVERIFY(pending.at(0).lastError.isEmpty());
        QCOMPARE(h.count("messages"), 1);

        // The retry goes through this time.
        QVERIFY2(h.writer().acknowledge("c-1b", 9002, 0, &changes, &error), qPrintable(error));
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
        const qint64 first = h.writer().queueMessage(outgoing("c-1", 10, kT0 + 1000, "first"), &changes, &error);
        QVERIFY2(first > 0, qPrintable(error));
        QVERIFY2(h.writer().queueCommand("c-2", 10, "conversation.resolve", "{}", kT0 + 2000, &error),
                 qPrintable(error));
        const qint64 third = h.writer().queueMessage(outgoing("c-3", 10, kT0 + 3000, "third"), &changes, &error);
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
                   && h.writer().lastSearchQueueId() == h.number("SELECT coalesce(max(id), 0) FROM search_queue");
        };
        const auto counts = [&] {
            return QStringLiteral("new %1 changed %2 contact %3, mark %4")
                .arg(h.searchQueued(SearchDocument::NewMessage))
                .arg(h.searchQueued(SearchDocument::ChangedMessage))
                .arg(h.searchQueued(SearchDocument::Contact))
                .arg(h.writer().lastSearchQueueId());
        };
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(h, QVector<EventPayload>{contact(1, QStringLiteral("Ana Lima")), conversation(10, 1)}));
        ++contacts; // a new contact; the conversation has nothing to index
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 3"), 1);

        Contact samename = contact(1, QStringLiteral("Ana Lima"));
        samename.email = QStringLiteral("ana@example.com");
        QVERIFY(applyBatch(h, QVector<EventPayload>{samename}));
        QVERIFY2(check(), qPrintable(counts())); // the name did not change

        QVERIFY(applyBatch(h, QVector<EventPayload>{contact(1, QStringLiteral("Ana Lima Souza"))}));
        ++contacts;
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(h, QVector<EventPayload>{message(100, 10, kT0 + 1000, QStringLiteral("hello"))}));
        ++newMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 1 ORDER BY id DESC LIMIT 1"), h.localId(100));

        QVERIFY(
            applyBatch(h, QVector<EventPayload>{withMedia(message(101, 10, kT0 + 2000, QString()), MessageKind::Image,
                                                          {media(QStringLiteral("m"), QStringLiteral("image/png"),
                                                                 QStringLiteral("p.png"))})}));
        ++newMessages; // no text, but its file's name is indexed (Ctrl+K finds "p.png")
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(h, QVector<EventPayload>{statusUpdate(100, MessageStatus::Read)}));
        QVERIFY2(check(), qPrintable(counts())); // status is not indexed

        MessageUpdate edit;
        edit.id = 100;
        edit.text = QStringLiteral("hello there");
        edit.editedAt = kT0 + 3000;
        QVERIFY(applyBatch(h, QVector<EventPayload>{edit}));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));

        QVERIFY(applyBatch(h, QVector<EventPayload>{message(102, 10, kT0 + 4000, QStringLiteral("to be deleted"))}));
        ++newMessages;
        const qint64 deleted = h.localId(102);
        QVERIFY(applyBatch(h, QVector<EventPayload>{MessageDeletion{102}}));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QCOMPARE(h.number("SELECT doc FROM search_queue WHERE kind = 2 ORDER BY id DESC LIMIT 1"), deleted);

        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().queueMessage(outgoing("c-1", 10, kT0 + 5000, "queued text"), &changes, &error) > 0,
                 qPrintable(error));
        ++newMessages;
        QVERIFY2(check(), qPrintable(counts()));
        QVERIFY2(h.writer().acknowledge("c-1", 9001, 0, &changes, &error), qPrintable(error));
        Message echo = message(9001, 10, kT0 + 5000, QStringLiteral("queued text"), Author::Agent);
        echo.clientId = QStringLiteral("c-1");
        QVERIFY(applyBatch(h, QVector<EventPayload>{echo}));
        QVERIFY2(check(), qPrintable(counts())); // the same document as when it was queued

        // Retention: "hello there" goes; the image had no text; "queued text" is newer.
        QVERIFY(applyBatch(h, QVector<EventPayload>{BodiesPurge{kT0 + 4500}}));
        ++changedMessages;
        QVERIFY2(check(), qPrintable(counts()));

        // Erasure: every message left (only "queued text" still has text) and the contact.
        const qint64 queueBefore = h.writer().lastSearchQueueId();
        const QByteArray after = " AND id > " + QByteArray::number(queueBefore);
        const qint64 stillIndexed = h.localId(9001);
        QVERIFY(applyBatch(h, QVector<EventPayload>{ContactErasure{1}}));
        QCOMPARE(h.count("search_queue", "kind = 2 AND doc = " + QByteArray::number(stillIndexed) + after), 1);
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
        QVERIFY2(h.writer().setLocalSecret(QStringLiteral("media-cache-key"), secret, &error), qPrintable(error));
        QCOMPARE(h.writer().localSecret(QStringLiteral("media-cache-key")), secret);
        QVERIFY(h.writer().localSecret(QStringLiteral("other")).isEmpty());

        const QByteArray replaced("\x00\xff\x00 replaced", 12);
        QVERIFY2(h.writer().setLocalSecret(QStringLiteral("media-cache-key"), replaced, &error), qPrintable(error));
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
        QVERIFY2(h.writer().setAccount(7, QStringLiteral("Maya Tan"), QStringLiteral("maya@example.com"),
                                       QStringLiteral("agent"), 3, QStringLiteral("Acme Support"),
                                       QStringLiteral("https://relay.example.com"), &error),
                 qPrintable(error));
        // Signing in again (a new role) replaces the one row.
        QVERIFY2(h.writer().setAccount(7, QStringLiteral("Maya Tan"), QStringLiteral("maya@example.com"),
                                       QStringLiteral("admin"), 3, QStringLiteral("Acme Support"),
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
        QVERIFY(!h.writer().setAccount(7, QStringLiteral("Maya Tan"), QStringLiteral("maya@example.com"),
                                       QStringLiteral("owner"), 3, QStringLiteral("Acme Support"),
                                       QStringLiteral("https://relay.example.com"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(h.text("SELECT role FROM account"), QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
