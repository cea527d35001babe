#include "panes/conversationdelegate.h"

#include "appearance/emoji.h"
#include "models/conversationlistmodel.h"
#include "models/snoozepresets.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace relaydesk::ui {

namespace {

using Model = models::ConversationListModel;
constexpr int kPadding = 8;
constexpr int kAvatar = 36;

QColor channelColor(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QColor(0x25, 0x9d, 0x5a);
    if (channel == QLatin1String("messenger"))
        return QColor(0x1a, 0x73, 0xe8);
    return QColor(0x8e, 0x5b, 0xc9); // web chat
}

// The badge on the avatar's corner: one letter per channel.
QString channelLetter(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("W");
    if (channel == QLatin1String("messenger"))
        return QStringLiteral("M");
    return QStringLiteral("@");
}

// A small rounded label ("Autopilot", "Muted") drawn at `left`; returns its width.
int drawPill(QPainter *painter, const QRect &line, int left, const QString &label, const QColor &color,
             const QFont &font)
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(label) + 10;
    const QRect pill(left, line.top() + (line.height() - metrics.height()) / 2, width, metrics.height());
    QColor back = color;
    back.setAlphaF(0.16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(back);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(color);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, label);
    return width;
}

} // namespace

namespace {

// The first grapheme of `word` that starts with a letter or a digit (Qt
// keeps a Devanagari conjunct and its vowel sign together: "प्रिया" gives
// "प्रि"), without a virama left dangling at its end ("क्" gives "क").
QString firstLetter(const QString &word)
{
    qsizetype at = 0;
    while (at < word.size()) {
        const char32_t c = QChar::isHighSurrogate(word.at(at).unicode()) && at + 1 < word.size()
                               ? QChar::surrogateToUcs4(word.at(at), word.at(at + 1))
                               : word.at(at).unicode();
        if (QChar::isLetterOrNumber(c))
            break;
        at += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    if (at >= word.size())
        return {};
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
    graphemes.setPosition(at);
    const qsizetype end = graphemes.toNextBoundary();
    QString letter = word.mid(at, end > at ? end - at : 1);
    while (letter.size() > 1 && letter.back().combiningClass() == 9) // a virama
        letter.chop(1);
    const QString upper = letter.toUpper();
    return upper.size() == letter.size() ? upper : letter; // "ß" stays one letter
}

} // namespace

QString ConversationDelegate::initials(const QString &name)
{
    QString shown = name;
    // "Siti Rahayu (Toko Bunga)": the name, not the shop.
    const qsizetype bracket = shown.indexOf(QRegularExpression(QStringLiteral("[(\\[]")));
    if (bracket > 0 && !shown.left(bracket).trimmed().isEmpty())
        shown.truncate(bracket);
    // Words; numbers and codes ("Customer 30", "Visitor B1FC50") only when
    // there is nothing else.
    QStringList letters;
    QStringList numbers;
    for (const QString &word : shown.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString letter = firstLetter(word);
        const bool code = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if (!letter.isEmpty())
            (code ? numbers : letters).append(letter);
    }
    if (letters.isEmpty())
        letters = numbers;
    if (letters.size() > 2)
        letters = QStringList{letters.constFirst(), letters.constLast()};
    if (!letters.isEmpty())
        return letters.join(QString());
    // No letters at all (an emoji for a name): its first grapheme.
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, trimmed);
    return trimmed.left(std::max<qsizetype>(1, graphemes.toNextBoundary()));
}

const QVector<QColor> &ConversationDelegate::avatarPalette()
{
    // Material 600-900 shades: white on each has a contrast of at least 4.5:1,
    // and none is so dark it sinks into a dark theme's background.
    static const QVector<QColor> colors{QColor(0xc6, 0x28, 0x28), QColor(0xad, 0x14, 0x57), QColor(0x8e, 0x24, 0xaa),
                                        QColor(0x5e, 0x35, 0xb1), QColor(0x39, 0x49, 0xab), QColor(0x15, 0x65, 0xc0),
                                        QColor(0x02, 0x77, 0xbd), QColor(0x00, 0x79, 0x6b), QColor(0x2e, 0x7d, 0x32),
                                        QColor(0x82, 0x77, 0x17), QColor(0x8d, 0x5b, 0x00), QColor(0xbf, 0x36, 0x0c),
                                        QColor(0x54, 0x6e, 0x7a), QColor(0x79, 0x55, 0x48)};
    return colors;
}

QColor ConversationDelegate::avatarColor(qint64 contactId, const QString &name)
{
    // A fixed mix (not qHash, which is seeded per process), so a customer
    // keeps their colour from one run to the next; neighbouring ids differ.
    quint64 x = quint64(contactId);
    if (contactId <= 0) {
        x = 14695981039346656037ULL; // FNV-1a over the name
        for (const QChar c : name)
            x = (x ^ c.unicode()) * 1099511628211ULL;
    }
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    const QVector<QColor> &colors = avatarPalette();
    return colors.at(int(x % quint64(colors.size())));
}

ConversationDelegate::Preview ConversationDelegate::preview(const QModelIndex &index)
{
    Preview line;
    const QString draft = index.data(Model::DraftRole).toString().simplified();
    if (draft.isEmpty()) {
        line.text = index.data(Model::PreviewRole).toString().simplified();
        return line;
    }
    // The label is what the translation puts around the draft, wherever that is.
    const QString pattern = tr("Draft: %1",
                               "the conversation list: the agent's unsent text, instead of the last message");
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    line.text = pattern.arg(draft);
    if (at < 0)
        return line;
    const QString before = pattern.left(at).trimmed();
    if (!before.isEmpty())
        line.marked.append({int(pattern.indexOf(before)), int(before.size())});
    const QString after = pattern.mid(at + 2).trimmed();
    if (!after.isEmpty())
        line.marked.append({int(line.text.lastIndexOf(after)), int(after.size())});
    return line;
}

QString ConversationDelegate::shortTime(qint64 msSinceEpoch, const QDateTime &now)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QLocale locale;
    if (when.date() == now.date()) {
        // Minutes are enough here, whatever the locale's short format says.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
        return locale.toString(when.time(), format);
    }
    if (when.date().daysTo(now.date()) < 7)
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QString ConversationDelegate::wakeTime(qint64 msSinceEpoch, const QDateTime &now)
{
    if (msSinceEpoch <= 0)
        return {};
    const QString shown = models::wakeMoment(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), now);
    return tr("Until %1", "a snoozed conversation in the list: when it wakes (a time, a weekday and time, or a date)")
        .arg(shown);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = option.fontMetrics.height() * 2 + 4;
    return QSize(200, std::max(kAvatar, lines) + 2 * kPadding);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65);
    const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    // Avatar.
    const QString name = index.data(Model::NameRole).toString();
    const QRect avatar(r.left(), r.top() + (r.height() - kAvatar) / 2, kAvatar, kAvatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(index.data(Model::ContactIdRole).toLongLong(), name));
    painter->drawEllipse(avatar);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setPen(Qt::white);
    emoji::drawLine(painter, avatar, bold, initials(name), Qt::AlignHCenter);
    // The channel, on the avatar's corner, ringed in the row's background.
    const QString channel = index.data(Model::ChannelRole).toString();
    const int badgeSize = kAvatar * 4 / 9;
    const QRect channelBadge(avatar.right() - badgeSize + 3, avatar.bottom() - badgeSize + 3, badgeSize, badgeSize);
    painter->setPen(QPen(option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base), 2));
    painter->setBrush(channelColor(channel));
    painter->drawEllipse(channelBadge);
    QFont small = option.font;
    small.setPixelSize(std::max(8, badgeSize * 2 / 3));
    small.setWeight(QFont::Bold);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(channelBadge, Qt::AlignCenter, channelLetter(channel));

    // Name and time on the first line, preview and unread count on the second;
    // customers waiting stand out in bold, read rows do not.
    const int unread = index.data(Model::UnreadRole).toInt();
    QFont nameFont = option.font;
    nameFont.setWeight(unread > 0 ? QFont::Bold : QFont::Normal);
    const QFontMetrics nameMetrics(nameFont);
    QFont previewFont = option.font;
    if (unread > 0)
        previewFont.setWeight(QFont::DemiBold);
    const QRect textArea = r.adjusted(kAvatar + kPadding, 0, 0, 0);
    const QFontMetrics boldMetrics(bold);
    const int lineHeight = std::max(boldMetrics.height(), option.fontMetrics.height());
    const QRect first(textArea.left(), textArea.top() + (textArea.height() - 2 * lineHeight - 4) / 2, textArea.width(),
                      lineHeight);
    const QRect second = first.translated(0, lineHeight + 4);

    // A snoozed conversation says when it wakes instead of when it last moved.
    const qint64 wakes = index.data(Model::SnoozedUntilRole).toLongLong();
    const QString time = wakes > 0 ? wakeTime(wakes, QDateTime::currentDateTime())
                                   : shortTime(index.data(Model::LastActivityRole).toLongLong(),
                                               QDateTime::currentDateTime());
    painter->setFont(option.font);
    painter->setPen(wakes > 0 && !selected ? option.palette.color(group, QPalette::Link) : dim);
    const int timeWidth = option.fontMetrics.horizontalAdvance(time);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, time);

    // Marks after the name: the autopilot answering, and muted.
    QFont markFont = option.font;
    markFont.setPointSizeF(std::max(7.0, option.font.pointSizeF() * 0.8));
    const QFontMetrics markMetrics(markFont);
    QStringList marks;
    // Urgent and high first, in their own colours; the others are not marked.
    const QString priority = index.data(Model::PriorityRole).toString();
    const QString priorityMark = priority == QLatin1String("urgent") ? tr("Urgent")
                                 : priority == QLatin1String("high") ? tr("High")
                                                                     : QString();
    if (!priorityMark.isEmpty())
        marks.append(priorityMark);
    if (index.data(Model::AutopilotRole).toString() != QLatin1String("off")
        && !index.data(Model::AutopilotRole).toString().isEmpty())
        marks.append(tr("Autopilot"));
    if (index.data(Model::MutedRole).toBool())
        marks.append(tr("Muted"));
    int marksWidth = 0;
    for (const QString &mark : std::as_const(marks))
        marksWidth += markMetrics.horizontalAdvance(mark) + 10 + 4;

    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect = first.adjusted(0, 0, -(timeWidth + kPadding + marksWidth), 0);
    const QString shownName = nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width());
    emoji::drawLine(painter, nameRect, nameFont, shownName);
    int markLeft = nameRect.left() + nameMetrics.horizontalAdvance(shownName) + 6;
    const QColor markColor = selected ? text : option.palette.color(group, QPalette::Link);
    for (const QString &mark : std::as_const(marks)) {
        QColor color = markColor;
        if (!selected && !priorityMark.isEmpty() && mark == priorityMark)
            color = priority == QLatin1String("urgent") ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xc2, 0x7c, 0x0e);
        markLeft += drawPill(painter, first, markLeft, mark, color, markFont) + 4;
    }

    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QLocale().toString(unread);
        badgeWidth = std::max(second.height(), boldMetrics.horizontalAdvance(count) + 10);
        const QRect badge(second.right() - badgeWidth + 1, second.top(), badgeWidth, second.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? option.palette.color(group, QPalette::HighlightedText)
                                   : option.palette.color(group, QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(selected ? option.palette.color(group, QPalette::Highlight)
                                 : option.palette.color(group, QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    // Whose it is, dim at the end of the second line ("You", "Ana").
    const QString assignee = index.data(Model::AssigneeNameRole).toString();
    int assigneeWidth = 0;
    if (!assignee.isEmpty()) {
        const QString shown = markMetrics.elidedText(assignee, Qt::ElideRight, second.width() / 3);
        assigneeWidth = markMetrics.horizontalAdvance(shown) + 10;
        const QRect line = second.adjusted(0, 0, -(badgeWidth ? badgeWidth + kPadding / 2 : 0), 0);
        const QRect pill(line.right() - assigneeWidth + 1, line.top() + 1, assigneeWidth, line.height() - 2);
        QColor back = dim;
        back.setAlphaF(0.14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(markFont);
        painter->setPen(dim);
        painter->drawText(pill, Qt::AlignCenter, shown);
        assigneeWidth += kPadding / 2;
    }
    painter->setPen(unread > 0 ? text : dim);
    const QRect previewRect = second.adjusted(0, 0, -((badgeWidth ? badgeWidth + kPadding : 0) + assigneeWidth), 0);
    const Preview line = preview(index);
    // A draft's label stands out in the warning colour (kept readable on the selection).
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    QList<QTextLayout::FormatRange> label;
    for (const auto &[start, length] : line.marked) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setForeground(selected ? text : dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28));
        range.format.setFontWeight(QFont::DemiBold);
        label.append(range);
    }
    emoji::drawLine(painter, previewRect, previewFont, line.text, Qt::AlignLeft, label);
    painter->restore();
}

} // namespace relaydesk::ui
