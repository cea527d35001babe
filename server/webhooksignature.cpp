#include "webhooksignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace relaydesk::server {

QByteArray webhookSignature(const QByteArray &body, const QByteArray &appSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    // Only the length may leak, which a hex digest of fixed size or a
    // verify token an admin chose does not make secret.
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool isValidWebhookSignature(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256="))
        return false;
    // Hex digits in either case.
    const QByteArray given = "sha256=" + header.mid(7).trimmed().toLower();
    return equalInConstantTime(given, webhookSignature(body, appSecret));
}

} // namespace relaydesk::server
