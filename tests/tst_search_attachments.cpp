// Ctrl+K finds attachments by their file names: a message's indexed text is
// its text and its files' names, for new messages, messages of files alone,
// edits, a rebuilt index, and an index written before names were indexed
// (search index schema step 2 indexes the existing history again).

#include "searchfixture.h"

#include "store/migrations.h"
#include "store/sqlite.h"

#include <QTest>

using namespace relaydesk::store;
using namespace relaydesk::test;
namespace protocol = relaydesk::protocol;

namespace {

protocol::Attachment file(const QString &mediaId, const QString &name, const QString &type)
{
    protocol::Attachment a;
    a.mediaId = mediaId;
    a.mimeType = type;
    a.size = 1234;
    a.fileName = name;
    return a;
}

protocol::Message withFiles(qint64 serverId, const QString &text, const QVector<protocol::Attachment> &files)
{
    protocol::Message m = message(serverId, 1, kBase + serverId * 1000, text);
    m.attachments = files;
    m.kind = protocol::MessageKind::Document;
    return m;
}

QVector<protocol::EventPayload> corpus()
{
    return {contact(1, QStringLiteral("Ana Souza")), conversation(1, 1),
            message(100, 1, kBase + 100000, QStringLiteral("Where is my invoice?")),
            withFiles(101, QStringLiteral("Here you are."),
                      {file(QStringLiteral("m1"), QStringLiteral("invoice-RD-4471.pdf"),
                            QStringLiteral("application/pdf"))}),
            // Files alone, no text.
            withFiles(102, {},
                      {file(QStringLiteral("m2"), QStringLiteral("receipt_março.png"), QStringLiteral("image/png")),
                       file(QStringLiteral("m3"), QStringLiteral("voice-note.wav"), QStringLiteral("audio/wav"))}),
            // A file without a name is not a word to find.
            withFiles(103, {}, {file(QStringLiteral("m4"), {}, QStringLiteral("image/jpeg"))})};
}

Ids found(History &history, const QString &query)
{
    return sorted(serverIdsOf(history.reader(), history.reader().searchMessages(query, 50)));
}

} // namespace

class TestSearchAttachments : public QObject
{
    Q_OBJECT

private slots:
    void fileNamesAreFound()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store, corpus(), &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        QCOMPARE(found(history, QStringLiteral("invoice")), (Ids{100, 101}));
        QCOMPARE(found(history, QStringLiteral("RD-4471")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("4471")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("invoice-RD-4471.pdf")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("receipt")), (Ids{102}));
        QCOMPARE(found(history, QStringLiteral("marco")), (Ids{102})); // diacritics folded
        QCOMPARE(found(history, QStringLiteral("voice")), (Ids{102}));
        QCOMPARE(found(history, QStringLiteral("jpeg")), Ids{});
        // The snippet shows the name with the match marked.
        const QVector<MessageHit> hits = history.reader().searchMessages(QStringLiteral("RD-4471"), 5);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.constFirst().snippet.contains(marked(QStringLiteral("RD")))
                     && hits.constFirst().snippet.contains(QStringLiteral("pdf")),
                 qPrintable(hits.constFirst().snippet));

        // An edit of the text keeps the names.
        QVERIFY2(apply(*history.store, {edit(101, QStringLiteral("Corrected copy"), kBase + 200000)}, &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("corrected")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("RD-4471")), (Ids{101}));

        // A rebuilt index (the file lost) has them too.
        history.close();
        QVERIFY(QFile::remove(history.paths().searchIndex));
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("RD-4471")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("receipt")), (Ids{102}));
    }

    // An index written before step 2 held message text only; opening it
    // with this version indexes the history's file names.
    void anIndexFromBeforeGetsTheNames()
    {
        History history;
        history.key = DatabaseKey::unencryptedForBenchmark();
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY2(apply(*history.store, corpus(), &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        history.close();

        // Make search.db what version 1 wrote for this history: text only,
        // caught up with the queue.
        const OldIndex old = writeOldIndex(history, 1, &error);
        QVERIFY2(old.texts >= 0, qPrintable(error));
        QVERIFY(old.queued > 0);
        {
            Connection c;
            QVERIFY2(c.open(history.paths().searchIndex, Connection::Mode::ReadWrite, &error), qPrintable(error));
            QCOMPARE(c.queryInt("SELECT count(*) FROM message_search WHERE message_search MATCH 'pdf'").value_or(-1),
                     qint64(0));
        }

        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("RD-4471")), (Ids{101}));
        QCOMPARE(found(history, QStringLiteral("receipt")), (Ids{102}));
        QCOMPARE(found(history, QStringLiteral("invoice")), (Ids{100, 101}));
        history.close();
        Connection c;
        QVERIFY2(c.open(history.paths().searchIndex, Connection::Mode::ReadWriteCreate, &error), qPrintable(error));
        QCOMPARE(c.queryInt("PRAGMA user_version").value_or(0), qint64(latestSearchIndexVersion()));
        QCOMPARE(c.queryInt("SELECT needs_rebuild FROM index_state WHERE id = 1").value_or(-1), qint64(0));
        // Opened again, it is not rebuilt a second time.
        QVERIFY2(c.exec("DELETE FROM message_search WHERE docid IN (SELECT docid FROM message_search"
                        " WHERE message_search MATCH 'receipt')",
                        &error),
                 qPrintable(error));
        c.close();
        QVERIFY2(history.open(&error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        QCOMPARE(found(history, QStringLiteral("receipt")), Ids{});
    }
};

QTEST_GUILESS_MAIN(TestSearchAttachments)
#include "tst_search_attachments.moc"
