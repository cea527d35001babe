#include "platform/keychain.h"

#include "base/postback.h"
#include "platform/log.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace relaydesk::platform {

namespace {

enum class Operation { Read, Write, Remove };

// A job for one request; QtKeychain deletes it after `finished`.
QKeychain::Job *makeJob(Operation operation, const QString &service, const QString &key, const QByteArray &secret)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setBinaryData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

Keychain::Result resultOf(Operation operation, QKeychain::Job &job)
{
    Keychain::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Keychain::Status::Ok;
        if (operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob &>(job).binaryData();
        break;
    case QKeychain::EntryNotFound:
        // Nothing to remove is what was wanted.
        result.status = operation == Operation::Remove ? Keychain::Status::Ok : Keychain::Status::NotFound;
        break;
    default:
        // No Secret Service, no D-Bus, a locked or refused keychain: the
        // caller treats all of them as "no keychain", never as "no entry".
        result.status = Keychain::Status::Unavailable;
        result.error = job.errorString();
        qCInfo(lcPlatform) << "keychain unavailable:" << job.errorString();
        break;
    }
    return result;
}

// QtKeychain queues its jobs in one global executor that is not thread-safe,
// so every job of the process runs on this one thread, with its own event
// loop: the UI thread never runs a nested loop for the keychain, and a
// caller that has to wait waits on this thread, not in an event loop.
class KeychainThread
{
public:
    static QObject *worker()
    {
        static KeychainThread *instance = [] {
            auto *created = new KeychainThread;
            // Ended with the application, before Qt's own clean-up.
            qAddPostRoutine([] { stop(); });
            return created;
        }();
        return instance->m_worker;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    static void stop()
    {
        QThread *thread = worker()->thread();
        thread->quit();
        thread->wait();
    }

    QThread m_thread;
    QObject *m_worker = nullptr;
};

// Starts a job on the keychain thread; `finish` runs there with the result.
void runJob(Operation operation, const QString &service, const QString &key, const QByteArray &secret,
            std::function<void(const Keychain::Result &)> finish)
{
    QMetaObject::invokeMethod(
        KeychainThread::worker(),
        [operation, service, key, secret, finish = std::move(finish)] {
            QKeychain::Job *job = makeJob(operation, service, key, secret);
            QObject::connect(job, &QKeychain::Job::finished, job,
                             [operation, finish](QKeychain::Job *done) { finish(resultOf(operation, *done)); });
            job->start();
        },
        Qt::QueuedConnection);
}

void ask(Operation operation, const QString &service, const QString &key, const QByteArray &secret, QObject *context,
         Keychain::Done done)
{
    if (!done) {
        runJob(operation, service, key, secret, [](const Keychain::Result &) {});
        return;
    }
    // The answer goes back to the main thread; a context gone by then drops it.
    QPointer<QObject> guard(context ? context : QCoreApplication::instance());
    runJob(operation, service, key, secret, [guard, done = std::move(done)](const Keychain::Result &result) {
        base::postBack(guard, [done, result](QObject *) { done(result); });
    });
}

std::future<Keychain::Result> askForLater(Operation operation, const QString &service, const QString &key,
                                          const QByteArray &secret)
{
    auto answer = std::make_shared<std::promise<Keychain::Result>>();
    std::future<Keychain::Result> result = answer->get_future();
    runJob(operation, service, key, secret,
           [answer](const Keychain::Result &finished) { answer->set_value(finished); });
    return result;
}

Keychain::Result askAndWait(Operation operation, const QString &service, const QString &key, const QByteArray &secret)
{
    Q_ASSERT_X(QThread::currentThread() != KeychainThread::worker()->thread(), "Keychain",
               "waiting on the keychain thread itself");
    return askForLater(operation, service, key, secret).get();
}

// Reads started by readAhead, by service and key, until a readNow takes them.
class ReadsAhead
{
public:
    static void add(const QString &service, const QString &key, std::future<Keychain::Result> answer)
    {
        std::lock_guard lock(mutex());
        reads()[{service, key}] = std::move(answer);
    }
    static std::optional<std::future<Keychain::Result>> take(const QString &service, const QString &key)
    {
        std::lock_guard lock(mutex());
        const auto found = reads().find({service, key});
        if (found == reads().end())
            return std::nullopt;
        std::future<Keychain::Result> answer = std::move(found->second);
        reads().erase(found);
        return answer;
    }

private:
    using Reads = std::map<std::pair<QString, QString>, std::future<Keychain::Result>>;
    static Reads &reads()
    {
        static Reads pending;
        return pending;
    }
    static std::mutex &mutex()
    {
        static std::mutex lock;
        return lock;
    }
};

} // namespace

void Keychain::read(const QString &service, const QString &key, QObject *context, Done done)
{
    ask(Operation::Read, service, key, {}, context, std::move(done));
}

void Keychain::write(const QString &service, const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    ask(Operation::Write, service, key, secret, context, std::move(done));
}

void Keychain::remove(const QString &service, const QString &key, QObject *context, Done done)
{
    ask(Operation::Remove, service, key, {}, context, std::move(done));
}

Keychain::Result Keychain::readNow(const QString &service, const QString &key)
{
    if (std::optional<std::future<Result>> ahead = ReadsAhead::take(service, key))
        return ahead->get();
    return askAndWait(Operation::Read, service, key, {});
}

void Keychain::readAhead(const QString &service, const QString &key)
{
    ReadsAhead::add(service, key, askForLater(Operation::Read, service, key, {}));
}

Keychain::Result Keychain::writeNow(const QString &service, const QString &key, const QByteArray &secret)
{
    return askAndWait(Operation::Write, service, key, secret);
}

Keychain::Result Keychain::removeNow(const QString &service, const QString &key)
{
    return askAndWait(Operation::Remove, service, key, {});
}

} // namespace relaydesk::platform
