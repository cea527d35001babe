#pragma once

#include "panes/linkhits.h"
#include "widgets/attachmentpainter.h"

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

namespace relaydesk::ui {

class AudioPlayer;
class MediaSource;

// One message as a bubble: the customer's on the left, the agents' and the
// autopilot's on the right (the autopilot's marked as such), private notes
// amber with a padlock, Relaydesk's own notes centred; the time, and for
// outgoing messages a delivery mark (queued ○, sent ✓, delivered ✓✓, read
// ✓✓ in colour) or why it was not sent. Web and e-mail addresses in the
// text are links (a click opens them). A "new messages" line sits above the
// first message that was unread when the conversation opened, and lines
// about the conversation itself (the autopilot paused because an agent
// replied, or switched while it was open) run centred across the thread.
// Attachments are drawn above the caption (widgets/attachmentpainter.h);
// their bytes are asked for only when a bubble is painted. Heights are cached
// per message and width, so scrolling lays out only what shows.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Forget cached heights (the font changed).
    void clearCache() { m_heights.clear(); }
    // A video playing over its bubble gets a block this big (within the
    // bubble's width, keeping 16:9 plus `extraHeight` for its controls); an
    // empty id gives every attachment its usual size again. Clears the cache.
    void setExpandedAttachment(const QString &mediaId, int extraHeight = 0);

    // Where attachments' bytes and the voice-note player come from (may be null).
    void setMedia(MediaSource *media, AudioPlayer *audio);

    static QString statusMark(const QString &status);
    // What a Relaydesk note that is a line across the thread says, in the
    // agent's language ("Autopilot paused: Ana replied"); empty for messages.
    static QString systemLine(const QModelIndex &index);
    // The row as a screen reader says it, in the order the eye reads the
    // bubble: the new-messages line, who wrote (or "Private note by…"), the
    // attachments by kind and name, the text, when, and for the agent's own
    // messages whether they were sent, delivered, read or not sent and why.
    static QString spokenText(const QModelIndex &index);

    // Where the attachment `attachment` of the message at `index` is drawn
    // for a row at `rect` (empty when there is no such attachment).
    QRect attachmentRect(const QStyleOptionViewItem &option, const QModelIndex &index, int attachment) const;
    // What the thread shows about an attachment right now.
    AttachmentPainter::State stateFor(const store::AttachmentRow &attachment) const;

    // The links in a message's text, and the one under `pos` in a row laid
    // out in `option` (invalid: none).
    static QVector<TextLink> linksOf(const QModelIndex &index);
    QUrl linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

signals:
    // A click on a link in a message's text.
    void linkActivated(const QUrl &url);
    // A click on an attachment asked for `action` (an AttachmentPainter::Action);
    // `share` is where on a voice note's bar, for Seek.
    void attachmentAction(const QModelIndex &index, int attachment, int action, double share);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QString m_expandedMedia;
    int m_expandedExtra = 0;
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    mutable QHash<QString, int> m_heights; // message id, width, status and text -> height
    QPointer<MediaSource> m_media;
    QPointer<AudioPlayer> m_audio;
    mutable QHash<QString, qint64> m_durations; // voice notes played this run: media id -> ms
};

} // namespace relaydesk::ui
