#pragma once

#include <QStyledItemDelegate>
#include <QVector>

#include <utility>

namespace relaydesk::ui {

// One row of the conversation list: an avatar with the customer's initials
// in the customer's own colour and the channel's mark on its corner, the
// name, the time of the last activity, the last message (or the agent's
// draft, marked "Draft:") on one line, and the unread count; a row with
// unread messages has its name and last message in bold, and a snoozed one
// says until when it sleeps. Every row has the same height.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "14:05" today, "Mon" this week, a short date before.
    static QString shortTime(qint64 msSinceEpoch, const QDateTime &now);
    // When a snoozed conversation wakes, as its row says it in place of the
    // time: "Until 17:00" today, "Until Mon 09:00" within the coming week,
    // the short date and time after that.
    static QString wakeTime(qint64 msSinceEpoch, const QDateTime &now);
    // The letters on a customer's avatar: the first of the first and of the
    // last word ("Siti Rahayu": "SR"; "Budi": "B"), each a whole grapheme
    // (a Devanagari akshara: "प्रिया" gives "प्रि"; no dangling virama) and upper
    // case where the script has it. Words in brackets, leading punctuation and
    // words with digits ("Visitor B1FC50") do not count while others do; a
    // name without letters shows its first grapheme, an empty one "?".
    static QString initials(const QString &name);
    // The avatar's colour for a customer: picked from avatarPalette() by the
    // contact id, the same on every run and every computer (by the name
    // where there is no id).
    static QColor avatarColor(qint64 contactId, const QString &name = QString());
    // Colours white initials read on, in light and dark themes alike.
    static const QVector<QColor> &avatarPalette();

    // The row's second line, on one line (line breaks and runs of spaces
    // folded): "Draft: …" when the agent left a draft here, else the last
    // message. `marked` are the ranges of the draft's label ("Draft:").
    struct Preview
    {
        QString text;
        QVector<std::pair<int, int>> marked;
    };
    static Preview preview(const QModelIndex &index);
};

} // namespace relaydesk::ui
