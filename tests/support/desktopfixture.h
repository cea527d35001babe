#pragma once

// The app as main() builds it (app::Desktop) over a fresh profile and a new
// encrypted history, for the end-to-end suites; header-only, for the suites
// that link relaydesk-app.

#include "desktop.h"
#include "linkclient.h"
#include "session.h"

#include "platform/notifier.h"
#include "platform/profile.h"
#include "store/mediacache.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace relaydesk::test {

struct DesktopFixture
{
    QTemporaryDir root;
    // The history's key: the same one opens the profile again after a quit.
    store::DatabaseKey key = store::DatabaseKey::generateRaw();
    std::optional<Profile> profile;
    std::unique_ptr<store::Store> history;
    std::unique_ptr<store::MediaCache> cache;
    std::unique_ptr<app::Desktop> desktop;

    // False (with a warning) if the profile or the history cannot be opened.
    // With `withMediaCache`, attachments can be uploaded and downloaded.
    bool open(const QUrl &server, bool withMediaCache = false, const QString &name = QStringLiteral("agent"))
    {
        profile = Profile::open(root.filePath(name), nullptr);
        if (!profile)
            return false;
        store::OpenError openError;
        history = store::Store::open({profile->databasePath(), profile->searchIndexPath()}, key, &openError);
        if (!history) {
            qWarning() << openError.message;
            return false;
        }
        if (withMediaCache)
            cache = std::make_unique<store::MediaCache>(profile->cacheDirectory() + QStringLiteral("/media"),
                                                        QByteArray(store::MediaCache::KeyBytes, 'k'), 64 * 1024 * 1024);
        desktop = std::make_unique<app::Desktop>(*profile, history, cache.get(), server, platform::Notifier::create());
        return true;
    }

    // Signs `email` in to `server` with the suites' password; false if it
    // was refused or no answer came within the deadline.
    bool signIn(const QUrl &server, const QString &email)
    {
        bool done = false, ok = false;
        desktop->session().signIn(server, email, QString::fromUtf8(kPassword), [&](bool success, const QString &) {
            done = true;
            ok = success;
        });
        QDeadlineTimer deadline(kDeadlineMs);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        return ok;
    }

    // Everything goes in the order main() ends: the window and session,
    // then the media cache, then the history. Open() may follow again.
    void quit()
    {
        desktop.reset();
        cache.reset();
        history.reset();
    }

    ~DesktopFixture() { quit(); }
};

} // namespace relaydesk::test
