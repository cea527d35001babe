#pragma once

#include <QObject>
#include <QPointer>

namespace relaydesk::ui {
class ThreadPane;
}

namespace relaydesk::app {

class Session;

// What one thread pane's composer gets from the session, in the main window
// and in each popped-out one: private notes go through the outbox (kind
// `note`), and the workspace's quick replies are offered after "/" (the last
// ones read, offline too).
class ComposerLink : public QObject
{
    Q_OBJECT

public:
    // Lives as long as `pane` (its child).
    ComposerLink(ui::ThreadPane &pane, Session &session);

private:
    void sendNote(qint64 conversationId, const QString &text);
    void offerQuickReplies();

    ui::ThreadPane &m_pane;
    QPointer<Session> m_session;
};

} // namespace relaydesk::app
