#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

class QColor;
class QFont;
class QPainter;
class QPointF;
class QRectF;
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
// tests, so that what is underlined is what a click finds.
namespace bodytext {

// Lays `layout` out wrapped at `width` (words, or inside a word longer than
// a line); returns the height.
qreal layOut(QTextLayout &layout, qreal width);
// Paints `text` in `rect` in `color`, its links underlined in `linkColor`.
void paint(QPainter *painter, const QRectF &rect, const QFont &font, const QString &text,
           const QVector<TextLink> &links, const QColor &color, const QColor &linkColor);
// The link under `pos` (-1: none) for text painted in `rect`.
int linkAt(const QRectF &rect, const QFont &font, const QString &text, const QVector<TextLink> &links,
           const QPointF &pos);

} // namespace bodytext

} // namespace relaydesk::ui
