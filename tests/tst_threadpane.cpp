// The thread pane over a real store: bubbles on both sides with delivery
// marks and a refused message's reason, Enter sends and Shift+Enter breaks
// the line, a new message keeps the view at the newest, and scrolling to the
// top brings older messages without the view jumping. Text shows as written
// (its line breaks and runs of spaces, links on any line), and emoji in
// colour in the bubbles and the composer.

#include "appearance/appearance.h"
#include "appearance/emoji.h"
#include "imagecheck.h"
#include "models/messagelistmodel.h"
#include "panes/linkhits.h"
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
#include <QTest>

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

// Pixels in `area` of `image` with a strong colour (an emoji's; text and
// the bubbles' fills are greys or pale).
int colourfulPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor color = image.pixelColor(x, y);
            count += color.hsvSaturation() > 140 && color.value() > 90 ? 1 : 0;
        }
    return count;
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

    // "to:\nJl. Sudirman 12\nJakarta" is three lines, as the customer wrote it.
    void textShowsAsWritten()
    {
        const qint64 id = kConversation + 2;
        protocol::Conversation conversation;
        conversation.id = id;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WhatsApp;
        QVector<protocol::EventPayload> records{conversation};
        // (The first has the day's line above it; the next two are compared.)
        const QStringList texts{QStringLiteral("Track it:\r\nhttps://example.com/track/4471\nthanks"),
                                QStringLiteral("to: Jl. Sudirman 12 Jakarta"),
                                QStringLiteral("to:\nJl. Sudirman 12\nJakarta"),
                                QStringLiteral("Total:      Rp 150.000\n\n  - 2 kaos\n  - 1 topi")};
        for (int i = 0; i < texts.size(); ++i) {
            protocol::Message m = message(9101 + i, kBase + 90000 + i * 1000, texts.at(i),
                                          i == 3 ? protocol::Author::Agent : protocol::Author::Customer);
            m.conversationId = id;
            records.append(m);
        }
        apply(records);
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.resize(560, 520);
        pane.setModel(&model);
        pane.showConversation(id, QStringLiteral("Ana Souza"));
        QTRY_COMPARE(model.rowCount(), int(texts.size()));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // The bubble of three lines is two lines taller than the one of one.
        QAbstractItemDelegate *delegate = pane.listView()->itemDelegate();
        QStyleOptionViewItem option;
        option.initFrom(pane.listView()->viewport());
        option.font = pane.listView()->font();
        option.rect = QRect(0, 0, pane.listView()->viewport()->width(), 100);
        const int lineHeight = QFontMetrics(option.font).height();
        const int oneLine = delegate->sizeHint(option, model.index(1)).height();
        const int threeLines = delegate->sizeHint(option, model.index(2)).height();
        QVERIFY2(threeLines >= oneLine + 2 * lineHeight - 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(threeLines).arg(oneLine)));
        // As laid out for painting: three lines of the words, none run together.
        const QSizeF laidOut = ui::bodytext::measure(option.font, texts.at(2), 400);
        QVERIFY2(std::abs(laidOut.height()
                          - 3 * ui::bodytext::measure(option.font, QStringLiteral("to:"), 400).height())
                     < 1,
                 qPrintable(QString::number(laidOut.height())));
        QCOMPARE(ui::bodytext::asWritten(texts.at(0)).size(), texts.at(0).size()); // link positions stay valid
        QVERIFY(ui::bodytext::measure(option.font, texts.at(2), 400).width()
                < ui::bodytext::measure(option.font, texts.at(1), 400).width());
        // Runs of spaces stay.
        QVERIFY(ui::bodytext::measure(option.font, QStringLiteral("a      b"), 400).width()
                > ui::bodytext::measure(option.font, QStringLiteral("a b"), 400).width() + 10);

        // A link on the second line answers a click there, not on the first
        // or the third line (\r\n counts as one break).
        const QString tracked = texts.at(0);
        const QVector<ui::TextLink> links = ui::findLinks(tracked);
        QCOMPARE(links.size(), 1);
        const QRectF body(0, 0, 400, 200);
        const qreal line = ui::bodytext::measure(option.font, QStringLiteral("x"), 400).height();
        QCOMPARE(ui::bodytext::linkAt(body, option.font, tracked, links, QPointF(20, line * 1.5)), 0);
        QCOMPARE(ui::bodytext::linkAt(body, option.font, tracked, links, QPointF(20, line * 0.5)), -1);
        QCOMPARE(ui::bodytext::linkAt(body, option.font, tracked, links, QPointF(20, line * 2.5)), -1);
        QCOMPARE(ui::bodytext::measure(option.font, tracked, 400).height(), 3 * line);
        // And in the thread: somewhere in the bubble's second line is the link.
        auto *messageDelegate = qobject_cast<ui::MessageDelegate *>(delegate);
        QVERIFY(messageDelegate);
        QStyleOptionViewItem rowOption = option;
        rowOption.rect = pane.listView()->visualRect(model.index(0));
        QUrl found;
        for (int y = rowOption.rect.top(); y <= rowOption.rect.bottom() && found.isEmpty(); y += 2)
            for (int x = rowOption.rect.left(); x < rowOption.rect.left() + 120 && found.isEmpty(); x += 4)
                found = messageDelegate->linkAt(rowOption, model.index(0), QPoint(x, y));
        QCOMPARE(found, QUrl(QStringLiteral("https://example.com/track/4471")));

        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-multiline.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
    }

    // "❤️" (a heart a text font has too, asked for as emoji) in colour, in
    // a bubble and in the composer; with fonts-noto-color-emoji installed.
    void emojiAreInColour()
    {
        // Whole clusters: a skin tone, a keycap, a ZWJ sequence; U+FE0E asks for text.
        const QString mixed = QStringLiteral("ok ❤️ 👍🏽 1️⃣ ❤︎ 👩‍💻");
        const auto ranges = ui::emoji::ranges(mixed);
        QStringList found;
        for (const auto &[start, length] : ranges)
            found.append(mixed.mid(start, length));
        QCOMPARE(found, (QStringList{QStringLiteral("❤️"), QStringLiteral("👍🏽"), QStringLiteral("1️⃣"),
                                     QStringLiteral("👩‍💻")}));
        QVERIFY(ui::emoji::ranges(QStringLiteral("Terima kasih, सीता! ✓")).isEmpty());
        if (ui::emoji::family().isEmpty())
            QSKIP("No colour emoji font is installed (fonts-noto-color-emoji)");

        const qint64 id = kConversation + 3;
        protocol::Conversation conversation;
        conversation.id = id;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WhatsApp;
        protocol::Message m = message(9201, kBase + 95000, QStringLiteral("Terima kasih ❤️ ❤️ ❤️"),
                                      protocol::Author::Customer);
        m.conversationId = id;
        apply({conversation, m});
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.resize(560, 400);
        pane.setModel(&model);
        pane.showConversation(id, QStringLiteral("Ana Souza"));
        QTRY_COMPARE(model.rowCount(), 1);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy edited(pane.composer(), &QPlainTextEdit::textChanged);
        pane.composer()->setPlainText(QStringLiteral("Sama-sama ❤️ 😀"));
        QCOMPARE(edited.size(), 1); // colouring the emoji is no edit
        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-emoji.png"))));
        const QRect bubble = pane.listView()
                                 ->visualRect(model.index(0))
                                 .translated(pane.listView()->viewport()->mapTo(&pane, QPoint(0, 0)));
        QVERIFY2(colourfulPixels(picture, bubble) > 20, "the hearts in the bubble are not in colour");
        const QRect composer(pane.composer()->mapTo(&pane, QPoint(0, 0)), pane.composer()->size());
        QVERIFY2(colourfulPixels(picture, composer) > 20, "the heart in the composer is not in colour");
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
