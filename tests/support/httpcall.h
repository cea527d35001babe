#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace relaydesk::test {

struct HttpAnswer
{
    int status = 0;   // 0: no answer within the deadline
    QJsonObject body; // when the answer is JSON
    QByteArray raw;
    QByteArray contentType;
};

// One JSON request to a test server, waited for (tests only). `path` may
// carry a query.
HttpAnswer httpCall(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &authorization = {});

// Adds an agent with `password` (and a display `name` and a `role`, agent or
// admin, if given) through the server's admin command.
bool addAgent(const QString &dataDirectory, const QString &email, const QString &workspace, const QByteArray &password,
              const QString &name = {}, const QString &role = {});

// Sets a workspace's channel and autopilot settings (docs/channels.md)
// through the server's admin command; true when it took them.
bool setChannelSettings(const QString &dataDirectory, const QString &workspace, const QJsonObject &settings);

} // namespace relaydesk::test
