#pragma once

// A signed-in agent's client for end-to-end suites: a fresh encrypted
// history, the REST client, the stream link and the sync engine, wired as the
// app wires them. Header-only, for suites that link relaydesk-core.

#include "httpcall.h"

#include "net/apiclient.h"
#include "net/streamlink.h"
#include "store/databasekey.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/historybackfill.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

namespace relaydesk::test {

inline constexpr int kDeadlineMs = 30000; // a deadline for a hang, not a pause
inline const QByteArray kPassword = "agent password 1";

// One agent's client: profile, encrypted store and the link.
struct Client
{
    Client(const QUrl &server, const QString &profileDir, const store::DatabaseKey &key)
        : key(key)
    {
        store::OpenError error;
        history = store::Store::open({profileDir + QStringLiteral("/history.db"),
                                      profileDir + QStringLiteral("/search.db")},
                                     key, &error);
        if (!history) {
            qWarning() << error.message;
            return;
        }
        api = std::make_unique<net::ApiClient>(server);
        link = std::make_unique<net::StreamLink>(server, [this] { return engine ? engine->queuedSeq() : 0; });
        link->honourReachabilityForLoopback(true); // tests play "no network" against a loopback server
        engine = std::make_unique<sync::SyncEngine>(*history, *api, *link);
        outbox = std::make_unique<sync::OutboxSender>(*history, *link);
    }
    ~Client()
    {
        backfill.reset();
        outbox.reset();
        engine.reset();
        link.reset();
        api.reset();
        history.reset();
    }

    bool signIn(const QString &email, const QByteArray &password)
    {
        bool done = false, ok = false;
        api->signIn(email, QString::fromUtf8(password),
                    [&](std::optional<net::SignedIn> result, const net::ApiError &) {
                        ok = result.has_value();
                        done = true;
                    });
        QDeadlineTimer deadline(kDeadlineMs);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        return ok;
    }

    // Every message text in the store, per conversation oldest first.
    QStringList texts()
    {
        QStringList all;
        for (const store::ConversationRow &row : history->reader().conversations({}, 1000)) {
            for (const store::MessageRow &message : history->reader().newestMessages(row.id, 100000))
                all.append(message.text);
        }
        all.sort();
        return all;
    }

    store::DatabaseKey key;
    std::unique_ptr<store::Store> history;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<net::StreamLink> link;
    std::unique_ptr<sync::SyncEngine> engine;
    std::unique_ptr<sync::OutboxSender> outbox;
    std::unique_ptr<sync::HistoryBackfill> backfill; // made by suites that want it

    void startBackfill() { backfill = std::make_unique<sync::HistoryBackfill>(*history, *api, *engine); }
};

// The web chat side: a workspace's widget key (through an agent's sign-in),
// a new visitor, and a customer message.
inline QString widgetKeyOf(const QUrl &server, const QString &email)
{
    const HttpAnswer answer = httpCall(server, "POST", QStringLiteral("/v1/auth/sign-in"),
                                       QJsonObject{{QStringLiteral("email"), email},
                                                   {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    return answer.body.value(QStringLiteral("workspace")).toObject().value(QStringLiteral("widget_key")).toString();
}

inline QString newVisitor(const QUrl &server, const QString &widgetKey)
{
    return httpCall(server, "POST", QStringLiteral("/v1/webchat/%1/visitors").arg(widgetKey))
        .body.value(QStringLiteral("visitor_token"))
        .toString();
}

inline bool customerWrites(const QUrl &server, const QString &widgetKey, const QString &visitor, const QString &text)
{
    const int status = httpCall(server, "POST", QStringLiteral("/v1/webchat/%1/messages").arg(widgetKey),
                                QJsonObject{{QStringLiteral("text"), text}}, "Visitor " + visitor.toLatin1())
                           .status;
    return status / 100 == 2;
}

// Server flags that lift the web chat rate limits and the per-token ones: the
// customers in a test are one process on one address, faster than any
// person, and a test's agent works faster than any person too
// (tst_server_sessions checks the per-token limits).
inline QStringList unlimitedWebchat()
{
    return {QStringLiteral("--webchat-visitors-per-minute"),         QStringLiteral("0"),
            QStringLiteral("--webchat-messages-per-minute"),         QStringLiteral("0"),
            QStringLiteral("--webchat-address-messages-per-minute"), QStringLiteral("0"),
            QStringLiteral("--token-requests-per-minute"),           QStringLiteral("0"),
            QStringLiteral("--token-commands-per-minute"),           QStringLiteral("0")};
}

} // namespace relaydesk::test
