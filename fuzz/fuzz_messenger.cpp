// Messenger Platform webhook bodies, as WebhookApi::receive parses them
// (server/messenger.cpp), for the page the seeds' test fixture uses.

#include "webhookchecks.h"

#include <QJsonDocument>

using namespace relaydesk;
using namespace relaydesk::fuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(data, size), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0; // refused before parsing (webhookapi.cpp)
    checkParsed(server::parseMessengerWebhook(document.object(), QStringLiteral("1234567890")));
    return 0;
}
