#pragma once

// A conversation in its own window (Conversation → Pop out): its own thread
// and message list over the same history and session, so the agent can keep
// it in view while working elsewhere in the main window. Replies, files and
// the reply window work as in the main window; each window closes by itself
// when the history closes.

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace relaydesk::store {
class Store;
}
namespace relaydesk::ui {
class DraftBook;
class ThreadPane;
} // namespace relaydesk::ui

namespace relaydesk::app {

class Session;

class PopOutThreads : public QObject
{
    Q_OBJECT

public:
    PopOutThreads(Session &session, QObject *parent = nullptr);
    ~PopOutThreads() override;

    // Opens (or raises) the conversation's own window.
    void open(store::Store *history, qint64 conversationId, const QString &title, const QString &temporaryDirectory);
    void closeAll();
    // Drafts shared with the main window's thread.
    void setDraftBook(ui::DraftBook *drafts);
    // The window of a conversation, if popped out (tests).
    QWidget *windowOf(qint64 conversationId) const { return m_windows.value(conversationId); }
    ui::ThreadPane *paneOf(qint64 conversationId) const;

private:
    void wire(ui::ThreadPane *pane, store::Store *history);

    Session &m_session;
    QHash<qint64, QPointer<QWidget>> m_windows;
    QPointer<ui::DraftBook> m_drafts;
};

} // namespace relaydesk::app
