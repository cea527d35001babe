// The message list model over a real encrypted store: the newest page first,
// older pages on demand, and live changes (a new message, a status tick, an
// agent's queued message becoming sent, a deletion) without a reset, all
// checked by Qt's model tester.

#include "models/messagelistmodel.h"
#include "store/databasekey.h"
#include "store/store.h"
#include "store/writer.h"

#include "livestore.h"
#include <QAbstractItemModelTester>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using Model = models::MessageListModel;

namespace {

constexpr int kDeadlineMs = 20000;
constexpr qint64 kBase = 1700000000000;
constexpr qint64 kConversation = 10;

protocol::Message message(qint64 serverId, qint64 at, const QString &text,
                          protocol::MessageStatus status = protocol::MessageStatus::Delivered)
{
    protocol::Message m;
    m.id = serverId;
    m.conversationId = kConversation;
    m.author = protocol::Author::Customer;
    m.text = text;
    m.status = status;
    m.createdAt = at;
    return m;
}

} // namespace

class TestModelsMessages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    int m_profiles = 0;

    void write(const std::function<void(store::StoreWriter &, store::ChangeSet &)> &job)
    {
        QVERIFY(test::writeAndNotify(*m_store, job));
    }

    void apply(const QVector<protocol::EventPayload> &records)
    {
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

    static QStringList texts(const Model &model)
    {
        QStringList result;
        for (int i = 0; i < model.rowCount(); ++i)
            result.append(model.index(i).data(Model::TextRole).toString());
        return result;
    }

private slots:
    void init()
    {
        const QString folder = m_dir.filePath(QString::number(++m_profiles));
        QDir().mkpath(folder);
        m_store = test::openLiveStore(folder);
        QVERIFY(m_store);
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Ana Souza");
        protocol::Conversation conversation;
        conversation.id = kConversation;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WebChat;
        QVector<protocol::EventPayload> records{contact, conversation};
        for (int i = 1; i <= 120; ++i)
            records.append(message(i, kBase + i * 1000, QStringLiteral("message %1").arg(i)));
        apply(records);
    }

    void cleanup() { m_store.reset(); }

    void newestPageFirstThenOlderPages()
    {
        Model model(m_store.get());
        model.setConversation(kConversation);
        QCOMPARE(model.rowCount(), Model::kPageSize);
        QCOMPARE(texts(model).constFirst(), QStringLiteral("message 71"));
        QCOMPARE(texts(model).constLast(), QStringLiteral("message 120"));
        QVERIFY(model.canFetchOlder());
        QVERIFY(!model.canFetchMore({})); // at the newest already
        model.fetchOlder();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(texts(model).constFirst(), QStringLiteral("message 21"));
        model.fetchOlder();
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchOlder());
        QCOMPARE(model.index(0).data(Model::AuthorRole).toString(), QStringLiteral("customer"));
        QCOMPARE(model.index(0).data(Model::DirectionRole).toString(), QStringLiteral("in"));
        QCOMPARE(model.index(0).data(Model::CreatedAtRole).toLongLong(), kBase + 1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void scrollingFarBackKeepsAWindow()
    {
        Model model(m_store.get());
        model.setMaxRows(75);
        // (No QAbstractItemModelTester here: it calls fetchMore after every
        // change, which pages back down at once.)
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setConversation(kConversation);
        model.fetchOlder(); // 21..120 would be 100 rows: the newest 25 let go
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(texts(model).constFirst(), QStringLiteral("message 21"));
        QCOMPARE(texts(model).constLast(), QStringLiteral("message 95"));
        QCOMPARE(removed.size(), 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchOlder();
        QCOMPARE(texts(model).constFirst(), QStringLiteral("message 1"));
        QCOMPARE(texts(model).constLast(), QStringLiteral("message 75"));
        QVERIFY(!model.canFetchOlder());

        // A new message while scrolled back waits below the window.
        apply({message(121, kBase + 121 * 1000, QStringLiteral("message 121"))});
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(texts(model).constLast(), QStringLiteral("message 75"));

        // Paging down lets go of the oldest and reaches the newest again.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(texts(model).constLast(), QStringLiteral("message 121"));
        QCOMPARE(texts(model).constFirst(), QStringLiteral("message 47"));
        QVERIFY(model.canFetchOlder());
        apply({message(122, kBase + 122 * 1000, QStringLiteral("message 122"))});
        QTRY_COMPARE(texts(model).constLast(), QStringLiteral("message 122"));
    }

    void liveChangesWithoutAReset()
    {
        Model model(m_store.get());
        model.setConversation(kConversation);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int before = model.rowCount();

        // A new customer message at the end.
        apply({message(121, kBase + 121000, QStringLiteral("one more thing"))});
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(texts(model).constLast(), QStringLiteral("one more thing"));
        QCOMPARE(inserted.size(), 1);

        // A status moves on: that row changes, nothing else.
        protocol::MessageUpdate read;
        read.id = 120;
        read.status = protocol::MessageStatus::Read;
        apply({read});
        QCOMPARE(model.index(model.rowOf(model.index(model.rowCount() - 2).data(Model::IdRole).toLongLong()))
                     .data(Model::StatusRole)
                     .toString(),
                 QStringLiteral("read"));
        QCOMPARE(changed.size(), 1);

        // The agent writes: shown at once as queued, then the server's echo
        // makes the same row sent.
        store::OutgoingMessage outgoing;
        outgoing.clientId = QStringLiteral("c-1");
        outgoing.conversationId = kConversation;
        outgoing.text = QStringLiteral("Vou verificar.");
        outgoing.createdAt = kBase + 122000;
        qint64 queued = 0;
        write([outgoing, &queued](store::StoreWriter &writer, store::ChangeSet &changes) {
            QString error;
            queued = writer.queueMessage(outgoing, &changes, &error);
        });
        QVERIFY(queued > 0);
        QCOMPARE(texts(model).constLast(), QStringLiteral("Vou verificar."));
        QCOMPARE(model.index(model.rowCount() - 1).data(Model::StatusRole).toString(), QStringLiteral("queued"));
        QCOMPARE(model.index(model.rowCount() - 1).data(Model::DirectionRole).toString(), QStringLiteral("out"));
        const int rowsWithQueued = model.rowCount();
        protocol::Message echo = message(122, kBase + 122000, QStringLiteral("Vou verificar."),
                                         protocol::MessageStatus::Sent);
        echo.clientId = QStringLiteral("c-1");
        echo.author = protocol::Author::Agent;
        apply({echo});
        QCOMPARE(model.rowCount(), rowsWithQueued);
        QCOMPARE(model.index(model.rowCount() - 1).data(Model::StatusRole).toString(), QStringLiteral("sent"));
        QCOMPARE(model.index(model.rowCount() - 1).data(Model::ServerIdRole).toLongLong(), 122);

        // A deletion removes the row.
        apply({protocol::MessageDeletion{121}});
        QVERIFY(!texts(model).contains(QStringLiteral("one more thing")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
    }

    // A jump to a search hit shows the messages around it; newer pages come
    // as the view reaches its bottom, and live messages wait for them.
    void aroundAMessageThenNewerPages()
    {
        Model model(m_store.get());
        const qint64 hit = [this] {
            Model probe(m_store.get());
            probe.setConversation(kConversation);
            probe.fetchOlder();
            probe.fetchOlder();
            return probe.index(39).data(Model::IdRole).toLongLong(); // "message 40"
        }();
        model.showAround(kConversation, hit); // no model tester: it would fetch the newer pages itself
        QVERIFY(model.rowOf(hit) >= 0);
        QCOMPARE(model.index(model.rowOf(hit)).data(Model::TextRole).toString(), QStringLiteral("message 40"));
        QVERIFY(model.canFetchOlder());
        apply({message(121, kBase + 121000, QStringLiteral("newest, not yet shown"))});
        QVERIFY(!texts(model).contains(QStringLiteral("newest, not yet shown")));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(texts(model).constLast(), QStringLiteral("newest, not yet shown"));
        QCOMPARE(model.rowCount(), 121 - 15 + 1); // message 15 to the newest
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void otherConversationsDoNotDisturb()
    {
        Model model(m_store.get());
        model.setConversation(kConversation);
        QSignalSpy anything(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        protocol::Conversation other;
        other.id = 99;
        other.contactId = 1;
        other.channel = protocol::Channel::WebChat;
        protocol::Message elsewhere = message(500, kBase + 500000, QStringLiteral("elsewhere"));
        elsewhere.conversationId = 99;
        apply({other, elsewhere});
        QCOMPARE(anything.size(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void noConversationIsEmpty()
    {
        Model model(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setConversation(kConversation);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelsMessages)
#include "tst_models_messages.moc"
