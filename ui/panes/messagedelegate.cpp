#include "panes/messagedelegate.h"

#include "models/messagelistmodel.h"
#include "models/snoozepresets.h"
#include "panes/linkhits.h"
#include "widgets/announcer.h"
#include "widgets/audioplayer.h"
#include "widgets/mediasource.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

#include <cmath>

namespace relaydesk::ui {

namespace {

using Model = models::MessageListModel;
constexpr int kMargin = 6;         // around a bubble
constexpr int kPadding = 8;        // inside a bubble
constexpr double kMaxShare = 0.72; // of the view's width

// Measured as bodytext lays it out for painting and for finding links.
QSize textSize(const QFont &font, int width, const QString &text)
{
    const QSizeF size = bodytext::measure(font, text, width);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A small padlock beside a private note's label.
void paintLock(QPainter *painter, const QRect &box, const QColor &color)
{
    const qreal side = box.height() * 0.8;
    const QRectF body(box.left(), box.center().y() - side * 0.1, side * 0.8, side * 0.55);
    QPen pen(color, std::max(1.0, side / 9));
    painter->save();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal shackle = body.width() * 0.6;
    painter->drawArc(QRectF(body.center().x() - shackle / 2, body.top() - shackle * 0.75, shackle, shackle * 1.3), 0,
                     180 * 16);
    painter->setBrush(color);
    painter->drawRoundedRect(body, 1.5, 1.5);
    painter->restore();
}

// Relaydesk's notes that are one line about the conversation rather than a
// message for the agents: drawn centred across the thread, in the agent's
// language. (The server writes them in English.)
QString systemLineFor(const QString &author, const QString &kind, const QString &text)
{
    if (kind == QLatin1String("activity"))
        return {}; // activityLineFor, from the activity's fields
    if (author != QLatin1String("system") || kind != QLatin1String("note"))
        return {};
    static const QRegularExpression paused(QStringLiteral("^Autopilot paused: (.+) replied\\.$"));
    const QRegularExpressionMatch match = paused.match(text);
    if (match.hasMatch())
        return MessageDelegate::tr("Autopilot paused: %1 replied").arg(match.captured(1));
    return {};
}

QString priorityName(const QString &priority)
{
    if (priority == QLatin1String("low"))
        return MessageDelegate::tr("Low");
    if (priority == QLatin1String("high"))
        return MessageDelegate::tr("High");
    if (priority == QLatin1String("urgent"))
        return MessageDelegate::tr("Urgent");
    return MessageDelegate::tr("Normal");
}

// When a snooze ends, as the agent reads it, to the minute.
QString wakeTimeOf(qint64 ms)
{
    return models::wakeMoment(QDateTime::fromMSecsSinceEpoch(ms), QDateTime::currentDateTime());
}

// An activity line (docs/protocol.md, "Activity lines") in the agent's
// language, saying "you" for the agent signed in; a type this version does
// not know reads as a plain change.
QString activityLineFor(const QVariantMap &a)
{
    const QString type = a.value(QStringLiteral("type")).toString();
    const bool bySelf = a.value(QStringLiteral("by_self")).toBool();
    const QString by = a.value(QStringLiteral("by_agent_name")).toString();
    const bool byKnown = bySelf || !by.isEmpty();
    if (type == QLatin1String("assigned")) {
        const bool toSelf = a.value(QStringLiteral("agent_self")).toBool();
        const QString to = a.value(QStringLiteral("agent_name")).toString();
        if (a.value(QStringLiteral("agent_id")).isNull() || a.value(QStringLiteral("agent_id")).toLongLong() == 0)
            return bySelf    ? MessageDelegate::tr("You unassigned this")
                   : byKnown ? MessageDelegate::tr("%1 unassigned this").arg(by)
                             : MessageDelegate::tr("Unassigned");
        if (bySelf)
            return toSelf ? MessageDelegate::tr("You assigned it to yourself")
                          : MessageDelegate::tr("You assigned it to %1").arg(to);
        if (toSelf)
            return byKnown ? MessageDelegate::tr("%1 assigned it to you").arg(by)
                           : MessageDelegate::tr("Assigned to you");
        return byKnown ? MessageDelegate::tr("%1 assigned it to %2").arg(by, to)
                       : MessageDelegate::tr("Assigned to %1").arg(to);
    }
    if (type == QLatin1String("status")) {
        const QString status = a.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("resolved"))
            return bySelf ? MessageDelegate::tr("You resolved this") : MessageDelegate::tr("%1 resolved this").arg(by);
        if (status == QLatin1String("pending"))
            return bySelf ? MessageDelegate::tr("You set this to Pending")
                          : MessageDelegate::tr("%1 set this to Pending").arg(by);
        return bySelf ? MessageDelegate::tr("You reopened this") : MessageDelegate::tr("%1 reopened this").arg(by);
    }
    if (type == QLatin1String("snoozed")) {
        const qint64 until = a.value(QStringLiteral("until")).toLongLong();
        if (!until)
            return bySelf ? MessageDelegate::tr("Snoozed until the customer replies, by you")
                          : MessageDelegate::tr("Snoozed until the customer replies, by %1").arg(by);
        return bySelf ? MessageDelegate::tr("Snoozed until %1 by you").arg(wakeTimeOf(until))
                      : MessageDelegate::tr("Snoozed until %1 by %2").arg(wakeTimeOf(until), by);
    }
    if (type == QLatin1String("woke"))
        return a.value(QStringLiteral("reason")).toString() == QLatin1String("customer")
                   ? MessageDelegate::tr("Woke up: the customer replied")
                   : MessageDelegate::tr("Woke up");
    if (type == QLatin1String("priority")) {
        const QString priority = priorityName(a.value(QStringLiteral("priority")).toString());
        return bySelf ? MessageDelegate::tr("Priority set to %1 by you").arg(priority)
                      : MessageDelegate::tr("Priority set to %1 by %2").arg(priority, by);
    }
    if (type == QLatin1String("autopilot")) {
        const QString mode = a.value(QStringLiteral("mode")).toString();
        if (a.value(QStringLiteral("reason")).toString() == QLatin1String("agent_replied"))
            return bySelf ? MessageDelegate::tr("Autopilot paused: you replied")
                          : MessageDelegate::tr("Autopilot paused: %1 replied").arg(by);
        if (mode == QLatin1String("off"))
            return bySelf ? MessageDelegate::tr("You turned the autopilot off")
                          : MessageDelegate::tr("%1 turned the autopilot off").arg(by);
        if (mode == QLatin1String("ai"))
            return bySelf ? MessageDelegate::tr("You turned the autopilot on (AI)")
                          : MessageDelegate::tr("%1 turned the autopilot on (AI)").arg(by);
        return bySelf ? MessageDelegate::tr("You turned the autopilot on")
                      : MessageDelegate::tr("%1 turned the autopilot on").arg(by);
    }
    return MessageDelegate::tr("The conversation changed");
}

QString timeOf(qint64 ms)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), format);
}

QDate localDateOf(const QModelIndex &index)
{
    return QDateTime::fromMSecsSinceEpoch(index.data(Model::CreatedAtRole).toLongLong()).toLocalTime().date();
}

// The day line above the first message of each day: "Today", "Yesterday",
// a weekday within the week, else the date. Empty within a day.
QString dayLineFor(const QModelIndex &index)
{
    const QDate day = localDateOf(index);
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    if (previous.isValid() && localDateOf(previous) == day)
        return {};
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    const QLocale locale;
    if (day.daysTo(today) < 7 && day <= today)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    return locale.toString(day, QLocale::LongFormat);
}

} // namespace

struct MessageDelegate::Layout
{
    QRect dayLine; // above the bubble on a day's first message
    QString dayText;
    QRect unreadLine; // above the first message unread when the conversation opened
    QString unreadText;
    bool line = false;          // a system line across the thread instead of a bubble (in `bubble`, text in `bodyText`)
    QVector<QRect> noticeLines; // under the bubble: what changed while the conversation was open
    QStringList noticeTexts;
    QRect bubble;
    QRect header; // author line (agents, the autopilot, notes); empty for customers
    QRect body;
    QRect footer;
    QVector<store::AttachmentRow> attachments;
    QVector<QRect> attachmentRects;
    QString headerText;
    QString bodyText;
    QString footerText;
    bool outgoing = false;
    bool failed = false;
    bool note = false;
    bool bot = false;
    bool system = false; // Relaydesk's own lines (the autopilot's notes), centred
    int lockWidth = 0;   // before a note's label
};

QString MessageDelegate::statusMark(const QString &status)
{
    if (status == QLatin1String("queued"))
        return QStringLiteral("○");
    if (status == QLatin1String("sent"))
        return QStringLiteral("✓");
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return QStringLiteral("✓✓");
    if (status == QLatin1String("failed"))
        return QStringLiteral("!");
    return {};
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const QString author = index.data(Model::AuthorRole).toString();
    const QString kind = index.data(Model::KindRole).toString();
    l.outgoing = index.data(Model::DirectionRole).toString() == QLatin1String("out");
    l.note = kind == QLatin1String("note");
    l.bot = author == QLatin1String("bot");
    l.system = author == QLatin1String("system");
    const QString status = index.data(Model::StatusRole).toString();
    l.failed = l.outgoing && status == QLatin1String("failed");

    l.bodyText = index.data(Model::TextRole).toString();
    const QString systemLine = kind == QLatin1String("activity")
                                   ? activityLineFor(index.data(Model::ActivityRole).toMap())
                                   : systemLineFor(author, kind, l.bodyText);
    l.line = !systemLine.isEmpty();
    if (l.line)
        l.bodyText = tr("%1 · %2").arg(systemLine, timeOf(index.data(Model::CreatedAtRole).toLongLong()));
    l.attachments = index.data(Model::AttachmentsRole).value<QVector<store::AttachmentRow>>();
    const QString authorName = index.data(Model::AuthorNameRole).toString();
    if (l.system)
        l.headerText = l.note ? tr("Note from Relaydesk") : tr("Relaydesk");
    else if (l.note)
        l.headerText = authorName.isEmpty() ? tr("Private note") : tr("Private note · %1").arg(authorName);
    else if (l.bot)
        l.headerText = tr("Autopilot");
    else if (l.outgoing)
        l.headerText = authorName;

    l.footerText = timeOf(index.data(Model::CreatedAtRole).toLongLong());
    if (index.data(Model::EditedAtRole).toLongLong() > 0)
        l.footerText = tr("edited · %1").arg(l.footerText);
    if (l.failed) {
        const QString reason = index.data(Model::FailureReasonRole).toString();
        l.footerText = reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason);
    } else if (l.outgoing && !l.system) {
        l.footerText += QLatin1Char(' ') + statusMark(status);
    }

    const int maxBubble = std::max(120, int(option.rect.width() * kMaxShare));
    const int maxText = maxBubble - 2 * kPadding;
    const QSize textBounds = textSize(option.font, maxText, l.line ? QString() : l.bodyText);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int headerHeight = l.headerText.isEmpty() ? 0 : smallMetrics.height() + 2;
    l.lockWidth = l.note ? smallMetrics.height() : 0;
    // A few pixels over the measured width: eliding measures in fractions, and
    // a time's narrow no-break space may come from a fallback font.
    const int footerWidth = std::min(maxText, smallMetrics.horizontalAdvance(l.footerText) + 4);
    const int headerWidth = std::min(maxText, smallMetrics.horizontalAdvance(l.headerText) + l.lockWidth);
    QVector<QSize> blocks;
    int blocksWidth = 0;
    int blocksHeight = 0;
    for (const store::AttachmentRow &attachment : std::as_const(l.attachments)) {
        if (!m_expandedMedia.isEmpty() && attachment.mediaId == m_expandedMedia)
            blocks.append(QSize(maxText, maxText * 9 / 16 + m_expandedExtra)); // the player sits here
        else
            blocks.append(AttachmentPainter::blockSize(attachment, maxText, option.font));
        blocksWidth = std::max(blocksWidth, blocks.constLast().width());
        blocksHeight += blocks.constLast().height() + kPadding;
    }
    const int contentWidth = std::max({textBounds.width(), footerWidth, headerWidth, blocksWidth, 24});
    const int bodyHeight = l.bodyText.isEmpty() && !blocks.isEmpty() ? 0 : textBounds.height();
    const int height = headerHeight + blocksHeight + bodyHeight + smallMetrics.height() + 2 + 2 * kPadding;

    l.dayText = dayLineFor(index);
    const int dayHeight = l.dayText.isEmpty() ? 0 : smallMetrics.height() + kMargin;
    l.dayLine = QRect(option.rect.left() + kMargin, option.rect.top() + kMargin / 2, option.rect.width() - 2 * kMargin,
                      dayHeight);
    const int unread = index.data(Model::UnreadMarkerRole).toInt();
    l.unreadText = unread > 0 ? tr("%n new messages", nullptr, unread) : QString();
    const int unreadHeight = l.unreadText.isEmpty() ? 0 : smallMetrics.height() + kMargin;
    l.unreadLine = QRect(l.dayLine.left(), l.dayLine.top() + dayHeight, l.dayLine.width(), unreadHeight);
    const int bubbleWidth = contentWidth + 2 * kPadding;
    const int left = l.system     ? option.rect.left() + (option.rect.width() - bubbleWidth) / 2
                     : l.outgoing ? option.rect.right() - kMargin - bubbleWidth
                                  : option.rect.left() + kMargin;
    l.bubble = QRect(left, l.unreadLine.top() + unreadHeight, bubbleWidth, height);
    if (l.line)
        l.bubble = QRect(l.dayLine.left(), l.bubble.top(), l.dayLine.width(), smallMetrics.height() + kMargin);
    // Lines about what changed while the conversation was open, under it.
    int below = l.bubble.bottom() + 1 + kMargin / 2;
    for (const QVariant &notice : index.data(Model::NoticesRole).toList()) {
        const QVariantMap lineData = notice.toMap();
        l.noticeTexts.append(tr("%1 · %2").arg(lineData.value(QStringLiteral("text")).toString(),
                                               timeOf(lineData.value(QStringLiteral("at")).toLongLong())));
        l.noticeLines.append(QRect(l.dayLine.left(), below, l.dayLine.width(), smallMetrics.height() + kMargin));
        below += smallMetrics.height() + kMargin;
    }
    if (l.line)
        return l;
    const QRect inner = l.bubble.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    l.header = QRect(inner.left(), inner.top(), inner.width(), headerHeight);
    int top = l.header.bottom() + 1;
    for (const QSize &block : std::as_const(blocks)) {
        l.attachmentRects.append(QRect(QPoint(inner.left(), top), block));
        top += block.height() + kPadding;
    }
    l.body = QRect(inner.left(), top, inner.width(), bodyHeight);
    l.footer = QRect(inner.left(), l.body.bottom() + 2, inner.width(), smallMetrics.height());
    return l;
}

void MessageDelegate::setExpandedAttachment(const QString &mediaId, int extraHeight)
{
    m_expandedMedia = mediaId;
    m_expandedExtra = extraHeight;
    m_heights.clear();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 id = index.data(Model::IdRole).toLongLong();
    const QString key = QString::number(id) + QLatin1Char('/') + QString::number(option.rect.width()) + QLatin1Char('/')
                        + index.data(Model::StatusRole).toString() + QLatin1Char('/')
                        + QString::number(index.data(Model::EditedAtRole).toLongLong()) + QLatin1Char('/')
                        + QString::number(qHash(index.data(Model::TextRole).toString())) + QLatin1Char('/')
                        + QString::number(index.data(Model::AttachmentCountRole).toInt()) + QLatin1Char('/')
                        + QString::number(index.data(Model::UnreadMarkerRole).toInt()) + QLatin1Char('/')
                        + QString::number(index.data(Model::NoticesRole).toList().size()) + QLatin1Char('/')
                        + dayLineFor(index);
    auto cached = m_heights.constFind(key);
    if (cached == m_heights.constEnd()) {
        if (m_heights.size() > 20000)
            m_heights.clear(); // flat memory whatever the history's size
        const Layout l = layoutFor(option, index);
        const int bottom = l.noticeLines.isEmpty() ? l.bubble.bottom() : l.noticeLines.constLast().bottom();
        cached = m_heights.insert(key, bottom - option.rect.top() + 1 + kMargin / 2);
    }
    return QSize(option.rect.width(), *cached);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool dark = darkPalette(palette);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont label = small;
    label.setWeight(QFont::DemiBold);
    // A centred label on a rule across the thread: the day, and the new messages.
    auto paintRule = [&](const QRect &line, const QString &fullText, const QColor &ruleColor, const QColor &textColor) {
        const QString text = QFontMetrics(label).elidedText(fullText, Qt::ElideRight, line.width() - 32);
        const int textWidth = QFontMetrics(label).horizontalAdvance(text) + 16;
        const int y = line.center().y();
        painter->setRenderHint(QPainter::Antialiasing, false); // a crisp one-pixel rule
        painter->setPen(ruleColor);
        painter->drawLine(line.left(), y, line.center().x() - textWidth / 2, y);
        painter->drawLine(line.center().x() + textWidth / 2, y, line.right(), y);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(textColor);
        painter->setFont(label);
        painter->drawText(line, Qt::AlignCenter, text);
    };
    if (!l.dayText.isEmpty()) {
        QColor rule = palette.color(QPalette::Text);
        rule.setAlphaF(0.18);
        QColor dayColor = palette.color(QPalette::Text);
        dayColor.setAlphaF(0.6);
        paintRule(l.dayLine, l.dayText, rule, dayColor);
    }
    if (!l.unreadText.isEmpty()) {
        const QColor accent = dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28);
        paintRule(l.unreadLine, l.unreadText, accent, accent);
    }
    // Lines about the conversation itself (the autopilot): centred, quieter than a message.
    QColor lineRule = palette.color(QPalette::Text);
    lineRule.setAlphaF(0.12);
    QColor lineText = palette.color(QPalette::Text);
    lineText.setAlphaF(0.7);
    if (option.state & QStyle::State_Selected)
        lineText = palette.color(QPalette::Highlight);
    for (int i = 0; i < l.noticeLines.size(); ++i)
        paintRule(l.noticeLines.at(i), l.noticeTexts.at(i), lineRule, lineText);
    if (l.line) {
        paintRule(l.bubble, l.bodyText, lineRule, lineText);
        painter->restore();
        return;
    }

    // The fixed light fills (ours, the autopilot, failures) take dark text; a
    // customer's bubble and Relaydesk's lines follow the palette, and notes
    // are amber in either.
    // In a dark palette each fixed fill has its dark twin, with light text.
    QColor fill = l.outgoing ? (dark ? QColor(0x1f, 0x3a, 0x2b) : QColor(0xd9, 0xf2, 0xe3))
                             : palette.color(QPalette::AlternateBase);
    QColor text = dark ? QColor(0xe6, 0xf2, 0xea) : QColor(0x20, 0x20, 0x20);
    bool paletteFill = !l.outgoing;
    if (l.bot) {
        fill = dark ? QColor(0x27, 0x2c, 0x48) : QColor(0xe6, 0xe9, 0xf7);
        text = dark ? QColor(0xe4, 0xe7, 0xf7) : QColor(0x20, 0x20, 0x20);
        paletteFill = false;
    }
    if (l.system) {
        fill = palette.color(QPalette::AlternateBase);
        paletteFill = true;
    }
    if (l.note) {
        fill = dark ? QColor(0x3d, 0x34, 0x12) : QColor(0xff, 0xf4, 0xc2);
        text = dark ? QColor(0xf3, 0xe6, 0xb4) : QColor(0x3a, 0x30, 0x05);
        paletteFill = false;
    }
    if (l.failed) {
        fill = dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfb, 0xe3, 0xe3);
        text = dark ? QColor(0xf7, 0xd9, 0xda) : QColor(0x20, 0x20, 0x20);
        paletteFill = false;
    }
    if (paletteFill)
        text = palette.color(QPalette::Text);
    QPen border(option.state & QStyle::State_Selected ? palette.color(QPalette::Highlight)
                : l.note                              ? (dark ? QColor(0x9a, 0x80, 0x2a) : QColor(0xc9, 0xa2, 0x27))
                                                      : (dark ? fill.lighter(140) : fill.darker(112)));
    if (l.note && !(option.state & QStyle::State_Selected))
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, 8, 8);

    QColor dim = text;
    dim.setAlphaF(0.65);
    if (!l.headerText.isEmpty()) {
        const QColor headerColor = l.note ? (dark ? QColor(0xe8, 0xc5, 0x4a) : QColor(0x7a, 0x5a, 0x00)) : dim;
        QRect header = l.header;
        if (l.lockWidth > 0) {
            paintLock(painter, QRect(header.left(), header.top(), l.lockWidth, header.height()), headerColor);
            header.setLeft(header.left() + l.lockWidth);
        }
        painter->setFont(label);
        painter->setPen(headerColor);
        painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(label).elidedText(l.headerText, Qt::ElideRight, header.width()));
    }
    for (int i = 0; i < l.attachments.size(); ++i)
        AttachmentPainter::paint(painter, l.attachmentRects.at(i), l.attachments.at(i), stateFor(l.attachments.at(i)),
                                 option.font, palette);
    if (!l.body.isEmpty()) {
        // Links in the palette's colour, unless it would fade on a fixed light fill.
        QColor link = palette.color(QPalette::Link);
        if (!paletteFill && (fill.lightness() > 160) == (link.lightness() > 140))
            link = fill.lightness() > 160 ? QColor(0x0b, 0x57, 0xd0) : QColor(0x8a, 0xb4, 0xf8);
        bodytext::paint(painter, QRectF(l.body), option.font, l.bodyText, findLinks(l.bodyText), text, link);
    }
    painter->setFont(small);
    painter->setPen(l.failed ? QColor(0xb0, 0x20, 0x20) : dim);
    painter->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(l.footerText, Qt::ElideLeft, l.footer.width()));
    painter->restore();
}

QVector<TextLink> MessageDelegate::linksOf(const QModelIndex &index)
{
    return findLinks(index.data(Model::TextRole).toString());
}

QUrl MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const QString text = index.data(Model::TextRole).toString();
    const QVector<TextLink> links = findLinks(text);
    if (links.isEmpty())
        return {};
    const Layout l = layoutFor(option, index);
    const int hit = bodytext::linkAt(QRectF(l.body), option.font, l.bodyText, links, pos);
    return hit >= 0 ? links.at(hit).url : QUrl();
}

QString MessageDelegate::systemLine(const QModelIndex &index)
{
    if (index.data(Model::KindRole).toString() == QLatin1String("activity"))
        return activityLineFor(index.data(Model::ActivityRole).toMap());
    return systemLineFor(index.data(Model::AuthorRole).toString(), index.data(Model::KindRole).toString(),
                         index.data(Model::TextRole).toString());
}

QString MessageDelegate::spokenText(const QModelIndex &index)
{
    QStringList parts;
    const int unread = index.data(Model::UnreadMarkerRole).toInt();
    if (unread > 0)
        parts.append(tr("%n new messages", nullptr, unread));
    const QString time = timeOf(index.data(Model::CreatedAtRole).toLongLong());
    const QString line = systemLine(index);
    if (!line.isEmpty()) {
        parts.append(tr("%1 · %2").arg(line, time));
        return joinSentences(parts);
    }
    const QString author = index.data(Model::AuthorRole).toString();
    const QString name = index.data(Model::AuthorNameRole).toString();
    const bool outgoing = index.data(Model::DirectionRole).toString() == QLatin1String("out");
    if (index.data(Model::KindRole).toString() == QLatin1String("note"))
        parts.append(name.isEmpty() ? tr("Private note") : tr("Private note by %1").arg(name));
    else if (author == QLatin1String("bot"))
        parts.append(tr("Autopilot"));
    else if (author == QLatin1String("system"))
        parts.append(tr("Relaydesk"));
    else if (outgoing)
        parts.append(name.isEmpty() ? tr("You") : name);
    else
        parts.append(name.isEmpty() ? tr("Customer") : name);
    for (const store::AttachmentRow &attachment :
         index.data(Model::AttachmentsRole).value<QVector<store::AttachmentRow>>())
        parts.append(tr("%1 %2", "an attachment's kind and name")
                         .arg(AttachmentPainter::kindName(attachment), AttachmentPainter::displayName(attachment)));
    const QString text = index.data(Model::TextRole).toString();
    if (!text.isEmpty())
        parts.append(text);
    QString when = time;
    if (index.data(Model::EditedAtRole).toLongLong() > 0)
        when = tr("edited · %1").arg(when);
    parts.append(when);
    if (outgoing && author != QLatin1String("system")) {
        const QString status = index.data(Model::StatusRole).toString();
        const QString reason = index.data(Model::FailureReasonRole).toString();
        if (status == QLatin1String("failed"))
            parts.append(reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason));
        else if (status == QLatin1String("queued"))
            parts.append(tr("Sending"));
        else if (status == QLatin1String("sent"))
            parts.append(tr("Sent"));
        else if (status == QLatin1String("delivered"))
            parts.append(tr("Delivered"));
        else if (status == QLatin1String("read"))
            parts.append(tr("Read"));
    }
    return joinSentences(parts);
}

void MessageDelegate::setMedia(MediaSource *media, AudioPlayer *audio)
{
    m_media = media;
    m_audio = audio;
    if (m_audio) {
        connect(m_audio, &AudioPlayer::changed, this, [this](const QString &mediaId) {
            if (m_audio && m_audio->mediaId() == mediaId && m_audio->duration() > 0)
                m_durations.insert(mediaId, m_audio->duration());
        });
    }
}

AttachmentPainter::State MessageDelegate::stateFor(const store::AttachmentRow &attachment) const
{
    AttachmentPainter::State state;
    const auto kind = AttachmentPainter::kindOf(attachment);
    if (m_media) {
        if (kind == AttachmentPainter::Kind::Image) {
            // Asking for it here means only what is painted gets downloaded.
            state.thumbnail = m_media->thumbnail(attachment);
            const QString why = m_media->thumbnailFailure(attachment.mediaId);
            state.thumbnailFailed = state.thumbnail.isNull()
                                    && (!why.isEmpty() || attachment.thumbnailState == QLatin1String("failed"));
            if (state.thumbnailFailed)
                state.failure = why.isEmpty() ? tr("the download did not finish") : why;
        }
        if (state.failure.isEmpty())
            state.failure = m_media->failure(attachment.mediaId);
        if (const auto progress = m_media->progress(attachment.mediaId)) {
            state.downloading = true;
            state.done = progress->done;
            state.total = progress->total > 0 ? progress->total : attachment.size;
        }
        state.hasOriginal = m_media->hasOriginal(attachment.mediaId);
        state.unreachable = !m_media->canFetch() && state.thumbnail.isNull();
    }
    state.duration = m_durations.value(attachment.mediaId, attachment.durationMs);
    // Length, waveform or first frame, worked out before playing.
    AttachmentPainter::addSummary(&state, m_media ? m_media->summary(attachment) : nullptr);
    if (m_audio)
        state.rate = m_audio->rate();
    if (m_audio && kind == AttachmentPainter::Kind::Audio && m_audio->mediaId() == attachment.mediaId) {
        state.current = true;
        state.playing = m_audio->isPlaying();
        state.position = m_audio->position();
        if (m_audio->duration() > 0)
            state.duration = m_audio->duration();
        state.playbackError = m_audio->error();
    }
    return state;
}

QRect MessageDelegate::attachmentRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                      int attachment) const
{
    const Layout l = layoutFor(option, index);
    return attachment >= 0 && attachment < l.attachmentRects.size() ? l.attachmentRects.at(attachment) : QRect();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QUrl link = linkAt(option, index, mouse->position().toPoint());
    if (link.isValid()) {
        emit linkActivated(link);
        return true;
    }
    const Layout l = layoutFor(option, index);
    for (int i = 0; i < l.attachmentRects.size(); ++i) {
        double share = 0;
        const auto action = AttachmentPainter::actionAt(l.attachmentRects.at(i), l.attachments.at(i),
                                                        stateFor(l.attachments.at(i)), option.font,
                                                        mouse->position().toPoint(), &share);
        if (action != AttachmentPainter::Action::None) {
            emit attachmentAction(index, i, int(action), share);
            return true;
        }
    }
    return false;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QUrl link = linkAt(option, index, event->pos());
    if (link.isValid()) {
        QToolTip::showText(event->globalPos(),
                           tr("%1\nClick to open it; right-click to copy it.").arg(link.toDisplayString()), view);
        return true;
    }
    const Layout l = layoutFor(option, index);
    for (int i = 0; i < l.attachmentRects.size(); ++i) {
        if (!l.attachmentRects.at(i).contains(event->pos()))
            continue;
        const store::AttachmentRow &a = l.attachments.at(i);
        QString hint;
        switch (AttachmentPainter::defaultAction(a, stateFor(a))) {
        case AttachmentPainter::Action::Retry:
            hint = tr("Retry the download");
            break;
        case AttachmentPainter::Action::PlayPause:
            hint = tr("Play or pause (Enter)");
            break;
        default:
            hint = tr("Open (Enter)");
            break;
        }
        QToolTip::showText(event->globalPos(), AttachmentPainter::displayName(a) + QLatin1Char('\n') + hint, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace relaydesk::ui
