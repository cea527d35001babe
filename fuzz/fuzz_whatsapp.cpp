// WhatsApp Cloud API webhook bodies, as WebhookApi::receive parses them
// (server/whatsapp.cpp), for the number the seeds' test fixture uses.

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
    checkParsed(server::parseWhatsAppWebhook(document.object(), QStringLiteral("106540352242922")));
    return 0;
}
