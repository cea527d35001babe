#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace relaydesk::ui {

// One message as a bubble: the customer's on the left, the agents' and the
// autopilot's on the right (the autopilot's marked as such), private notes
// tinted; the time, and for outgoing messages a delivery mark (queued ○,
// sent ✓, delivered ✓✓, read ✓✓ in colour) or why it was not sent. Heights
// are cached per message and width, so scrolling lays out only what shows.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Forget cached heights (the font changed).
    void clearCache() { m_heights.clear(); }

    static QString statusMark(const QString &status);

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    mutable QHash<QString, int> m_heights; // message id, width, status and text -> height
};

} // namespace relaydesk::ui
