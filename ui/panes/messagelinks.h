#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QListView;
class QMenu;
class QModelIndex;
class QPoint;
class QStyleOptionViewItem;

namespace relaydesk::ui {

class MessageDelegate;

// Links in the thread's bubbles, for the mouse and the keyboard: a pointing
// hand over a link, a click opens it (the delegate reports the click), Enter
// on a selected message without attachments opens its first link, and the
// context menu (right click, the Menu key) offers Open link, Copy link
// address and Copy text. Ctrl+C copies the selected message's text.
class MessageLinks : public QObject
{
    Q_OBJECT

public:
    MessageLinks(QListView *list, MessageDelegate *delegate, QObject *parent = nullptr);

    // The menu for the message at `index`, about the link under `pos` (in
    // the viewport) or else its first link. The caller owns it.
    QMenu *menuFor(const QModelIndex &index, const QPoint &pos, QWidget *parent = nullptr);
    // What the delegate is given for the row at `index`.
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;

signals:
    void openRequested(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QModelIndex &index, const QPoint &pos);

    QPointer<QListView> m_list;
    MessageDelegate *m_delegate;
};

} // namespace relaydesk::ui
