#include "widgets/audioplayer.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QLocale>
#include <QMediaPlayer>
#include <QUrl>

namespace relaydesk::ui {

QString formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatRate(double rate)
{
    return QLocale().toString(rate, 'g', 3) + QStringLiteral("×");
}

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent)
{
}

AudioPlayer::~AudioPlayer()
{
    if (m_player)
        m_player->stop();
}

QMediaPlayer *AudioPlayer::player()
{
    return ensurePlayer();
}

QMediaPlayer *AudioPlayer::ensurePlayer()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    // GStreamer plays nothing without an output attached.
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(m_rate);
    auto notify = [this] { emit changed(m_mediaId); };
    connect(m_player, &QMediaPlayer::positionChanged, this, notify);
    connect(m_player, &QMediaPlayer::durationChanged, this, notify);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, notify);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_error = text.isEmpty() ? tr("This recording cannot be played here.") : text;
        emit changed(m_mediaId);
    });
    return m_player;
}

void AudioPlayer::play(const QString &mediaId, const QByteArray &bytes, const QString &mimeType)
{
    ensurePlayer()->stop();
    m_error.clear();
    QBuffer *old = m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_mediaId = mediaId;
    // The URL only hints the type to the backend; nothing is read from it.
    const QString extension =
        mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).remove(QStringLiteral("x-"));
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("memory:voice.") + extension));
    if (old)
        old->deleteLater();
    m_player->setPlaybackRate(m_rate);
    m_player->play();
    emit changed(m_mediaId);
}

void AudioPlayer::toggle()
{
    if (ensurePlayer()->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void AudioPlayer::pause()
{
    if (m_player)
        m_player->pause();
}

void AudioPlayer::seekTo(double share)
{
    if (m_player && m_player->duration() > 0)
        m_player->setPosition(qint64(std::clamp(share, 0.0, 1.0) * double(m_player->duration())));
}

void AudioPlayer::stop()
{
    if (m_player)
        m_player->stop();
    const QString was = m_mediaId;
    m_mediaId.clear();
    emit changed(was);
}

bool AudioPlayer::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 AudioPlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 AudioPlayer::duration() const
{
    return m_player ? m_player->duration() : 0;
}

void AudioPlayer::setRate(double rate)
{
    const auto known = std::find(std::cbegin(kRates), std::cend(kRates), rate);
    m_rate = known == std::cend(kRates) ? 1.0 : rate;
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    emit changed(m_mediaId);
}

void AudioPlayer::fasterRate()
{
    const auto at = std::find(std::cbegin(kRates), std::cend(kRates), m_rate);
    const auto next = at == std::cend(kRates) || at + 1 == std::cend(kRates) ? std::cbegin(kRates) : at + 1;
    setRate(*next);
}

void AudioPlayer::slowerRate()
{
    const auto at = std::find(std::cbegin(kRates), std::cend(kRates), m_rate);
    setRate(at == std::cbegin(kRates) || at == std::cend(kRates) ? *(std::cend(kRates) - 1) : *(at - 1));
}

} // namespace relaydesk::ui
