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
// `note`), the workspace's quick replies are offered after "/" (the last ones
// read, offline too), and suggested replies come from the server's AI when
// the workspace has one (the button shows only then).
class ComposerLink : public QObject
{
    Q_OBJECT

public:
    // Lives as long as `pane` (its child).
    ComposerLink(ui::ThreadPane &pane, Session &session);

private:
    void sendNote(qint64 conversationId, const QString &text);
    void offerQuickReplies();
    void followWorkspace();
    void suggest(qint64 conversationId);

    ui::ThreadPane &m_pane;
    QPointer<Session> m_session;
};

} // namespace relaydesk::app
