// What the thread shows of media before it is played, from bytes in memory:
// a WAV's length and waveform (good, cut off, damaged, empty, float, 24-bit),
// other formats through the platform decoder, a video's first frame (a file
// that does not decode still gets a poster, with no length); how a voice
// note and a video are painted; the picture viewer's zoom at the cursor,
// keys, Previous/Next and Save….

#include "imagecheck.h"

#include "appearance/appearance.h"
#include "store/rows.h"
#include "widgets/attachmentpainter.h"
#include "widgets/audioplayer.h"
#include "widgets/imageviewer.h"
#include "widgets/mediasummary.h"

#include <QApplication>
#include <QLabel>
#include <QMediaPlayer>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QtEndian>

#include <cmath>

using namespace relaydesk;
using ui::AudioSummaries;
using ui::MediaSummary;

namespace {

void put16(QByteArray &b, int v)
{
    char c[2];
    qToLittleEndian<quint16>(quint16(v), c);
    b.append(c, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian<quint32>(v, c);
    b.append(c, 4);
}

// A WAV of `seconds` of a tone that swells from silence to full and back.
QByteArray wav(double seconds, int rate = 8000, int channels = 1, int bits = 16, int format = 1)
{
    const int frames = int(seconds * rate);
    QByteArray sound;
    for (int i = 0; i < frames; ++i) {
        const double envelope = std::sin(M_PI * i / frames);
        const double v = envelope * std::sin(2 * M_PI * 440.0 * i / rate);
        for (int c = 0; c < channels; ++c) {
            if (format == 3) {
                const float f = float(v);
                sound.append(reinterpret_cast<const char *>(&f), 4);
            } else if (bits == 16) {
                put16(sound, int(v * 32000));
            } else if (bits == 24) {
                const qint32 s = qint32(v * 8000000);
                sound.append(char(s & 0xff)).append(char((s >> 8) & 0xff)).append(char((s >> 16) & 0xff));
            } else {
                sound.append(char(quint8(128 + int(v * 120))));
            }
        }
    }
    QByteArray b("RIFF");
    put32(b, quint32(36 + sound.size()));
    b.append("WAVEfmt ");
    put32(b, 16);
    put16(b, format);
    put16(b, channels);
    put32(b, quint32(rate));
    put32(b, quint32(rate * channels * bits / 8));
    put16(b, channels * bits / 8);
    put16(b, bits);
    b.append("LIST");
    put32(b, 4);
    b.append("INFO"); // a chunk before the sound, as recorders write
    b.append("data");
    put32(b, quint32(sound.size()));
    return b + sound;
}

store::AttachmentRow row(const QString &type, const QString &name, qint64 size = 40000)
{
    store::AttachmentRow a;
    a.mediaId = name;
    a.mimeType = type;
    a.fileName = name;
    a.size = size;
    return a;
}

// The block over an agent's bubble, in the light palette or the dark one
// (whose bubble is dark green).
QImage paintBlock(const store::AttachmentRow &a, const ui::AttachmentPainter::State &state, bool dark = false)
{
    QFont font = QApplication::font();
    const QSize size = ui::AttachmentPainter::blockSize(a, 300, font);
    QImage image(size + QSize(20, 20), QImage::Format_ARGB32);
    image.fill(dark ? QColor(0x1f, 0x3a, 0x2b) : QColor(0xdc, 0xf5, 0xe6));
    QPainter painter(&image);
    ui::AttachmentPainter::paint(&painter, QRect(QPoint(10, 10), size), a, state, font,
                                 dark ? ui::Appearance::palette(ui::Theme::Dark) : QApplication::palette());
    return image;
}

// How many pixels are light (text on a dark card) and how many are near
// white (a light card left on a dark bubble).
struct Lightness
{
    int light = 0, nearWhite = 0, all = 0;
};
Lightness lightnessOf(const QImage &image)
{
    Lightness counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int l = QColor(image.pixel(x, y)).lightness();
            counts.light += l > 140;
            counts.nearWhite += l > 225;
            ++counts.all;
        }
    }
    return counts;
}

} // namespace

class TestMediaSummary : public QObject
{
    Q_OBJECT

private slots:
    void wavGivesLengthAndWaveform_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("format");
        QTest::newRow("16-bit mono") << 8000 << 1 << 16 << 1;
        QTest::newRow("8-bit") << 8000 << 1 << 8 << 1;
        QTest::newRow("24-bit stereo") << 16000 << 2 << 24 << 1;
        QTest::newRow("float stereo") << 22050 << 2 << 32 << 3;
    }

    void wavGivesLengthAndWaveform()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, bits);
        QFETCH(int, format);
        const auto summary = AudioSummaries::fromWav(wav(2.5, rate, channels, bits, format));
        QVERIFY(summary);
        QVERIFY2(summary->problem.isEmpty(), qPrintable(summary->problem));
        QCOMPARE(summary->durationMs, qint64(2500));
        QCOMPARE(summary->peaks.size(), AudioSummaries::kPeaks);
        // It swells and fades: loud in the middle, quiet at the ends.
        const int middle = AudioSummaries::kPeaks / 2;
        QVERIFY(summary->peaks.at(middle) > 0.9f);
        QVERIFY(summary->peaks.constFirst() < 0.25f);
        QVERIFY(summary->peaks.constLast() < 0.25f);
        for (const float p : summary->peaks)
            QVERIFY(p >= 0.0f && p <= 1.0f);
    }

    void damagedWavSaysSoAndNeverCrashes()
    {
        const QByteArray good = wav(1.0);
        // Cut off in the sound: what arrived is measured.
        const auto cut = AudioSummaries::fromWav(good.left(good.size() / 2));
        QVERIFY(cut);
        QVERIFY(cut->problem.isEmpty());
        QVERIFY(cut->durationMs > 400 && cut->durationMs < 600);
        QCOMPARE(cut->peaks.size(), AudioSummaries::kPeaks);

        // Cut off in the header, at every length: damaged, never a crash.
        const int header = int(good.size()) - 8000 * 2;
        for (int length = 12; length < header; ++length) {
            const auto summary = AudioSummaries::fromWav(good.left(length));
            QVERIFY(summary);
            QVERIFY2(!summary->problem.isEmpty(), qPrintable(QString::number(length)));
            QCOMPARE(summary->durationMs, qint64(0));
            QVERIFY(summary->peaks.isEmpty());
        }

        // Nonsense in the format: no channels, an unknown encoding, a huge chunk.
        QByteArray noChannels = good;
        noChannels[22] = 0;
        noChannels[23] = 0;
        QVERIFY(!AudioSummaries::fromWav(noChannels)->problem.isEmpty());
        QByteArray compressed = good;
        compressed[20] = 0x55; // MP3 inside a WAV: not read here
        QVERIFY(!AudioSummaries::fromWav(compressed)->problem.isEmpty());
        QByteArray hugeChunk = good;
        qToLittleEndian<quint32>(0xfffffff0u, hugeChunk.data() + 16);
        QVERIFY(!AudioSummaries::fromWav(hugeChunk)->problem.isEmpty());

        // No sound at all.
        const auto empty = AudioSummaries::fromWav(wav(0.0));
        QVERIFY(empty);
        QCOMPARE(empty->problem, QStringLiteral("This recording is empty."));

        // Not a WAV: for the platform's decoder.
        QVERIFY(!AudioSummaries::fromWav(QByteArray("ID3\x04garbage")));
        QVERIFY(!AudioSummaries::fromWav(QByteArray()));
    }

    void silenceIsFlatNotNoise()
    {
        QByteArray silent = wav(1.0);
        std::fill(silent.begin() + (silent.size() - 8000 * 2), silent.end(), char(0));
        const auto summary = AudioSummaries::fromWav(silent);
        QVERIFY(summary && summary->problem.isEmpty());
        for (const float p : summary->peaks)
            QCOMPARE(p, 0.0f);
    }

    void decoderReadsWhatItCanAndSaysWhenNot()
    {
        // A WAV through the platform decoder (what an Ogg or M4A would take).
        const MediaSummary decoded = AudioSummaries::decode(wav(1.5), QStringLiteral("audio/wav"));
        if (decoded.problem.isEmpty()) {
            QVERIFY2(std::abs(decoded.durationMs - 1500) < 120, qPrintable(QString::number(decoded.durationMs)));
            QCOMPARE(decoded.peaks.size(), AudioSummaries::kPeaks);
        } else {
            qWarning() << "no audio decoder here:" << decoded.problem;
        }
        // Garbage: a reason, no length, no waveform, and back in good time.
        QElapsedTimer timer;
        timer.start();
        const MediaSummary garbage = AudioSummaries::decode(QByteArray(4096, '\x5a'), QStringLiteral("audio/ogg"), 48,
                                                            10000);
        QVERIFY(!garbage.problem.isEmpty());
        QVERIFY(garbage.peaks.isEmpty());
        QVERIFY(timer.elapsed() < 11000);
    }

    void videoThatDoesNotDecodeStillGetsAPoster()
    {
        ui::VideoPosters posters;
        posters.setTimeout(5000);
        std::optional<MediaSummary> result;
        posters.grab(QByteArray(20000, '\x17'), QStringLiteral("video/mp4"), this,
                     [&](const MediaSummary &s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(result->poster.isNull());
        QCOMPARE(result->durationMs, qint64(0));
        QVERIFY(!result->problem.isEmpty());

        // The bubble: a generic poster with the name, no length.
        const store::AttachmentRow video = row(QStringLiteral("video/mp4"), QStringLiteral("broken.mp4"));
        ui::AttachmentPainter::State state;
        ui::AttachmentPainter::addSummary(&state, &*result);
        const QImage picture = paintBlock(video, state);
        QVERIFY(picture.save(test::outputPath(QStringLiteral("video-undecodable.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        QCOMPARE(ui::AttachmentPainter::actionAt(QRect(QPoint(10, 10), picture.size() - QSize(20, 20)), video, state,
                                                 QApplication::font(), QPoint(60, 60)),
                 ui::AttachmentPainter::Action::Open);

        // A job whose asker went away is dropped, and the next still runs.
        auto *gone = new QObject;
        bool called = false;
        posters.grab(QByteArray(100, 'x'), QStringLiteral("video/mp4"), gone,
                     [&](const MediaSummary &) { called = true; });
        delete gone;
        std::optional<MediaSummary> after;
        posters.grab(QByteArray(100, 'y'), QStringLiteral("video/mp4"), this,
                     [&](const MediaSummary &s) { after = s; });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 15000);
        QVERIFY(!called);
    }

    void voiceNoteIsPaintedWithItsWaveformLengthAndSpeed()
    {
        const store::AttachmentRow voice = row(QStringLiteral("audio/wav"), QStringLiteral("voice.wav"));
        const auto summary = AudioSummaries::fromWav(wav(7.2));
        ui::AttachmentPainter::State state;
        ui::AttachmentPainter::addSummary(&state, &*summary);
        QCOMPARE(state.duration, qint64(7200));
        QCOMPARE(state.peaks.size(), 48);
        const QImage before = paintBlock(voice, state);
        QVERIFY(before.save(test::outputPath(QStringLiteral("voice-before-playing.png"))));
        QVERIFY2(test::blankReason(before).isEmpty(), qPrintable(test::blankReason(before)));

        state.current = true;
        state.playing = true;
        state.position = 3000;
        state.rate = 1.5;
        QVERIFY(paintBlock(voice, state).save(test::outputPath(QStringLiteral("voice-playing-1.5x.png"))));

        // The speed is its own click target, the bars seek, the circle plays.
        QFont font = QApplication::font();
        const QRect block(QPoint(10, 10), ui::AttachmentPainter::blockSize(voice, 300, font));
        using Action = ui::AttachmentPainter::Action;
        QCOMPARE(ui::AttachmentPainter::actionAt(block, voice, state, font, block.topLeft() + QPoint(24, 24)),
                 Action::PlayPause);
        QCOMPARE(ui::AttachmentPainter::actionAt(block, voice, state, font,
                                                 QPoint(block.right() - 20, block.center().y())),
                 Action::Speed);
        double share = -1;
        QCOMPARE(ui::AttachmentPainter::actionAt(block, voice, state, font,
                                                 QPoint(block.center().x(), block.top() + 17), &share),
                 Action::Seek);
        QVERIFY(share > 0.2 && share < 0.8);

        // A damaged recording: a plain bar and words, no crash.
        ui::AttachmentPainter::State broken;
        const auto damaged = AudioSummaries::fromWav(QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16));
        ui::AttachmentPainter::addSummary(&broken, &*damaged);
        const QImage fallback = paintBlock(voice, broken);
        QVERIFY(fallback.save(test::outputPath(QStringLiteral("voice-damaged.png"))));
        QVERIFY(broken.peaks.isEmpty());
        QVERIFY(!broken.contentProblem.isEmpty());
    }

    // In the dark palette a document, a voice note and a picture not loaded
    // yet are dark cards with light writing, not light cards on a dark bubble.
    void cardsHaveDarkTwins()
    {
        ui::AttachmentPainter::State state;
        state.duration = 12000;
        state.peaks = QVector<float>(48, 0.5f);
        for (const store::AttachmentRow &a :
             {row(QStringLiteral("application/pdf"), QStringLiteral("invoice-march.pdf")),
              row(QStringLiteral("audio/ogg"), QStringLiteral("voice.ogg")),
              row(QStringLiteral("image/jpeg"), QStringLiteral("dress.jpg"))}) {
            const QImage dark = paintBlock(a, state, true);
            const QImage light = paintBlock(a, state, false);
            QVERIFY(dark.save(test::outputPath(QStringLiteral("card-dark-%1.png").arg(a.fileName))));
            const Lightness onDark = lightnessOf(dark);
            const Lightness onLight = lightnessOf(light);
            // Writing that reads: light pixels exist, but the card itself is not light.
            QVERIFY2(onDark.light > 20, qPrintable(a.fileName));
            QVERIFY2(onDark.nearWhite < onDark.all / 20, qPrintable(a.fileName));
            QVERIFY2(onLight.light > onLight.all / 2, qPrintable(a.fileName));
        }
    }

    void speedsCycle()
    {
        ui::AudioPlayer player;
        QCOMPARE(player.rate(), 1.0);
        player.fasterRate();
        QCOMPARE(player.rate(), 1.5);
        QCOMPARE(player.player()->playbackRate(), 1.5);
        player.fasterRate();
        QCOMPARE(player.rate(), 2.0);
        player.fasterRate();
        QCOMPARE(player.rate(), 1.0);
        player.slowerRate();
        QCOMPARE(player.rate(), 2.0);
        player.setRate(3.7); // not offered: back to normal
        QCOMPARE(player.rate(), 1.0);
        QCOMPARE(ui::formatRate(1.5), QLocale().toString(1.5) + QStringLiteral("×"));
    }

    void viewerZoomsAtTheCursor()
    {
        QImage image(1600, 1200, QImage::Format_RGB32);
        QPainter p(&image);
        p.fillRect(image.rect(), Qt::white);
        for (int x = 0; x < 1600; x += 100)
            for (int y = 0; y < 1200; y += 100)
                p.fillRect(x, y, 50, 50, QColor::fromHsv((x / 100 * 20) % 360, 200, 200));
        p.end();
        ui::ImageViewer viewer(QStringLiteral("grid.png"));
        viewer.resize(700, 520);
        viewer.setImage(image, true);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.isFitting());

        QWidget *area = viewer.scrollArea()->viewport();
        QLabel *picture = qobject_cast<QLabel *>(viewer.scrollArea()->widget());
        // The image point under the cursor, in image pixels.
        auto under = [&](const QPointF &at) { return (at - QPointF(picture->pos())) / viewer.zoom(); };
        const QPointF cursor(area->width() * 0.8, area->height() * 0.25);
        const QPointF before = under(cursor);
        for (int i = 0; i < 4; ++i) {
            QWheelEvent wheel(cursor, area->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(area, &wheel);
            const QPointF now = under(cursor);
            QVERIFY2(std::abs(now.x() - before.x()) < 2 && std::abs(now.y() - before.y()) < 2,
                     qPrintable(QStringLiteral("%1,%2 became %3,%4 at zoom %5")
                                    .arg(before.x())
                                    .arg(before.y())
                                    .arg(now.x())
                                    .arg(now.y())
                                    .arg(viewer.zoom())));
        }
        QVERIFY(viewer.zoom() > 0.9);
        QVERIFY(viewer.scrollArea()->horizontalScrollBar()->value() > 0); // not pinned to the corner
        QVERIFY(viewer.grab().save(test::outputPath(QStringLiteral("viewer-zoomed-at-cursor.png"))));
        // Out again, at the same point.
        QWheelEvent out(cursor, area->mapToGlobal(cursor), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::ControlModifier,
                        Qt::NoScrollPhase, false);
        QApplication::sendEvent(area, &out);
        const QPointF after = under(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 2 && std::abs(after.y() - before.y()) < 2);

        // Keys: + and - keep the middle, 0 fits, 1 is actual size.
        const double zoom = viewer.zoom();
        QTest::keyClick(&viewer, Qt::Key_Plus);
        QCOMPARE(viewer.zoom(), zoom * 1.25);
        QTest::keyClick(&viewer, Qt::Key_Minus);
        QCOMPARE(viewer.zoom(), zoom);
        QTest::keyClick(&viewer, Qt::Key_0);
        QVERIFY(viewer.isFitting());
        QTest::keyClick(&viewer, Qt::Key_1);
        QCOMPARE(viewer.zoom(), 1.0);
    }

    void viewerStepsAndSaves()
    {
        ui::ImageViewer viewer(QStringLiteral("one.png"));
        viewer.resize(600, 400);
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        viewer.setImage(image, true);
        viewer.show();
        viewer.activateWindow(); // shortcuts work in the active window
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        QSignalSpy steps(&viewer, &ui::ImageViewer::stepRequested);
        QSignalSpy saves(&viewer, &ui::ImageViewer::saveRequested);

        // Alone: no Previous or Next.
        viewer.setPlace(0, 1);
        QVERIFY(!viewer.previousButton()->isVisible());
        QTest::keyClick(&viewer, Qt::Key_Right);
        QCOMPARE(steps.count(), 0);

        viewer.setPlace(1, 3);
        QVERIFY(viewer.previousButton()->isEnabled() && viewer.nextButton()->isEnabled());
        QVERIFY2(viewer.status().startsWith(QStringLiteral("2 of 3")), qPrintable(viewer.status()));
        viewer.scrollArea()->setFocus(); // arrows step even from the picture
        QTest::keyClick(viewer.scrollArea(), Qt::Key_Right);
        QTRY_COMPARE(steps.count(), 1); // a button's shortcut shows the click, briefly
        QTest::keyClick(viewer.scrollArea(), Qt::Key_Left);
        QTRY_COMPARE(steps.count(), 2);
        QCOMPARE(steps.at(0).at(0).toInt(), 1);
        QCOMPARE(steps.at(1).at(0).toInt(), -1);
        viewer.setPlace(2, 3); // the last: Right does nothing
        QVERIFY(!viewer.nextButton()->isEnabled());
        QTest::keyClick(&viewer, Qt::Key_Right);
        QTest::qWait(300);
        QCOMPARE(steps.count(), 2);

        QTest::keyClick(&viewer, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saves.count(), 1);
        QTest::mouseClick(viewer.saveButton(), Qt::LeftButton);
        QCOMPARE(saves.count(), 2);

        viewer.startOver(QStringLiteral("two.png"));
        QCOMPARE(viewer.windowTitle(), QStringLiteral("two.png"));
        QVERIFY(viewer.imageSize().isEmpty());
        QVERIFY(!viewer.hasOriginal());
        QVERIFY(viewer.grab().save(test::outputPath(QStringLiteral("viewer-loading-next.png"))));
    }
};

QTEST_MAIN(TestMediaSummary)
#include "tst_mediasummary.moc"
