// New work is hard to miss (issue 17, point 2): the list's counts per status
// and per scope from one indexed read of a real encrypted store, resolved
// and muted conversations left out of the unread total; counts that follow
// the store's changes, one read for a burst; the status tabs and the
// Mine / Unassigned / All buttons that show them; resolved rows without an
// unread badge and snoozed rows with their wake time; and, through
// app::Desktop, a window title that starts with the same unread total as
// the tray and the dock.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"

#include "appearance/appearance.h"
#include "currentconversation.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "notifications.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "store/reader.h"

#include <QAbstractButton>
#include <QDir>
#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using Model = models::ConversationListModel;
using Counts = store::StoreReader::ConversationCounts;

namespace {

constexpr qint64 kBase = 1700000000000;
constexpr qint64 kSelf = 7;

protocol::Conversation conversation(qint64 id, protocol::ConversationStatus status, qint64 assignee, int unread,
                                    bool muted = false)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = id;
    c.channel = protocol::Channel::WhatsApp;
    c.status = status;
    c.assigneeId = assignee;
    c.unreadCount = unread;
    c.muted = muted;
    c.lastActivity = kBase + id * 1000;
    c.lastPreview = QStringLiteral("Halo");
    return c;
}

QVector<protocol::EventPayload> workload()
{
    using S = protocol::ConversationStatus;
    QVector<protocol::EventPayload> records;
    for (qint64 id = 1; id <= 12; ++id) {
        protocol::Contact contact;
        contact.id = id;
        contact.name = QStringLiteral("Customer %1").arg(id);
        records.append(contact);
    }
    // Open: 2 mine (3 unread), 1 unassigned (1 unread), 1 someone else's muted (4 unread, not counted).
    records.append(conversation(1, S::Open, kSelf, 2));
    records.append(conversation(2, S::Open, kSelf, 1));
    records.append(conversation(3, S::Open, 0, 1));
    records.append(conversation(4, S::Open, 9, 4, true));
    // Pending: 1 unassigned; snoozed: 1 mine with 2 unread.
    records.append(conversation(5, S::Pending, 0, 0));
    records.append(conversation(6, S::Snoozed, kSelf, 2));
    // Resolved, with unread left behind: neither counted nor badged.
    records.append(conversation(7, S::Resolved, kSelf, 5));
    records.append(conversation(8, S::Resolved, 0, 0));
    return records;
}

} // namespace

class TestConversationCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    void apply(const QVector<protocol::EventPayload> &records)
    {
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

private slots:
    // English words as the app shows them ("2 conversations", not "(s)").
    void initTestCase() { QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("en"))); }

    void init()
    {
        const QString folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(folder);
        m_store = test::openLiveStore(folder);
        QVERIFY(m_store);
        apply(workload());
    }
    void cleanup() { m_store.reset(); }

    void countsByStatusAndScope()
    {
        const Counts counts = m_store->reader().conversationCounts(kSelf);
        QCOMPARE(counts.open.all, 4);
        QCOMPARE(counts.open.mine, 2);
        QCOMPARE(counts.open.unassigned, 1);
        QCOMPARE(counts.pending.all, 1);
        QCOMPARE(counts.pending.unassigned, 1);
        QCOMPARE(counts.snoozed.all, 1);
        QCOMPARE(counts.snoozed.mine, 1);
        // 2 + 1 + 1 open, 2 snoozed; the muted 4 and the resolved 5 are not waiting on anyone.
        QCOMPARE(counts.unreadMessages, 6);
        // Nobody signed in: nothing is "mine".
        QCOMPARE(m_store->reader().conversationCounts(0).open.mine, 0);
    }

    void rolesHideResolvedUnreadAndSayWhenSnoozedWakes()
    {
        apply({[] {
            auto c = conversation(6, protocol::ConversationStatus::Snoozed, kSelf, 2);
            c.snoozedUntil = kBase + 86400000;
            return c;
        }()});
        Model model(m_store.get());
        store::ConversationFilter resolved;
        resolved.statuses = {QStringLiteral("resolved")};
        model.setFilter(resolved);
        QCOMPARE(model.index(model.rowOf(7)).data(Model::UnreadRole).toInt(), 0);
        QVERIFY(
            !model.index(model.rowOf(7)).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unread")));
        store::ConversationFilter snoozed;
        snoozed.statuses = {QStringLiteral("snoozed")};
        model.setFilter(snoozed);
        QCOMPARE(model.index(model.rowOf(6)).data(Model::SnoozedUntilRole).toLongLong(), kBase + 86400000);
        QCOMPARE(model.index(model.rowOf(6)).data(Model::UnreadRole).toInt(), 2);
        QVERIFY(model.index(model.rowOf(6))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("snoozed until")));
    }

    // A burst of changes is one read, shown within the delay.
    void countsFollowChangesCoalesced()
    {
        Model model(m_store.get());
        model.setCountedAgent(kSelf);
        QCOMPARE(model.counts().open.all, 4);
        QSignalSpy changed(&model, &Model::countsChanged);
        for (qint64 id = 20; id < 30; ++id)
            m_store->write([id](store::StoreWriter &writer, store::ChangeSet &changes) {
                QString error;
                protocol::Contact contact;
                contact.id = id;
                QVector<protocol::EventPayload> records{contact,
                                                        conversation(id, protocol::ConversationStatus::Open, 0, 1)};
                if (!writer.applySnapshot(records, -1, &changes, &error))
                    qWarning() << error;
            });
        QTRY_COMPARE_WITH_TIMEOUT(model.counts().open.all, 14, test::kStoreDeadlineMs);
        QTest::qWait(Model::kCountDelayMs * 2);
        QVERIFY2(changed.size() <= 3, qPrintable(QString::number(changed.size())));
        QCOMPARE(model.counts().open.unassigned, 11);
        QCOMPARE(model.counts().unreadMessages, 16);
    }

    void tabsAndScopesShowTheirCounts()
    {
        Model model(m_store.get());
        ui::ConversationPane pane;
        pane.setAgentId(kSelf);
        pane.setModel(&model);
        using Scope = ui::ConversationPane::Scope;
        // All: Open 4, Pending 1, Snoozed 1, Resolved never counted.
        QCOMPARE(pane.statusTabs()->tabText(0), QStringLiteral("Open (4)"));
        QCOMPARE(pane.statusTabs()->tabText(1), QStringLiteral("Pending (1)"));
        QCOMPARE(pane.statusTabs()->tabText(2), QStringLiteral("Snoozed (1)"));
        QCOMPARE(pane.statusTabs()->tabText(3), QStringLiteral("Resolved"));
        QCOMPARE(pane.scopeButton(Scope::Mine)->text(), QStringLiteral("&Mine (2)"));
        QCOMPARE(pane.scopeButton(Scope::Unassigned)->text(), QStringLiteral("&Unassigned (1)"));
        QCOMPARE(pane.scopeButton(Scope::All)->text(), QStringLiteral("&All (4)"));
        QCOMPARE(pane.scopeButton(Scope::Mine)->accessibleName(), QStringLiteral("Mine, 2 conversations"));
        // Mine: the tabs count the agent's own.
        pane.setScope(Scope::Mine);
        QCOMPARE(pane.statusTabs()->tabText(0), QStringLiteral("Open (2)"));
        QCOMPARE(pane.statusTabs()->tabText(1), QStringLiteral("Pending"));
        // Pending: the scope buttons count pending ones.
        pane.setStatus(ui::ConversationPane::Status::Pending);
        QCOMPARE(pane.scopeButton(Scope::All)->text(), QStringLiteral("&All (1)"));
        QCOMPARE(pane.scopeButton(Scope::Mine)->text(), QStringLiteral("&Mine"));
        // A change in the store reaches the tabs.
        apply({conversation(3, protocol::ConversationStatus::Pending, 0, 0)});
        QTRY_COMPARE_WITH_TIMEOUT(pane.scopeButton(Scope::All)->text(), QStringLiteral("&All (2)"),
                                  test::kStoreDeadlineMs);
    }

    // The window's title, the tray and the dock show one count.
    void titleTrayAndDockAgree()
    {
        m_store.reset();
        test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QString error;
        QVERIFY2(test::applyAndNotify(*fixture.history, workload(), &error), qPrintable(error));
        app::Notifications &notifications = fixture.desktop->notifications();
        ui::MainWindow &window = fixture.desktop->window();
        QTRY_COMPARE_WITH_TIMEOUT(notifications.unreadCount(), 6, test::kStoreDeadlineMs);
        QCOMPARE(window.unreadTotal(), 6);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("(6) ")), qPrintable(window.windowTitle()));
        // The agent reads one: every place follows.
        QVERIFY2(test::applyAndNotify(*fixture.history, {conversation(1, protocol::ConversationStatus::Open, kSelf, 0)},
                                      &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(notifications.unreadCount(), 4, test::kStoreDeadlineMs);
        QCOMPARE(window.unreadTotal(), 4);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("(4) ")), qPrintable(window.windowTitle()));
        // Nothing waiting: the plain title.
        QVERIFY2(test::applyAndNotify(*fixture.history,
                                      {conversation(2, protocol::ConversationStatus::Resolved, kSelf, 1),
                                       conversation(3, protocol::ConversationStatus::Open, 0, 0),
                                       conversation(6, protocol::ConversationStatus::Resolved, kSelf, 2)},
                                      &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(notifications.unreadCount(), 0, test::kStoreDeadlineMs);
        QVERIFY2(!window.windowTitle().startsWith(QLatin1Char('(')), qPrintable(window.windowTitle()));
    }

    // A look at the counts, bold unread rows and wake times, in English and
    // Hindi, at 1280×720 and at 1024×600 with the lead panel hidden.
    void pictures()
    {
        m_store.reset();
        test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QVector<protocol::EventPayload> records = workload();
        // In an hour; tomorrow, in three days and in ten, at nine.
        const int inDays[] = {0, 1, 3, 10};
        for (qint64 id = 9; id <= 12; ++id) {
            auto c = conversation(id, protocol::ConversationStatus::Snoozed, id % 2 ? kSelf : 0, 0);
            const int days = inDays[id - 9];
            c.snoozedUntil = days == 0 ? QDateTime::currentDateTime().addSecs(3600).toMSecsSinceEpoch()
                                       : QDateTime(QDate::currentDate().addDays(days), QTime(9, 0)).toMSecsSinceEpoch();
            records.append(c);
        }
        QString error;
        QVERIFY2(test::applyAndNotify(*fixture.history, records, &error), qPrintable(error));
        ui::MainWindow &window = fixture.desktop->window();
        window.conversationPane()->setAgentId(kSelf);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.current()->open(1);
        QTRY_COMPARE_WITH_TIMEOUT(window.unreadTotal(), 6, test::kStoreDeadlineMs);
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("Customer 1")));
        const QString folder = QStringLiteral("/tmp/helper-counts");
        QDir().mkpath(folder);
        const auto save = [&](const QString &name) {
            QCoreApplication::processEvents();
            const QImage picture = window.grab().toImage();
            QVERIFY(picture.save(test::outputPath(name)));
            QVERIFY(picture.save(folder + QLatin1Char('/') + name));
            QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
            QTabBar *tabs = window.conversationPane()->statusTabs();
            QVERIFY2(tabs->width() >= tabs->minimumSizeHint().width(), qPrintable(name));
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            QVERIFY(ui::Appearance::instance().setLanguage(language));
            QCoreApplication::processEvents();
            window.leadPane()->show();
            window.resize(1280, 720);
            window.conversationPane()->setStatus(ui::ConversationPane::Status::Open);
            save(QStringLiteral("counts-open-1280x720-%1.png").arg(language));
            window.conversationPane()->setStatus(ui::ConversationPane::Status::Snoozed);
            save(QStringLiteral("counts-snoozed-1280x720-%1.png").arg(language));
            window.leadPane()->hide();
            window.resize(1024, 600);
            window.conversationPane()->setStatus(ui::ConversationPane::Status::Open);
            save(QStringLiteral("counts-open-1024x600-%1.png").arg(language));
        }
        QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestConversationCounts)
#include "tst_conversationcounts.moc"
