// The thread pane over a real store: bubbles on both sides with delivery
// marks and a refused message's reason, Enter sends and Shift+Enter breaks
// the line, a new message keeps the view at the newest, and scrolling to the
// top brings older messages without the view jumping.

#include "appearance/appearance.h"
#include "imagecheck.h"
#include "models/messagelistmodel.h"
#include "panes/messagedelegate.h"
#include "panes/threadpane.h"
#include "store/databasekey.h"
#include "store/store.h"
#include "store/writer.h"
#include "widgets/composer.h"

#include "livestore.h"
#include <QApplication>
#include <QListView>
#include <QScrollBar>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace relaydesk;

namespace {

constexpr int kDeadlineMs = 20000;
constexpr qint64 kConversation = 10;
const qint64 kBase = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;

protocol::Message message(qint64 id, qint64 at, const QString &text, protocol::Author author,
                          protocol::MessageStatus status = protocol::MessageStatus::Read)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = kConversation;
    m.author = author;
    m.authorName = author == protocol::Author::Customer ? QStringLiteral("Ana") : QStringLiteral("Priya");
    m.text = text;
    m.status = status;
    m.createdAt = at;
    return m;
}

} // namespace

class TestThreadPane : public QObject
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
    void initTestCase()
    {
        m_store = test::openLiveStore(m_dir.path());
        QVERIFY(m_store);
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Ana Souza");
        protocol::Conversation conversation;
        conversation.id = kConversation;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WhatsApp;
        QVector<protocol::EventPayload> records{contact, conversation};
        for (int i = 1; i <= 80; ++i)
            records.append(
                message(i, kBase + i * 1000, QStringLiteral("older message %1").arg(i), protocol::Author::Customer));
        records.append(message(81, kBase + 81000,
                               QStringLiteral("Olá! Meu pedido #4471 ainda não chegou. Podem verificar, por favor?"),
                               protocol::Author::Customer));
        records.append(message(82, kBase + 82000, QStringLiteral("Claro, Ana! Vou verificar agora mesmo."),
                               protocol::Author::Agent, protocol::MessageStatus::Read));
        protocol::Message bot = message(83, kBase + 83000, QStringLiteral("Seu pedido saiu para entrega hoje às 9h."),
                                        protocol::Author::Bot, protocol::MessageStatus::Delivered);
        records.append(bot);
        protocol::Message failed = message(84, kBase + 84000, QStringLiteral("Segue o comprovante."),
                                           protocol::Author::Agent, protocol::MessageStatus::Failed);
        failed.failureReason = QStringLiteral("outside the 24-hour window");
        records.append(failed);
        apply(records);
    }

    void showsBubblesAndSends()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(560, 520);
        pane.showConversation(kConversation, QStringLiteral("Ana Souza"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(model.rowCount(), models::MessageListModel::kPageSize);

        // At the newest message.
        QScrollBar *bar = pane.listView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));

        // Enter sends, Shift+Enter breaks the line.
        QSignalSpy send(&pane, &ui::ThreadPane::sendRequested);
        pane.composer()->setFocus();
        QTest::keyClicks(pane.composer(), QStringLiteral("first line"));
        QTest::keyClick(pane.composer(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(pane.composer(), QStringLiteral("second line"));
        QTest::keyClick(pane.composer(), Qt::Key_Return);
        QCOMPARE(send.size(), 1);
        QCOMPARE(send.at(0).at(0).toLongLong(), kConversation);
        QCOMPARE(send.at(0).at(1).toString(), QStringLiteral("first line\nsecond line"));
        QVERIFY(pane.composer()->toPlainText().isEmpty());
        QTest::keyClick(pane.composer(), Qt::Key_Return); // nothing written: nothing sent
        QCOMPARE(send.size(), 1);

        // A new message while at the bottom keeps the newest in view.
        apply({message(85, kBase + 85000, QStringLiteral("Obrigada!"), protocol::Author::Customer)});
        QTRY_COMPARE(bar->value(), bar->maximum());

        // Scrolling to the top brings older messages in, and the message
        // that was first stays on screen, not pushed away by the new ones.
        const qint64 topId = model.index(0).data(models::MessageListModel::IdRole).toLongLong();
        bar->setValue(bar->minimum());
        QCOMPARE(model.rowCount(), 85); // every message: 50 shown first, the 35 older ones now
        const QModelIndex sameMessage = model.index(model.rowOf(topId));
        QVERIFY(pane.listView()->visualRect(sameMessage).top() >= -20);
        QVERIFY(pane.listView()->visualRect(sameMessage).top() < pane.listView()->viewport()->height());

        pane.setSendingEnabled(false, QStringLiteral("Sign in to reply."));
        QVERIFY(!pane.composer()->isEnabled());
        QCOMPARE(pane.composer()->placeholderText(), QStringLiteral("Sign in to reply."));
    }

    // The first message of each day has a day line above it; the others not.
    void dayLinesSeparateTheDays()
    {
        const QDateTime threeDaysAgo(QDate::currentDate().addDays(-3), QTime(12, 0));
        const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(12, 0));
        protocol::Conversation conversation;
        conversation.id = kConversation + 1;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WebChat;
        QVector<protocol::EventPayload> records{conversation};
        const QDateTime times[] = {threeDaysAgo, threeDaysAgo.addSecs(300), yesterday};
        for (int i = 0; i < 3; ++i) {
            protocol::Message m = message(9001 + i, times[i].toMSecsSinceEpoch(), QStringLiteral("Same length text"),
                                          protocol::Author::Customer);
            m.conversationId = kConversation + 1;
            records.append(m);
        }
        apply(records);
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.resize(640, 400);
        pane.setModel(&model);
        pane.showConversation(kConversation + 1, QStringLiteral("Ana Souza"));
        QTRY_COMPARE(model.rowCount(), 3);
        QAbstractItemDelegate *delegate = pane.listView()->itemDelegate();
        QStyleOptionViewItem option;
        option.initFrom(pane.listView()->viewport());
        option.rect = QRect(0, 0, pane.listView()->viewport()->width(), 100);
        const int first = delegate->sizeHint(option, model.index(0)).height();
        const int sameDay = delegate->sizeHint(option, model.index(1)).height();
        const int nextDay = delegate->sizeHint(option, model.index(2)).height();
        QVERIFY2(first > sameDay, qPrintable(QStringLiteral("%1 vs %2").arg(first).arg(sameDay)));
        QCOMPARE(nextDay, first);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-days.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));

        // A dark palette: a customer's bubble and its text follow it.
        pane.setPalette(ui::Appearance::palette(ui::Theme::Dark));
        const QImage darkPicture = pane.grab().toImage();
        QVERIFY(darkPicture.save(test::outputPath(QStringLiteral("thread-dark.png"))));
        // Light text inside the first bubble: some pixel there is bright.
        const QRect bubble = pane.listView()
                                 ->visualRect(model.index(0))
                                 .translated(pane.listView()->viewport()->mapTo(&pane, QPoint(0, 0)));
        bool brightText = false;
        for (int y = bubble.top(); y < bubble.bottom() && !brightText; ++y)
            for (int x = bubble.left(); x < bubble.left() + 140 && !brightText; ++x)
                brightText = QColor(darkPicture.pixel(x, y)).lightness() > 200;
        QVERIFY(brightText);
    }

    void statusMarks()
    {
        QCOMPARE(ui::MessageDelegate::statusMark(QStringLiteral("queued")), QStringLiteral("○"));
        QCOMPARE(ui::MessageDelegate::statusMark(QStringLiteral("sent")), QStringLiteral("✓"));
        QCOMPARE(ui::MessageDelegate::statusMark(QStringLiteral("read")), QStringLiteral("✓✓"));
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_MAIN(TestThreadPane)
#include "tst_threadpane.moc"
