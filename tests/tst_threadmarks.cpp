// What the thread marks in its bubbles, over a real store: the "new
// messages" line above the first message unread when the conversation
// opened (and the thread opening there when they do not fit), links in the
// text (drawn, found under the mouse, opened by a click, Enter or the context
// menu, copied), private notes drawn apart from replies in light and dark
// palettes, and lines about the autopilot across the thread.

#include "appearance/appearance.h"
#include "imagecheck.h"
#include "livestore.h"

#include "models/messagelistmodel.h"
#include "panes/linkhits.h"
#include "panes/messagedelegate.h"
#include "panes/messagelinks.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace relaydesk;

namespace {

const qint64 kBase = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
constexpr qint64 kFew = 20;  // ten messages, three unread
constexpr qint64 kMany = 21; // 200 messages, 120 unread
constexpr qint64 kLinks = 22;
constexpr qint64 kNotes = 23;
constexpr qint64 kLines = 25;

protocol::Message message(qint64 conversation, qint64 id, const QString &text, protocol::Author author)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversation;
    m.author = author;
    m.authorName = author == protocol::Author::Customer ? QStringLiteral("Ana") : QStringLiteral("Priya");
    m.text = text;
    m.status = protocol::MessageStatus::Delivered;
    m.createdAt = kBase + id * 1000;
    return m;
}

protocol::Conversation conversation(qint64 id, int unread)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = 1;
    c.channel = protocol::Channel::WebChat;
    c.unreadCount = unread;
    c.lastActivity = kBase + id;
    return c;
}

// The colour that covers most of `area` in `image`.
QColor commonColour(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor(best);
}

} // namespace

class TestThreadMarks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    void apply(const QVector<protocol::EventPayload> &records)
    {
        QString error;
        QVERIFY2(test::applyAndNotify(*m_store, records, &error), qPrintable(error));
    }

    // A point over the link in the message at `row`, found the way the mouse finds it.
    QPoint pointOnLink(ui::ThreadPane &pane, int row, const QString &wanted)
    {
        const QModelIndex index = pane.listView()->model()->index(row, 0);
        const QStyleOptionViewItem option = pane.links()->optionFor(index);
        for (int y = option.rect.top(); y < option.rect.bottom(); y += 2)
            for (int x = option.rect.left(); x < option.rect.right(); x += 2)
                if (pane.delegate()->linkAt(option, index, QPoint(x, y)).toString() == wanted)
                    return QPoint(x, y);
        return {};
    }

private slots:
    void initTestCase()
    {
        m_store = test::openLiveStore(m_dir.path());
        QVERIFY(m_store);
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Ana Souza");
        QVector<protocol::EventPayload> records{contact,
                                                conversation(kFew, 3),
                                                conversation(kMany, 120),
                                                conversation(kLinks, 0),
                                                conversation(kNotes, 0),
                                                conversation(kLines, 0)};
        // Few: the customer, an answer, then three from the customer unread
        // (with an autopilot reply between them, which does not count).
        for (qint64 i = 1; i <= 6; ++i)
            records.append(message(kFew, 100 + i, QStringLiteral("Earlier message %1").arg(i),
                                   i % 2 ? protocol::Author::Customer : protocol::Author::Agent));
        records.append(message(kFew, 107, QStringLiteral("Hello again, is anyone there?"), protocol::Author::Customer));
        records.append(
            message(kFew, 108, QStringLiteral("I still have a question about my order."), protocol::Author::Customer));
        records.append(message(kFew, 109, QStringLiteral("An agent will answer shortly."), protocol::Author::Bot));
        records.append(message(kFew, 110, QStringLiteral("It is order #4471."), protocol::Author::Customer));
        for (qint64 i = 1; i <= 200; ++i)
            records.append(message(kMany, 1000 + i, QStringLiteral("Message number %1").arg(i),
                                   i <= 80 ? protocol::Author::Agent : protocol::Author::Customer));
        records.append(message(kLinks, 3001,
                               QStringLiteral("Track it at https://shop.example/orders/4471?lang=pt (or write to "
                                              "help@shop.example)."),
                               protocol::Author::Customer));
        records.append(message(kLinks, 3002, QStringLiteral("Nothing to click here."), protocol::Author::Agent));
        records.append(message(kLinks, 3003, QStringLiteral("Our catalogue: www.shop.example/catalogue."),
                               protocol::Author::Agent));
        records.append(message(kNotes, 4001, QStringLiteral("Where is my parcel?"), protocol::Author::Customer));
        protocol::Message note = message(kNotes, 4002,
                                         QStringLiteral("Courier says Tuesday; check the tracking "
                                                        "at https://courier.example/t/88 before answering."),
                                         protocol::Author::Agent);
        note.kind = protocol::MessageKind::Note;
        records.append(note);
        protocol::Message system = message(kNotes, 4003,
                                           QStringLiteral("The autopilot could not answer: The AI service did not "
                                                          "answer in time. An agent needs to reply."),
                                           protocol::Author::System);
        system.kind = protocol::MessageKind::Note;
        system.authorName.clear();
        records.append(system);
        records.append(message(kNotes, 4004, QStringLiteral("It arrives on Tuesday."), protocol::Author::Agent));
        records.append(message(kLines, 6001, QStringLiteral("Do you deliver on Sundays?"), protocol::Author::Customer));
        records.append(message(kLines, 6002, QStringLiteral("Only in the city centre."), protocol::Author::Bot));
        records.append(
            message(kLines, 6003, QStringLiteral("Let me check the Sunday routes for you."), protocol::Author::Agent));
        protocol::Message paused = message(kLines, 6004, QStringLiteral("Autopilot paused: Priya replied."),
                                           protocol::Author::System);
        paused.kind = protocol::MessageKind::Note;
        paused.authorName.clear();
        records.append(paused);
        apply(records);
    }

    void firstUnreadFromTheStore()
    {
        store::StoreReader &reader = m_store->reader();
        const auto few = reader.newestMessages(kFew, 10);
        QCOMPARE(few.size(), 10);
        // The third newest customer message (the autopilot's reply is not counted).
        QCOMPARE(reader.firstUnreadMessage(kFew, 3), few.at(6).id);
        QCOMPARE(few.at(6).text, QStringLiteral("Hello again, is anyone there?"));
        QCOMPARE(reader.firstUnreadMessage(kFew, 0), qint64(0));
        // More unread than stored customer messages: the oldest stored one.
        QCOMPARE(reader.firstUnreadMessage(kFew, 50), few.at(0).id);
    }

    void newMessagesLineAboveTheFirstUnread()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(620, 720);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(kFew, QStringLiteral("Ana Souza"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.unreadMarkerCount(), 3);
        const int marked = model.unreadMarkerRow();
        QCOMPARE(model.index(marked).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Hello again, is anyone there?"));
        QCOMPARE(model.index(marked).data(models::MessageListModel::UnreadMarkerRole).toInt(), 3);
        QCOMPARE(model.index(marked + 1).data(models::MessageListModel::UnreadMarkerRole).toInt(), 0);

        // The line takes room above the bubble.
        const QStyleOptionViewItem option = pane.links()->optionFor(model.index(marked));
        QStyleOptionViewItem plain = pane.links()->optionFor(model.index(marked + 1));
        QVERIFY(pane.delegate()->sizeHint(option, model.index(marked)).height()
                > pane.delegate()->sizeHint(plain, model.index(marked + 1)).height());

        // Everything fits: the thread is at the newest, the line in view.
        QScrollBar *bar = pane.listView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(pane.listView()->visualRect(model.index(marked)).top() >= 0);
        QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-unread.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        // The line is drawn in its accent colour just above the bubble.
        const QRect row = pane.listView()
                              ->visualRect(model.index(marked))
                              .translated(pane.listView()->viewport()->mapTo(&pane, QPoint(0, 0)));
        bool accent = false;
        for (int y = row.top(); y < row.top() + 30 && !accent; ++y) {
            for (int x = row.left(); x < row.left() + 60 && !accent; ++x) {
                const QColor c(picture.pixel(x, y));
                accent = c.red() > 150 && c.green() < 110 && c.blue() < 110;
            }
        }
        QVERIFY(accent);

        pane.setPalette(ui::Appearance::palette(ui::Theme::Dark));
        picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-unread-dark.png"))));

        // Read meanwhile (as opening it does): the line stays while the conversation is open.
        apply({conversation(kFew, 0)});
        QCOMPARE(model.unreadMarkerRow(), marked);
        pane.showConversation(kFew, QStringLiteral("Ana Souza"));
        QCOMPARE(model.unreadMarkerRow(), marked);
        // Another conversation and back: nothing is unread any more.
        pane.showConversation(kLinks, QStringLiteral("Ana Souza"));
        pane.showConversation(kFew, QStringLiteral("Ana Souza"));
        QCOMPARE(model.unreadMarkerRow(), -1);
        QCOMPARE(model.unreadMarkerCount(), 0);
    }

    // Opened while the sync still brings its messages: the line comes with them.
    void lineWaitsForItsMessages()
    {
        constexpr qint64 kLate = 24;
        apply({conversation(kLate, 2)});
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(620, 500);
        pane.showConversation(kLate, QStringLiteral("Ana Souza"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unreadMarkerRow(), -1);
        apply({conversation(kLate, 0), message(kLate, 5001, QStringLiteral("First"), protocol::Author::Customer),
               message(kLate, 5002, QStringLiteral("Second"), protocol::Author::Customer),
               message(kLate, 5003, QStringLiteral("Third"), protocol::Author::Customer)});
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.unreadMarkerRow(), 1);
        QCOMPARE(model.unreadMarkerCount(), 2);
    }

    void opensAtTheFirstUnreadWhenTheyDoNotFit()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(620, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(kMany, QStringLiteral("Ana Souza"));
        // 120 unread, more than a page: loaded around the first of them.
        const int marked = model.unreadMarkerRow();
        QVERIFY(marked >= 0);
        QCOMPARE(model.index(marked).data(models::MessageListModel::TextRole).toString(),
                 QStringLiteral("Message number 81"));
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.canFetchOlder());
        // Its line at the top of the view, not the newest at the bottom.
        QTest::qWait(50);
        const QRect first = pane.listView()->visualRect(model.index(marked));
        QVERIFY2(first.top() >= -2 && first.top() < 40, qPrintable(QString::number(first.top())));
        QScrollBar *bar = pane.listView()->verticalScrollBar();
        QVERIFY(bar->value() < bar->maximum());
        QTRY_VERIFY(pane.latestButton()->isVisible());
        // Rows as wide as the view (the scroll bar took some of it), and no sideways scrolling.
        QTRY_COMPARE(pane.listView()->visualRect(model.index(marked)).width(), pane.listView()->viewport()->width());
        QVERIFY(!pane.listView()->horizontalScrollBar()->isVisible());
        QVERIFY(pane.listView()->visualRect(model.index(marked)).top() >= -2);
        QVERIFY(pane.grab().toImage().save(test::outputPath(QStringLiteral("thread-unread-many.png"))));
        // A narrower window lays the bubbles out again, the first unread still on top.
        pane.resize(460, 600);
        QTRY_COMPARE(pane.listView()->visualRect(model.index(marked)).width(), pane.listView()->viewport()->width());
        QTRY_VERIFY(qAbs(pane.listView()->visualRect(model.index(marked)).top()) <= 2);
        // Latest goes to the newest, the line staying where it was in the history.
        pane.latestButton()->click();
        QTRY_COMPARE(model.index(model.rowCount() - 1).data(models::MessageListModel::TextRole).toString(),
                     QStringLiteral("Message number 200"));
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void findsLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("none") << QStringLiteral("Hello, no links: a.b and 3.5 kg") << QStringList() << QStringList();
        QTest::newRow("https, full stop after") << QStringLiteral("See https://shop.example/a/b?c=1.")
                                                << QStringList{QStringLiteral("https://shop.example/a/b?c=1")}
                                                << QStringList{QStringLiteral("https://shop.example/a/b?c=1")};
        QTest::newRow("www, in brackets")
            << QStringLiteral("(www.shop.example/x)") << QStringList{QStringLiteral("www.shop.example/x")}
            << QStringList{QStringLiteral("https://www.shop.example/x")};
        QTest::newRow("bracket belongs")
            << QStringLiteral("https://en.wikipedia.org/wiki/Kettle_(appliance), ok")
            << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Kettle_(appliance)")}
            << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Kettle_(appliance)")};
        QTest::newRow("e-mail") << QStringLiteral("Write to Help.Desk+pt@shop.example.com, please")
                                << QStringList{QStringLiteral("Help.Desk+pt@shop.example.com")}
                                << QStringList{QStringLiteral("mailto:Help.Desk+pt@shop.example.com")};
        QTest::newRow("two, unicode around")
            << QStringLiteral("ایمیل: ana@loja.example یا http://loja.example/پیگیری")
            << QStringList{QStringLiteral("ana@loja.example"), QStringLiteral("http://loja.example/پیگیری")}
            << QStringList{QStringLiteral("mailto:ana@loja.example"), QStringLiteral("http://loja.example/پیگیری")};
        QTest::newRow("no other schemes")
            << QStringLiteral("file:///etc/passwd javascript://x ftp://a.example") << QStringList() << QStringList();
        QTest::newRow("not inside a word") << QStringLiteral("xhttps://a.example") << QStringList() << QStringList();
    }

    void findsLinks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QFETCH(QStringList, urls);
        const QVector<ui::TextLink> found = ui::findLinks(text);
        QStringList foundText;
        QStringList foundUrls;
        for (const ui::TextLink &link : found) {
            foundText.append(text.mid(link.start, link.length));
            foundUrls.append(link.url.toString());
        }
        QCOMPARE(foundText, links);
        QCOMPARE(foundUrls, urls);
    }

    void linksOpenWithTheMouseAndTheKeyboard()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(560, 500);
        QList<QUrl> opened;
        pane.setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(kLinks, QStringLiteral("Ana Souza"));
        QCOMPARE(model.rowCount(), 3);
        QTest::qWait(50);
        QWidget *viewport = pane.listView()->viewport();

        // Over the link: a pointing hand, and a click opens it.
        const QPoint onLink = pointOnLink(pane, 0, QStringLiteral("https://shop.example/orders/4471?lang=pt"));
        QVERIFY(!onLink.isNull());
        QTest::mouseMove(viewport, onLink);
        QTRY_COMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, onLink);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst(), QUrl(QStringLiteral("https://shop.example/orders/4471?lang=pt")));
        const QPoint onMail = pointOnLink(pane, 0, QStringLiteral("mailto:help@shop.example"));
        QVERIFY(!onMail.isNull());
        QTest::mouseClick(viewport, Qt::LeftButton, {}, onMail);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().toString(), QStringLiteral("mailto:help@shop.example"));
        // Elsewhere in the bubble: the arrow, and a click only selects.
        const QRect bubbleRow = pane.listView()->visualRect(model.index(1));
        QTest::mouseMove(viewport, bubbleRow.center());
        QTRY_COMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, bubbleRow.center());
        QCOMPARE(opened.size(), 2);

        // The keyboard: Enter on the selected message opens its first link.
        pane.listView()->setFocus();
        pane.listView()->setCurrentIndex(model.index(2));
        QTest::keyClick(pane.listView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 3);
        QCOMPARE(opened.last(), QUrl(QStringLiteral("https://www.shop.example/catalogue")));
        // Ctrl+C copies the message's text.
        QTest::keyClick(pane.listView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Our catalogue: www.shop.example/catalogue."));

        // The context menu: on a link, open and copy it; copy the text too.
        std::unique_ptr<QMenu> menu(pane.links()->menuFor(model.index(0), onMail));
        QVERIFY(menu);
        auto *openIt = menu->findChild<QAction *>(QStringLiteral("openLink"));
        auto *copyLink = menu->findChild<QAction *>(QStringLiteral("copyLink"));
        auto *copyText = menu->findChild<QAction *>(QStringLiteral("copyText"));
        QVERIFY(openIt && copyLink && copyText);
        copyLink->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("help@shop.example"));
        openIt->trigger();
        QCOMPARE(opened.last().toString(), QStringLiteral("mailto:help@shop.example"));
        copyText->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Track it at https://")));
        // A message without links offers only its text.
        menu.reset(pane.links()->menuFor(model.index(1), bubbleRow.center()));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("openLink")));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyText")));

        // Drawn underlined in the palette's link colour (a customer's bubble follows the palette).
        QPalette palette = pane.palette();
        palette.setColor(QPalette::Link, QColor(0x00, 0x33, 0xcc));
        pane.setPalette(palette);
        const QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-links.png"))));
        const QPoint inPane = viewport->mapTo(&pane, onLink);
        bool linkColour = false;
        for (int y = inPane.y() - 12; y < inPane.y() + 12 && !linkColour; ++y) {
            for (int x = inPane.x() - 30; x < inPane.x() + 30 && !linkColour; ++x) {
                const QColor c(picture.pixel(x, y));
                linkColour = c.blue() > 150 && c.red() < 90 && c.green() < 110;
            }
        }
        QVERIFY(linkColour);
    }

    void notesAreDrawnApart()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(640, 560);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(kNotes, QStringLiteral("Ana Souza"));
        QCOMPARE(model.rowCount(), 4);
        QTest::qWait(50);
        const QPoint origin = pane.listView()->viewport()->mapTo(&pane, QPoint(0, 0));
        const QRect noteRow = pane.listView()->visualRect(model.index(1)).translated(origin);
        const QRect systemRow = pane.listView()->visualRect(model.index(2)).translated(origin);
        const QRect replyRow = pane.listView()->visualRect(model.index(3)).translated(origin);

        QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-notes.png"))));
        // The agent's note is amber, the reply green.
        QCOMPARE(commonColour(picture, noteRow.adjusted(noteRow.width() / 2, 8, -12, -8)), QColor(0xff, 0xf4, 0xc2));
        QCOMPARE(commonColour(picture, replyRow.adjusted(replyRow.width() * 3 / 4, 6, -12, -6)),
                 QColor(0xd9, 0xf2, 0xe3));
        // Relaydesk's own note sits in the middle: amber on both sides of the centre.
        const int middle = systemRow.center().x();
        QCOMPARE(commonColour(picture, QRect(middle - 40, systemRow.top() + 8, 30, systemRow.height() - 16)),
                 QColor(0xff, 0xf4, 0xc2));
        QCOMPARE(commonColour(picture, QRect(middle + 10, systemRow.top() + 8, 30, systemRow.height() - 16)),
                 QColor(0xff, 0xf4, 0xc2));

        // Dark palette: a dark amber with light text, not a glaring yellow.
        pane.setPalette(ui::Appearance::palette(ui::Theme::Dark));
        picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-notes-dark.png"))));
        const QColor darkNote = commonColour(picture, noteRow.adjusted(noteRow.width() / 2, 8, -12, -8));
        QCOMPARE(darkNote, QColor(0x3d, 0x34, 0x12));
        bool lightText = false;
        for (int y = noteRow.top(); y < noteRow.bottom() && !lightText; ++y)
            for (int x = noteRow.center().x(); x < noteRow.right() && !lightText; ++x)
                lightText = QColor(picture.pixel(x, y)).lightness() > 180;
        QVERIFY(lightText);
    }

    // The server's note that the autopilot paused is a line across the thread,
    // in the agent's words; what changed while the conversation was open
    // (model notices) goes under the newest message.
    void autopilotLines()
    {
        models::MessageListModel model(m_store.get());
        ui::ThreadPane pane;
        pane.setModel(&model);
        pane.resize(640, 480);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(kLines, QStringLiteral("Ana Souza"));
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex pausedRow = model.index(3);
        QCOMPARE(ui::MessageDelegate::systemLine(pausedRow), QStringLiteral("Autopilot paused: Priya replied"));
        QCOMPARE(ui::MessageDelegate::systemLine(model.index(2)), QString());
        // A line, not a bubble: lower than the one-line reply above it.
        const int lineHeight = pane.delegate()->sizeHint(pane.links()->optionFor(pausedRow), pausedRow).height();
        const int replyHeight =
            pane.delegate()->sizeHint(pane.links()->optionFor(model.index(2)), model.index(2)).height();
        QVERIFY2(lineHeight < replyHeight * 2 / 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lineHeight).arg(replyHeight)));

        // Switched while open: a line under the newest message, which takes room.
        const QDateTime at(QDate::currentDate(), QTime(14, 5));
        model.addNotice(kLines, QStringLiteral("The autopilot was turned on"), at.toMSecsSinceEpoch());
        model.addNotice(kLines + 1, QStringLiteral("Not this conversation"), at.toMSecsSinceEpoch());
        const QVariantList notices = pausedRow.data(models::MessageListModel::NoticesRole).toList();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.constFirst().toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("The autopilot was turned on"));
        QTRY_VERIFY(pane.delegate()->sizeHint(pane.links()->optionFor(pausedRow), pausedRow).height() > lineHeight);
        QScrollBar *bar = pane.listView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QTest::qWait(50);
        QImage picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-autopilot-lines.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        pane.setPalette(ui::Appearance::palette(ui::Theme::Dark));
        picture = pane.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-autopilot-lines-dark.png"))));

        // Another conversation and back: the notices were for that visit only.
        pane.showConversation(kNotes, QStringLiteral("Ana Souza"));
        pane.showConversation(kLines, QStringLiteral("Ana Souza"));
        QVERIFY(model.index(3).data(models::MessageListModel::NoticesRole).toList().isEmpty());
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_MAIN(TestThreadMarks)
#include "tst_threadmarks.moc"
