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
// on a selected message without attachments opens its first link. A
// message's menu (right click, the Menu key, Shift+F10) offers Reply, Open
// link, Copy link address, Copy text, Copy message time, Save attachment…
// and, on the agent's own message that was not sent, Retry sending; Reply,
// Save and Retry are offered where something answers their signal. Ctrl+C
// copies the selected message's text.
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

    // How a message's time is copied: the date and time in full, in the language's words.
    static QString timeText(qint64 msSinceEpoch);

signals:
    void openRequested(const QUrl &url);
    // Answer this message: the composer takes the keyboard.
    void replyRequested(const QModelIndex &index);
    // Save attachment `attachment` of the message at `row`.
    void saveRequested(int row, int attachment);
    // Send the agent's failed message again (its outbox client id).
    void retryRequested(const QString &clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QModelIndex &index, const QPoint &pos);

    QPointer<QListView> m_list;
    MessageDelegate *m_delegate;
};

} // namespace relaydesk::ui
