#include "bodylimits.h"

#include "httpapi.h"
#include "webhookapi.h"

#include "protocol/limits.h"

#include <QRegularExpression>

namespace relaydesk::server {

static_assert(kJsonBodyLimit == HttpApi::kMaxJsonBody, "the guard lets through what the handler takes");
static_assert(kWebhookBodyLimit == WebhookApi::kMaxWebhookBody, "the guard lets through what the handler takes");

RouteLimit routeLimit(QByteArrayView method, const QString &path)
{
    if (method != "POST")
        return {kDefaultBodyLimit, false};
    if (path == QLatin1String("/v1/media"))
        return {protocol::kMaxDocumentBytes, true}; // the largest kind; MediaStore checks the kind's own
    if (path == QLatin1String("/v1/auth/sign-in"))
        return {kSignInBodyLimit, false};
    static const QRegularExpression webchatMessages(QStringLiteral("^/v1/webchat/[^/]+/messages$"));
    if (webchatMessages.match(path).hasMatch())
        return {kJsonBodyLimit, false};
    static const QRegularExpression webhook(QStringLiteral("^/v1/webhooks/(whatsapp|messenger)/[^/]+$"));
    if (webhook.match(path).hasMatch())
        return {kWebhookBodyLimit, false};
    return {kDefaultBodyLimit, false};
}

} // namespace relaydesk::server
