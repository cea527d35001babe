#include "earlywindow.h"

#include "platform/profile.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace relaydesk::app {

namespace {

// Ends `loop` once a widget of `window` has painted: the loop returns after
// the paint's handling, which flushes the frame to the window system in the
// same call chain.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget &window, QEventLoop &loop)
        : m_window(window)
        , m_loop(loop)
    {
        qApp->installEventFilter(this);
    }
    ~FirstPaint() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == &m_window) {
            m_painted = true;
            m_loop.quit();
        }
        return false;
    }

private:
    QWidget &m_window;
    QEventLoop &m_loop;
    bool m_painted = false;
};

} // namespace

bool historyExists(const Profile &profile)
{
    return QFile::exists(profile.databasePath());
}

void showFirstFrame(QWidget &window, int timeoutMs)
{
    QEventLoop loop;
    FirstPaint watch(window, loop);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window.show();
    window.raise();
    window.activateWindow();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    // Calls queued by that paint (the start-up trace's note of the frame) run now, not after the history.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
}

} // namespace relaydesk::app
