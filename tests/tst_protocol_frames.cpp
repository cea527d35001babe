#include "codecfixture.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace relaydesk::protocol;
using namespace relaydesk::test;

namespace {

struct NamedFrame
{
    const char *name;
    const char *type;
    Frame frame;
};

QVector<NamedFrame> sampleFrames()
{
    Command send;
    send.clientId = QStringLiteral("3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b");
    send.name = QString::fromLatin1(commands::kMessageSend);
    send.args = QJsonObject{{QStringLiteral("conversation_id"), 9001},
                            {QStringLiteral("kind"), QStringLiteral("text")},
                            {QStringLiteral("text"), QStringLiteral("नमस्ते 👋")},
                            {QStringLiteral("attachments"), QJsonArray{}},
                            {QStringLiteral("reply_to"), QJsonValue::Null}};
    Command typing;
    typing.clientId = QStringLiteral("t.1:2");
    typing.name = QString::fromLatin1(commands::kTyping);

    Ack accepted;
    accepted.clientId = send.clientId;
    accepted.result = QJsonObject{{QStringLiteral("message_id"), 700002}, {QStringLiteral("created_at"), kT0 + 200}};
    Ack conflict;
    conflict.clientId = QStringLiteral("lead-42");
    conflict.ok = false;
    conflict.errorCode = QString::fromLatin1(errors::kConflict);
    conflict.errorMessage = QStringLiteral("Someone else changed this lead.");
    conflict.current = toJson(sampleLead());
    Ack refused;
    refused.clientId = QStringLiteral("x");
    refused.ok = false;
    refused.errorCode = QString::fromLatin1(errors::kWindowClosed);

    Hello hello;
    hello.token = QStringLiteral("rdt_Zm9vYmFyYmF6cXV4");
    hello.lastSeq = 41230;
    hello.clientName = QStringLiteral("relaydesk");
    hello.clientVersion = QStringLiteral("0.3.0 (linux)");

    return {
        {"hello", "hello", hello},
        {"hello (fresh client)", "hello", Hello{kProtocolVersion, QStringLiteral("t"), 0, {}, {}, {}}},
        {"welcome", "welcome", Welcome{kProtocolVersion, 7, 3, 41250, 15000, {}}},
        {"event", "event", Event{41231, sampleAgentMessage()}},
        {"command (message.send)", "command", send},
        {"command (no args)", "command", typing},
        {"ack (ok)", "ack", accepted},
        {"ack (conflict with current)", "ack", conflict},
        {"ack (refused, no message)", "ack", refused},
        {"error", "error", ErrorFrame{QStringLiteral("unknown_type"), QStringLiteral("…"), 0}},
        {"error (protocol_mismatch)", "error",
         ErrorFrame{QStringLiteral("protocol_mismatch"), QStringLiteral("This server speaks version 1."), 1}},
        {"resync", "resync", Resync{QStringLiteral("too_far_behind"), 41250}},
        {"ping", "ping", Ping{12}},
        {"pong", "pong", Pong{0}},
        {"presence (viewing)", "presence", Presence{9001, 8, PresenceActivity::Viewing, kT0 + 30000}},
        {"presence (typing ended)", "presence", Presence{9001, 8, PresenceActivity::Typing, 0}},
    };
}

// --- Frames-only JSON helpers ----------------------------------------------------------

QJsonObject conversationEvent()
{
    return encodeEvent(Event{11, sampleConversation()});
}
QJsonObject contactEvent()
{
    return encodeEvent(Event{12, sampleContact()});
}
QJsonObject leadEvent()
{
    return encodeEvent(Event{13, sampleLead()});
}
QJsonObject updateEvent()
{
    return encodeEvent(Event{14, sampleStatusUpdate()});
}

void collectPaths(const QJsonValue &value, const QStringList &prefix, QVector<QStringList> *out)
{
    if (!prefix.isEmpty())
        out->append(prefix);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), prefix + QStringList{it.key()}, out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), prefix + QStringList{QString::number(i)}, out);
    }
}

QJsonValue nested(int depth)
{
    QJsonValue v = QJsonArray{1};
    for (int i = 0; i < depth; ++i)
        v = QJsonArray{v};
    return v;
}

} // namespace

class TestProtocolFrames : public QObject
{
    Q_OBJECT

private slots:
    void framesRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("type");
        const auto frames = sampleFrames();
        QSet<int> covered;
        for (int i = 0; i < frames.size(); ++i) {
            covered.insert(int(frames[i].frame.index()));
            QTest::newRow(frames[i].name) << i << QString::fromLatin1(frames[i].type);
        }
        QCOMPARE(covered.size(), int(std::variant_size_v<Frame>));
    }

    void framesRoundTrip()
    {
        QFETCH(int, index);
        QFETCH(QString, type);
        const Frame frame = sampleFrames().at(index).frame;
        QCOMPARE(frameType(frame), type);

        const QByteArray bytes = encodeFrame(frame);
        QVERIFY(!bytes.contains('\n')); // compact
        QVERIFY(bytes.size() <= kMaxFrameBytes);
        QCOMPARE(parse(bytes).value(QLatin1String("type")).toString(), type);

        DecodeError error;
        const auto decoded = decodeFrame(bytes, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->index(), frame.index());
        QCOMPARE(dump(*decoded), dump(frame));
        QCOMPARE(encodeFrame(*decoded), bytes);
    }

    void wireShapeMatchesTheDocs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // The frame examples of docs/protocol.md, compacted: keep the two in step.
        QTest::newRow("hello") << QByteArray(
            R"({"type":"hello","protocol":2,"token":"rdt_5f0c9a7e2b8d4c1fa3e6b9d0c7f2a8e1","last_seq":41230,"client":{"name":"relaydesk","version":"0.3.0"}})")
                               << QStringLiteral("hello|2|rdt_5f0c9a7e2b8d4c1fa3e6b9d0c7f2a8e1|41230|relaydesk|0.3.0");
        QTest::newRow("welcome") << QByteArray(
            R"({"type":"welcome","protocol":2,"agent_id":7,"workspace_id":3,"head_seq":41250,"heartbeat_ms":15000})")
                                 << QStringLiteral("welcome|2|7|3|41250|15000");
        QTest::newRow("message.created")
            << QByteArray(
                   R"({"type":"event","seq":41231,"kind":"message.created","data":{"id":700001,"client_id":null,"conversation_id":9001,"author":"customer","author_id":501,"author_name":"Aisha","kind":"text","text":"مرحبا، أين طلبي؟","status":"delivered","failure_reason":"","created_at":1718000000100,"edited_at":null,"reply_to":null,"attachments":[]}})")
            << QStringLiteral(
                   "event|41231|message|700001||9001|customer|501|Aisha|text|مرحبا، أين طلبي؟|delivered||1718000000100|0|0");
        QTest::newRow("conversation.upserted")
            << QByteArray(
                   R"({"type":"event","seq":41232,"kind":"conversation.upserted","data":{"id":9001,"contact_id":501,"channel":"whatsapp","status":"open","assignee_id":null,"unread_count":1,"last_activity":1718000000100,"last_preview":"مرحبا، أين طلبي؟","autopilot":"off","muted":false,"snoozed_until":null,"window_expires_at":1718086400100}})")
            << QStringLiteral(
                   "event|41232|conversation|9001|501|whatsapp|open|0|1|1718000000100|مرحبا، أين طلبي؟|off|0|0|1718086400100|normal");
        QTest::newRow("conversation.upserted (priority)")
            << QByteArray(
                   R"({"type":"event","seq":41235,"kind":"conversation.upserted","data":{"id":9001,"contact_id":501,"channel":"whatsapp","status":"open","assignee_id":7,"unread_count":0,"last_activity":1718000000500,"last_preview":"مرحبا، أين طلبي؟","autopilot":"off","muted":false,"snoozed_until":null,"window_expires_at":1718086400100,"priority":"urgent"}})")
            << QStringLiteral(
                   "event|41235|conversation|9001|501|whatsapp|open|7|0|1718000000500|مرحبا، أين طلبي؟|off|0|0|1718086400100|urgent");
        QTest::newRow("command conversation.priority")
            << QByteArray(
                   R"({"type":"command","client_id":"5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b","name":"conversation.priority","args":{"conversation_id":9001,"priority":"urgent"}})")
            << QStringLiteral(
                   R"(command|5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b|conversation.priority|{"conversation_id":9001,"priority":"urgent"})");
        QTest::newRow("message.updated")
            << QByteArray(
                   R"({"type":"event","seq":41240,"kind":"message.updated","data":{"id":700002,"client_id":"3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b","status":"read"}})")
            << QStringLiteral("event|41240|update|700002|3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b|read||(no text)|0");
        QTest::newRow("command")
            << QByteArray(
                   R"({"type":"command","client_id":"3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b","name":"conversation.read","args":{"conversation_id":9001,"up_to":700001}})")
            << QStringLiteral(
                   R"(command|3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b|conversation.read|{"conversation_id":9001,"up_to":700001})");
        QTest::newRow("ack conflict")
            << QByteArray(
                   R"({"type":"ack","client_id":"9a0e6f4c-2b1d-4e7a-8c3f-5d6b7a8c9e0f","ok":false,"error":{"code":"conflict","message":"Someone else changed this lead.","current":{"contact_id":501,"business_name":"Al-Farsi Trading","stage":"proposal","value_minor":150000,"currency":"AED","owner_id":7,"tags":["vip"],"notes":"","custom_fields":{},"version":5,"updated_at":1718000450000}}})")
            << QStringLiteral(
                   R"(ack|9a0e6f4c-2b1d-4e7a-8c3f-5d6b7a8c9e0f|0|{}|conflict|Someone else changed this lead.|{"business_name":"Al-Farsi Trading","contact_id":501,"currency":"AED","custom_fields":{},"notes":"","owner_id":7,"stage":"proposal","tags":["vip"],"updated_at":1718000450000,"value_minor":150000,"version":5})");
        QTest::newRow("ack ok")
            << QByteArray(
                   R"({"type":"ack","client_id":"3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b","ok":true,"result":{"message_id":700002,"created_at":1718000000200}})")
            << QStringLiteral(
                   R"(ack|3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b|1|{"created_at":1718000000200,"message_id":700002}|||{})");
        QTest::newRow("command message.send")
            << QByteArray(
                   R"({"type":"command","client_id":"3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b","name":"message.send","args":{"conversation_id":9001,"kind":"image","text":"आपका ऑर्डर रास्ते में है","attachments":[{"media_id":"m_01HZX3"}],"reply_to":700001}})")
            << QStringLiteral(
                   R"(command|3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b|message.send|{"attachments":[{"media_id":"m_01HZX3"}],"conversation_id":9001,"kind":"image","reply_to":700001,"text":"आपका ऑर्डर रास्ते में है"})");
        QTest::newRow("contact.upserted")
            << QByteArray(
                   R"({"type":"event","seq":41233,"kind":"contact.upserted","data":{"id":501,"name":"Aisha Al-Farsi","phone":"+971501234567","email":"","whatsapp_id":"971501234567","messenger_psid":"","webchat_id":"","avatar_media_id":"","updated_at":1718000000005,"version":2}})")
            << QStringLiteral("event|41233|contact|501|Aisha Al-Farsi|+971501234567||971501234567||||1718000000005|2");
        QTest::newRow("contact.upserted (older server, no version)")
            << QByteArray(
                   R"({"type":"event","seq":41233,"kind":"contact.upserted","data":{"id":501,"name":"Aisha Al-Farsi","phone":"+971501234567","email":"","whatsapp_id":"971501234567","messenger_psid":"","webchat_id":"","avatar_media_id":"","updated_at":1718000000005}})")
            << QStringLiteral("event|41233|contact|501|Aisha Al-Farsi|+971501234567||971501234567||||1718000000005|0");
        QTest::newRow("command contact.update")
            << QByteArray(
                   R"({"type":"command","client_id":"2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d","name":"contact.update","args":{"contact_id":501,"version":2,"name":"Aisha Al-Farsi","email":"aisha@example.com","phone":"+971 50 123 4567"}})")
            << QStringLiteral(
                   R"(command|2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d|contact.update|{"contact_id":501,"email":"aisha@example.com","name":"Aisha Al-Farsi","phone":"+971 50 123 4567","version":2})");
        QTest::newRow("contact.upserted after contact.update")
            << QByteArray(
                   R"({"type":"event","seq":41250,"kind":"contact.upserted","data":{"id":501,"name":"Aisha Al-Farsi","phone":"+971 50 123 4567","email":"aisha@example.com","whatsapp_id":"971501234567","messenger_psid":"","webchat_id":"","avatar_media_id":"","updated_at":1718000600000,"version":3}})")
            << QStringLiteral(
                   "event|41250|contact|501|Aisha Al-Farsi|+971 50 123 4567|aisha@example.com|971501234567||||1718000600000|3");
        QTest::newRow("lead.updated")
            << QByteArray(
                   R"({"type":"event","seq":41234,"kind":"lead.updated","data":{"contact_id":501,"business_name":"Al-Farsi Trading","stage":"proposal","value_minor":150000,"currency":"AED","owner_id":7,"tags":["vip"],"notes":"","custom_fields":{},"version":4,"updated_at":1718000000400}})")
            << QStringLiteral("event|41234|lead|501|Al-Farsi Trading|proposal|150000|AED|7|vip||{}|4|1718000000400");
        QTest::newRow("message.updated (failed)")
            << QByteArray(
                   R"({"type":"event","seq":41241,"kind":"message.updated","data":{"id":700003,"client_id":"8c1e3f2b-4e2b-7d4a-9a1c-0b5b6d7e8f9a","status":"failed","failure_reason":"The customer-service window closed."}})")
            << QStringLiteral(
                   "event|41241|update|700003|8c1e3f2b-4e2b-7d4a-9a1c-0b5b6d7e8f9a|failed|The customer-service window closed.|(no text)|0");
        QTest::newRow("message.deleted") << QByteArray(
            R"({"type":"event","seq":41242,"kind":"message.deleted","data":{"id":700001}})")
                                         << QStringLiteral("event|41242|deleted|700001");
        QTest::newRow("contact.erased") << QByteArray(
            R"({"type":"event","seq":41243,"kind":"contact.erased","data":{"contact_id":502}})")
                                        << QStringLiteral("event|41243|erased|502");
        QTest::newRow("bodies.purged") << QByteArray(
            R"({"type":"event","seq":41244,"kind":"bodies.purged","data":{"before":1710224000000}})")
                                       << QStringLiteral("event|41244|purged|1710224000000");
        QTest::newRow("workspace.updated") << QByteArray(
            R"({"type":"event","seq":41245,"kind":"workspace.updated","data":{"autopilot_away":"rules","ai_suggestions":true,"updated_at":1718000500000}})")
                                           << QStringLiteral("event|41245|workspace|rules|1|1718000500000");
        QTest::newRow("command workspace.autopilot_away")
            << QByteArray(
                   R"({"type":"command","client_id":"6b1f0e2d-3c4a-4b5d-8e6f-7a8b9c0d1e2f","name":"workspace.autopilot_away","args":{"mode":"rules"}})")
            << QStringLiteral(
                   R"(command|6b1f0e2d-3c4a-4b5d-8e6f-7a8b9c0d1e2f|workspace.autopilot_away|{"mode":"rules"})");
        // An ordinary literal: moc misreads a backslash inside a raw string.
        QTest::newRow("error unknown_type") << QByteArray(
            "{\"type\":\"error\",\"code\":\"unknown_type\",\"message\":\"unknown frame type \\\"telepathy\\\"\"}")
                                            << QStringLiteral(R"(error|unknown_type|unknown frame type "telepathy"|0)");
        QTest::newRow("error protocol_mismatch")
            << QByteArray(
                   R"({"type":"error","code":"protocol_mismatch","message":"This server speaks protocol 2; update Relaydesk.","protocol":2})")
            << QStringLiteral("error|protocol_mismatch|This server speaks protocol 2; update Relaydesk.|2");
        QTest::newRow("resync") << QByteArray(R"({"type":"resync","reason":"too_far_behind","resume_seq":41250})")
                                << QStringLiteral("resync|too_far_behind|41250");
        QTest::newRow("ping") << QByteArray(R"({"type":"ping","id":12})") << QStringLiteral("ping|12");
        QTest::newRow("presence") << QByteArray(
            R"({"type":"presence","conversation_id":9001,"agent_id":8,"activity":"viewing","until":1718000030000})")
                                  << QStringLiteral("presence|9001|8|viewing|1718000030000");
    }

    void wireShapeMatchesTheDocs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        DecodeError error;
        const auto frame = decodeFrame(bytes, &error);
        QVERIFY2(frame, qPrintable(error.message));
        QCOMPARE(dump(*frame), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        const QString malformed = QStringLiteral("malformed");
        const QString tooLarge = QStringLiteral("too_large");
        const QString unknownType = QStringLiteral("unknown_type");
        const QString invalid = QStringLiteral("invalid");

        QByteArray oversized = R"({"type":"ping","id":1})";
        oversized.append(QByteArray(kMaxFrameBytes + 1 - oversized.size(), ' '));
        QTest::newRow("oversized frame") << oversized << tooLarge << QStringLiteral("262145");
        QTest::newRow("empty") << QByteArray() << malformed << QStringLiteral("empty");
        QTest::newRow("not JSON") << QByteArray("hello there") << malformed << QStringLiteral("not JSON");
        QTest::newRow("truncated JSON") << QByteArray(R"({"type":"ping","id":)") << malformed << QString();
        QTest::newRow("trailing garbage") << QByteArray(R"({"type":"ping","id":1}x)") << malformed << QString();
        QTest::newRow("JSON array") << QByteArray(R"([{"type":"ping","id":1}])") << malformed
                                    << QStringLiteral("object");
        QTest::newRow("JSON string") << QByteArray(R"("ping")") << malformed << QString();
        QTest::newRow("JSON number") << QByteArray("42") << malformed << QString();
        QTest::newRow("JSON null") << QByteArray("null") << malformed << QString();
        QTest::newRow("NaN") << QByteArray(R"({"type":"ping","id":NaN})") << malformed << QString();
        QTest::newRow("number too big for a double")
            << QByteArray(R"({"type":"ping","id":1e400})") << malformed << QString();
        QTest::newRow("invalid UTF-8") << QByteArray(
            "{\"type\":\"error\",\"code\":\"x\",\"message\":\"\xff\xfe\xc0\xaf\"}")
                                       << malformed << QString();
        QTest::newRow("UTF-8 encoded surrogate")
            << QByteArray("{\"type\":\"error\",\"code\":\"x\",\"message\":\"\xed\xa0\x80\"}") << malformed << QString();
        QTest::newRow("binary garbage") << QByteArray::fromHex("00ff13a8e2c9017f80fefe00deadbeef0a0d") << malformed
                                        << QString();
        QTest::newRow("deep nesting") << (QByteArray(
                                              R"({"type":"command","client_id":"a","name":"typing","args":{"x":)")
                                          + QByteArray(5000, '[') + QByteArray(5000, ']') + "}}")
                                      << malformed << QString();

        QTest::newRow("unknown type") << QByteArray(R"({"type":"telepathy","id":1})") << unknownType
                                      << QStringLiteral("telepathy");
        QTest::newRow("missing type") << QByteArray(R"({"id":1})") << invalid << QStringLiteral("type");
        QTest::newRow("type not a string") << QByteArray(R"({"type":5})") << invalid << QStringLiteral("type");
        QTest::newRow("empty object") << QByteArray("{}") << invalid << QStringLiteral("type");

        const QJsonObject msg = messageEvent();
        QTest::newRow("missing seq") << withField(msg, QStringLiteral("seq"), QJsonValue::Undefined) << invalid
                                     << QStringLiteral("seq: missing");
        QTest::newRow("seq as a string") << withField(msg, QStringLiteral("seq"), QStringLiteral("10")) << invalid
                                         << QStringLiteral("seq: expected an integer");
        QTest::newRow("seq fractional") << withField(msg, QStringLiteral("seq"), 10.5) << invalid
                                        << QStringLiteral("seq");
        QTest::newRow("seq huge") << withField(msg, QStringLiteral("seq"), 1e300) << invalid
                                  << QStringLiteral("seq: out of range");
        QTest::newRow("seq past 2^53") << QByteArray(
            R"({"type":"event","seq":9007199254740993,"kind":"message.deleted","data":{"id":1}})")
                                       << invalid << QStringLiteral("seq");
        QTest::newRow("seq zero") << withField(msg, QStringLiteral("seq"), 0) << invalid << QStringLiteral("seq");
        QTest::newRow("missing data") << withField(msg, QStringLiteral("data"), QJsonValue::Undefined) << invalid
                                      << QStringLiteral("data: missing");
        QTest::newRow("data an array") << withField(msg, QStringLiteral("data"), QJsonArray{}) << invalid
                                       << QStringLiteral("data: expected an object");
        QTest::newRow("unknown event kind")
            << withField(msg, QStringLiteral("kind"), QStringLiteral("message.exploded")) << invalid
            << QStringLiteral("unknown event kind");
        QTest::newRow("missing required field")
            << withField(msg, QStringLiteral("data.conversation_id"), QJsonValue::Undefined) << invalid
            << QStringLiteral("data.conversation_id: missing");
        QTest::newRow("required field null") << withField(msg, QStringLiteral("data.created_at"), QJsonValue::Null)
                                             << invalid << QStringLiteral("data.created_at: missing");
        QTest::newRow("negative id") << withField(msg, QStringLiteral("data.id"), -3) << invalid
                                     << QStringLiteral("data.id: out of range");
        QTest::newRow("zero id") << withField(msg, QStringLiteral("data.id"), 0) << invalid
                                 << QStringLiteral("data.id");
        QTest::newRow("negative time") << withField(msg, QStringLiteral("data.created_at"), -1) << invalid
                                       << QStringLiteral("data.created_at");
        QTest::newRow("unknown author") << withField(msg, QStringLiteral("data.author"), QStringLiteral("robot"))
                                        << invalid << QStringLiteral("data.author: unknown value \"robot\"");
        QTest::newRow("enum in capitals") << withField(msg, QStringLiteral("data.kind"), QStringLiteral("Text"))
                                          << invalid << QStringLiteral("data.kind");
        QTest::newRow("enum as number") << withField(msg, QStringLiteral("data.status"), 2) << invalid
                                        << QStringLiteral("data.status: expected a string");
        QTest::newRow("over-long text") << withField(msg, QStringLiteral("data.text"), QString(kMaxTextChars + 1, u'x'))
                                        << invalid << QStringLiteral("data.text: too long");
        QTest::newRow("over-long author name")
            << withField(msg, QStringLiteral("data.author_name"), QString(kMaxNameChars + 1, u'n')) << invalid
            << QStringLiteral("data.author_name");
        QTest::newRow("unpaired surrogate") << withField(msg, QStringLiteral("data.text"), QString(QChar(0xD83D)))
                                            << invalid << QStringLiteral("data.text: not valid Unicode");
        QTest::newRow("NUL in text") << withField(msg, QStringLiteral("data.text"),
                                                  QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                     << invalid << QStringLiteral("U+0000");
        QTest::newRow("attachments not an array") << withField(msg, QStringLiteral("data.attachments"), QJsonObject{})
                                                  << invalid << QStringLiteral("data.attachments: expected an array");
        QTest::newRow("attachment not an object")
            << withField(msg, QStringLiteral("data.attachments.1"), QStringLiteral("m_1")) << invalid
            << QStringLiteral("data.attachments[1]: expected an object");
        QTest::newRow("attachment size wrong type")
            << withField(msg, QStringLiteral("data.attachments.0.size"), QStringLiteral("big")) << invalid
            << QStringLiteral("data.attachments[0].size: expected an integer");
        QTest::newRow("attachment media id with a path")
            << withField(msg, QStringLiteral("data.attachments.0.media_id"), QStringLiteral("../etc/passwd")) << invalid
            << QStringLiteral("data.attachments[0].media_id");
        QTest::newRow("attachment bad sha256")
            << withField(msg, QStringLiteral("data.attachments.0.sha256"), QStringLiteral("ABC")) << invalid
            << QStringLiteral("sha256");
        QTest::newRow("attachment file name with a slash")
            << withField(msg, QStringLiteral("data.attachments.0.file_name"), QStringLiteral("../../x.pdf")) << invalid
            << QStringLiteral("file_name");
        QTest::newRow("attachment mime type without slash")
            << withField(msg, QStringLiteral("data.attachments.0.mime_type"), QStringLiteral("jpeg")) << invalid
            << QStringLiteral("mime_type");
        QJsonArray eleven;
        for (int i = 0; i < kMaxAttachments + 1; ++i)
            eleven.append(toJson(sampleAttachment(i)));
        QTest::newRow("too many attachments")
            << withField(msg, QStringLiteral("data.attachments"), eleven) << invalid << QStringLiteral("too many");
        QTest::newRow("client id with spaces")
            << withField(msg, QStringLiteral("data.client_id"), QStringLiteral("a b")) << invalid
            << QStringLiteral("data.client_id");

        const QJsonObject conv = conversationEvent();
        QTest::newRow("unknown channel") << withField(conv, QStringLiteral("data.channel"), QStringLiteral("telegram"))
                                         << invalid << QStringLiteral("data.channel: unknown value \"telegram\"");
        QTest::newRow("unknown priority")
            << withField(conv, QStringLiteral("data.priority"), QStringLiteral("critical")) << invalid
            << QStringLiteral("data.priority: unknown value \"critical\"");
        QTest::newRow("priority as number") << withField(conv, QStringLiteral("data.priority"), 3) << invalid
                                            << QStringLiteral("data.priority: expected a string");
        QTest::newRow("muted not a boolean") << withField(conv, QStringLiteral("data.muted"), QStringLiteral("yes"))
                                             << invalid << QStringLiteral("data.muted: expected true or false");
        QTest::newRow("unread count past int") << withField(conv, QStringLiteral("data.unread_count"), 4294967296.0)
                                               << invalid << QStringLiteral("data.unread_count");
        QTest::newRow("huge optional id") << withField(conv, QStringLiteral("data.assignee_id"), 1e300) << invalid
                                          << QStringLiteral("data.assignee_id: out of range");
        QTest::newRow("optional time past 2^53")
            << withField(conv, QStringLiteral("data.snoozed_until"), 18014398509481984.0) << invalid
            << QStringLiteral("data.snoozed_until: out of range");
        QTest::newRow("unknown autopilot mode")
            << withField(conv, QStringLiteral("data.autopilot"), QStringLiteral("full")) << invalid
            << QStringLiteral("data.autopilot");

        const QJsonObject contact = contactEvent();
        QTest::newRow("over-long contact name")
            << withField(contact, QStringLiteral("data.name"), QString(kMaxNameChars + 1, u'n')) << invalid
            << QStringLiteral("data.name: too long");
        QTest::newRow("contact name a number") << withField(contact, QStringLiteral("data.name"), 5) << invalid
                                               << QStringLiteral("data.name: expected a string");

        const QJsonObject lead = leadEvent();
        QTest::newRow("lead version zero")
            << withField(lead, QStringLiteral("data.version"), 0) << invalid << QStringLiteral("data.version");
        QTest::newRow("lead currency not ISO")
            << withField(lead, QStringLiteral("data.currency"), QStringLiteral("euro")) << invalid
            << QStringLiteral("data.currency");
        QTest::newRow("lead nested custom field")
            << withField(lead, QStringLiteral("data.custom_fields.plan"), QJsonObject{{QStringLiteral("a"), 1}})
            << invalid << QStringLiteral("data.custom_fields");
        QTest::newRow("lead tag not a string")
            << withField(lead, QStringLiteral("data.tags.1"), 3) << invalid << QStringLiteral("data.tags");
        QTest::newRow("lead empty stage")
            << withField(lead, QStringLiteral("data.stage"), QString()) << invalid << QStringLiteral("data.stage");

        const QJsonObject update = updateEvent();
        QTest::newRow("update without id or client id")
            << withField(parse(withField(update, QStringLiteral("data.id"), QJsonValue::Undefined)),
                         QStringLiteral("data.client_id"), QJsonValue::Undefined)
            << invalid << QStringLiteral("needs an id or a client_id");

        QTest::newRow("hello without token") << QByteArray(R"({"type":"hello","protocol":2,"last_seq":0})") << invalid
                                             << QStringLiteral("token: missing");
        QTest::newRow("hello token with a space")
            << QByteArray(R"({"type":"hello","protocol":2,"token":"a b","last_seq":0})") << invalid
            << QStringLiteral("token");
        QTest::newRow("hello protocol a string")
            << QByteArray(R"({"type":"hello","protocol":"1","token":"t","last_seq":0})") << invalid
            << QStringLiteral("protocol");
        QTest::newRow("hello negative last_seq")
            << QByteArray(R"({"type":"hello","protocol":2,"token":"t","last_seq":-1})") << invalid
            << QStringLiteral("last_seq");
        QTest::newRow("welcome heartbeat too short") << QByteArray(
            R"({"type":"welcome","protocol":2,"agent_id":1,"workspace_id":1,"head_seq":0,"heartbeat_ms":10})")
                                                     << invalid << QStringLiteral("heartbeat_ms");
        QTest::newRow("command without name")
            << QByteArray(R"({"type":"command","client_id":"a"})") << invalid << QStringLiteral("name: missing");
        QTest::newRow("command name with capitals")
            << QByteArray(R"({"type":"command","client_id":"a","name":"Message.Send"})") << invalid
            << QStringLiteral("name");
        QTest::newRow("command args an array")
            << QByteArray(R"({"type":"command","client_id":"a","name":"typing","args":[]})") << invalid
            << QStringLiteral("args: expected an object");
        QTest::newRow("command client id too long")
            << (QByteArray(R"({"type":"command","name":"typing","client_id":")") + QByteArray(65, 'a') + "\"}")
            << invalid << QStringLiteral("client_id");
        QTest::newRow("ack refused without error") << QByteArray(R"({"type":"ack","client_id":"a","ok":false})")
                                                   << invalid << QStringLiteral("error: missing");
        QTest::newRow("ack ok not a boolean")
            << QByteArray(R"({"type":"ack","client_id":"a","ok":1})") << invalid << QStringLiteral("ok");
        QTest::newRow("ack error without code")
            << QByteArray(R"({"type":"ack","client_id":"a","ok":false,"error":{"message":"x"}})") << invalid
            << QStringLiteral("error.code: missing");
        QTest::newRow("error without code")
            << QByteArray(R"({"type":"error","message":"x"})") << invalid << QStringLiteral("code");
        QTest::newRow("resync without resume_seq")
            << QByteArray(R"({"type":"resync","reason":"too_far_behind"})") << invalid << QStringLiteral("resume_seq");
        QTest::newRow("ping without id") << QByteArray(R"({"type":"ping"})") << invalid << QStringLiteral("id");
        QTest::newRow("pong id negative")
            << QByteArray(R"({"type":"pong","id":-5})") << invalid << QStringLiteral("id");
        QTest::newRow("presence unknown activity")
            << QByteArray(R"({"type":"presence","conversation_id":1,"agent_id":2,"activity":"dancing","until":0})")
            << invalid << QStringLiteral("activity");
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        DecodeError error;
        const auto frame = decodeFrame(bytes, &error);
        QVERIFY2(!frame, bytes.left(200).constData());
        QCOMPARE(toString(error.code), code);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(decodeFrame(bytes, nullptr) == std::nullopt); // no error out-parameter needed
    }

    void frameSizeLimitIsInclusive()
    {
        QByteArray exact = R"({"type":"ping","id":1})";
        exact.append(QByteArray(kMaxFrameBytes - exact.size(), ' '));
        QCOMPARE(exact.size(), kMaxFrameBytes);
        DecodeError error;
        QVERIFY2(decodeFrame(exact, &error), qPrintable(error.message));
    }

    void helloFromAnotherVersionStillDecodes()
    {
        // Whatever else a newer (or older) client's hello says, the server can
        // read its protocol and answer protocol_mismatch.
        DecodeError error;
        const auto frame = decodeFrame(R"({"type":"hello","protocol":3,"token":{"kind":"new"},"resume":[1,2]})",
                                       &error);
        QVERIFY2(frame, qPrintable(error.message));
        QVERIFY(std::holds_alternative<Hello>(*frame));
        QCOMPARE(std::get<Hello>(*frame).protocol, 3);
        // A version 1 client (before workspace.updated) is told too.
        const auto older = decodeFrame(R"({"type":"hello","protocol":1,"token":"rdt_x","last_seq":5})", &error);
        QVERIFY2(older, qPrintable(error.message));
        QCOMPARE(std::get<Hello>(*older).protocol, 1);
        QVERIFY(std::get<Hello>(*older).token.isEmpty());
        QVERIFY(std::get<Hello>(*frame).token.isEmpty());

        QVERIFY(!decodeFrame(R"({"type":"hello","protocol":0,"token":"t","last_seq":0})", &error));
        QVERIFY(!decodeFrame(R"({"type":"hello","token":"t","last_seq":0})", &error));
        QCOMPARE(error.type, QStringLiteral("hello"));
    }

    void errorsSayWhichFrameAndCommand()
    {
        DecodeError error;
        QVERIFY(!decodeFrame(R"({"type":"command","client_id":"3f2b8c1e","name":"message.send","args":"hi"})", &error));
        QVERIFY(error.code == DecodeError::Code::Invalid);
        QCOMPARE(error.type, QStringLiteral("command"));
        QCOMPARE(error.clientId, QStringLiteral("3f2b8c1e")); // so the server can answer with an ack

        QVERIFY(!decodeFrame(R"({"type":"command","client_id":"bad id","name":"typing"})", &error));
        QVERIFY(error.clientId.isEmpty());

        QVERIFY(!decodeFrame(R"({"type":"no such thing"})", &error));
        QVERIFY(error.code == DecodeError::Code::UnknownType);
        QVERIFY(error.type.isEmpty()); // not a code-like name: not echoed

        QVERIFY(!decodeFrame(R"({"type":"hello","protocol":2,"token":"secret token","last_seq":0})", &error));
        QVERIFY2(!error.message.contains(QStringLiteral("secret")), qPrintable(error.message));
    }

    void hostileInputNeverCrashes()
    {
        QRandomGenerator rng(20240610u);
        QVector<QByteArray> seeds;
        for (const NamedFrame &sample : sampleFrames())
            seeds.append(encodeFrame(sample.frame));
        for (const NamedPayload &sample : samplePayloads())
            seeds.append(encodeFrame(Frame(Event{7, sample.payload})));

        QHash<QString, int> outcomes;
        auto feed = [&](const QByteArray &bytes) {
            DecodeError error;
            const auto frame = decodeFrame(bytes, &error);
            if (!frame) {
                QVERIFY(!error.message.isEmpty());
                ++outcomes[toString(error.code)];
                return;
            }
            ++outcomes[QStringLiteral("decoded")];
            // What decodes re-encodes to something that decodes to the same.
            const QByteArray again = encodeFrame(*frame);
            DecodeError againError;
            const auto second = decodeFrame(again, &againError);
            QVERIFY2(second,
                     qPrintable(againError.message + QStringLiteral(" in ") + QString::fromUtf8(again.left(300))));
            QCOMPARE(encodeFrame(*second), again);
        };

        // 1. Random bytes, and random text from JSON's alphabet.
        static const QByteArray jsonish =
            "{}[]\":,0123456789.-+eE truefalsnull\\u\"type\"\"event\"\"hello\"\"data\"\"seq\"";
        for (int i = 0; i < 1500; ++i) {
            QByteArray bytes(int(rng.bounded(300)), Qt::Uninitialized);
            const bool text = i % 2;
            for (char &c : bytes)
                c = text ? jsonish.at(int(rng.bounded(int(jsonish.size())))) : char(rng.bounded(256));
            if (text && i % 4 == 1)
                bytes.prepend("{\"type\":");
            feed(bytes);
            if (QTest::currentTestFailed())
                return;
        }

        // 2. Byte-level mutations of valid frames.
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = seeds.at(int(rng.bounded(int(seeds.size()))));
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int at = int(rng.bounded(int(bytes.size())));
                switch (rng.bounded(6)) {
                case 0:
                    bytes[at] = char(bytes.at(at) ^ (1 << rng.bounded(8)));
                    break;
                case 1:
                    bytes.insert(at, char(rng.bounded(256)));
                    break;
                case 2:
                    bytes.remove(at, 1 + int(rng.bounded(8)));
                    break;
                case 3:
                    bytes.truncate(at);
                    break;
                case 4:
                    bytes.insert(at, bytes.mid(at, int(rng.bounded(40))));
                    break;
                default:
                    bytes.insert(at, seeds.at(int(rng.bounded(int(seeds.size())))));
                    break;
                }
            }
            feed(bytes);
            if (QTest::currentTestFailed())
                return;
        }

        // 3. Structural mutations: one value anywhere replaced by a hostile one.
        const QVector<QJsonValue> hostile{QJsonValue(QJsonValue::Null),
                                          QJsonValue(QJsonValue::Undefined),
                                          true,
                                          false,
                                          0,
                                          -1,
                                          1,
                                          1.5,
                                          -0.0,
                                          1e300,
                                          -1e300,
                                          9007199254740993.0,
                                          2147483648.0,
                                          QString(),
                                          QStringLiteral("x"),
                                          QString(5000, u'x'),
                                          QString(QChar(0xDC00)),
                                          QString(QChar(0)),
                                          QStringLiteral("telegram"),
                                          QStringLiteral("../../etc/passwd"),
                                          QStringLiteral("😀").repeated(5000),
                                          QJsonArray{},
                                          QJsonObject{},
                                          nested(200),
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}}};
        for (int i = 0; i < 1500; ++i) {
            const QJsonObject seed = parse(seeds.at(int(rng.bounded(int(seeds.size())))));
            QVector<QStringList> paths;
            collectPaths(seed, {}, &paths);
            const QStringList path = paths.at(int(rng.bounded(int(paths.size()))));
            const QJsonValue value = hostile.at(int(rng.bounded(int(hostile.size()))));
            feed(compact(setPath(seed, path, value).toObject()));
            if (QTest::currentTestFailed())
                return;
        }

        qInfo("fed 5000 hostile frames: %d decoded, %d malformed, %d too_large, %d unknown_type, %d invalid",
              outcomes.value(QStringLiteral("decoded")), outcomes.value(QStringLiteral("malformed")),
              outcomes.value(QStringLiteral("too_large")), outcomes.value(QStringLiteral("unknown_type")),
              outcomes.value(QStringLiteral("invalid")));
        QVERIFY(outcomes.value(QStringLiteral("decoded")) > 0);
        QVERIFY(outcomes.value(QStringLiteral("malformed")) > 0);
        QVERIFY(outcomes.value(QStringLiteral("invalid")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestProtocolFrames)
#include "tst_protocol_frames.moc"
