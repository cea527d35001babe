#pragma once

// What a voice note or a video holds, worked out before it is played: a
// recording's length and loudness over time (its waveform), a video's first
// frame and length. Everything here reads decrypted bytes in memory; nothing
// is written to disk.

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <deque>
#include <functional>
#include <optional>

class QBuffer;
class QMediaPlayer;
class QTimer;
class QVideoSink;

namespace relaydesk::ui {

struct MediaSummary
{
    qint64 durationMs = 0; // 0: unknown
    QVector<float> peaks;  // voice notes: loudness 0–1 over the recording, left to right
    QImage poster;         // videos: the first frame (null: none could be had)
    QString problem;       // why the content could not be read, for a person (empty: it could)
};

class AudioSummaries
{
    Q_DECLARE_TR_FUNCTIONS(AudioSummaries)

public:
    static constexpr int kPeaks = 48;

    // A RIFF/WAVE file of integer or float PCM, read directly (fast, any
    // thread). nullopt when the bytes are not a WAV file at all; a summary
    // with `problem` set when they are one but damaged.
    static std::optional<MediaSummary> fromWav(const QByteArray &bytes, int peaks = kPeaks);
    // Any format the platform can decode, through QAudioDecoder. Runs an
    // event loop: call it on a worker thread, never on the UI thread.
    static MediaSummary decode(const QByteArray &bytes, const QString &mimeType, int peaks = kPeaks,
                               int timeoutMs = 15000);
    // `levels` (loudness of equal slices, any number) as `count` peaks scaled
    // so the loudest is 1.
    static QVector<float> peaksOf(const QVector<float> &levels, int count);
};

// Takes the first frame and the length of videos, one at a time, with a
// muted QMediaPlayer into a QVideoSink (decoding runs on the media
// backend's threads; this object only collects the result). A video that
// yields no frame within a few seconds still reports its length if known.
class VideoPosters : public QObject
{
    Q_OBJECT

public:
    explicit VideoPosters(QObject *parent = nullptr);
    ~VideoPosters() override;

    using Done = std::function<void(const MediaSummary &summary)>;
    // `done` runs on this object's thread unless `context` is gone first.
    void grab(const QByteArray &bytes, const QString &mimeType, QObject *context, Done done);
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    struct Job
    {
        QByteArray bytes;
        QString mimeType;
        QPointer<QObject> context;
        Done done;
    };
    void startNext();
    void finish();

    std::deque<Job> m_queue;
    std::optional<Job> m_current;
    MediaSummary m_result;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 8000;
};

// "wav" from "audio/x-wav; codecs=1": a hint for the media backend.
QString mediaExtension(const QString &mimeType);

} // namespace relaydesk::ui
