// relaydesk-bench ui: the agent's window over the store bench's history (a
// million messages, one conversation of 100,000), offscreen. Times the first
// empty window, the start until the conversation list is painted, opening the
// large conversation until its thread is painted, and each frame while
// scrolling back through 10,000 mixed messages (a quarter of them images, some
// long); then the resident memory after that browsing.

#include "benchcommand.h"

#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "panes/conversationpane.h"
#include "panes/threadpane.h"
#include "platform/profile.h"
#include "store/reader.h"
#include "store/writer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPointer>
#include <QScrollBar>
#include <QTemporaryDir>

#include <cstdio>

namespace relaydesk::bench {

namespace {

using namespace relaydesk::store;
using namespace relaydesk::protocol;

// Notes when a widget has painted (its paint event was handled).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    void reset() { m_painted = false; }
    bool painted() const { return m_painted; }
    // Processes events until the widget painted; false after `ms`.
    bool wait(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_painted && timer.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_painted = true; // handled after this returns; the flag is read after processEvents
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    bool m_painted = false;
};

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// A conversation of `count` messages of every shape: short and long texts,
// several lines, images (with their sizes), both sides.
bool addMixedConversation(Store &store, qint64 conversationId, qint64 firstMessageId, int count, QString *error)
{
    bool ok = true;
    store.writeAndWait([&](StoreWriter &writer, ChangeSet &changes) {
        Contact contact;
        contact.id = conversationId;
        contact.name = QStringLiteral("Mixed media customer");
        Conversation conversation;
        conversation.id = conversationId;
        conversation.contactId = conversationId;
        conversation.channel = Channel::WhatsApp;
        conversation.lastActivity = QDateTime::currentMSecsSinceEpoch();
        QVector<EventPayload> records{contact, conversation};
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60000;
        const QString longText = QStringLiteral(
            "Hello! I ordered the blue kettle last week and the tracking page still says it is being prepared. "
            "Could you tell me when it will be shipped, and whether I can still change the delivery address "
            "to my office? Thanks a lot for your help.");
        for (int i = 0; i < count; ++i) {
            Message m;
            m.id = firstMessageId + i;
            m.conversationId = conversationId;
            m.author = i % 3 == 0 ? Author::Agent : Author::Customer;
            m.status = MessageStatus::Read;
            m.createdAt = start + qint64(i) * 60000;
            if (i % 4 == 1) {
                m.kind = MessageKind::Image;
                m.text = i % 8 == 1 ? QStringLiteral("Here is the photo") : QString();
                Attachment a;
                a.mediaId = QStringLiteral("bench-%1").arg(i);
                a.mimeType = QStringLiteral("image/jpeg");
                a.size = 180000 + i;
                a.width = i % 2 ? 1280 : 960;
                a.height = i % 2 ? 960 : 1280;
                a.fileName = QStringLiteral("photo-%1.jpg").arg(i);
                m.attachments.append(a);
            } else {
                m.kind = MessageKind::Text;
                m.text = i % 7 == 0   ? longText
                         : i % 5 == 0 ? QStringLiteral("Line one\nLine two\nLine three")
                                      : QStringLiteral("Message %1 👍").arg(i);
            }
            records.append(m);
        }
        ok = writer.applySnapshot(records, -1, &changes, error);
    });
    return ok;
}

int runUi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the agent's window over a large history."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in all."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations."),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption big(QStringLiteral("big"), QStringLiteral("Messages in the large conversation."),
                                 QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption mixed(QStringLiteral("mixed"), QStringLiteral("Messages scrolled through."),
                                   QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON (always on; accepted for clarity)."));
    parser.addOptions({messages, conversations, big, mixed, json});
    parser.process(QStringList{QStringLiteral("relaydesk-bench ui")} + arguments);
    const int conversationCount = std::max(2, parser.value(conversations).toInt());
    const int mixedCount = std::max(100, parser.value(mixed).toInt());

    QTemporaryDir folder;
    QString error;
    const auto profile = Profile::open(folder.filePath(QStringLiteral("profile")), &error);
    if (!profile) {
        std::fprintf(stderr, "relaydesk-bench ui: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl server(QStringLiteral("http://127.0.0.1:8480"));

    // 1. The first window, with no history open.
    QElapsedTimer clock;
    clock.start();
    double emptyMs = 0;
    {
        ui::MainWindow window(*profile, server);
        PaintWatch watch(window.conversationPane()->listView()->parentWidget());
        window.show();
        PaintWatch windowWatch(&window);
        if (!windowWatch.wait(10000) && !watch.wait(10000)) {
            std::fprintf(stderr, "relaydesk-bench ui: the window never painted\n");
            return 1;
        }
        emptyMs = double(clock.nsecsElapsed()) / 1e6;
    }

    // The history (not timed).
    const Store::Paths paths{profile->databasePath(), profile->searchIndexPath()};
    const DatabaseKey key = DatabaseKey::generateRaw();
    if (!buildBenchHistory(paths, key, parser.value(messages).toLongLong(), conversationCount,
                           parser.value(big).toLongLong(), &error)) {
        std::fprintf(stderr, "relaydesk-bench ui: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 mixedConversation = conversationCount + 1;
    {
        OpenError openError;
        auto seeding = Store::open(paths, key, &openError);
        if (!seeding || !addMixedConversation(*seeding, mixedConversation, 50000000, mixedCount, &error)) {
            std::fprintf(stderr, "relaydesk-bench ui: %s\n", qPrintable(seeding ? error : openError.message));
            return 1;
        }
        if (!seeding->waitForSearchIndex(600000)) {
            std::fprintf(stderr, "relaydesk-bench ui: the search index did not catch up within 10 minutes\n");
            return 1;
        }
    }

    // 2. Start: open the history, make the window and its models, until the
    // conversation list has painted its rows.
    clock.restart();
    OpenError openError;
    std::unique_ptr<Store> history = Store::open(paths, key, &openError);
    if (!history) {
        std::fprintf(stderr, "relaydesk-bench ui: %s\n", qPrintable(openError.message));
        return 1;
    }
    ui::MainWindow window(*profile, server);
    models::ConversationListModel conversationModel(history.get());
    models::MessageListModel messageModel(history.get());
    window.conversationPane()->setModel(&conversationModel);
    window.threadPane()->setModel(&messageModel);
    QListView *list = window.conversationPane()->listView();
    PaintWatch listPaint(list->viewport());
    window.show();
    if (!listPaint.wait(20000) || conversationModel.rowCount() == 0) {
        std::fprintf(stderr, "relaydesk-bench ui: the conversation list never painted\n");
        return 1;
    }
    const double listMs = double(clock.nsecsElapsed()) / 1e6;
    const int listRows = conversationModel.rowCount();

    // 3. Open the 100,000-message conversation until its thread has painted.
    QListView *thread = window.threadPane()->listView();
    PaintWatch threadPaint(thread->viewport());
    QCoreApplication::processEvents();
    threadPaint.reset();
    clock.restart();
    window.threadPane()->showConversation(1, QStringLiteral("Customer 1"));
    if (!threadPaint.wait(20000) || messageModel.rowCount() == 0) {
        std::fprintf(stderr, "relaydesk-bench ui: the thread never painted\n");
        return 1;
    }
    const double openMs = double(clock.nsecsElapsed()) / 1e6;

    // 4. Scroll back through the mixed conversation, a step at a time, each
    // frame painted at once; the pane pages older messages in at the top.
    window.threadPane()->showConversation(mixedConversation, QStringLiteral("Mixed media customer"));
    QCoreApplication::processEvents();
    QScrollBar *bar = thread->verticalScrollBar();
    const int step = std::max(1, thread->viewport()->height() / 3);
    QVector<double> frames;
    QSet<qint64> seen;
    int stuck = 0;
    const auto noteVisible = [&] {
        for (int row = 0; row < messageModel.rowCount(); ++row) {
            const QRect rect = thread->visualRect(messageModel.index(row));
            if (rect.isValid() && rect.intersects(thread->viewport()->rect()))
                seen.insert(messageModel.index(row).data(models::MessageListModel::IdRole).toLongLong());
        }
    };
    noteVisible();
    const int maxFrames = mixedCount * 4;
    while (seen.size() < mixedCount && stuck < 50 && frames.size() < maxFrames) {
        const int before = int(seen.size());
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() - step);
        thread->viewport()->repaint();
        frames.append(double(frame.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
        noteVisible();
        stuck = seen.size() == before && bar->value() == bar->minimum() && !messageModel.canFetchOlder() ? stuck + 1
                                                                                                         : 0;
    }

    printJson(QJsonObject{
        {QStringLiteral("messages"), parser.value(messages).toLongLong()},
        {QStringLiteral("first_window_empty_ms"), emptyMs},
        {QStringLiteral("start_to_list_painted_ms"), listMs},
        {QStringLiteral("list_rows_loaded"), listRows},
        {QStringLiteral("open_conversation_ms"), openMs},
        {QStringLiteral("open_conversation_messages"), parser.value(big).toLongLong()},
        {QStringLiteral("scroll_frames"), int(frames.size())},
        {QStringLiteral("scroll_messages_seen"), int(seen.size())},
        {QStringLiteral("scroll_reached_start"), seen.size() >= mixedCount},
        {QStringLiteral("scroll_frame_p50_ms"), percentile(frames, 0.50)},
        {QStringLiteral("scroll_frame_p99_ms"), percentile(frames, 0.99)},
        {QStringLiteral("scroll_frame_max_ms"), percentile(frames, 1.0)},
        {QStringLiteral("rss_after_browse_mb"), residentMb()},
    });
    return 0;
}

} // namespace

BenchCommand uiCommand()
{
    return {QStringLiteral("ui"),
            QStringLiteral("The agent's window over a large history: start, open, scroll, memory."), runUi};
}

} // namespace relaydesk::bench
