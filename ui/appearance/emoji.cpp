#include "appearance/emoji.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QPainter>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace relaydesk::ui::emoji {

namespace {

// Characters shown as emoji even without U+FE0F (Unicode's
// Emoji_Presentation=Yes below U+1F000; above it the emoji blocks are taken
// whole, as no text font draws them anyway).
bool presentsAsEmoji(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> bmp[] = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615},
        {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE},
        {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
        {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}};
    if (c < 0x1F000)
        return std::any_of(std::begin(bmp), std::end(bmp),
                           [c](const auto &range) { return c >= range.first && c <= range.second; });
    if (c < 0x1F100) // mahjong and playing cards: two of them
        return c == 0x1F004 || c == 0x1F0CF;
    if (c < 0x1F300) // enclosed letters and ideographs: the squared words (🆗, 🈁, …)
        return c == 0x1F18E || (c >= 0x1F191 && c <= 0x1F19A) || (c >= 0x1F1E6 && c <= 0x1F1FF) || c == 0x1F201
               || c == 0x1F21A || c == 0x1F22F || (c >= 0x1F232 && c <= 0x1F236) || (c >= 0x1F238 && c <= 0x1F23A)
               || (c >= 0x1F250 && c <= 0x1F251);
    return c <= 0x1FAFF;
}

// A grapheme cluster shown as one emoji: one that presents as emoji by
// default, or asked to with U+FE0F, a keycap or a skin tone; never one asked
// to be text with U+FE0E.
bool isEmoji(QStringView cluster)
{
    const QList<uint> points = cluster.toUcs4();
    if (points.isEmpty())
        return false;
    if (points.contains(0xFE0E))
        return false;
    if (presentsAsEmoji(points.constFirst()))
        return true;
    return std::any_of(points.cbegin(), points.cend(),
                       [](uint c) { return c == 0xFE0F || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF); });
}

} // namespace

QString family()
{
    static const QString found = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char *name :
             {"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji", "JoyPixels", "EmojiOne Color"}) {
            if (installed.contains(QLatin1String(name), Qt::CaseInsensitive))
                return QString::fromLatin1(name);
        }
        return QString();
    }();
    return found;
}

QList<std::pair<int, int>> ranges(const QString &text)
{
    QList<std::pair<int, int>> found;
    // Most text has none: nothing above U+2300 means no emoji.
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return c.unicode() >= 0x2300 || c.unicode() == 0x20E3; }))
        return found;
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    int start = 0;
    for (qsizetype end = clusters.toNextBoundary(); end > 0; end = clusters.toNextBoundary()) {
        if (isEmoji(QStringView(text).mid(start, end - start))) {
            if (!found.isEmpty() && found.constLast().first + found.constLast().second == start)
                found.last().second += int(end) - start;
            else
                found.append({start, int(end) - start});
        }
        start = int(end);
    }
    return found;
}

QList<QTextLayout::FormatRange> formats(const QString &text)
{
    QList<QTextLayout::FormatRange> result;
    const QString font = family();
    if (font.isEmpty())
        return result;
    for (const auto &[start, length] : ranges(text)) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setFontFamilies({font});
        result.append(range);
    }
    return result;
}

void drawLine(QPainter *painter, const QRect &rect, const QFont &font, const QString &text, Qt::Alignment alignment,
              const QList<QTextLayout::FormatRange> &extra)
{
    const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
    if (shown.isEmpty())
        return;
    QList<QTextLayout::FormatRange> all;
    for (QTextLayout::FormatRange range : extra) {
        // Eliding cut the end off; what remains of each range keeps its look.
        range.length = std::min(range.length, int(shown.size()) - range.start);
        if (range.start >= 0 && range.length > 0)
            all.append(range);
    }
    all += formats(shown);
    QTextLayout layout(shown, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(all);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    const qreal width = line.naturalTextWidth();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.left() + rect.width() - width;
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - width) / 2;
    painter->save();
    painter->setClipRect(rect.adjusted(0, -rect.height(), 0, rect.height()), Qt::IntersectClip);
    layout.draw(painter, QPointF(x, rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

void Highlighter::highlightBlock(const QString &text)
{
    for (const QTextLayout::FormatRange &range : formats(text))
        setFormat(range.start, range.length, range.format);
}

} // namespace relaydesk::ui::emoji
