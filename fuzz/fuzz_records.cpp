// Every record decoder of protocol/codec.h. The first byte picks the decoder,
// the rest is the record's JSON. A decoded record encodes to JSON that decodes
// to a record that encodes the same.

#include "fuzzcommon.h"

#include <QJsonDocument>

using namespace relaydesk;
using namespace relaydesk::fuzz;

namespace {

template<typename Record>
void roundTrip(const QJsonObject &json, std::optional<Record> (*decode)(const QJsonObject &, QString *),
               const char *what)
{
    QString problem;
    const std::optional<Record> record = decode(json, &problem);
    if (!record) {
        check(!problem.isEmpty(), "a refused record says why");
        return;
    }
    const QJsonObject encoded = protocol::toJson(*record);
    QString again;
    const std::optional<Record> decoded = decode(encoded, &again);
    if (!decoded)
        violated(what, again + QStringLiteral("\n")
                           + QString::fromUtf8(QJsonDocument(encoded).toJson(QJsonDocument::Compact)));
    check(protocol::toJson(*decoded) == encoded, what,
          QString::fromUtf8(QJsonDocument(encoded).toJson(QJsonDocument::Compact)));
}

void eventRoundTrip(const QJsonObject &json)
{
    QString problem;
    const std::optional<protocol::Event> event = protocol::decodeEvent(json, &problem);
    if (!event) {
        check(!problem.isEmpty(), "a refused event says why");
        return;
    }
    const QJsonObject encoded = protocol::encodeEvent(*event);
    QString again;
    const std::optional<protocol::Event> decoded = protocol::decodeEvent(encoded, &again);
    if (!decoded)
        violated("an encoded event decodes", again);
    check(protocol::encodeEvent(*decoded) == encoded, "an event round-trips");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonObject json = QJsonDocument::fromJson(bytesOf(data + 1, size - 1)).object();
    switch (data[0] % 11) {
    case 0:
        roundTrip(json, protocol::attachmentFromJson, "attachment round-trips");
        break;
    case 1:
        roundTrip(json, protocol::contactFromJson, "contact round-trips");
        break;
    case 2:
        roundTrip(json, protocol::leadFromJson, "lead round-trips");
        break;
    case 3:
        roundTrip(json, protocol::conversationFromJson, "conversation round-trips");
        break;
    case 4:
        roundTrip(json, protocol::messageFromJson, "message round-trips");
        break;
    case 5:
        roundTrip(json, protocol::messageUpdateFromJson, "message update round-trips");
        break;
    case 6:
        roundTrip(json, protocol::messageDeletionFromJson, "message deletion round-trips");
        break;
    case 7:
        roundTrip(json, protocol::contactErasureFromJson, "contact erasure round-trips");
        break;
    case 8:
        roundTrip(json, protocol::bodiesPurgeFromJson, "bodies purge round-trips");
        break;
    case 9:
        roundTrip(json, protocol::workspaceSettingsFromJson, "workspace settings round-trip");
        break;
    default:
        eventRoundTrip(json);
        break;
    }
    return 0;
}
