#pragma once

// A video attachment in its own window: the picture, play/pause, a seek
// slider and the time. The decrypted bytes are played from memory. Esc
// closes it, Space plays and pauses.

#include <QDialog>

class QAudioOutput;
class QBuffer;
class QHBoxLayout;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace relaydesk::ui {

class VideoPlayer : public QDialog
{
    Q_OBJECT

public:
    VideoPlayer(const QString &title, QWidget *parent = nullptr);
    ~VideoPlayer() override;

    // Plays `bytes` (a decrypted original of type `mimeType`).
    void setVideo(const QByteArray &bytes, const QString &mimeType);
    // Says why there is nothing to play.
    void showProblem(const QString &problem);
    // Plays inside the thread, over the video's bubble, instead of in a
    // window of its own: a close button joins the controls (Esc too).
    void setInline();
    bool isInline() const { return m_close != nullptr; }
    QToolButton *closeButton() const { return m_close; }

    QMediaPlayer *player() const { return m_player; }
    QToolButton *playButton() const { return m_play; }
    QSlider *seekSlider() const { return m_seek; }
    QLabel *timeLabel() const { return m_time; }
    QVideoWidget *videoWidget() const { return m_video; }
    QString problem() const;

    void togglePlaying();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateControls();

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QBuffer *m_buffer = nullptr;
    QVideoWidget *m_video;
    QToolButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
    QLabel *m_problem;
    QHBoxLayout *m_controls = nullptr;
    QToolButton *m_close = nullptr;
    bool m_seeking = false;
};

} // namespace relaydesk::ui
