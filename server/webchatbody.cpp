#include "webchatbody.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

namespace relaydesk::server {

using namespace relaydesk::protocol;

std::optional<QString> webchatMessageText(const QByteArray &body)
{
    const QString text = QJsonDocument::fromJson(body).object().value(QStringLiteral("text")).toString();
    // Too long, U+0000 or an unpaired surrogate (which no client decodes) all change when clamped.
    if (text.trimmed().isEmpty() || clampedText(text, kMaxTextChars) != text)
        return std::nullopt;
    return text;
}

std::optional<qint64> webchatReadUpTo(const QByteArray &body)
{
    const QJsonValue upTo = QJsonDocument::fromJson(body).object().value(QStringLiteral("up_to"));
    const double id = upTo.toDouble();
    if (!upTo.isDouble() || id < 1 || id > double(kMaxSafeInteger) || id != double(qint64(id)))
        return std::nullopt;
    return qint64(id);
}

QString webchatVisitorId(const QByteArray &authorization)
{
    const QByteArray header = authorization.trimmed();
    if (!header.startsWith("Visitor "))
        return {};
    const QByteArray token = header.mid(8).trimmed();
    if (token.size() < 20 || token.size() > 200)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(32));
}

std::optional<QString> normaliseWebchatOrigin(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
        || !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        return std::nullopt;
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    if (url.port() != -1 && url.port() != (scheme == QLatin1String("https") ? 443 : 80))
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded);
}

} // namespace relaydesk::server
