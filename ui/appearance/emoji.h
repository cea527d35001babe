#pragma once

// Emoji in colour wherever Relaydesk lays text out itself. Qt 6.4 picks a
// font per character, so an emoji whose character a text font also has
// ("❤️", "✔️", "☎️", keycaps like "1️⃣") came out as a black symbol even with a
// colour emoji font installed. These helpers find the emoji (whole grapheme
// clusters: ZWJ sequences, skin tones, flags, keycaps, U+FE0F) and format
// them in the installed colour emoji font (docs/building.md says which).

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextLayout>

class QFont;
class QPainter;
class QRect;

namespace relaydesk::ui::emoji {

// The colour emoji font installed ("Noto Color Emoji", …); empty: none.
QString family();

// Where `text` shows emoji: [start, length) ranges of whole grapheme
// clusters, in order, adjacent ones merged.
QList<std::pair<int, int>> ranges(const QString &text);

// Those ranges in the colour emoji font, to add to a QTextLayout's formats
// (none when no such font is installed).
QList<QTextLayout::FormatRange> formats(const QString &text);

// Paints `text` on one line in `rect` (vertically centred; left, right or
// centred as `alignment` says), elided at the end to fit, emoji in colour.
// `extra` formats (colours, weights) apply over ranges of `text`.
void drawLine(QPainter *painter, const QRect &rect, const QFont &font, const QString &text,
              Qt::Alignment alignment = Qt::AlignLeft, const QList<QTextLayout::FormatRange> &extra = {});

// Colour emoji in a text edit (the composer): formats each block's emoji.
class Highlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace relaydesk::ui::emoji
