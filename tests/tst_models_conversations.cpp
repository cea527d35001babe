// The conversation list model over a real encrypted store: order, roles,
// paging, and live changes that update rows in place, move them with the
// selection following, and insert new ones, all checked by Qt's model tester.

#include "models/conversationlistmodel.h"
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
using Model = models::ConversationListModel;

namespace {

constexpr int kDeadlineMs = 20000;
constexpr qint64 kBase = 1700000000000;

protocol::Contact contact(qint64 id, const QString &name)
{
    protocol::Contact c;
    c.id = id;
    c.name = name;
    return c;
}

protocol::Conversation conversation(qint64 id, qint64 contactId, qint64 lastActivity, const QString &preview,
                                    int unread = 0)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = contactId;
    c.channel = protocol::Channel::WhatsApp;
    c.lastActivity = lastActivity;
    c.lastPreview = preview;
    c.unreadCount = unread;
    return c;
}

} // namespace

class TestModelsConversations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    void apply(const QVector<protocol::EventPayload> &records)
    {
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

    QList<qint64> ids(const Model &model)
    {
        QList<qint64> result;
        for (int i = 0; i < model.rowCount(); ++i)
            result.append(model.index(i).data(Model::IdRole).toLongLong());
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(folder);
        m_store = test::openLiveStore(folder);
        QVERIFY(m_store);
        apply({contact(1, QStringLiteral("Ana Souza")), contact(2, QStringLiteral("José Álvarez")),
               contact(3, QStringLiteral("Dewi Lestari")),
               conversation(10, 1, kBase + 3000, QStringLiteral("Obrigada!"), 2),
               conversation(20, 2, kBase + 2000, QStringLiteral("¿Dónde está mi pedido?")),
               conversation(30, 3, kBase + 1000, QStringLiteral("Terima kasih"))});
    }

    void cleanup() { m_store.reset(); }

    void rowsComeNewestFirstWithTheirRoles()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QList<qint64>{10, 20, 30}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Ana Souza"));
        QCOMPARE(first.data(Model::PreviewRole).toString(), QStringLiteral("Obrigada!"));
        QCOMPARE(first.data(Model::UnreadRole).toInt(), 2);
        QCOMPARE(first.data(Model::ChannelRole).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(first.data(Model::LastActivityRole).toLongLong(), kBase + 3000);
    }

    // Whose each conversation is: "You", a colleague's name, or nobody.
    void assigneesAreNamed()
    {
        protocol::Conversation mine = conversation(10, 1, kBase + 3000, QStringLiteral("Obrigada!"), 2);
        mine.assigneeId = 7;
        protocol::Conversation theirs = conversation(20, 2, kBase + 2000, QStringLiteral("¿Dónde está mi pedido?"));
        theirs.assigneeId = 8;
        apply({mine, theirs});
        Model model(m_store.get());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(0).data(Model::AssigneeNameRole).toString(), QStringLiteral("Agent 7"));
        model.setAgents({{7, QStringLiteral("Dewi")}, {8, QStringLiteral("Omar")}}, 7);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(Model::AssigneeNameRole).toString(), QStringLiteral("You"));
        QCOMPARE(model.index(1).data(Model::AssigneeNameRole).toString(), QStringLiteral("Omar"));
        QVERIFY(model.index(2).data(Model::AssigneeNameRole).toString().isEmpty());
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("assigned to you")));
        QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("assigned to Omar")));
        model.setAgents({{7, QStringLiteral("Dewi")}, {8, QStringLiteral("Omar")}}, 7);
        QCOMPARE(changed.size(), 1); // nothing new: no repaint
    }

    void changeInPlaceIsADataChangeNotAReset()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        apply({conversation(20, 2, kBase + 2000, QStringLiteral("¿Dónde está mi pedido?"), 5)});
        QTRY_COMPARE_WITH_TIMEOUT(model.index(1).data(Model::UnreadRole).toInt(), 5, kDeadlineMs);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
    }

    void newActivityMovesTheRowAndTheSelectionFollows()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPersistentModelIndex selected(model.index(2)); // Dewi, at the bottom
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 30);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        apply({conversation(30, 3, kBase + 9000, QStringLiteral("Halo, saya mau tanya"))});
        QCOMPARE(ids(model), (QList<qint64>{30, 10, 20}));
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(Model::PreviewRole).toString(), QStringLiteral("Halo, saya mau tanya"));
        QCOMPARE(reset.size(), 0);
    }

    void newConversationIsInsertedAndOthersKeepTheirIndexes()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPersistentModelIndex selected(model.index(1)); // José
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        apply({contact(4, QStringLiteral("Priya Nair")), conversation(40, 4, kBase + 8000, QStringLiteral("Hi"))});
        QCOMPARE(ids(model), (QList<qint64>{40, 10, 20, 30}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 20);
        QCOMPARE(selected.row(), 2);
    }

    void nameFilterIgnoresCaseAndAccents()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNameFilter(QStringLiteral("jose"));
        QCOMPARE(ids(model), QList<qint64>{20});
        model.setNameFilter(QStringLiteral("  "));
        QCOMPARE(model.rowCount(), 3);
        model.setNameFilter(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 0);
    }

    void manyConversationsArePagedIn()
    {
        QVector<protocol::EventPayload> records;
        for (int i = 0; i < 250; ++i) {
            records.append(contact(1000 + i, QStringLiteral("Customer %1").arg(i)));
            records.append(conversation(1000 + i, 1000 + i, kBase - 1000 - i, QStringLiteral("older")));
        }
        apply(records);
        Model model(m_store.get()); // no model tester here: it fetches everything itself
        QCOMPARE(model.rowCount(), Model::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * Model::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 253);
        QVERIFY(!model.canFetchMore({}));
    }

    void closedHistoryShowsNothing()
    {
        Model model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestModelsConversations)
#include "tst_models_conversations.moc"
