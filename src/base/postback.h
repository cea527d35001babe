#pragma once

// Handing a worker thread's result back to an object on the application's
// main thread.
//
// QMetaObject::invokeMethod(guard.data(), …) from a worker reads the guard on
// the wrong thread: the object can be destroyed between that read and the
// post, and the event then goes to freed memory. postBack posts to the
// application object instead, which outlives every job (QCoreApplication
// waits for the global thread pool, and the store joins its threads before
// it goes), and looks at the guard only on the main thread, where the object
// is destroyed. If the object is gone by then, the result is dropped.

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <utility>

namespace relaydesk::base {

// Calls fn(object) on the main thread later, if `receiver` still exists then.
// Safe to call from any thread. `receiver` must live on the main thread.
template<typename T, typename Fn>
void postBack(QPointer<T> receiver, Fn &&fn)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return; // the application is already gone; so is every receiver
    QMetaObject::invokeMethod(
        app,
        [receiver = std::move(receiver), fn = std::forward<Fn>(fn)]() mutable {
            T *object = receiver.data();
            if (!object)
                return;
            Q_ASSERT_X(object->thread() == QThread::currentThread(), "postBack",
                       "the receiver must live on the main thread");
            fn(object);
        },
        Qt::QueuedConnection);
}

// As above, and calls gone() on the main thread instead if the receiver is
// gone by then (to clean up what the job made for it).
template<typename T, typename Fn, typename Gone>
void postBack(QPointer<T> receiver, Fn &&fn, Gone &&gone)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
        app,
        [receiver = std::move(receiver), fn = std::forward<Fn>(fn), gone = std::forward<Gone>(gone)]() mutable {
            if (T *object = receiver.data())
                fn(object);
            else
                gone();
        },
        Qt::QueuedConnection);
}

} // namespace relaydesk::base
