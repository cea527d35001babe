#include "panes/messagedelegate.h"

#include "models/messagelistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace relaydesk::ui {

namespace {

using Model = models::MessageListModel;
constexpr int kMargin = 6;     // around a bubble
constexpr int kPadding = 8;    // inside a bubble
constexpr double kMaxShare = 0.72; // of the view's width

// Wraps at word boundaries, and inside a word only when it is longer than a line.
QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

QSize textSize(const QFont &font, int width, const QString &text)
{
    QTextLayout layout(text, font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return QSize(int(std::ceil(widest)), int(std::ceil(height)));
}

QString timeOf(qint64 ms)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), format);
}

} // namespace

struct MessageDelegate::Layout
{
    QRect bubble;
    QRect header; // author line (agents, the autopilot, notes); empty for customers
    QRect body;
    QRect footer;
    QString headerText;
    QString bodyText;
    QString footerText;
    bool outgoing = false;
    bool failed = false;
    bool note = false;
    bool bot = false;
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
    const QString status = index.data(Model::StatusRole).toString();
    l.failed = l.outgoing && status == QLatin1String("failed");

    l.bodyText = index.data(Model::TextRole).toString();
    const int attachments = index.data(Model::AttachmentCountRole).toInt();
    if (l.bodyText.isEmpty() && attachments > 0)
        l.bodyText = tr("[%n attachment(s)]", nullptr, attachments);
    if (l.bot)
        l.headerText = tr("Autopilot");
    else if (l.note)
        l.headerText = tr("Private note · %1").arg(index.data(Model::AuthorNameRole).toString());
    else if (l.outgoing)
        l.headerText = index.data(Model::AuthorNameRole).toString();

    l.footerText = timeOf(index.data(Model::CreatedAtRole).toLongLong());
    if (index.data(Model::EditedAtRole).toLongLong() > 0)
        l.footerText = tr("edited · %1").arg(l.footerText);
    if (l.failed) {
        const QString reason = index.data(Model::FailureReasonRole).toString();
        l.footerText = reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason);
    } else if (l.outgoing) {
        l.footerText += QLatin1Char(' ') + statusMark(status);
    }

    const int maxBubble = std::max(120, int(option.rect.width() * kMaxShare));
    const int maxText = maxBubble - 2 * kPadding;
    const QSize textBounds = textSize(option.font, maxText, l.bodyText);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int headerHeight = l.headerText.isEmpty() ? 0 : smallMetrics.height() + 2;
    const int footerWidth = std::min(maxText, smallMetrics.horizontalAdvance(l.footerText));
    const int headerWidth = std::min(maxText, smallMetrics.horizontalAdvance(l.headerText));
    const int contentWidth = std::max({textBounds.width(), footerWidth, headerWidth, 24});
    const int height = headerHeight + textBounds.height() + smallMetrics.height() + 2 + 2 * kPadding;

    const int left = l.outgoing ? option.rect.right() - kMargin - (contentWidth + 2 * kPadding)
                                : option.rect.left() + kMargin;
    l.bubble = QRect(left, option.rect.top() + kMargin / 2, contentWidth + 2 * kPadding, height);
    const QRect inner = l.bubble.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    l.header = QRect(inner.left(), inner.top(), inner.width(), headerHeight);
    l.body = QRect(inner.left(), l.header.bottom() + 1, inner.width(), textBounds.height());
    l.footer = QRect(inner.left(), l.body.bottom() + 2, inner.width(), smallMetrics.height());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 id = index.data(Model::IdRole).toLongLong();
    const QString key = QString::number(id) + QLatin1Char('/') + QString::number(option.rect.width()) + QLatin1Char('/')
                        + index.data(Model::StatusRole).toString() + QLatin1Char('/')
                        + QString::number(index.data(Model::EditedAtRole).toLongLong()) + QLatin1Char('/')
                        + QString::number(qHash(index.data(Model::TextRole).toString()));
    auto cached = m_heights.constFind(key);
    if (cached == m_heights.constEnd()) {
        if (m_heights.size() > 20000)
            m_heights.clear(); // flat memory whatever the history's size
        cached = m_heights.insert(key, layoutFor(option, index).bubble.height() + kMargin);
    }
    return QSize(option.rect.width(), *cached);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    QColor fill = l.outgoing ? QColor(0xd9, 0xf2, 0xe3) : palette.color(QPalette::AlternateBase);
    if (l.note)
        fill = QColor(0xff, 0xf4, 0xc2);
    if (l.bot)
        fill = QColor(0xe6, 0xe9, 0xf7);
    if (l.failed)
        fill = QColor(0xfb, 0xe3, 0xe3);
    painter->setPen(option.state & QStyle::State_Selected ? palette.color(QPalette::Highlight) : fill.darker(112));
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, 8, 8);

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QColor text(0x20, 0x20, 0x20);
    QColor dim = text;
    dim.setAlphaF(0.6);
    if (!l.headerText.isEmpty()) {
        QFont bold = small;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(dim);
        painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(l.headerText, Qt::ElideRight, l.header.width()));
    }
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRectF(l.body), l.bodyText, wrapping());
    painter->setFont(small);
    painter->setPen(l.failed ? QColor(0xb0, 0x20, 0x20) : dim);
    painter->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(l.footerText, Qt::ElideLeft, l.footer.width()));
    painter->restore();
}

} // namespace relaydesk::ui
