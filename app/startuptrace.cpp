#include "startuptrace.h"

#include "base/monotonic.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace relaydesk::app {

StartupTrace *StartupTrace::installIfAsked(QObject *parent)
{
    if (qEnvironmentVariableIsEmpty("RELAYDESK_STARTUP_TRACE"))
        return nullptr;
    auto *trace = new StartupTrace(parent);
    bool ok = false;
    const int quitAfterMs = qEnvironmentVariableIntValue("RELAYDESK_QUIT_AFTER_MS", &ok);
    if (ok && quitAfterMs > 0)
        QTimer::singleShot(quitAfterMs, qApp, &QCoreApplication::quit);
    return trace;
}

StartupTrace::StartupTrace(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    note("trace_installed");
}

void StartupTrace::watchList(QAbstractItemView *list)
{
    m_list = list; // its viewport's paints reach the application-wide filter
}

void StartupTrace::note(const char *event, const QString &detail)
{
    const qint64 now = base::monotonicNs();
    std::printf("relaydesk-startup %s %lld %s\n", event, static_cast<long long>(now), qPrintable(detail));
    std::fflush(stdout);
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    // A paint event's handling ends with the backing store flushed to the
    // window system in the same call chain, so a queued call runs once the
    // frame is on screen.
    if (!m_framed && watched->isWidgetType()) {
        m_framed = true;
        const QString name = QString::fromLatin1(static_cast<QWidget *>(watched)->window()->metaObject()->className());
        QMetaObject::invokeMethod(
            this, [this, name] { note("first_frame", name); }, Qt::QueuedConnection);
    }
    if (!m_listPainted && m_list && watched == m_list->viewport() && m_list->model()
        && m_list->model()->rowCount() > 0) {
        m_listPainted = true;
        const QString rows = QString::number(m_list->model()->rowCount());
        QMetaObject::invokeMethod(
            this, [this, rows] { note("list_painted", rows); }, Qt::QueuedConnection);
    }
    if (m_framed && m_listPainted)
        qApp->removeEventFilter(this); // nothing more to see
    return false;
}

} // namespace relaydesk::app
