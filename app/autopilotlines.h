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

// The thread's passing lines about the autopilot of the open conversation,
// for servers that do not write activity lines: when its mode changes while
// the conversation is open, a centred line says so under the newest message
// ("You turned the autopilot on", "The autopilot was turned off"), unless
// the server's own line about it (an activity line of type autopilot, or an
// older server's "Autopilot paused: … replied." note) arrives within a
// moment; those stay in the history and say who, so this adds nothing then.
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
    // How long a change waits for the server's own line about it.
    void setPauseNoteWaitMs(int ms) { m_pauseNoteWaitMs = ms; }

private:
    qint64 newestMessage(qint64 conversationId) const;
    bool serverSaid(qint64 conversationId, qint64 since) const;
    void lineUnlessServerSaid(qint64 conversationId, qint64 since, const QString &line, qint64 at);

    models::MessageListModel &m_messages;
    store::Store *m_history = nullptr;
    qint64 m_conversation = 0;
    QString m_mode;
    qint64 m_newestBefore = 0; // the newest message when the mode was last seen unchanged
    QHash<qint64, QString> m_asked;
    int m_pauseNoteWaitMs = 1500;
};

} // namespace relaydesk::app
