#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace relaydesk::models {
class MessageListModel;
}
namespace relaydesk::store {
class Store;
}

namespace relaydesk::app {

// The thread's lines about the autopilot of the open conversation, derived
// from the store: when its mode changes while the conversation is open, a
// centred line says so under the newest message ("You turned the autopilot
// on", "The autopilot was turned off"). The server says who paused it after
// a manual reply with a system note of its own (drawn as a line by the
// thread), so that case makes no second line; for a switch by someone else
// the event does not say who, so the line does not either.
class AutopilotLines : public QObject
{
    Q_OBJECT

public:
    explicit AutopilotLines(models::MessageListModel &messages, QObject *parent = nullptr);

    void setStore(store::Store *history) { m_history = history; }
    // This agent asked for `mode` in that conversation (the header's switch, the shortcut).
    void asked(qint64 conversationId, const QString &mode);
    // The store shows the open conversation with this mode now.
    void seen(qint64 conversationId, const QString &mode);
    // How long a change to "off" waits for the server's own pause note.
    void setPauseNoteWaitMs(int ms) { m_pauseNoteWaitMs = ms; }

private:
    qint64 newestMessage(qint64 conversationId) const;
    void lineAfterPause(qint64 conversationId, qint64 since, qint64 at);

    models::MessageListModel &m_messages;
    store::Store *m_history = nullptr;
    qint64 m_conversation = 0;
    QString m_mode;
    qint64 m_newestBefore = 0; // the newest message when the mode was last seen unchanged
    QHash<qint64, QString> m_asked;
    int m_pauseNoteWaitMs = 1500;
};

} // namespace relaydesk::app
