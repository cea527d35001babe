#pragma once

// With RELAYDESK_STARTUP_TRACE set, the app prints the moments of its start
// on stdout, one line each, on the system's monotonic clock:
//
//     relaydesk-startup first_frame 123456789 MainWindow
//     relaydesk-startup list_painted 123999999 2500
//
// (also trace_installed, profile_ready, history_ready, desktop_built and
// session_resumed, in the order main() reaches them)
//
// relaydesk-bench startup reads them. Nothing is printed, and nothing is
// watched, without the variable. With RELAYDESK_QUIT_AFTER_MS also set the
// app quits by itself after that many milliseconds, so a measured run ends
// cleanly (its history closed as on any quit).

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace relaydesk::app {

class StartupTrace : public QObject
{
public:
    // Null when the environment does not ask for a trace.
    static StartupTrace *installIfAsked(QObject *parent);

    // "list_painted" when this list's viewport paints with rows in it.
    void watchList(QAbstractItemView *list);
    // A moment of the start, at the time of the call.
    void note(const char *event, const QString &detail = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupTrace(QObject *parent);

    QPointer<QAbstractItemView> m_list;
    bool m_framed = false;
    bool m_listPainted = false;
};

} // namespace relaydesk::app
