// The history's write path on a real SQLCipher file: the event log, snapshots
// and gaps, conversations, messages, contacts and leads. Deletions, contact
// erasure and retention are in tst_store_removal.cpp; the outbox, the search
// queue and device secrets in tst_store_outbox.cpp.

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
        QVERIFY(applyBatch(h,
                           numbered(1, {contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                                        message(100, 10, kT0 + 1000, QStringLiteral("hello")),
                                        message(101, 10, kT0 + 2000, QStringLiteral("how are you?")), lead}),
                           &changes));

        QCOMPARE(h.writer().lastSeq(), 5);
        QCOMPARE(h.number("SELECT last_seq FROM sync_state WHERE id = 1"), 5);
        QCOMPARE(h.reader().lastSeq(), 5);
        QCOMPARE(changes.lastSeq, 5);
        QCOMPARE(sorted(changes.conversations), QList<qint64>{10});
        QCOMPARE(sorted(changes.messageConversations), QList<qint64>{10});
        QCOMPARE(sorted(changes.contacts), QList<qint64>{1});

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
        const QVector<Event> batch = numbered(1, {contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                                                  message(100, 10, kT0 + 1000, QStringLiteral("hello"))});
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
        QVERIFY(applyBatch(h, numbered(2, {conversation(10, 1), message(100, 10, kT0 + 1000, QStringLiteral("hello")),
                                           message(101, 10, kT0 + 2000, QStringLiteral("still there?"))})));
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
        QVERIFY(applyBatch(h, numbered(1, {contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                                           message(100, 10, kT0 + 1000, QStringLiteral("hello"))})));
        const qint64 queued = h.count("search_queue");

        const QVector<Event> batch{
            Event{firstSeq, contact(2, QStringLiteral("Bruno Costa"))},
            Event{secondSeq, message(101, 10, kT0 + 5000, QStringLiteral("missing something"))},
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
        QVERIFY(applyBatch(h, numbered(4, {contact(2, QStringLiteral("Bruno Costa"))})));
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

        const QVector<Event> batch = numbered(3, {contact(2, QStringLiteral("Bruno Costa")), conversation(11, 2),
                                                  message(200, 11, kT0 + 1000, QStringLiteral("first")), broken,
                                                  message(201, 11, kT0 + 2000, QStringLiteral("after the failure"))});
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
        QVERIFY(applyBatch(h, numbered(3, {contact(2, QStringLiteral("Bruno Costa")), conversation(11, 2)})));
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
        QVERIFY(applyBatch(h, QVector<EventPayload>{message(100, 10, kT0 + 1000, QStringLiteral("indexed"))}));
        const qint64 mark = h.writer().lastSearchQueueId();
        QVERIFY(mark > 0);
        QCOMPARE(mark, h.number("SELECT max(id) FROM search_queue"));

        const qint64 seq = h.nextSeq();
        QVector<Event> batch{
            Event{seq, message(101, 10, kT0 + 2000, QStringLiteral("rolled back"))},
            Event{seq + 1, contact(3, QStringLiteral("Carla Dias"))},
        };
        if (gap)
            batch.append(Event{seq + 5, contact(4, QStringLiteral("Dan"))});
        else
            batch.append(Event{seq + 2, conversation(30, 999)});
        ChangeSet changes;
        QString error;
        QVERIFY(h.writer().applyEvents(batch, &changes, &error) != StoreWriter::ApplyResult::Applied);
        QCOMPARE(h.number("SELECT max(id) FROM search_queue"), mark);
        QCOMPARE(h.writer().lastSearchQueueId(), mark);
    }

    void snapshotSetsTheSeqOnlyWhenAsked()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        ChangeSet changes;
        QString error;
        QVERIFY2(h.writer().applySnapshot({contact(1, QStringLiteral("Ana Lima")), conversation(10, 1),
                                           message(100, 10, kT0 + 1000, QStringLiteral("from history"))},
                                          42, &changes, &error),
                 qPrintable(error));
        QCOMPARE(h.writer().lastSeq(), 42);
        QCOMPARE(changes.lastSeq, 42);
        QCOMPARE(h.count("messages", "server_id = 100"), 1);

        QVERIFY2(h.writer().applySnapshot({contact(2, QStringLiteral("Bruno Costa"))}, -1, &changes, &error),
                 qPrintable(error));
        QCOMPARE(h.writer().lastSeq(), 42);
        QCOMPARE(h.count("contacts", "id = 2"), 1);

        // The log continues from the snapshot's position.
        QVERIFY(applyBatch(h, numbered(42, {contact(3, QStringLiteral("already in the snapshot")),
                                            contact(4, QStringLiteral("Dan Evans"))})));
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

        Message fromPage =
            withMedia(message(300, 10, kT0 + 1000, QStringLiteral("the menu")), MessageKind::Image,
                      {media(QStringLiteral("media-menu"), QStringLiteral("image/jpeg"), QStringLiteral("menu.jpg"))});
        fromPage.status = MessageStatus::Read;
        Message fromLog = fromPage;
        fromLog.status = MessageStatus::Sent;

        QString error;
        ChangeSet changes;
        if (snapshotFirst) {
            QVERIFY2(h.writer().applySnapshot({fromPage}, -1, &changes, &error), qPrintable(error));
            QVERIFY(applyBatch(h, QVector<EventPayload>{fromLog}));
        } else {
            QVERIFY(applyBatch(h, QVector<EventPayload>{fromLog}));
            QVERIFY2(h.writer().applySnapshot({fromPage}, -1, &changes, &error), qPrintable(error));
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
        QVERIFY(applyBatch(h, QVector<EventPayload>{message(100, 10, kT0 + 1000, QStringLiteral("one")),
                                                    message(101, 10, kT0 + 2000, QStringLiteral("two")),
                                                    message(102, 10, kT0 + 3000, QStringLiteral("three"))}));

        // The server's view of the conversation, sent before it saw "three".
        Conversation update = conversation(10, 1, kT0 + 2000);
        update.status = ConversationStatus::Resolved;
        update.assigneeId = 7;
        update.unreadCount = 2;
        update.autopilot = Autopilot::Rules;
        update.muted = true;
        update.lastPreview = QStringLiteral("two");
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{update}, &changes));
        QCOMPARE(sorted(changes.conversations), QList<qint64>{10});

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
        QVERIFY(applyBatch(h, QVector<EventPayload>{update}));
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
        QTest::newRow("several lines") << QStringLiteral("First line\nsecond line\r\n\tthird") << QString()
                                       << QStringLiteral("First line second line third");
        const QString exact(140, QLatin1Char('x'));
        QTest::newRow("exactly 140") << exact << QString() << exact;
        const QString words = QStringLiteral("lorem ipsum ").repeated(40);
        QTest::newRow("long") << words << QString() << words.left(139) + kEllipsis;
        const QString lines = QStringLiteral("line\n").repeated(100);
        QTest::newRow("many lines") << lines << QString()
                                    << QString(lines).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(139)
                                           + kEllipsis;
        QTest::newRow("attachment without text")
            << QString() << QStringLiteral("invoice-0042.pdf") << QStringLiteral("invoice-0042.pdf");
        // An emoji is two UTF-16 units; the cut must not split it.
        QTest::newRow("emoji at the cut")
            << QString(138, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80") + QString(50, QLatin1Char('b'))
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
                               {media(QStringLiteral("media-doc"), QStringLiteral("application/pdf"), fileName)});
        }
        // The newest is not the last of the batch.
        QVERIFY(applyBatch(h, QVector<EventPayload>{newest, message(100, 10, kT0 + 1000, QStringLiteral("older")),
                                                    message(101, 10, kT0 + 2000, QStringLiteral("middle"))}));
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
        QVERIFY2(preview.toUcs4().size() <= 140, qPrintable(QString::number(preview.toUcs4().size())));
        QVERIFY2(!hasLoneSurrogate(preview), qPrintable(preview));
        QVERIFY2(!preview.contains(QChar::ReplacementCharacter) && !preview.contains(QLatin1Char('?')),
                 qPrintable(preview));

        // A late, older message does not move the conversation back.
        QVERIFY(applyBatch(h, QVector<EventPayload>{message(103, 10, kT0 + 500, QStringLiteral("late arrival"))}));
        row = h.reader().conversation(10);
        QCOMPARE(row->lastActivity, kT0 + 3000);
        QCOMPARE(row->lastPreview, preview);
        QCOMPARE(h.count("messages", "conversation_id = 10"), 4);
    }

    // --- messages ------------------------------------------------------------

    void messageStatusOnlyMovesForward_data()
    {
        QTest::addColumn<QStringList>("updates"); // statuses in arrival order
        QTest::addColumn<QString>("reason");      // for "failed"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("expectedReason");

        QTest::newRow("sent, delivered, read") << QStringList{"delivered", "read"} << QString() << "read" << QString();
        QTest::newRow("read, then a late delivered")
            << QStringList{"read", "delivered"} << QString() << "read" << QString();
        QTest::newRow("delivered, then a late sent")
            << QStringList{"delivered", "sent"} << QString() << "delivered" << QString();
        QTest::newRow("straight to read") << QStringList{"read"} << QString() << "read" << QString();
        QTest::newRow("failed before delivery") << QStringList{"failed"} << "Outside the 24-hour window"
                                                << "failed"
                                                << "Outside the 24-hour window";
        QTest::newRow("failed after delivery is ignored") << QStringList{"delivered", "failed"} << "Too late"
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
        QVERIFY(applyBatch(h, QVector<EventPayload>{
                                  message(400, 10, kT0 + 1000, QStringLiteral("Your order shipped"), Author::Agent)}));
        QCOMPARE(h.messageByServerId(400)->status, QStringLiteral("sent"));

        for (const QString &status : updates) {
            const auto value = messageStatusFromString(status);
            QVERIFY(value);
            ChangeSet changes;
            QVERIFY(applyBatch(h, QVector<EventPayload>{statusUpdate(400, *value, reason)}, &changes));
            QCOMPARE(sorted(changes.messageConversations), QList<qint64>{10});
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
        QVERIFY(
            applyBatch(h, QVector<EventPayload>{message(400, 10, kT0 + 1000, QStringLiteral("helo"), Author::Agent)}));
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        MessageUpdate edit;
        edit.id = 400;
        edit.text = QStringLiteral("hello, how can I help?");
        edit.editedAt = kT0 + 4000;
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{edit}, &changes));
        QCOMPARE(sorted(changes.messageConversations), QList<qint64>{10});

        const auto stored = h.messageByServerId(400);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("hello, how can I help?"));
        QCOMPARE(stored->editedAt, kT0 + 4000);
        QCOMPARE(stored->status, QStringLiteral("sent"));
        QCOMPARE(stored->createdAt, kT0 + 1000);
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 1);
        QCOMPARE(h.number("SELECT doc FROM search_queue ORDER BY id DESC LIMIT 1"), stored->id);
    }

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
        lead.tags = QStringList{QStringLiteral("vip"), QStringLiteral("spanish"), QStringLiteral("café")};
        lead.notes = QStringLiteral("Prefers WhatsApp.\nCall after 5pm.");
        lead.customFields = QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")},
                                        {QStringLiteral("seats"), 12},
                                        {QStringLiteral("trial"), false}};
        lead.version = 2;
        lead.updatedAt = kT0 + 2000;
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{lead}, &changes));
        QCOMPARE(sorted(changes.contacts), QList<qint64>{1});

        // A late echo of version 1 does not overwrite version 2.
        Lead older;
        older.contactId = 1;
        older.stage = QStringLiteral("new");
        older.version = 1;
        older.updatedAt = kT0 + 1000;
        QVERIFY(applyBatch(h, QVector<EventPayload>{older}));

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
        QCOMPARE(QJsonDocument::fromJson(details->lead.customFieldsJson.toUtf8()).object(), lead.customFields);
        QCOMPARE(details->lead.updatedAt, kT0 + 2000);

        // A newer version replaces it, tags and fields included.
        Lead newer = lead;
        newer.stage = QStringLiteral("won");
        newer.tags = QStringList{QStringLiteral("customer")};
        newer.customFields = QJsonObject{{QStringLiteral("plan"), QStringLiteral("enterprise")}};
        newer.version = 3;
        QVERIFY(applyBatch(h, QVector<EventPayload>{newer}));
        details = h.reader().contactDetails(1);
        QCOMPARE(details->lead.version, 3);
        QCOMPARE(details->lead.stage, QStringLiteral("won"));
        QCOMPARE(details->lead.tags, newer.tags);
        QCOMPARE(QJsonDocument::fromJson(details->lead.customFieldsJson.toUtf8()).object(), newer.customFields);
        QCOMPARE(h.count("leads"), 1);
    }

    // A contact keeps its version; an older record (a late page, a refused
    // edit's `current` that events overtook) does not replace a newer one.
    void contactUpsertRespectsVersion()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QCOMPARE(h.reader().contactDetails(1)->contact.version, 0); // seeded without one

        Contact renamed = contact(1, QStringLiteral("Ana Lima Souza"));
        renamed.email = QStringLiteral("ana@lima.example");
        renamed.phone = QStringLiteral("+55 11 99999 0000");
        renamed.version = 4;
        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{renamed}, &changes));
        QCOMPARE(sorted(changes.contacts), QList<qint64>{1});
        Contact older = contact(1, QStringLiteral("Ana"));
        older.version = 3;
        changes = {};
        QVERIFY(applyBatch(h, QVector<EventPayload>{older}, &changes));
        QVERIFY(changes.contacts.isEmpty());

        ContactRow stored = h.reader().contactDetails(1)->contact;
        QCOMPARE(stored.version, 4);
        QCOMPARE(stored.name, QStringLiteral("Ana Lima Souza"));
        QCOMPARE(stored.email, QStringLiteral("ana@lima.example"));
        QCOMPARE(stored.phone, QStringLiteral("+55 11 99999 0000"));
        QCOMPARE(h.reader().conversation(10)->contactName, QStringLiteral("Ana Lima Souza"));

        Contact newer = renamed;
        newer.email.clear();
        newer.version = 5;
        QVERIFY(applyBatch(h, QVector<EventPayload>{newer}));
        stored = h.reader().contactDetails(1)->contact;
        QCOMPARE(stored.version, 5);
        QVERIFY(stored.email.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreWrites)
#include "tst_store_writes.moc"
