#pragma once

// A video plays inside the thread, over its own bubble: one player at a time,
// placed on the attachment's rectangle as the delegate lays it out, following
// scrolling, resizing and new rows, hidden while its bubble is out of sight,
// and closed when another conversation opens (or with Esc / its ✕).

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QListView;

namespace relaydesk::ui {

class MessageDelegate;
class VideoPlayer;

class InlineVideo : public QObject
{
    Q_OBJECT

public:
    InlineVideo(QListView *view, MessageDelegate *delegate, QObject *parent = nullptr);

    // A player over attachment `attachment` of the message at `index`
    // (closing the one before); the caller gives it the video.
    VideoPlayer *open(const QModelIndex &index, int attachment, const QString &mediaId, const QString &title);
    void close();
    VideoPlayer *player() const { return m_player; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    // After the view has laid out the rows that moved it.
    void placeSoon();
    void collapse();
    void follow();

    QListView *m_view;
    MessageDelegate *m_delegate;
    QPointer<VideoPlayer> m_player;
    QPersistentModelIndex m_index;
    int m_attachment = 0;
    bool m_expanded = false;
    QMetaObject::Connection m_reset;
};

} // namespace relaydesk::ui
