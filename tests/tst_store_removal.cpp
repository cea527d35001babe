// What leaves the history on a real SQLCipher file: a deleted message (and
// its cached media), everything about an erased contact, and message bodies
// past the workspace's retention, previews included.

#include "storewriterfixture.h"

#include "store/database.h"
#include "store/reader.h"
#include "store/writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk::store;
using namespace relaydesk::protocol;
using namespace relaydesk::test;

class TestStoreRemoval : public QObject
{
    Q_OBJECT

private slots:
    void deletionRemovesTheMessageAndEvictsItsMedia()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        const Message photos =
            withMedia(message(401, 10, kT0 + 1000, QStringLiteral("two photos")), MessageKind::Image,
                      {media(QStringLiteral("media-1"), QStringLiteral("image/jpeg"), QStringLiteral("a.jpg")),
                       media(QStringLiteral("media-2"), QStringLiteral("image/png"), QStringLiteral("b.png"))});
        QVERIFY(applyBatch(h, QVector<EventPayload>{photos, message(402, 10, kT0 + 2000, QStringLiteral("stays"))}));
        QCOMPARE(h.count("attachments"), 2);
        const qint64 localId = h.localId(401);
        QVERIFY(localId > 0);
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{MessageDeletion{401}}, &changes));
        QCOMPARE(sorted(changes.evictedMedia), (QStringList{"media-1", "media-2"}));
        QCOMPARE(sorted(changes.messageConversations), QList<qint64>{10});
        QVERIFY(!h.reader().message(localId));
        QCOMPARE(h.count("messages"), 1);
        QCOMPARE(h.count("messages", "server_id = 402"), 1);
        QCOMPARE(h.count("attachments"), 0);
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 1);
        QCOMPARE(h.count("search_queue", "kind = 2 AND doc = " + QByteArray::number(localId)), 1);

        // Deleting what this device never had is not an error.
        ChangeSet none;
        QVERIFY(applyBatch(h, QVector<EventPayload>{MessageDeletion{99999}}, &none));
        QVERIFY(none.evictedMedia.isEmpty());
        QCOMPARE(h.count("messages"), 1);
    }

    // --- contacts and leads --------------------------------------------------

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
            QVector<EventPayload>{
                contact(1, QStringLiteral("Ana Lima"), QStringLiteral("avatar-1")),
                leadOne,
                conversation(10, 1),
                conversation(11, 1, kT0, Channel::Messenger),
                contact(2, QStringLiteral("Bruno Costa"), QStringLiteral("avatar-2")),
                leadTwo,
                conversation(20, 2),
                message(1001, 10, kT0 + 1000, QStringLiteral("hi")),
                withMedia(message(1002, 10, kT0 + 2000, QStringLiteral("look")), MessageKind::Image,
                          {media(QStringLiteral("media-a"), QStringLiteral("image/jpeg"), QStringLiteral("a.jpg"))}),
                withMedia(message(1003, 11, kT0 + 3000, QString()), MessageKind::Document,
                          {media(QStringLiteral("media-b"), QStringLiteral("application/pdf"), QStringLiteral("b.pdf")),
                           media(QStringLiteral("media-c"), QStringLiteral("application/pdf"),
                                 QStringLiteral("c.pdf"))}),
                withMedia(message(2001, 20, kT0 + 4000, QStringLiteral("keep me")), MessageKind::Image,
                          {media(QStringLiteral("media-keep"), QStringLiteral("image/jpeg"), QStringLiteral("k.jpg"))}),
            }));
        QString error;
        ChangeSet ignored;
        OutgoingMessage reply = outgoing(QStringLiteral("c-erase"), 10, kT0 + 5000, QStringLiteral("on my way"));
        reply.kind = MessageKind::Image;
        reply.attachments = {media(QStringLiteral("media-d"), QStringLiteral("image/jpeg"), QStringLiteral("d.jpg"))};
        QVERIFY2(h.writer().queueMessage(reply, &ignored, &error) > 0, qPrintable(error));
        QVERIFY2(h.writer().queueCommand(QStringLiteral("cmd-erase"), 11, QStringLiteral("conversation.resolve"), "{}",
                                         kT0 + 5000, &error),
                 qPrintable(error));
        QVERIFY2(h.writer().queueMessage(outgoing(QStringLiteral("c-keep"), 20, kT0 + 5000, QStringLiteral("ok")),
                                         &ignored, &error)
                     > 0,
                 qPrintable(error));
        QCOMPARE(h.count("outbox"), 3);

        // The erased contact's messages that are in the search index.
        QVector<qint64> indexed;
        Statement select = h.db().prepare("SELECT id FROM messages WHERE conversation_id IN (10, 11) AND text <> ''");
        while (select.next())
            indexed.append(select.int64(0));
        select = Statement();
        QCOMPARE(indexed.size(), 3); // "hi", "look", "on my way"
        const qint64 queueBefore = h.number("SELECT max(id) FROM search_queue");

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{ContactErasure{1}}, &changes));
        QCOMPARE(sorted(changes.removedConversations), (QList<qint64>{10, 11}));
        QVERIFY(changes.contacts.contains(1));
        QCOMPARE(sorted(changes.evictedMedia), (QStringList{"avatar-1", "media-a", "media-b", "media-c", "media-d"}));

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
            QCOMPARE(h.count("search_queue", "kind = 2 AND doc = " + QByteArray::number(id) + " AND id > "
                                                 + QByteArray::number(queueBefore)),
                     1);
        }
        QCOMPARE(h.count("search_queue", "kind = 3 AND doc = 1 AND id > " + QByteArray::number(queueBefore)), 1);

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
        QVERIFY(
            applyBatch(h, QVector<EventPayload>{
                              withMedia(message(501, 10, kT0 + 1000, QStringLiteral("old photo")), MessageKind::Image,
                                        {media(QStringLiteral("media-old"), QStringLiteral("image/jpeg"),
                                               QStringLiteral("old.jpg"))}),
                              message(502, 10, kT0 + 2000, QStringLiteral("old words")),
                              withMedia(message(503, 10, kT0 + 5000, QStringLiteral("new photo")), MessageKind::Image,
                                        {media(QStringLiteral("media-new"), QStringLiteral("image/jpeg"),
                                               QStringLiteral("new.jpg"))}),
                              message(504, 10, kT0 + 6000, QStringLiteral("new words")),
                          }));
        const qint64 changedDocs = h.searchQueued(SearchDocument::ChangedMessage);

        ChangeSet changes;
        QVERIFY(applyBatch(h, QVector<EventPayload>{BodiesPurge{kT0 + 3000}}, &changes));
        QCOMPARE(sorted(changes.evictedMedia), QStringList{"media-old"});
        QVERIFY(changes.messageConversations.contains(10));

        const QVector<MessageRow> rows = h.reader().newestMessages(10, 10);
        QCOMPARE(rows.size(), 4);
        for (int i : {0, 1}) {
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
        QVERIFY(applyBatch(h, QVector<EventPayload>{BodiesPurge{kT0 + 3000}}, &again));
        QVERIFY(again.evictedMedia.isEmpty());
        QCOMPARE(h.searchQueued(SearchDocument::ChangedMessage), changedDocs + 2);
    }

    // The conversation list must not keep a copy of a purged body.
    void bodiesPurgeLeavesNoPurgedTextInPreviews()
    {
        History h;
        QVERIFY2(h.open(), qPrintable(h.error()));
        QVERIFY(seed(h));
        QVERIFY(applyBatch(h, QVector<EventPayload>{conversation(11, 1)}));
        QVERIFY(applyBatch(h, QVector<EventPayload>{
                                  message(601, 10, kT0 + 1000, QStringLiteral("my card number is 4111")),
                                  message(602, 11, kT0 + 1000, QStringLiteral("old")),
                                  message(603, 11, kT0 + 8000, QStringLiteral("recent")),
                              }));
        QCOMPARE(h.reader().conversation(10)->lastPreview, QStringLiteral("my card number is 4111"));

        QVERIFY(applyBatch(h, QVector<EventPayload>{BodiesPurge{kT0 + 3000}}));
        const auto purged = h.reader().conversation(10);
        QVERIFY(purged);
        QVERIFY2(!purged->lastPreview.contains(QStringLiteral("4111")), qPrintable(purged->lastPreview));
        QCOMPARE(purged->lastActivity, kT0 + 1000);
        QCOMPARE(h.reader().conversation(11)->lastPreview, QStringLiteral("recent"));
    }
};

QTEST_GUILESS_MAIN(TestStoreRemoval)
#include "tst_store_removal.moc"
