#pragma once

// Plays one voice note or audio file at a time inside the thread: the
// bubbles paint its state, so the thread stays a painted, virtualized list.
// The bytes are the decrypted original, played from memory (never written
// to disk in the clear). The media player behind it is made on the first
// play: nothing loads Qt Multimedia (and its GStreamer plugins) while the
// window starts.

#include <QObject>
#include <QString>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;

namespace relaydesk::ui {

class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    // Starts `bytes` (the attachment `mediaId`) from the beginning.
    void play(const QString &mediaId, const QByteArray &bytes, const QString &mimeType);
    // Pauses or resumes the current one.
    void toggle();
    void pause();
    // Seeks the current one to a share (0–1) of its length.
    void seekTo(double share);
    void stop();

    // The speed voice notes play at: 1×, 1.5× or 2×, for every note this run
    // (a choice made before playing holds when it starts).
    static constexpr double kRates[] = {1.0, 1.5, 2.0};
    double rate() const { return m_rate; }
    void setRate(double rate);
    // The next speed up (after 2×, back to 1×), or down (before 1×, 2×).
    void fasterRate();
    void slowerRate();

    QString mediaId() const { return m_mediaId; }
    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const;
    // Why it cannot play, for a person (empty: it can).
    QString error() const { return m_error; }

    // The media player (made now if no note has played yet).
    QMediaPlayer *player();

signals:
    // Position, duration, playing state or error of `mediaId` changed.
    void changed(const QString &mediaId);

private:
    QMediaPlayer *ensurePlayer();

    QMediaPlayer *m_player = nullptr; // made on the first play
    QAudioOutput *m_output = nullptr;
    QBuffer *m_buffer = nullptr;
    QString m_mediaId;
    QString m_error;
    double m_rate = 1.0;
};

// "1.5×" written the agent's way ("1,5×").
QString formatRate(double rate);

// "1:05" (or "1:02:05"): a media length or position for a person.
QString formatDuration(qint64 ms);

} // namespace relaydesk::ui
