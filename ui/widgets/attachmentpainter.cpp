#include "widgets/attachmentpainter.h"

#include "widgets/audioplayer.h"
#include "widgets/mediasummary.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace relaydesk::ui {

namespace {

constexpr int kCardWidth = 280;
constexpr int kImageMaxHeight = 240;
constexpr int kAudioHeight = 52;
constexpr int kVideoMinHeight = 120;

// The colours of a card over a bubble; in a dark palette each has its dark
// twin (light text, a darker card) so names and lengths stay readable.
struct Ink
{
    QColor text, accent, problem;
    QColor card, cardEdge;     // documents and voice notes
    QColor button, buttonEdge; // Retry, Download…, the speed chip
    QColor placeholder;        // a picture not loaded yet
    QColor unplayed, track;    // the waveform's unplayed bars, a progress track
};

Ink inkFor(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0xe6, 0xe8, 0xea),  QColor(0x4c, 0xc2, 0x86),  QColor(0xff, 0x8a, 0x80),
                QColor(255, 255, 255, 22), QColor(255, 255, 255, 40), QColor(0x3a, 0x3f, 0x46),
                QColor(255, 255, 255, 70), QColor(0x33, 0x37, 0x3d),  QColor(255, 255, 255, 80),
                QColor(255, 255, 255, 40)};
    return {QColor(0x20, 0x20, 0x20), QColor(0x1f, 0x7a, 0x4d),   QColor(0xb0, 0x20, 0x20), QColor(255, 255, 255, 150),
            QColor(0, 0, 0, 28),      QColor(255, 255, 255, 235), QColor(0, 0, 0, 60),      QColor(0xe4, 0xe7, 0xea),
            QColor(0, 0, 0, 60),      QColor(0, 0, 0, 30)};
}

QColor dimmed(QColor color)
{
    color.setAlphaF(0.62);
    return color;
}

QFont smaller(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void drawElided(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, const QColor &color,
                Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, alignment, QFontMetrics(font).elidedText(text, Qt::ElideMiddle, rect.width()));
}

void drawPlayGlyph(QPainter *painter, const QRect &circle, bool playing, const QColor &fill)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(circle);
    painter->setBrush(Qt::white);
    const QPointF c = QRectF(circle).center();
    const qreal r = circle.width() * 0.22;
    if (playing) {
        painter->drawRect(QRectF(c.x() - r, c.y() - r, r * 0.7, 2 * r));
        painter->drawRect(QRectF(c.x() + r * 0.3, c.y() - r, r * 0.7, 2 * r));
    } else {
        QPainterPath triangle;
        triangle.moveTo(c.x() - r * 0.7, c.y() - r * 1.1);
        triangle.lineTo(c.x() + r * 1.1, c.y());
        triangle.lineTo(c.x() - r * 0.7, c.y() + r * 1.1);
        triangle.closeSubpath();
        painter->drawPath(triangle);
    }
}

// The detail line under a card's name: size and length, or what is going on.
QString detailLine(const store::AttachmentRow &attachment, const AttachmentPainter::State &state)
{
    if (!state.failure.isEmpty())
        return AttachmentPainter::tr("Could not download: %1").arg(state.failure);
    if (!state.playbackError.isEmpty())
        return state.playbackError;
    if (state.downloading) {
        const int percent = state.total > 0 ? int(100 * state.done / state.total) : 0;
        return AttachmentPainter::tr("Downloading… %1% of %2").arg(percent).arg(sizeText(attachment.size));
    }
    QString line = AttachmentPainter::kindName(attachment) + QStringLiteral(" · ") + sizeText(attachment.size);
    const qint64 duration = state.duration > 0 ? state.duration : attachment.durationMs;
    if (duration > 0)
        line += QStringLiteral(" · ") + formatDuration(duration);
    return line;
}

void drawProgress(QPainter *painter, const QRect &block, const AttachmentPainter::State &state, const Ink &ink)
{
    if (!state.downloading || state.total <= 0)
        return;
    const QRect track(block.left() + 8, block.bottom() - 4, block.width() - 16, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink.track);
    painter->drawRect(track);
    painter->setBrush(ink.accent);
    painter->drawRect(
        QRect(track.topLeft(),
              QSize(int(track.width() * std::min<qint64>(state.done, state.total) / state.total), track.height())));
}

} // namespace

AttachmentPainter::Kind AttachmentPainter::kindOf(const store::AttachmentRow &attachment)
{
    const QString &type = attachment.mimeType;
    // Only the formats the thumbnailer understands are pictures; SVG and
    // other active formats stay documents and are never drawn.
    if (type == QLatin1String("image/jpeg") || type == QLatin1String("image/png")
        || type == QLatin1String("image/webp"))
        return Kind::Image;
    if (type.startsWith(QLatin1String("audio/")))
        return Kind::Audio;
    if (type.startsWith(QLatin1String("video/")))
        return Kind::Video;
    return Kind::Document;
}

QString AttachmentPainter::kindName(const store::AttachmentRow &attachment)
{
    switch (kindOf(attachment)) {
    case Kind::Image:
        return AttachmentPainter::tr("Photo");
    case Kind::Video:
        return AttachmentPainter::tr("Video");
    case Kind::Audio:
        return AttachmentPainter::tr("Voice note");
    case Kind::Document:
        break;
    }
    const QString suffix = QFileInfo(attachment.fileName).suffix().toUpper();
    return suffix.isEmpty() || suffix.size() > 5 ? AttachmentPainter::tr("Document")
                                                 : AttachmentPainter::tr("%1 document").arg(suffix);
}

QString AttachmentPainter::displayName(const store::AttachmentRow &attachment)
{
    return attachment.fileName.isEmpty() ? kindName(attachment) : attachment.fileName;
}

void AttachmentPainter::addSummary(State *state, const MediaSummary *summary)
{
    if (!summary)
        return;
    if (state->duration <= 0)
        state->duration = summary->durationMs;
    state->peaks = summary->peaks;
    state->poster = summary->poster;
    state->contentProblem = summary->problem;
}

QSize AttachmentPainter::blockSize(const store::AttachmentRow &attachment, int maxWidth, const QFont &font)
{
    const int width = std::min(maxWidth, kCardWidth);
    switch (kindOf(attachment)) {
    case Kind::Image: {
        if (attachment.width <= 0 || attachment.height <= 0)
            return QSize(width, width * 2 / 3);
        const double scale = std::min(
            {1.0, double(width) / attachment.width, double(kImageMaxHeight) / attachment.height});
        return QSize(std::max(96, int(attachment.width * scale)), std::max(64, int(attachment.height * scale)));
    }
    case Kind::Video:
        return QSize(width, std::max(kVideoMinHeight, width * 9 / 16));
    case Kind::Audio:
        return QSize(width, kAudioHeight);
    case Kind::Document:
        break;
    }
    const QFontMetrics metrics(font);
    const QFontMetrics small(smaller(font));
    return QSize(width, 10 + metrics.height() + small.height() + 8 + small.height() + 8 + 10);
}

QRect AttachmentPainter::playCircle(const QRect &block)
{
    const int d = block.height() - 16;
    return QRect(block.left() + 8, block.top() + 8, d, d);
}

QRect AttachmentPainter::speedChip(const QRect &block, const QFont &font)
{
    // As wide as the widest speed, so the waveform does not move when it changes.
    const QFontMetrics small(smaller(font));
    int w = 0;
    for (const double rate : AudioPlayer::kRates)
        w = std::max(w, small.horizontalAdvance(formatRate(rate)));
    w += 14;
    const int h = small.height() + 6;
    return QRect(block.right() - 8 - w, block.top() + (block.height() - h) / 2, w, h);
}

QRect AttachmentPainter::seekTrack(const QRect &block, const QFont &font)
{
    // The waveform: between the play button and the speed.
    const QRect circle = playCircle(block);
    const int right = speedChip(block, font).left() - 10;
    return QRect(circle.right() + 12, block.top() + 7, std::max(10, right - circle.right() - 12), 20);
}

QVector<AttachmentPainter::Button> AttachmentPainter::buttons(const QRect &block,
                                                              const store::AttachmentRow &attachment,
                                                              const State &state, const QFont &font)
{
    const QFontMetrics small(smaller(font));
    const int height = small.height() + 8;
    QVector<Button> list;
    const Kind kind = kindOf(attachment);
    if (kind == Kind::Image) {
        if (!state.failure.isEmpty()) {
            const int w = small.horizontalAdvance(AttachmentPainter::tr("Retry")) + 20;
            list.append({Action::Retry, QRect(block.center().x() - w / 2, block.bottom() - height - 10, w, height),
                         AttachmentPainter::tr("Retry")});
        }
        return list;
    }
    if (kind == Kind::Audio || kind == Kind::Video) {
        if (!state.failure.isEmpty()) {
            const int w = small.horizontalAdvance(AttachmentPainter::tr("Retry")) + 20;
            list.append({Action::Retry,
                         QRect(block.right() - w - 8, block.top() + (block.height() - height) / 2, w, height),
                         AttachmentPainter::tr("Retry")});
        }
        return list;
    }
    // Documents: Open and Save As…, or Retry after a failure.
    int right = block.right() - 8;
    const int top = block.bottom() - height - 8;
    auto add = [&](Action action, const QString &label) {
        const int w = small.horizontalAdvance(label) + 20;
        list.prepend({action, QRect(right - w, top, w, height), label});
        right -= w + 6;
    };
    if (!state.failure.isEmpty()) {
        add(Action::Retry, AttachmentPainter::tr("Retry"));
    } else {
        add(Action::SaveAs, AttachmentPainter::tr("Save As…"));
        add(Action::Open, AttachmentPainter::tr("Open"));
    }
    return list;
}

void AttachmentPainter::paint(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment,
                              const State &state, const QFont &font, const QPalette &palette)
{
    const Ink ink = inkFor(palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont small = smaller(font);
    const QFontMetrics smallMetrics(small);
    const Kind kind = kindOf(attachment);

    if (kind == Kind::Image) {
        QPainterPath clip;
        clip.addRoundedRect(block, 6, 6);
        painter->setClipPath(clip);
        if (!state.thumbnail.isNull()) {
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawPixmap(block, state.thumbnail);
        } else {
            painter->fillRect(block, ink.placeholder);
            const bool failed = !state.failure.isEmpty();
            const QString title = kindName(attachment) + QStringLiteral(" · ") + sizeText(attachment.size);
            const QString line = failed              ? AttachmentPainter::tr("Could not load: %1").arg(state.failure)
                                 : state.unreachable ? AttachmentPainter::tr("Not on this computer yet")
                                                     : AttachmentPainter::tr("Loading…");
            const int lines = smallMetrics.height();
            QRect text(block.left() + 8, block.center().y() - lines - (failed ? lines : 0), block.width() - 16, lines);
            drawElided(painter, text, title, small, dimmed(ink.text), Qt::AlignCenter);
            drawElided(painter, text.translated(0, lines + 2), line, small, failed ? ink.problem : dimmed(ink.text),
                       Qt::AlignCenter);
        }
        drawProgress(painter, block, state, ink);
    } else if (kind == Kind::Audio) {
        paintAudio(painter, block, attachment, state, font, palette);
    } else if (kind == Kind::Video) {
        paintVideo(painter, block, attachment, state, font, palette);
    } else {
        painter->setPen(ink.cardEdge);
        painter->setBrush(ink.card);
        painter->drawRoundedRect(block, 6, 6);
        const QFontMetrics metrics(font);
        const int h = std::min(48, block.height() - 16);
        const QRect icon(block.left() + 8, block.top() + 8, h * 3 / 4, h);
        painter->setPen(Qt::NoPen);
        const QString suffix = QFileInfo(attachment.fileName).suffix().toUpper().left(4);
        const bool pdf = suffix == QLatin1String("PDF");
        painter->setBrush(pdf ? QColor(0xc6, 0x3b, 0x2f) : QColor(0x4a, 0x6f, 0xa5));
        painter->drawRoundedRect(icon, 4, 4);
        QFont label = small;
        label.setWeight(QFont::Bold);
        drawElided(painter, icon, suffix.isEmpty() ? QStringLiteral("FILE") : suffix, label, Qt::white,
                   Qt::AlignCenter);
        const int left = icon.right() + 10;
        const QRect name(left, block.top() + 8, block.right() - 8 - left, metrics.height());
        drawElided(painter, name, displayName(attachment), font, ink.text);
        const QRect detail(left, name.bottom() + 2, name.width(), smallMetrics.height());
        const QString line = detailLine(attachment, state);
        drawElided(painter, detail, line, small,
                   state.failure.isEmpty() && state.playbackError.isEmpty() ? dimmed(ink.text) : ink.problem);
        drawProgress(painter, block, state, ink);
    }

    painter->setClipping(false);
    for (const Button &button : buttons(block, attachment, state, font)) {
        painter->setPen(ink.buttonEdge);
        painter->setBrush(ink.button);
        painter->drawRoundedRect(button.rect, 4, 4);
        drawElided(painter, button.rect, button.label, small, button.action == Action::Retry ? ink.problem : ink.text,
                   Qt::AlignCenter);
    }
    painter->restore();
}

void AttachmentPainter::paintAudio(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment,
                                   const State &state, const QFont &font, const QPalette &palette)
{
    const Ink ink = inkFor(palette);
    const QFont small = smaller(font);
    const QFontMetrics smallMetrics(small);
    painter->setPen(ink.cardEdge);
    painter->setBrush(ink.card);
    painter->drawRoundedRect(block, 6, 6);
    drawPlayGlyph(painter, playCircle(block), state.current && state.playing, ink.accent);

    const QRect track = seekTrack(block, font);
    const double share = state.current && state.duration > 0
                             ? std::clamp(double(state.position) / double(state.duration), 0.0, 1.0)
                             : 0.0;
    const QColor unplayed = ink.unplayed;
    painter->setPen(Qt::NoPen);
    if (!state.peaks.isEmpty()) {
        // One bar per peak, played ones in colour.
        const qreal step = qreal(track.width()) / state.peaks.size();
        const qreal bar = std::max<qreal>(1.0, step * 0.6);
        for (int i = 0; i < state.peaks.size(); ++i) {
            const qreal x = track.left() + i * step + (step - bar) / 2;
            const qreal h = std::max<qreal>(2.0, state.peaks.at(i) * track.height());
            painter->setBrush(x + bar / 2 <= track.left() + share * track.width() && share > 0 ? ink.accent : unplayed);
            painter->drawRoundedRect(QRectF(x, track.center().y() + 0.5 - h / 2, bar, h), bar / 2, bar / 2);
        }
    } else {
        // No waveform (yet, or the file cannot be read): a plain bar.
        const QRect line(track.left(), track.center().y() - 2, track.width(), 5);
        painter->setBrush(unplayed);
        painter->drawRoundedRect(line, 2, 2);
        if (share > 0) {
            painter->setBrush(ink.accent);
            painter->drawRoundedRect(QRect(line.topLeft(), QSize(int(line.width() * share), line.height())), 2, 2);
            painter->drawEllipse(QPointF(line.left() + line.width() * share, line.center().y() + 0.5), 6, 6);
        }
    }

    QString line;
    bool problem = !state.failure.isEmpty() || !state.playbackError.isEmpty();
    if (state.current && !problem && state.duration > 0)
        line = formatDuration(state.position) + QStringLiteral(" / ") + formatDuration(state.duration);
    else if (problem || state.downloading)
        line = detailLine(attachment, state);
    else if (state.duration > 0)
        line = formatDuration(state.duration);
    else if (!state.contentProblem.isEmpty()) {
        line = AttachmentPainter::tr("%1 · %2 · length unknown").arg(kindName(attachment), sizeText(attachment.size));
        problem = true;
    } else
        line = kindName(attachment) + QStringLiteral(" · ") + sizeText(attachment.size);
    const QRect text(track.left(), track.bottom() + 3, track.width(), smallMetrics.height());
    drawElided(painter, text, line, small, problem ? ink.problem : dimmed(ink.text));

    if (state.failure.isEmpty()) {
        // The speed, shown on every voice note; a click or ] and [ change it.
        const QRect chip = speedChip(block, font);
        painter->setPen(ink.buttonEdge);
        painter->setBrush(state.rate != 1.0 ? ink.accent : ink.button);
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        QFont bold = small;
        bold.setWeight(QFont::DemiBold);
        drawElided(painter, chip, formatRate(state.rate), bold, state.rate != 1.0 ? QColor(Qt::white) : ink.text,
                   Qt::AlignCenter);
    }
    drawProgress(painter, block, state, ink);
}

void AttachmentPainter::paintVideo(QPainter *painter, const QRect &block, const store::AttachmentRow &attachment,
                                   const State &state, const QFont &font, const QPalette &palette)
{
    const Ink ink = inkFor(palette);
    const QFont small = smaller(font);
    const QFontMetrics smallMetrics(small);
    painter->save();
    QPainterPath clip;
    clip.addRoundedRect(block, 6, 6);
    painter->setClipPath(clip);
    painter->fillRect(block, QColor(0x2b, 0x2f, 0x36));
    if (!state.poster.isNull()) {
        // The first frame fills the block, cropped to its shape.
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize scaled = state.poster.size().scaled(block.size(), Qt::KeepAspectRatioByExpanding);
        QRect target(QPoint(), scaled);
        target.moveCenter(block.center());
        painter->drawImage(target, state.poster);
    }
    const int d = std::min(44, block.height() / 3);
    const QRect circle(block.center().x() - d / 2, block.center().y() - d / 2 - smallMetrics.height() / 2, d, d);
    drawPlayGlyph(painter, circle, false, state.poster.isNull() ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 140));

    // A strip along the bottom: the name, or what is going on, and the length.
    const int stripHeight = smallMetrics.height() + 12;
    const QRect strip(block.left(), block.bottom() - stripHeight + 1, block.width(), stripHeight);
    QLinearGradient shade(strip.topLeft(), strip.bottomLeft());
    shade.setColorAt(0, QColor(0, 0, 0, 40));
    shade.setColorAt(1, QColor(0, 0, 0, 170));
    painter->fillRect(strip, shade);
    const qint64 duration = state.duration > 0 ? state.duration : attachment.durationMs;
    const QString length = duration > 0 ? formatDuration(duration) : QString();
    const int lengthWidth = length.isEmpty() ? 0 : QFontMetrics(small).horizontalAdvance(length) + 8;
    const QRect lengthRect(strip.right() - 8 - lengthWidth, strip.top(), lengthWidth, strip.height());
    const QRect nameRect(strip.left() + 8, strip.top(), lengthRect.left() - strip.left() - 12, strip.height());
    const bool problem = !state.failure.isEmpty() || !state.playbackError.isEmpty();
    const QString name = problem || state.downloading ? detailLine(attachment, state) : displayName(attachment);
    drawElided(painter, nameRect, name, small, problem ? QColor(0xff, 0x9e, 0x94) : QColor(Qt::white));
    if (!length.isEmpty()) {
        QFont bold = small;
        bold.setWeight(QFont::DemiBold);
        drawElided(painter, lengthRect, length, bold, Qt::white, Qt::AlignRight | Qt::AlignVCenter);
    }
    painter->restore();
    drawProgress(painter, block, state, ink);
}

AttachmentPainter::Action AttachmentPainter::actionAt(const QRect &block, const store::AttachmentRow &attachment,
                                                      const State &state, const QFont &font, const QPoint &point,
                                                      double *share)
{
    if (!block.contains(point))
        return Action::None;
    for (const Button &button : buttons(block, attachment, state, font)) {
        if (button.rect.contains(point))
            return button.action;
    }
    switch (kindOf(attachment)) {
    case Kind::Audio: {
        if (playCircle(block).contains(point))
            return Action::PlayPause;
        if (state.failure.isEmpty() && speedChip(block, font).adjusted(-3, -6, 3, 6).contains(point))
            return Action::Speed;
        const QRect track = seekTrack(block, font).adjusted(0, -6, 0, 6);
        if (state.current && track.contains(point)) {
            if (share)
                *share = std::clamp(double(point.x() - track.left()) / std::max(1, track.width()), 0.0, 1.0);
            return Action::Seek;
        }
        return Action::None;
    }
    case Kind::Document:
        return Action::None; // its buttons say what a click does
    case Kind::Image:
    case Kind::Video:
        break;
    }
    return Action::Open;
}

AttachmentPainter::Action AttachmentPainter::defaultAction(const store::AttachmentRow &attachment, const State &state)
{
    if (!state.failure.isEmpty() || (kindOf(attachment) == Kind::Image && state.thumbnailFailed))
        return Action::Retry;
    return kindOf(attachment) == Kind::Audio ? Action::PlayPause : Action::Open;
}

} // namespace relaydesk::ui
