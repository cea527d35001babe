// The thread's media against the real server's demo files (a PNG photo, a WAV
// voice note, an MJPEG AVI video, a PDF): thumbnails load through the media
// fetcher into the encrypted cache and paint; a failed download says why and
// retries; the photo opens in a viewer that zooms and closes with Esc; a
// document is saved decrypted under a safe name and opened from a private
// copy; the voice note and the video show their length and play and pause.

#include "httpcall.h"
#include "imagecheck.h"
#include "livestore.h"
#include "serverprocess.h"

#include "models/messagelistmodel.h"
#include "net/mediatransfers.h"
#include "panes/messagedelegate.h"
#include "panes/threadpane.h"
#include "protocol/codec.h"
#include "protocol/filenames.h"
#include "store/mediacache.h"
#include "sync/mediafetcher.h"
#include "widgets/attachmentpainter.h"
#include "widgets/audioplayer.h"
#include "widgets/imageviewer.h"
#include "widgets/mediasource.h"
#include "widgets/mediasummary.h"
#include "widgets/videoplayer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMediaPlayer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace relaydesk;
using Action = ui::AttachmentPainter::Action;

namespace {

constexpr int kDeadlineMs = 30000; // a deadline for a hang, not a pause
constexpr qint64 kConversation = 10;
const auto kHostileName = QStringLiteral("../../etc/inv:o?ice*<RD>.pdf");

} // namespace

class TestThreadMedia : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    QByteArray m_bearer;
    QHash<QString, protocol::Attachment> m_files; // by file name
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::MediaCache> m_cache;
    std::unique_ptr<net::MediaTransfers> m_transfers;
    std::unique_ptr<sync::MediaFetcher> m_fetcher;
    std::unique_ptr<models::MessageListModel> m_model;
    std::unique_ptr<ui::ThreadPane> m_pane;

    // The row of the message the server knows as `serverId`.
    int rowOf(qint64 serverId)
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(models::MessageListModel::ServerIdRole).toLongLong() == serverId)
                return row;
        }
        return -1;
    }

    store::AttachmentRow attachmentOf(qint64 messageId)
    {
        return m_model->index(rowOf(messageId))
            .data(models::MessageListModel::AttachmentsRole)
            .value<QVector<store::AttachmentRow>>()
            .value(0);
    }

    // Where the message's first attachment is drawn, in the list's viewport.
    QRect blockOf(qint64 messageId)
    {
        QListView *list = m_pane->listView();
        const QModelIndex index = m_model->index(rowOf(messageId));
        list->scrollTo(index);
        QStyleOptionViewItem option;
        option.rect = list->visualRect(index);
        option.font = list->font();
        return m_pane->delegate()->attachmentRect(option, index, 0);
    }

    QByteArray serverBytes(const QString &mediaId)
    {
        return test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/media/%1").arg(mediaId), {}, m_bearer).raw;
    }

    protocol::Message message(qint64 id, protocol::Author author, const QString &text,
                              const QVector<protocol::Attachment> &attachments = {})
    {
        protocol::Message m;
        m.id = id;
        m.conversationId = kConversation;
        m.author = author;
        m.authorName = author == protocol::Author::Customer ? QStringLiteral("Ana") : QStringLiteral("Dana");
        m.text = text;
        m.status = protocol::MessageStatus::Read;
        m.createdAt = QDateTime::currentMSecsSinceEpoch() - 600000 + id * 1000;
        m.attachments = attachments;
        if (!attachments.isEmpty()) { // the server files a message under its first file's kind
            const QString type = attachments.constFirst().mimeType;
            m.kind = type.startsWith(QLatin1String("image/"))   ? protocol::MessageKind::Image
                     : type.startsWith(QLatin1String("audio/")) ? protocol::MessageKind::Audio
                     : type.startsWith(QLatin1String("video/")) ? protocol::MessageKind::Video
                                                                : protocol::MessageKind::Document;
        }
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, 60000), qPrintable(m_server.output()));
        const test::HttpAnswer signedIn =
            test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                           QJsonObject{{QStringLiteral("email"), QStringLiteral("demo@relaydesk.local")},
                                       {QStringLiteral("password"), QStringLiteral("relaydesk-demo")}});
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.body.value(QStringLiteral("token")).toString();
        m_bearer = "Bearer " + token.toLatin1();

        // One of each kind of the demo's files, from its conversations.
        const test::HttpAnswer page = test::httpCall(m_server.baseUrl(), "GET",
                                                     QStringLiteral("/v1/conversations?limit=200"), {}, m_bearer);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &c : page.body.value(QStringLiteral("conversations")).toArray()) {
            const qint64 id = qint64(c.toObject().value(QStringLiteral("id")).toDouble());
            const test::HttpAnswer messages = test::httpCall(m_server.baseUrl(), "GET",
                                                             QStringLiteral("/v1/conversations/%1/messages").arg(id),
                                                             {}, m_bearer);
            for (const QJsonValue &m : messages.body.value(QStringLiteral("messages")).toArray()) {
                for (const QJsonValue &a : m.toObject().value(QStringLiteral("attachments")).toArray()) {
                    QString error;
                    const auto attachment = protocol::attachmentFromJson(a.toObject(), &error);
                    QVERIFY2(attachment, qPrintable(error));
                    m_files.insert(attachment->fileName, *attachment);
                }
            }
            if (m_files.size() == 4)
                break;
        }
        QCOMPARE(m_files.size(), 4);

        m_store = test::openLiveStore(m_dir.path());
        QVERIFY(m_store);
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Ana Souza");
        protocol::Conversation conversation;
        conversation.id = kConversation;
        conversation.contactId = 1;
        conversation.channel = protocol::Channel::WebChat;
        protocol::Attachment hostile = m_files.value(QStringLiteral("invoice-RD-4471.pdf"));
        hostile.fileName = kHostileName; // as if a channel had passed it on unsanitised
        protocol::Attachment missing = m_files.value(QStringLiteral("blue-dress.png"));
        missing.mediaId = QStringLiteral("no-such-media");
        QString error;
        QVERIFY2(test::applyAndNotify(
                     *m_store,
                     {contact, conversation,
                      message(1, protocol::Author::Customer, QStringLiteral("Can I see the dress?")),
                      message(2, protocol::Author::Agent, QStringLiteral("Here is a photo of the dress."),
                              {m_files.value(QStringLiteral("blue-dress.png"))}),
                      message(3, protocol::Author::Customer, {}, {m_files.value(QStringLiteral("voice-note.wav"))}),
                      message(4, protocol::Author::Agent, QStringLiteral("A short video of how it folds."),
                              {m_files.value(QStringLiteral("how-to-fold.avi"))}),
                      message(5, protocol::Author::Agent, QStringLiteral("Your invoice."), {hostile}),
                      message(6, protocol::Author::Customer, QStringLiteral("And this one?"), {missing})},
                     &error),
                 qPrintable(error));

        m_cache = std::make_unique<store::MediaCache>(m_dir.filePath(QStringLiteral("cache/media")),
                                                      QByteArray(store::MediaCache::KeyBytes, 'k'), 256 * 1024 * 1024);
        QVERIFY(m_cache->isValid());
        m_transfers = std::make_unique<net::MediaTransfers>(m_server.baseUrl());
        m_transfers->setToken(token);
        m_fetcher = std::make_unique<sync::MediaFetcher>(*m_store, *m_cache, *m_transfers);
        m_model = std::make_unique<models::MessageListModel>(m_store.get());
        m_pane = std::make_unique<ui::ThreadPane>();
        m_pane->setModel(m_model.get());
        m_pane->setMedia(m_cache.get(), m_fetcher.get(), m_transfers.get());
        m_pane->setTemporaryDirectory(m_dir.filePath(QStringLiteral("cache")));
        m_pane->resize(640, 1500);
        m_pane->showConversation(kConversation, QStringLiteral("Ana Souza"));
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QCOMPARE(m_model->rowCount(), 6);
    }

    void thumbnailsLoadAndPaint()
    {
        // Painting asks for the thumbnail; it arrives in the cache, encrypted,
        // and the store says so.
        const store::AttachmentRow photo = attachmentOf(2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->media()->thumbnail(photo).isNull(), kDeadlineMs);
        QVERIFY(m_cache->contains(photo.mediaId, store::MediaCache::Variant::Thumbnail));
        QVERIFY(!m_cache->contains(photo.mediaId, store::MediaCache::Variant::Original)); // only on demand
        QTRY_COMPARE_WITH_TIMEOUT(attachmentOf(2).thumbnailState, QStringLiteral("cached"), kDeadlineMs);

        // A file the server does not have: the bubble says why and offers Retry.
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->delegate()->stateFor(attachmentOf(6)).failure.isEmpty(), kDeadlineMs);
        QCOMPARE(ui::AttachmentPainter::defaultAction(attachmentOf(6), m_pane->delegate()->stateFor(attachmentOf(6))),
                 Action::Retry);

        m_pane->listView()->scrollToTop();
        const QRect block = blockOf(2);
        QVERIFY(block.height() > 60);
        const QImage picture = m_pane->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-media.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        // The thumbnail is painted, not the grey placeholder.
        const QPoint centre = m_pane->listView()->viewport()->mapTo(m_pane.get(), block.center());
        QVERIFY(picture.pixelColor(centre) != QColor(0xe4, 0xe7, 0xea));
        const QImage thumbnail = m_pane->media()->thumbnail(photo).toImage();
        const QColor painted = picture.pixelColor(centre);
        const QColor expected = thumbnail.pixelColor(thumbnail.rect().center()); // scaled: close, not equal
        QVERIFY2(std::abs(painted.red() - expected.red()) + std::abs(painted.green() - expected.green())
                         + std::abs(painted.blue() - expected.blue())
                     < 40,
                 qPrintable(painted.name() + QStringLiteral(" vs ") + expected.name()));
    }

    void attachmentsSayWhatEnterDoes()
    {
        QWidget *viewport = m_pane->listView()->viewport();
        const QRect block = blockOf(3);
        QHelpEvent help(QEvent::ToolTip, block.center(), viewport->mapToGlobal(block.center()));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("voice-note.wav\nPlay or pause (Enter)"));
        QToolTip::hideText();
    }

    void retryAsksTheServerAgain()
    {
        QSignalSpy failed(m_fetcher.get(), &sync::MediaFetcher::failed);
        m_pane->activate(rowOf(6), 0, int(Action::Retry));
        QVERIFY(failed.wait(kDeadlineMs));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no-such-media"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->delegate()->stateFor(attachmentOf(6)).failure.isEmpty(), kDeadlineMs);
    }

    void photoOpensInAViewerThatZooms()
    {
        const QRect block = blockOf(2);
        QTest::mouseClick(m_pane->listView()->viewport(), Qt::LeftButton, {}, block.center());
        ui::ImageViewer *viewer = m_pane->findChild<ui::ImageViewer *>();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasOriginal(), kDeadlineMs);
        QCOMPARE(viewer->imageSize(), QSize(attachmentOf(2).width, attachmentOf(2).height));
        QVERIFY(viewer->isFitting());

        const double fitted = viewer->zoom();
        QTest::keyClick(viewer, Qt::Key_Plus);
        QVERIFY(!viewer->isFitting());
        QCOMPARE(viewer->zoom(), fitted * 1.25);
        QTest::keyClick(viewer, Qt::Key_Minus);
        QCOMPARE(viewer->zoom(), fitted);
        // Ctrl+wheel over the picture.
        QWidget *area = viewer->findChild<QScrollArea *>()->viewport();
        QWheelEvent wheel(QPointF(area->rect().center()), QPointF(area->mapToGlobal(area->rect().center())), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(area, &wheel);
        QCOMPARE(viewer->zoom(), fitted * 1.25);
        QTest::keyClick(viewer, Qt::Key_1);
        QCOMPARE(viewer->zoom(), 1.0);
        QTest::keyClick(viewer, Qt::Key_0);
        QVERIFY(viewer->isFitting());
        const QImage picture = viewer->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("image-viewer.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));

        QPointer<ui::ImageViewer> gone(viewer);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(gone.isNull()); // closed and deleted
    }

    void enterOpensTheFocusedMedia()
    {
        QListView *list = m_pane->listView();
        list->setFocus();
        list->setCurrentIndex(m_model->index(rowOf(2)));
        QTest::keyClick(list, Qt::Key_Return);
        QPointer<ui::ImageViewer> viewer = m_pane->findChild<ui::ImageViewer *>();
        QVERIFY(viewer);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(viewer.isNull());
    }

    void documentIsSavedDecryptedUnderASafeName()
    {
        const store::AttachmentRow invoice = attachmentOf(5);
        QCOMPARE(invoice.fileName, kHostileName);
        QTemporaryDir downloads;
        QString suggested;
        m_pane->setSavePathAsker([&](const QString &path) {
            suggested = path;
            return downloads.filePath(QFileInfo(path).fileName());
        });
        QSignalSpy said(m_pane.get(), &ui::ThreadPane::mediaMessage);
        // Through the card's Save As… button.
        const QRect block = blockOf(5);
        QPoint saveAs;
        for (int x = block.right() - 4; x > block.left() && saveAs.isNull(); x -= 4) {
            for (int y = block.bottom() - 4; y > block.top(); y -= 2) {
                if (ui::AttachmentPainter::actionAt(block, invoice, m_pane->delegate()->stateFor(invoice),
                                                    m_pane->listView()->font(), QPoint(x, y))
                    == Action::SaveAs) {
                    saveAs = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!saveAs.isNull());
        QTest::mouseClick(m_pane->listView()->viewport(), Qt::LeftButton, {}, saveAs);
        // Not on this computer yet: the card shows the download under way.
        const ui::AttachmentPainter::State downloading = m_pane->delegate()->stateFor(invoice);
        QVERIFY(downloading.downloading);
        QCOMPARE(downloading.total, invoice.size);
        QVERIFY(said.wait(kDeadlineMs));
        QVERIFY(!m_pane->delegate()->stateFor(invoice).downloading);
        QVERIFY(m_pane->delegate()->stateFor(invoice).hasOriginal);
        const QString name = QFileInfo(suggested).fileName();
        QCOMPARE(name, protocol::safeFileName(QStringLiteral("inv:o?ice*<RD>.pdf"), QStringLiteral("file")));
        QVERIFY(!name.contains(QLatin1Char(':')) && !name.contains(QLatin1Char('?'))
                && !name.contains(QLatin1Char('<')));
        QVERIFY2(said.at(0).at(0).toString().startsWith(QStringLiteral("Saved to")),
                 qPrintable(said.at(0).at(0).toString()));
        QFile saved(downloads.filePath(name));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes, serverBytes(invoice.mediaId));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 invoice.sha256);
        QCOMPARE(QDir(downloads.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{name}); // nothing else written
        QTRY_COMPARE_WITH_TIMEOUT(attachmentOf(5).cacheState, QStringLiteral("cached"), kDeadlineMs);

        // Open: a private decrypted copy in the profile's cache folder, handed to the system.
        QUrl opened;
        m_pane->setUrlOpener([&](const QUrl &url) {
            opened = url;
            return true;
        });
        m_pane->activate(rowOf(5), 0, int(Action::Open));
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), kDeadlineMs);
        const QString copy = opened.toLocalFile();
        QVERIFY2(copy.startsWith(m_dir.filePath(QStringLiteral("cache/open/"))), qPrintable(copy));
        QCOMPARE(QFileInfo(copy).fileName(), name);
        QCOMPARE(QFileInfo(copy).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), bytes);
    }

    void voiceNoteShowsItsLengthAndPlaysAndPauses()
    {
        const store::AttachmentRow voice = attachmentOf(3);
        ui::AudioPlayer *audio = m_pane->audioPlayer();
        m_pane->activate(rowOf(3), 0, int(Action::PlayPause));
        QTRY_COMPARE_WITH_TIMEOUT(audio->mediaId(), voice.mediaId, kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(audio->duration() > 0 || !audio->error().isEmpty(), kDeadlineMs);
        if (!audio->error().isEmpty())
            QSKIP(qPrintable(QStringLiteral("no audio playback here: ") + audio->error()));
        const ui::AttachmentPainter::State state = m_pane->delegate()->stateFor(voice);
        QVERIFY(state.current);
        QCOMPARE(state.duration, audio->duration());
        QTRY_VERIFY_WITH_TIMEOUT(audio->isPlaying(), kDeadlineMs);
        // The bubble's play button pauses it.
        QTest::mouseClick(m_pane->listView()->viewport(), Qt::LeftButton, {}, blockOf(3).topLeft() + QPoint(20, 20));
        QTRY_VERIFY(!audio->isPlaying());
        const QImage picture = m_pane->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("thread-media-voice.png"))));
        // Another conversation: the voice note stops with its bubble.
        m_pane->showConversation(kConversation + 1, QStringLiteral("Nobody"));
        QVERIFY(audio->mediaId().isEmpty());
        m_pane->showConversation(kConversation, QStringLiteral("Ana Souza"));
        QTRY_COMPARE(m_model->rowCount(), 6);
    }

    void videoPlayerShowsItsLengthAndPlaysAndPauses()
    {
        m_pane->activate(rowOf(4), 0, int(Action::Open));
        QPointer<ui::VideoPlayer> player = m_pane->findChild<ui::VideoPlayer *>();
        QVERIFY(player);
        QVERIFY(QTest::qWaitForWindowExposed(player));
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0 || player->player()->error() != QMediaPlayer::NoError,
                                 kDeadlineMs);
        if (player->player()->duration() <= 0)
            QSKIP(qPrintable(QStringLiteral("no video playback here: ") + player->problem()));
        QVERIFY(player->timeLabel()->text().endsWith(ui::formatDuration(player->player()->duration())));
        QCOMPARE(player->seekSlider()->maximum(), int(player->player()->duration()));
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState, kDeadlineMs);
        // Frames are decoded and reach the picture (a grab cannot show them
        // offscreen, so the frame itself is saved to look at).
        QVideoSink *sink = player->videoWidget()->videoSink();
        QTRY_VERIFY_WITH_TIMEOUT(sink->videoFrame().isValid(), kDeadlineMs);
        const QImage frame = sink->videoFrame().toImage();
        QVERIFY(!frame.isNull());
        QVERIFY(frame.save(test::outputPath(QStringLiteral("video-frame.png"))));
        QVERIFY(frame.pixelColor(frame.rect().center()) != frame.pixelColor(0, 0)); // the box on its background
        QTest::mouseClick(player->playButton(), Qt::LeftButton);
        QTRY_COMPARE(player->player()->playbackState(), QMediaPlayer::PausedState);
        QCOMPARE(player->playButton()->accessibleName(), QStringLiteral("Play"));
        const QImage picture = player->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("video-player.png"))));
        // It plays inside the thread, over its own bubble, and follows it.
        QVERIFY(player->isInline());
        QVERIFY(!player->isWindow());
        QListView *list = m_pane->listView();
        QCOMPARE(player->parentWidget(), list->viewport());
        QVERIFY(list->viewport()->rect().intersects(player->geometry()));
        QVERIFY(m_pane->grab().toImage().save(test::outputPath(QStringLiteral("thread-video-inline.png"))));
        const QRect before = player->geometry();
        QScrollBar *bar = list->verticalScrollBar();
        const int from = bar->value();
        bar->setValue(from - 40);
        const int moved = from - bar->value(); // 0 when the thread fits
        QTRY_COMPARE(player->geometry().top(), before.top() + moved);
        QTest::keyClick(player, Qt::Key_Escape);
        QTRY_VERIFY(player.isNull());
    }

    void voiceNoteShowsLengthAndWaveformBeforePlaying()
    {
        // Painted, a small voice note is brought and read off the UI thread:
        // its length and waveform show before anyone presses play.
        const store::AttachmentRow voice = attachmentOf(3);
        blockOf(3);
        m_pane->listView()->viewport()->update();
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->delegate()->stateFor(voice).peaks.size() == 48, kDeadlineMs);
        const ui::AttachmentPainter::State state = m_pane->delegate()->stateFor(voice);
        QVERIFY(!state.current);
        QVERIFY(state.duration > 0);
        QVERIFY2(state.contentProblem.isEmpty(), qPrintable(state.contentProblem));
        QVERIFY(*std::max_element(state.peaks.cbegin(), state.peaks.cend()) > 0.99f);
        QVERIFY(m_cache->contains(voice.mediaId, store::MediaCache::Variant::Original)); // encrypted, in the cache
        QVERIFY(m_pane->grab().toImage().save(test::outputPath(QStringLiteral("thread-voice-waveform.png"))));
    }

    void voiceNoteSpeedByClickAndKeyboard()
    {
        const store::AttachmentRow voice = attachmentOf(3);
        ui::AudioPlayer *audio = m_pane->audioPlayer();
        audio->setRate(1.0);
        const QRect block = blockOf(3);
        QPoint chip;
        for (int x = block.right() - 2; x > block.center().x() && chip.isNull(); x -= 2) {
            if (ui::AttachmentPainter::actionAt(block, voice, m_pane->delegate()->stateFor(voice),
                                                m_pane->listView()->font(), QPoint(x, block.center().y()))
                == Action::Speed)
                chip = QPoint(x, block.center().y());
        }
        QVERIFY(!chip.isNull());
        QTest::mouseClick(m_pane->listView()->viewport(), Qt::LeftButton, {}, chip);
        QCOMPARE(audio->rate(), 1.5);
        QCOMPARE(m_pane->delegate()->stateFor(voice).rate, 1.5);
        // ] and [ on the focused message.
        QListView *list = m_pane->listView();
        list->setFocus();
        list->setCurrentIndex(m_model->index(rowOf(3)));
        QTest::keyClick(list, Qt::Key_BracketRight);
        QCOMPARE(audio->rate(), 2.0);
        QTest::keyClick(list, Qt::Key_BracketLeft);
        QTest::keyClick(list, Qt::Key_BracketLeft);
        QCOMPARE(audio->rate(), 1.0);
        QTest::keyClick(list, Qt::Key_BracketRight);
        // Playing starts at the chosen speed.
        m_pane->activate(rowOf(3), 0, int(Action::PlayPause));
        QTRY_COMPARE_WITH_TIMEOUT(audio->mediaId(), voice.mediaId, kDeadlineMs);
        QCOMPARE(audio->player()->playbackRate(), 1.5);
        QVERIFY(m_pane->grab().toImage().save(test::outputPath(QStringLiteral("thread-voice-speed.png"))));
        audio->stop();
        audio->setRate(1.0);
    }

    void videoShowsItsFirstFrameAndLength()
    {
        const store::AttachmentRow video = attachmentOf(4);
        blockOf(4);
        m_pane->listView()->viewport()->update();
        const ui::MediaSummary *summary = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((summary = m_pane->media()->summary(video)) != nullptr, kDeadlineMs);
        QVERIFY(m_pane->grab().toImage().save(test::outputPath(QStringLiteral("thread-video-poster.png"))));
        // scripts/install-deps installs the decoders (GStreamer's good plugins): no poster is a failure.
        QVERIFY2(!summary->poster.isNull(), qPrintable(QStringLiteral("no video decoding here: ") + summary->problem));
        QVERIFY(summary->durationMs > 0);
        const ui::AttachmentPainter::State state = m_pane->delegate()->stateFor(video);
        QVERIFY(!state.poster.isNull());
        QCOMPARE(state.duration, summary->durationMs);
        // The frame is painted in the bubble, not the generic dark poster.
        const QImage frame = summary->poster;
        QVERIFY(frame.pixelColor(frame.rect().center()) != frame.pixelColor(0, 0));
    }

    void photoViewerStepsThroughTheConversationAndSaves()
    {
        m_pane->activate(rowOf(2), 0, int(Action::Open));
        QPointer<ui::ImageViewer> viewer = m_pane->findChild<ui::ImageViewer *>();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasOriginal(), kDeadlineMs);
        // Two photos in this conversation: the dress, and one the server lost.
        QVERIFY2(viewer->status().startsWith(QStringLiteral("1 of 2")), qPrintable(viewer->status()));
        QVERIFY(!viewer->previousButton()->isEnabled());
        QTest::mouseClick(viewer->nextButton(), Qt::LeftButton);
        QCOMPARE(viewer->windowTitle(), attachmentOf(6).fileName);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->status().contains(QStringLiteral("could not")), kDeadlineMs);
        QVERIFY(!viewer->hasOriginal());
        QTest::mouseClick(viewer->previousButton(), Qt::LeftButton);
        QCOMPARE(viewer->windowTitle(), attachmentOf(2).fileName);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasOriginal(), kDeadlineMs);

        // Save…: the original, decrypted, only where the agent said.
        QTemporaryDir pictures;
        const QString target = pictures.filePath(QStringLiteral("dress-copy.png"));
        m_pane->setSavePathAsker([&](const QString &) { return target; });
        QSignalSpy said(m_pane.get(), &ui::ThreadPane::mediaMessage);
        QTest::mouseClick(viewer->saveButton(), Qt::LeftButton);
        QVERIFY(said.count() > 0 || said.wait(kDeadlineMs));
        QVERIFY2(said.constLast().at(0).toString().startsWith(QStringLiteral("Saved to")),
                 qPrintable(said.constLast().at(0).toString()));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), serverBytes(attachmentOf(2).mediaId));
        QCOMPARE(QDir(pictures.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("dress-copy.png")});
        QVERIFY(viewer->grab().save(test::outputPath(QStringLiteral("image-viewer-saved.png"))));
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(viewer.isNull());
    }

    void signedOutTheCachedStillShows()
    {
        // No fetcher (signed out): what the cache holds is drawn, the rest says it is not here.
        ui::ThreadPane pane;
        pane.setModel(m_model.get());
        pane.setMedia(m_cache.get(), nullptr, nullptr);
        pane.resize(640, 1500);
        pane.showConversation(kConversation, QStringLiteral("Ana Souza"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.media()->thumbnail(attachmentOf(2)).isNull(), kDeadlineMs);
        const ui::AttachmentPainter::State missing = pane.delegate()->stateFor(attachmentOf(6));
        QVERIFY(missing.unreachable || !missing.failure.isEmpty()); // the store remembers the failure
        store::AttachmentRow never = attachmentOf(6);
        never.mediaId = QStringLiteral("never-fetched");
        never.thumbnailState = QStringLiteral("remote");
        QVERIFY(pane.delegate()->stateFor(never).unreachable);
        QVERIFY(pane.delegate()->stateFor(never).failure.isEmpty());
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_model.reset();
        m_fetcher.reset();
        m_transfers.reset();
        m_cache.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestThreadMedia)
#include "tst_threadmedia.moc"
