#include "panes/linkhits.h"

#include "appearance/emoji.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRegularExpression>
#include <QSizeF>
#include <QTextLayout>
#include <QTextOption>

namespace relaydesk::ui {

namespace {

// A web address starts with a scheme or "www." and runs to a space; an
// e-mail address is name@domain.tld. Neither starts inside a word.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<![\w@/.-])(?:((?:https?://|www\.)[^\s<>"“”‘’«»]+)|([\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Sentence punctuation after an address is not part of it; a closing
// bracket is, when the address opened one ("…/Foo_(bar)").
int trimmedLength(const QString &text, int start, int length)
{
    static const QString trailing = QStringLiteral(".,;:!?'\"…");
    const QString closers = QStringLiteral(")]}");
    const QString openers = QStringLiteral("([{");
    while (length > 0) {
        const QChar last = text.at(start + length - 1);
        if (trailing.contains(last)) {
            --length;
            continue;
        }
        const qsizetype closer = closers.indexOf(last);
        if (closer < 0)
            break;
        const QStringView link = QStringView(text).mid(start, length);
        if (link.count(openers.at(closer)) >= link.count(last))
            break;
        --length;
    }
    return length;
}

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

QVector<TextLink> findLinks(const QString &text)
{
    QVector<TextLink> links;
    // Most messages have none: skip the expression for them.
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1String("www."), Qt::CaseInsensitive)
        && !text.contains(QLatin1Char('@')))
        return links;
    auto matches = linkPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const bool web = match.capturedLength(1) > 0;
        const int start = int(match.capturedStart(web ? 1 : 2));
        const int length = trimmedLength(text, start, int(match.capturedLength(web ? 1 : 2)));
        const QString address = text.mid(start, length);
        QUrl url;
        if (!web) {
            url = QUrl(QStringLiteral("mailto:") + address, QUrl::TolerantMode);
        } else {
            const bool bare = address.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
            url = QUrl(bare ? QStringLiteral("https://") + address : address, QUrl::TolerantMode);
            const QString scheme = url.scheme().toLower();
            if (url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                continue;
        }
        if (length > 0 && url.isValid())
            links.append({start, length, url});
    }
    return links;
}

namespace bodytext {

QString asWritten(const QString &text)
{
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        switch (shown.at(i).unicode()) {
        case '\r':
            // The \r of a \r\n is the \n's: it takes no room.
            shown[i] = i + 1 < shown.size() && shown.at(i + 1) == QLatin1Char('\n') ? QChar(0x200B)
                                                                                    : QChar(QChar::LineSeparator);
            break;
        case '\n':
        case '\v':
        case '\f':
        case 0x0085: // next line
        case QChar::ParagraphSeparator:
            shown[i] = QChar(QChar::LineSeparator);
            break;
        default:
            break;
        }
    }
    return shown;
}

qreal layOut(QTextLayout &layout, qreal width)
{
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

namespace {

// The text as shown, its emoji in the colour font (which changes widths, so
// measuring, painting and hit tests all set it) and its links underlined.
void setUp(QTextLayout &layout, const QString &text, const QVector<TextLink> &links = {},
           const QColor &linkColor = QColor())
{
    layout.setText(asWritten(text));
    QList<QTextLayout::FormatRange> formats = emoji::formats(text);
    for (const TextLink &link : links) {
        QTextLayout::FormatRange range;
        range.start = link.start;
        range.length = link.length;
        range.format.setFontUnderline(true);
        range.format.setForeground(linkColor);
        formats.append(range);
    }
    layout.setFormats(formats);
}

} // namespace

QSizeF measure(const QFont &font, const QString &text, qreal width)
{
    QTextLayout layout(QString(), font);
    setUp(layout, text);
    const qreal height = layOut(layout, width);
    qreal widest = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        widest = std::max(widest, layout.lineAt(i).naturalTextWidth());
    return QSizeF(widest, height);
}

void paint(QPainter *painter, const QRectF &rect, const QFont &font, const QString &text,
           const QVector<TextLink> &links, const QColor &color, const QColor &linkColor)
{
    QTextLayout layout(QString(), font);
    setUp(layout, text, links, linkColor);
    layOut(layout, rect.width());
    painter->setFont(font);
    painter->setPen(color);
    layout.draw(painter, rect.topLeft());
}

int linkAt(const QRectF &rect, const QFont &font, const QString &text, const QVector<TextLink> &links,
           const QPointF &pos)
{
    if (links.isEmpty() || !rect.contains(pos))
        return -1;
    QTextLayout layout(QString(), font);
    setUp(layout, text);
    layOut(layout, rect.width());
    const QPointF at = pos - rect.topLeft();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (at.y() < line.y() || at.y() >= line.y() + line.height())
            continue;
        if (at.x() < line.x() || at.x() > line.x() + line.naturalTextWidth())
            return -1;
        const int position = line.xToCursor(at.x(), QTextLine::CursorOnCharacter);
        for (int l = 0; l < links.size(); ++l) {
            if (position >= links.at(l).start && position < links.at(l).start + links.at(l).length)
                return l;
        }
        return -1;
    }
    return -1;
}

} // namespace bodytext

} // namespace relaydesk::ui
