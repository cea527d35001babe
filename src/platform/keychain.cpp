#include "platform/keychain.h"

#include "platform/log.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace relaydesk::platform {

namespace {

Keychain::Result finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    Keychain::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Keychain::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = Keychain::Status::NotFound;
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

} // namespace

Keychain::Result Keychain::read(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    Result result = finish(job);
    if (result.status == Status::Ok)
        result.secret = job.binaryData();
    return result;
}

Keychain::Result Keychain::write(const QString &service, const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setBinaryData(secret);
    return finish(job);
}

Keychain::Result Keychain::remove(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    Result result = finish(job);
    if (result.status == Status::NotFound)
        result.status = Status::Ok; // nothing to remove is what was wanted
    return result;
}

} // namespace relaydesk::platform
