#include "panes/inlinevideo.h"

#include "panes/messagedelegate.h"
#include "widgets/videoplayer.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace relaydesk::ui {

namespace {
constexpr int kControlsHeight = 40; // play, seek, time and close under the picture
}

InlineVideo::InlineVideo(QListView *view, MessageDelegate *delegate, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_delegate(delegate)
{
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &InlineVideo::place);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &InlineVideo::place);
}

VideoPlayer *InlineVideo::open(const QModelIndex &index, int attachment, const QString &mediaId, const QString &title)
{
    close();
    m_index = index;
    m_attachment = attachment;
    // The bubble makes room for the player: its row is laid out again.
    m_delegate->setExpandedAttachment(mediaId, kControlsHeight);
    m_view->doItemsLayout();
    auto *player = new VideoPlayer(title, m_view->viewport());
    player->setInline();
    player->setAttribute(Qt::WA_DeleteOnClose);
    m_player = player;
    m_expanded = true;
    // Closed by its ✕ or Esc: the bubble shrinks back.
    // (isNull(): the player is mid-destruction here, no longer a VideoPlayer to cast to.)
    connect(player, &QObject::destroyed, this, [this] {
        if (m_player.isNull())
            collapse();
    });
    follow();
    place();
    player->show();
    player->playButton()->setFocus();
    return player;
}

void InlineVideo::close()
{
    if (m_player)
        m_player->close();
    m_player = nullptr;
    m_index = QPersistentModelIndex();
    collapse();
}

void InlineVideo::collapse()
{
    if (!m_expanded)
        return;
    m_expanded = false;
    m_delegate->setExpandedAttachment(QString());
    m_view->doItemsLayout();
}

void InlineVideo::follow()
{
    disconnect(m_reset);
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    // Another conversation: the video goes with its bubble.
    m_reset = connect(model, &QAbstractItemModel::modelReset, this, &InlineVideo::close);
    // Rows before it (older pages) or a new layout move it: after the view has laid them out.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &InlineVideo::placeSoon, Qt::UniqueConnection);
}

void InlineVideo::place()
{
    if (!m_player)
        return;
    if (!m_index.isValid()) {
        close(); // its message went (a page let go of, a deletion)
        return;
    }
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    option.rect = m_view->visualRect(m_index);
    const QRect bubble = m_delegate->attachmentRect(option, m_index, m_attachment);
    if (bubble.isEmpty()) {
        m_player->hide();
        return;
    }
    m_player->setGeometry(bubble);
    m_player->setVisible(bubble.intersects(m_view->viewport()->rect()));
    m_player->raise();
}

void InlineVideo::placeSoon()
{
    QTimer::singleShot(0, this, &InlineVideo::place);
}

bool InlineVideo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        placeSoon(); // rows are laid out for the new width first
    return QObject::eventFilter(watched, event);
}

} // namespace relaydesk::ui
