// A customer's media through the app as main() builds it (app::Desktop, with
// its encrypted media cache) against the real server: the customer sends a
// voice note, a video and two photos on WhatsApp (the server fetches them
// from a Graph API stand-in inside the test); in the thread the voice note
// shows its length before anyone plays it; a photo opens in the viewer from
// the thread, Next steps to the conversation's other photo, and Save… writes
// the original, decrypted, where the agent chose; Ctrl+K finds a photo by
// its file name and opens its conversation at it.

#include "capturehttp.h"
#include "channelfixture.h"
#include "desktopfixture.h"
#include "httpcall.h"
#include "imagecheck.h"
#include "linkclient.h"

#include "../server/demomedia.h"

#include "desktop.h"
#include "mainwindow.h"
#include "session.h"
#include "windowactions.h"

#include "currentconversation.h"
#include "dialogs/searchdialog.h"
#include "models/messagelistmodel.h"
#include "models/searchresultsmodel.h"
#include "panes/messagedelegate.h"
#include "panes/threadpane.h"
#include "store/mediacache.h"
#include "store/reader.h"
#include "widgets/attachmentpainter.h"
#include "widgets/audioplayer.h"
#include "widgets/imageviewer.h"
#include "widgets/mediasource.h"
#include "widgets/mediasummary.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace relaydesk;

namespace {

const auto kVideoName = QStringLiteral("how-it-drapes.avi");
const auto kFirstPhoto = QStringLiteral("kebaya-lace.png");
const auto kSecondPhoto = QStringLiteral("sarong-stain.png");

// A second photo, unlike the first: a stain on green cloth.
QByteArray stainPhoto()
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QPainter painter(&image);
    painter.setBrush(QColor(0x6d, 0x4c, 0x41));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(170, 110), 60, 40);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A customer's media message in the shape WhatsApp's webhook gives it.
QJsonObject mediaMessage(const QString &type, const QString &id, const QString &mediaId, const QJsonObject &extra)
{
    QJsonObject media{{QStringLiteral("id"), mediaId}, {QStringLiteral("sha256"), QStringLiteral("x")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        media.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("from"), QStringLiteral("6281234567890")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                       {QStringLiteral("type"), type},
                       {type, media}};
}

} // namespace

class TestMediaDesktop : public QObject
{
    Q_OBJECT

    test::CaptureHttp m_graph;
    test::ChannelFixture m_shop;
    QHash<QString, QPair<QByteArray, QByteArray>> m_files; // media id → bytes, MIME type
    qint64 m_conversation = 0;

    // The row of the message whose first file is `fileName` (-1: none yet).
    static int rowOf(models::MessageListModel &messages, const QString &fileName)
    {
        for (int row = 0; row < messages.rowCount(); ++row) {
            const auto files = messages.index(row)
                                   .data(models::MessageListModel::AttachmentsRole)
                                   .value<QVector<store::AttachmentRow>>();
            if (!files.isEmpty() && files.constFirst().fileName == fileName)
                return row;
        }
        return -1;
    }
    static store::AttachmentRow attachmentAt(models::MessageListModel &messages, int row)
    {
        return messages.index(row)
            .data(models::MessageListModel::AttachmentsRole)
            .value<QVector<store::AttachmentRow>>()
            .value(0);
    }

    // Where the row's first file is drawn, in the thread's viewport (scrolled into view).
    static QRect blockOf(ui::ThreadPane *thread, models::MessageListModel &messages, int row)
    {
        QListView *list = thread->listView();
        const QModelIndex index = messages.index(row);
        list->scrollTo(index);
        QStyleOptionViewItem option;
        option.rect = list->visualRect(index);
        option.font = list->font();
        return thread->delegate()->attachmentRect(option, index, 0);
    }

    QByteArray serverBytes(const QString &mediaId)
    {
        return test::httpCall(m_shop.server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(mediaId), {},
                              "Bearer " + m_shop.token.toLatin1())
            .raw;
    }

    // Signed in, the window shown and active, the customer's media all in the history.
    bool start(test::DesktopFixture &app)
    {
        if (!app.open(m_shop.server.baseUrl(), true))
            return false;
        bool done = false, ok = false;
        app.desktop->session().signIn(m_shop.server.baseUrl(), QStringLiteral("agent@shop.example"),
                                      QString::fromUtf8(test::kPassword), [&](bool success, const QString &) {
                                          done = true;
                                          ok = success;
                                      });
        QDeadlineTimer deadline(test::kDeadlineMs);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        while (ok && app.history->reader().newestMessages(m_conversation, 20).size() < 5 && !deadline.hasExpired())
            QTest::qWait(20);
        ui::MainWindow &window = app.desktop->window();
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        return ok && app.history->reader().newestMessages(m_conversation, 20).size() == 5
               && QTest::qWaitForWindowActive(&window);
    }

private slots:
    void initTestCase()
    {
        m_files = {{QStringLiteral("aud1"), {server::demomedia::voiceNote(), "audio/wav"}},
                   {QStringLiteral("vid1"), {server::demomedia::shortVideo(), "video/x-msvideo"}},
                   {QStringLiteral("img1"), {server::demomedia::productPhoto(), "image/png"}},
                   {QStringLiteral("img2"), {stainPhoto(), "image/png"}}};
        QVERIFY(m_graph.listen());
        // Meta's Graph API: a lookup says where the bytes are, then the bytes.
        m_graph.handler = [this](const test::CapturedRequest &request) {
            const QString id = QString::fromLatin1(request.path().mid(1));
            if (id.startsWith(QLatin1String("files/"))) {
                const auto file = m_files.value(id.mid(6));
                return test::CannedResponse{200, file.first, file.second};
            }
            const auto file = m_files.value(id);
            return test::CannedResponse{
                200,
                test::ChannelFixture::toBytes(
                    QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("url"), m_graph.base().toString() + QStringLiteral("/files/") + id},
                                {QStringLiteral("mime_type"), QString::fromLatin1(file.second)},
                                {QStringLiteral("file_size"), QString::number(file.first.size())},
                                {QStringLiteral("id"), id}})};
        };
        QVERIFY2(m_shop.start(test::unlimitedWebchat()), qPrintable(m_shop.server.output()));
        QCOMPARE(m_shop.setSettings(test::ChannelFixture::baseSettings(m_graph.base())), 0);

        // The customer writes, then sends a voice note, a video and two photos.
        const QJsonArray messages{
            test::whatsAppText(QStringLiteral("6281234567890"), QStringLiteral("wamid.T1"),
                               QStringLiteral("The kebaya came damaged, look")),
            mediaMessage(QStringLiteral("audio"), QStringLiteral("wamid.A1"), QStringLiteral("aud1"),
                         {{QStringLiteral("voice"), true}, {QStringLiteral("mime_type"), QStringLiteral("audio/wav")}}),
            mediaMessage(QStringLiteral("video"), QStringLiteral("wamid.V1"), QStringLiteral("vid1"),
                         {{QStringLiteral("filename"), kVideoName}}),
            mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.I1"), QStringLiteral("img1"),
                         {{QStringLiteral("filename"), kFirstPhoto}}),
            mediaMessage(QStringLiteral("image"), QStringLiteral("wamid.I2"), QStringLiteral("img2"),
                         {{QStringLiteral("filename"), kSecondPhoto},
                          {QStringLiteral("caption"), QStringLiteral("here")}}),
        };
        const test::RawReply answer = m_shop.postWebhook(QStringLiteral("whatsapp"), test::whatsAppWebhook(messages));
        QCOMPARE(answer.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT((m_conversation = m_shop.newestConversation()) > 0, test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop.messages(m_conversation).size(), 5, test::kDeadlineMs);
        QStringList names;
        for (const QJsonValue &m : m_shop.messages(m_conversation)) {
            for (const QJsonValue &file : m[QStringLiteral("attachments")].toArray())
                names.append(file[QStringLiteral("file_name")].toString());
        }
        names.sort();
        QStringList expected{kVideoName, kFirstPhoto, kSecondPhoto, QStringLiteral("audio.wav")};
        expected.sort();
        QCOMPARE(names, expected);
    }

    void theVoiceNoteShowsItsLengthBeforePlaying()
    {
        test::DesktopFixture app;
        QVERIFY(start(app));
        ui::MainWindow &window = app.desktop->window();
        window.current()->open(m_conversation);
        ui::ThreadPane *thread = window.threadPane();
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_COMPARE(thread->conversationId(), m_conversation);
        QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 5, test::kDeadlineMs);
        const int row = rowOf(messages, QStringLiteral("audio.wav"));
        QVERIFY(row >= 0);
        const store::AttachmentRow voice = attachmentAt(messages, row);
        QCOMPARE(messages.index(row).data(models::MessageListModel::KindRole).toString(), QStringLiteral("audio"));

        // Painted, it is brought into the cache and read: its length and waveform, nobody pressed play.
        blockOf(thread, messages, row);
        thread->listView()->viewport()->update();
        QTRY_VERIFY_WITH_TIMEOUT(thread->delegate()->stateFor(voice).duration > 0, test::kDeadlineMs);
        const ui::AttachmentPainter::State state = thread->delegate()->stateFor(voice);
        QVERIFY(!state.current);
        QVERIFY(thread->audioPlayer()->mediaId().isEmpty());
        QVERIFY2(qAbs(state.duration - 2000) <= 100, qPrintable(QString::number(state.duration)));
        QCOMPARE(ui::formatDuration(state.duration), QStringLiteral("0:02"));
        QTRY_COMPARE_WITH_TIMEOUT(int(thread->delegate()->stateFor(voice).peaks.size()), 48, test::kDeadlineMs);
        QVERIFY(app.cache->contains(voice.mediaId, store::MediaCache::Variant::Original)); // encrypted, cached

        // The video beside it: its first frame and length.
        const int videoRow = rowOf(messages, kVideoName);
        QVERIFY(videoRow >= 0);
        const store::AttachmentRow video = attachmentAt(messages, videoRow);
        blockOf(thread, messages, videoRow);
        thread->listView()->viewport()->update();
        const ui::MediaSummary *summary = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((summary = thread->media()->summary(video)) != nullptr, test::kDeadlineMs);
        // scripts/install-deps installs the decoders (GStreamer's good plugins): no poster is a failure.
        QVERIFY2(!summary->poster.isNull(), qPrintable(QStringLiteral("no video decoding here: ") + summary->problem));
        QVERIFY2(qAbs(summary->durationMs - 2000) <= 200, qPrintable(QString::number(summary->durationMs)));
        QTRY_VERIFY(!thread->delegate()->stateFor(video).poster.isNull());
        QCOMPARE(thread->delegate()->stateFor(video).duration, summary->durationMs);
        thread->listView()->scrollToTop();
        const QImage picture = window.grab().toImage();
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        QVERIFY(picture.save(test::outputPath(QStringLiteral("media-desktop-thread.png"))));
    }

    void thePhotoViewerStepsAndSavesDecrypted()
    {
        test::DesktopFixture app;
        QVERIFY(start(app));
        ui::MainWindow &window = app.desktop->window();
        window.current()->open(m_conversation);
        ui::ThreadPane *thread = window.threadPane();
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_COMPARE(thread->conversationId(), m_conversation);
        QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 5, test::kDeadlineMs);
        // The earlier of the two photos in the thread, then the later one.
        int first = rowOf(messages, kFirstPhoto);
        int second = rowOf(messages, kSecondPhoto);
        QVERIFY(first >= 0 && second >= 0);
        if (first > second)
            std::swap(first, second);
        const store::AttachmentRow earlier = attachmentAt(messages, first);
        const store::AttachmentRow later = attachmentAt(messages, second);

        // A click on the photo in the thread opens it.
        const QRect block = blockOf(thread, messages, first);
        QVERIFY(block.height() > 40);
        QTest::mouseClick(thread->listView()->viewport(), Qt::LeftButton, {}, block.center());
        QPointer<ui::ImageViewer> viewer;
        QTRY_VERIFY((viewer = thread->findChild<ui::ImageViewer *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QCOMPARE(viewer->windowTitle(), earlier.fileName);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasOriginal(), test::kDeadlineMs);
        QCOMPARE(viewer->imageSize(), QSize(earlier.width, earlier.height));
        QVERIFY2(viewer->status().startsWith(QStringLiteral("1 of 2")), qPrintable(viewer->status()));
        QVERIFY(!viewer->previousButton()->isEnabled());

        // Next: the conversation's other photo, whole.
        QTest::mouseClick(viewer->nextButton(), Qt::LeftButton);
        QTRY_COMPARE(viewer->windowTitle(), later.fileName);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasOriginal(), test::kDeadlineMs);
        QCOMPARE(viewer->imageSize(), QSize(320, 240));
        QVERIFY2(viewer->status().startsWith(QStringLiteral("2 of 2")), qPrintable(viewer->status()));
        QVERIFY(!viewer->nextButton()->isEnabled());
        QVERIFY(viewer->previousButton()->isEnabled());
        const QImage shown = viewer->grab().toImage();
        QVERIFY2(test::blankReason(shown).isEmpty(), qPrintable(test::blankReason(shown)));
        QVERIFY(shown.save(test::outputPath(QStringLiteral("media-desktop-viewer.png"))));

        // Save…: the original, decrypted, only where the agent said.
        QTemporaryDir pictures;
        const QString target = pictures.filePath(QStringLiteral("stain-for-the-courier.png"));
        QString suggested;
        thread->setSavePathAsker([&](const QString &path) {
            suggested = path;
            return target;
        });
        QSignalSpy said(thread, &ui::ThreadPane::mediaMessage);
        QTest::mouseClick(viewer->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), test::kDeadlineMs);
        QVERIFY2(said.constLast().at(0).toString().startsWith(QStringLiteral("Saved to")),
                 qPrintable(said.constLast().at(0).toString()));
        QCOMPARE(QFileInfo(suggested).fileName(), later.fileName);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QCOMPARE(bytes, m_files.value(QStringLiteral("img2")).first); // what the customer sent
        QCOMPARE(bytes, serverBytes(later.mediaId));
        QCOMPARE(QDir(pictures.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("stain-for-the-courier.png")});

        // Left goes back; Esc closes.
        QTest::keyClick(viewer, Qt::Key_Left);
        QTRY_COMPARE(viewer->windowTitle(), earlier.fileName);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(viewer.isNull());
    }

    void ctrlKFindsAPhotoByItsName()
    {
        test::DesktopFixture app;
        QVERIFY(start(app));
        ui::MainWindow &window = app.desktop->window();
        // The agent is on another customer's conversation.
        const QByteArray visitor = m_shop.newVisitor();
        QVERIFY(m_shop.visitorWrites(visitor, QStringLiteral("Do you have the kebaya in blue?")));
        qint64 other = 0;
        QTRY_VERIFY_WITH_TIMEOUT((other = m_shop.newestConversation()) != m_conversation
                                     && app.history->reader().conversation(other).has_value(),
                                 test::kDeadlineMs);
        window.current()->open(other);
        QTRY_COMPARE(window.threadPane()->conversationId(), other);

        // Ctrl+K, then the photo's name as the agent remembers it.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QPointer<ui::SearchDialog> search;
        QTRY_VERIFY((search = app.desktop->actions().searchDialog()) != nullptr && search->isVisible());
        QTRY_VERIFY(search->isActiveWindow() && search->queryEdit()->hasFocus());
        QTest::keyClicks(search->queryEdit(), QStringLiteral("stain"));
        QAbstractItemModel *results = search->resultsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 1, test::kDeadlineMs);
        const QModelIndex group = results->index(0, 0);
        QCOMPARE(group.data(models::SearchResultsModel::ConversationIdRole).toLongLong(), m_conversation);
        QCOMPARE(results->rowCount(group), 1);
        const QModelIndex hit = results->index(0, 0, group);
        QVERIFY2(models::SearchResultsModel::plainSnippet(hit.data(models::SearchResultsModel::SnippetRole).toString())
                     .contains(kSecondPhoto),
                 qPrintable(hit.data(models::SearchResultsModel::SnippetRole).toString()));
        const qint64 messageId = hit.data(models::SearchResultsModel::MessageIdRole).toLongLong();
        QVERIFY(search->grab().save(test::outputPath(QStringLiteral("media-desktop-search.png"))));

        // Enter opens the conversation at the photo.
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(search.isNull() || !search->isVisible());
        QTRY_COMPARE(window.current()->id(), m_conversation);
        QTRY_COMPARE(window.threadPane()->conversationId(), m_conversation);
        models::MessageListModel &messages = app.desktop->messages();
        QTRY_VERIFY_WITH_TIMEOUT(messages.rowOf(messageId) >= 0, test::kDeadlineMs);
        QTRY_COMPARE(window.threadPane()->listView()->currentIndex().row(), messages.rowOf(messageId));
        QCOMPARE(attachmentAt(messages, messages.rowOf(messageId)).fileName, kSecondPhoto);
    }
};

QTEST_MAIN(TestMediaDesktop)
#include "tst_media_desktop.moc"
