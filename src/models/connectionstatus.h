#pragma once

// The connection as the agent sees it: one line for the status bar, kept up
// to date from the stream link and the sync engine (a countdown while
// reconnecting, the reason sign-in failed, "downloading" during a first sync).

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace relaydesk::net {
class StreamLink;
}
namespace relaydesk::sync {
class SyncEngine;
}

namespace relaydesk::models {

class ConnectionStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(bool online READ isOnline NOTIFY changed)

public:
    explicit ConnectionStatus(QObject *parent = nullptr);

    // What to follow; nulls mean nobody is signed in (or the history is
    // closed for a moment, with `signedIn`).
    void follow(net::StreamLink *link, sync::SyncEngine *engine, bool signedIn);
    void setServerName(const QString &host)
    {
        m_host = host;
        refresh();
    }
    void setWorkspaceName(const QString &name)
    {
        m_workspace = name;
        refresh();
    }

    QString text() const { return m_text; }
    bool isOnline() const;

    // What the window's banner says (None while online or setting up).
    enum class Attention { None, Offline, Reconnecting, SignedOut, AuthFailed, Incompatible };
    Attention attention() const;

signals:
    void changed();

public slots:
    // Words the state again after a language switch.
    void retranslate();

private:
    void refresh();
    QString compose() const;

    QPointer<net::StreamLink> m_link;
    QPointer<sync::SyncEngine> m_engine;
    bool m_signedIn = false;
    QString m_host;
    QString m_workspace;
    QString m_text;
    QTimer *m_countdown;
};

} // namespace relaydesk::models
