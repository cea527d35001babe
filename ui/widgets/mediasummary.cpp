#include "widgets/mediasummary.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioOutput>
#include <QBuffer>
#include <QEventLoop>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace relaydesk::ui {

namespace {

constexpr int kPosterWidth = 480;     // enough for a bubble; a 4K frame would cost 33 MB
constexpr int kSamplesPerPeak = 4000; // loudness is sampled, not summed over every frame

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// One sample as a share of full scale (0–1).
float levelOf(const char *p, int bits, bool isFloat)
{
    if (isFloat) {
        if (bits == 32) {
            float f;
            std::memcpy(&f, p, 4);
            return std::isfinite(f) ? std::min(1.0f, std::abs(f)) : 0.0f;
        }
        double d;
        std::memcpy(&d, p, 8);
        return std::isfinite(d) ? float(std::min(1.0, std::abs(d))) : 0.0f;
    }
    switch (bits) {
    case 8:
        return std::abs(int(quint8(*p)) - 128) / 128.0f;
    case 16:
        return std::abs(int(qFromLittleEndian<qint16>(p))) / 32768.0f;
    case 24: {
        qint32 v = qint32(quint8(p[0])) | (qint32(quint8(p[1])) << 8) | (qint32(qint8(p[2])) * 65536);
        return std::abs(v) / 8388608.0f;
    }
    default:
        return float(std::abs(double(qFromLittleEndian<qint32>(p))) / 2147483648.0);
    }
}

MediaSummary damaged()
{
    MediaSummary summary;
    summary.problem = AudioSummaries::tr("This recording is damaged and cannot be read.");
    return summary;
}

} // namespace

QString mediaExtension(const QString &mimeType)
{
    return mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).trimmed().remove(QStringLiteral("x-"));
}

QVector<float> AudioSummaries::peaksOf(const QVector<float> &levels, int count)
{
    if (levels.isEmpty() || count <= 0)
        return {};
    QVector<float> peaks(count, 0.0f);
    const qsizetype n = levels.size();
    for (int i = 0; i < count; ++i) {
        const qsizetype from = std::min<qsizetype>(n - 1, qsizetype(i) * n / count);
        const qsizetype to = std::max<qsizetype>(from + 1, qsizetype(i + 1) * n / count);
        peaks[i] = *std::max_element(levels.cbegin() + from, levels.cbegin() + std::min(to, n));
    }
    const float loudest = *std::max_element(peaks.cbegin(), peaks.cend());
    if (loudest > 1e-4f) {
        for (float &p : peaks)
            p = std::clamp(p / loudest, 0.0f, 1.0f);
    }
    return peaks;
}

std::optional<MediaSummary> AudioSummaries::fromWav(const QByteArray &bytes, int peaks)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    int format = 0, channels = 0, bits = 0, blockAlign = 0;
    quint32 rate = 0;
    bool haveFormat = false;
    qsizetype soundAt = -1, soundBytes = 0;
    for (qsizetype at = 12; at + 8 <= size;) {
        const QByteArray id(data + at, 4);
        const qsizetype length = u32(data + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (length < 16 || body + 16 > size)
                return damaged();
            format = u16(data + body);
            channels = u16(data + body + 2);
            rate = u32(data + body + 4);
            blockAlign = u16(data + body + 12);
            bits = u16(data + body + 14);
            if (format == 0xFFFE && length >= 40 && body + 26 <= size)
                format = u16(data + body + 24); // WAVE_FORMAT_EXTENSIBLE: the sub-format
            haveFormat = true;
        } else if (id == "data") {
            soundAt = body;
            soundBytes = std::min<qsizetype>(length, size - body); // a cut-off file keeps what arrived
            break;
        }
        at = body + length + (length & 1);
    }
    if (!haveFormat || soundAt < 0)
        return damaged();
    const bool isFloat = format == 3;
    const bool known = (format == 1 && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
                       || (isFloat && (bits == 32 || bits == 64));
    if (!known || channels < 1 || channels > 32 || rate < 1 || rate > 1'000'000 || blockAlign != channels * (bits / 8))
        return damaged();
    const qsizetype frames = soundBytes / blockAlign;
    MediaSummary summary;
    if (frames <= 0) {
        summary.problem = tr("This recording is empty.");
        return summary;
    }
    summary.durationMs = qint64(double(frames) * 1000.0 / rate);
    const int slices = int(std::min<qsizetype>(frames, qsizetype(peaks)));
    QVector<float> levels(slices, 0.0f);
    const int width = bits / 8;
    for (int i = 0; i < slices; ++i) {
        const qsizetype from = qsizetype(i) * frames / slices;
        const qsizetype to = qsizetype(i + 1) * frames / slices;
        const qsizetype step = std::max<qsizetype>(1, (to - from) / kSamplesPerPeak);
        float loudest = 0.0f;
        for (qsizetype frame = from; frame < to; frame += step) {
            const char *p = data + soundAt + frame * blockAlign;
            for (int c = 0; c < channels; ++c)
                loudest = std::max(loudest, levelOf(p + c * width, bits, isFloat));
        }
        levels[i] = loudest;
    }
    summary.peaks = peaksOf(levels, peaks);
    return summary;
}

MediaSummary AudioSummaries::decode(const QByteArray &bytes, const QString &mimeType, int peaks, int timeoutMs)
{
    MediaSummary summary;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QAudioDecoder decoder;
    if (!decoder.isSupported()) {
        summary.problem = tr("This computer cannot read this kind of recording.");
        return summary;
    }
    // The backend goes by the name for a hint; nothing is read from it.
    Q_UNUSED(mimeType)
    decoder.setSourceDevice(&buffer);
    QVector<float> levels;
    qint64 endUs = 0;
    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer chunk = decoder.read();
        if (!chunk.isValid())
            return;
        const QAudioFormat format = chunk.format();
        const int width = format.bytesPerSample();
        const char *p = chunk.constData<char>();
        const qsizetype samples = chunk.byteCount() / std::max(1, width);
        const qsizetype step = std::max<qsizetype>(1, samples / 512);
        float loudest = 0.0f;
        for (qsizetype i = 0; i < samples; i += step) {
            const char *s = p + i * width;
            switch (format.sampleFormat()) {
            case QAudioFormat::UInt8:
                loudest = std::max(loudest, levelOf(s, 8, false));
                break;
            case QAudioFormat::Int16:
                loudest = std::max(loudest, levelOf(s, 16, false));
                break;
            case QAudioFormat::Int32:
                loudest = std::max(loudest, levelOf(s, 32, false));
                break;
            case QAudioFormat::Float:
                loudest = std::max(loudest, levelOf(s, 32, true));
                break;
            default:
                break;
            }
        }
        levels.append(loudest);
        endUs = std::max(endUs, chunk.startTime() + chunk.duration());
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         summary.problem = tr("This recording cannot be read here.");
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    decoder.start();
    if (decoder.error() == QAudioDecoder::NoError && summary.problem.isEmpty())
        loop.exec();
    else if (summary.problem.isEmpty())
        summary.problem = tr("This recording cannot be read here.");
    decoder.stop();
    summary.durationMs = decoder.duration() > 0 ? decoder.duration() : endUs / 1000;
    if (levels.isEmpty()) {
        if (summary.problem.isEmpty())
            summary.problem = tr("This recording cannot be read here.");
        return summary;
    }
    summary.problem.clear(); // what was decoded before a late error still shows
    summary.peaks = peaksOf(levels, peaks);
    return summary;
}

VideoPosters::VideoPosters(QObject *parent)
    : QObject(parent)
{
}

VideoPosters::~VideoPosters()
{
    if (m_player)
        m_player->stop();
}

void VideoPosters::grab(const QByteArray &bytes, const QString &mimeType, QObject *context, Done done)
{
    m_queue.push_back(Job{bytes, mimeType, context, std::move(done)});
    if (!m_current)
        startNext();
}

void VideoPosters::startNext()
{
    while (!m_current && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (job.context)
            m_current = std::move(job);
    }
    if (!m_current)
        return;
    m_result = MediaSummary();
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        auto *output = new QAudioOutput(m_player);
        output->setMuted(true);
        m_player->setAudioOutput(output); // GStreamer plays nothing without one
        m_sink = new QVideoSink(this);
        m_player->setVideoOutput(m_sink);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &VideoPosters::finish);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (!m_current || !m_result.poster.isNull() || !frame.isValid())
                return;
            QImage image = frame.toImage();
            if (image.isNull())
                return;
            if (image.width() > kPosterWidth)
                image = image.scaledToWidth(kPosterWidth, Qt::SmoothTransformation);
            m_result.poster = image.convertToFormat(QImage::Format_RGB32);
            // The length is usually known by the first frame; wait a moment if not.
            if (m_player->duration() > 0)
                finish();
            else
                m_timer->start(500);
        });
        connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
            if (m_current && duration > 0 && !m_result.poster.isNull())
                finish();
        });
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &) {
            if (!m_current)
                return;
            m_result.problem = tr("This video cannot be played here.");
            finish();
        });
        connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
            if (!m_current)
                return;
            if (status == QMediaPlayer::InvalidMedia) {
                m_result.problem = tr("This video cannot be played here.");
                finish();
            } else if (status == QMediaPlayer::EndOfMedia) {
                finish();
            }
        });
    }
    QBuffer *old = m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(m_current->bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("memory:poster.") + mediaExtension(m_current->mimeType)));
    if (old)
        old->deleteLater();
    m_timer->start(m_timeoutMs);
    m_player->play();
}

void VideoPosters::finish()
{
    if (!m_current)
        return;
    m_timer->stop();
    if (m_player->duration() > 0)
        m_result.durationMs = m_player->duration();
    if (m_result.poster.isNull() && m_result.problem.isEmpty())
        m_result.problem = tr("No picture could be taken from this video.");
    Job job = std::move(*m_current);
    m_current.reset();
    m_player->stop();
    const MediaSummary result = m_result;
    if (job.context && job.done)
        job.done(result);
    // The next one after the backend has let go of this one.
    QTimer::singleShot(0, this, &VideoPosters::startNext);
}

} // namespace relaydesk::ui
