#pragma once

#include <QStyledItemDelegate>

namespace relaydesk::ui {

// One row of the conversation list: an avatar with the customer's initials
// (coloured by channel), the name, the time of the last activity, the last
// message and the unread count. Every row has the same height.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "14:05" today, "Mon" this week, a short date before.
    static QString shortTime(qint64 msSinceEpoch, const QDateTime &now);
    static QString initials(const QString &name);
};

} // namespace relaydesk::ui
