#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

class QColor;
class QFont;
class QPainter;
class QPointF;
class QRectF;
class QSizeF;
class QTextLayout;

namespace relaydesk::ui {

// A link in a message's text: web addresses (http, https, www.) and e-mail
// addresses, where they sit in the text and where they go.
struct TextLink
{
    int start = 0;
    int length = 0;
    QUrl url; // http(s) or mailto, nothing else
};

// The links in `text`, in order. Trailing punctuation ("see x.com/a." or
// "(www.x.com)") stays out of the link. Cheap for text without any.
QVector<TextLink> findLinks(const QString &text);

// A bubble's body text, laid out one way for measuring, painting and hit
// tests, so that what is underlined is what a click finds. Text shows as
// written: its line breaks (\n, \r\n, \r, U+2029) start new lines and runs of
// spaces stay; emoji are in colour (appearance/emoji.h).
namespace bodytext {

// `text` with every line break made one QTextLayout breaks at (U+2028), the
// same length, so positions in it (links) are positions in `text`.
QString asWritten(const QString &text);
// Lays `layout` out wrapped at `width` (words, or inside a word longer than
// a line); returns the height.
qreal layOut(QTextLayout &layout, qreal width);
// How big `text` is wrapped at `width`: its widest line and its height.
QSizeF measure(const QFont &font, const QString &text, qreal width);
// Paints `text` in `rect` in `color`, its links underlined in `linkColor`.
void paint(QPainter *painter, const QRectF &rect, const QFont &font, const QString &text,
           const QVector<TextLink> &links, const QColor &color, const QColor &linkColor);
// The link under `pos` (-1: none) for text painted in `rect`.
int linkAt(const QRectF &rect, const QFont &font, const QString &text, const QVector<TextLink> &links,
           const QPointF &pos);

} // namespace bodytext

} // namespace relaydesk::ui
