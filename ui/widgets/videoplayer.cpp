#include "widgets/videoplayer.h"

#include "widgets/audioplayer.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace relaydesk::ui {

VideoPlayer::VideoPlayer(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_play(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("videoPlayer"));
    setWindowTitle(title);
    setAccessibleName(tr("Video: %1").arg(title));
    resize(640, 440);
    m_video->setAccessibleName(tr("Video picture"));
    m_video->setMinimumSize(320, 180);
    m_player->setAudioOutput(m_output); // GStreamer needs one attached
    m_player->setVideoOutput(m_video);

    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setAccessibleName(tr("Play"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setFocusPolicy(Qt::StrongFocus);
    m_seek->setObjectName(QStringLiteral("seek"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setText(formatDuration(0) + QStringLiteral(" / ") + formatDuration(0));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));

    connect(m_play, &QToolButton::clicked, this, &VideoPlayer::togglePlaying);
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_seeking = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_seeking = false;
        m_player->setPosition(m_seek->value());
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        // Keyboard and page clicks seek at once; dragging seeks on release.
        if (action != QAbstractSlider::SliderMove)
            QMetaObject::invokeMethod(
                this, [this] { m_player->setPosition(m_seek->sliderPosition()); }, Qt::QueuedConnection);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoPlayer::updateControls);
    connect(m_player, &QMediaPlayer::durationChanged, this, &VideoPlayer::updateControls);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPlayer::updateControls);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        showProblem(text.isEmpty() ? tr("This video cannot be played here.") : text);
    });

    auto *controls = new QHBoxLayout;
    m_controls = controls;
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_problem);
    layout->addLayout(controls);
}

VideoPlayer::~VideoPlayer()
{
    m_player->stop();
}

void VideoPlayer::setVideo(const QByteArray &bytes, const QString &mimeType)
{
    m_player->stop();
    QBuffer *old = m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    const QString extension =
        mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).remove(QStringLiteral("x-"));
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("memory:video.") + extension));
    if (old)
        old->deleteLater();
    m_problem->setVisible(false);
    m_player->play();
    m_play->setFocus();
}

void VideoPlayer::setInline()
{
    if (m_close)
        return;
    setWindowFlags(Qt::Widget);
    setAutoFillBackground(true);
    m_video->setMinimumSize(160, 90);
    layout()->setContentsMargins(4, 4, 4, 4);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeVideo"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the video (Esc)"));
    m_close->setAccessibleName(tr("Close the video"));
    connect(m_close, &QToolButton::clicked, this, &QDialog::reject);
    m_controls->addWidget(m_close);
}

void VideoPlayer::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(true);
}

QString VideoPlayer::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void VideoPlayer::togglePlaying()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void VideoPlayer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !m_seek->hasFocus()) {
        togglePlaying();
        return;
    }
    QDialog::keyPressEvent(event); // Esc closes
}

void VideoPlayer::updateControls()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_seek->setRange(0, int(m_player->duration()));
    if (!m_seeking)
        m_seek->setValue(int(m_player->position()));
    m_time->setText(formatDuration(m_player->position()) + QStringLiteral(" / ")
                    + formatDuration(m_player->duration()));
}

} // namespace relaydesk::ui
