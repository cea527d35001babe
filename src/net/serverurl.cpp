#include "net/serverurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace relaydesk::net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

std::optional<QUrl> parseServerUrl(const QString &text, QString *error)
{
    QString unused;
    if (!error)
        error = &unused;
    const QString trimmed = text.trimmed();
    QUrl url = QUrl::fromUserInput(trimmed);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        *error =
            QCoreApplication::translate("ServerUrl",
                                        "\"%1\" is not a server address. Use a form like https://relay.example.com.")
                .arg(trimmed);
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error = QCoreApplication::translate("ServerUrl",
                                             "The server address must start with https:// (or http:// for this "
                                             "computer), not %1://.")
                     .arg(scheme);
        return std::nullopt;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        *error = QCoreApplication::translate("ServerUrl",
                                             "%1 is not on this computer, so the connection must be encrypted. "
                                             "Use https://%1 instead.")
                     .arg(url.host());
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        *error = QCoreApplication::translate("ServerUrl", "Do not put a user name or password in the server address; "
                                                          "you sign in after connecting.");
        return std::nullopt;
    }
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl streamUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(server.path() + QStringLiteral("/v1/stream"));
    return url;
}

} // namespace relaydesk::net
