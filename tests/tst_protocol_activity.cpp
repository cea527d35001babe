// Activity lines on the wire (docs/protocol.md, "Activity lines"): messages
// of kind "activity" round-trip with their fields, a type this version does
// not know is kept (a newer server's), wrong fields are refused naming them,
// and hello and welcome carry the features that decide who gets them.

#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relaydesk::protocol;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject activityMessage(const QJsonObject &activity)
{
    return QJsonObject{{QStringLiteral("id"), 700100},
                       {QStringLiteral("client_id"), QJsonValue::Null},
                       {QStringLiteral("conversation_id"), 9001},
                       {QStringLiteral("author"), QStringLiteral("system")},
                       {QStringLiteral("author_id"), QJsonValue::Null},
                       {QStringLiteral("author_name"), QString()},
                       {QStringLiteral("kind"), QStringLiteral("activity")},
                       {QStringLiteral("text"), QString()},
                       {QStringLiteral("status"), QStringLiteral("delivered")},
                       {QStringLiteral("failure_reason"), QString()},
                       {QStringLiteral("created_at"), qint64(1718000000300)},
                       {QStringLiteral("edited_at"), QJsonValue::Null},
                       {QStringLiteral("reply_to"), QJsonValue::Null},
                       {QStringLiteral("attachments"), QJsonArray()},
                       {QStringLiteral("activity"), activity}};
}

} // namespace

class TestProtocolActivity : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("activity");
        QTest::newRow("assigned") << QByteArray(
            R"({"type":"assigned","agent_id":7,"agent_name":"Rio","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("unassigned") << QByteArray(
            R"({"type":"assigned","agent_id":null,"by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("resolved") << QByteArray(
            R"({"type":"status","status":"resolved","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("reopened") << QByteArray(
            R"({"type":"status","status":"open","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("pending") << QByteArray(
            R"({"type":"status","status":"pending","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("snoozed until") << QByteArray(
            R"({"type":"snoozed","until":1718086400000,"by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("snoozed until the customer replies")
            << QByteArray(R"({"type":"snoozed","until":null,"by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("woke") << QByteArray(R"({"type":"woke","reason":"timer","by_agent_id":null})");
        QTest::newRow("priority") << QByteArray(
            R"({"type":"priority","priority":"urgent","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("autopilot on") << QByteArray(
            R"({"type":"autopilot","mode":"ai","by_agent_id":8,"by_agent_name":"Ana"})");
        QTest::newRow("autopilot paused") << QByteArray(
            R"({"type":"autopilot","mode":"off","reason":"agent_replied","by_agent_id":7,"by_agent_name":"Rio"})");
    }

    void everyTypeRoundTrips()
    {
        QFETCH(QByteArray, activity);
        const QJsonObject fields = QJsonDocument::fromJson(activity).object();
        QString error;
        const auto message = messageFromJson(activityMessage(fields), &error);
        QVERIFY2(message, qPrintable(error));
        QVERIFY(message->kind == MessageKind::Activity);
        QCOMPARE(message->activity, fields);
        QCOMPARE(toJson(*message), activityMessage(fields));
        // Inside an event frame, through the whole frame codec.
        const QByteArray frame = encodeFrame(Frame(Event{41300, *message}));
        DecodeError decodeError;
        const auto decoded = decodeFrame(frame, &decodeError);
        QVERIFY2(decoded, qPrintable(decodeError.message));
        const auto *event = std::get_if<EventFrame>(&*decoded);
        QVERIFY(event);
        QCOMPARE(std::get<Message>(event->payload).activity, fields);
    }

    void anUnknownTypeIsKeptAndUnknownFieldsIgnored()
    {
        // A newer server's type: read, kept whole, not refused.
        const QJsonObject merged = parse(R"({"type":"merged","into":9002,"by_agent_id":8})");
        QString error;
        const auto message = messageFromJson(activityMessage(merged), &error);
        QVERIFY2(message, qPrintable(error));
        QCOMPARE(message->activity, merged);
        // A known type with a field it does not know: the field is dropped.
        const auto resolved = messageFromJson(
            activityMessage(parse(R"({"type":"status","status":"resolved","by_agent_id":8,"mood":"happy"})")), &error);
        QVERIFY2(resolved, qPrintable(error));
        QVERIFY(!resolved->activity.contains(QStringLiteral("mood")));
        // Another kind never carries one.
        QJsonObject text = activityMessage(parse(R"({"type":"status","status":"resolved"})"));
        text.insert(QStringLiteral("kind"), QStringLiteral("text"));
        const auto plain = messageFromJson(text, &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY(plain->activity.isEmpty());
        QVERIFY(!toJson(*plain).contains(QStringLiteral("activity")));
    }

    void wrongFieldsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("activity");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no type") << QByteArray(R"({"status":"resolved"})") << QStringLiteral("activity.type: missing");
        QTest::newRow("status snoozed") << QByteArray(R"({"type":"status","status":"snoozed"})")
                                        << QStringLiteral(
                                               "activity.status: a snooze is an activity of type \"snoozed\"");
        QTest::newRow("unknown status") << QByteArray(R"({"type":"status","status":"done"})")
                                        << QStringLiteral("activity.status: unknown value \"done\"");
        QTest::newRow("unknown priority") << QByteArray(R"({"type":"priority","priority":"extreme"})")
                                          << QStringLiteral("activity.priority: unknown value \"extreme\"");
        QTest::newRow("agent id not an id") << QByteArray(R"({"type":"assigned","agent_id":"Rio"})")
                                            << QStringLiteral("activity.agent_id: expected an integer, got a string");
        QTest::newRow("no mode") << QByteArray(R"({"type":"autopilot"})") << QStringLiteral("activity.mode: missing");
        QTest::newRow("until negative") << QByteArray(R"({"type":"snoozed","until":-5})")
                                        << QStringLiteral("activity.until: out of range (0 to 9007199254740991)");
    }

    void wrongFieldsAreRefused()
    {
        QFETCH(QByteArray, activity);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!messageFromJson(activityMessage(QJsonDocument::fromJson(activity).object()), &error));
        QCOMPARE(error, problem);
        QJsonObject missing = activityMessage({});
        missing.remove(QStringLiteral("activity"));
        QVERIFY(!messageFromJson(missing, &error));
        QCOMPARE(error, QStringLiteral("activity: missing"));
    }

    void helloAndWelcomeCarryFeatures()
    {
        Hello hello;
        hello.token = QStringLiteral("rdt_x");
        hello.lastSeq = 5;
        hello.features = {QString::fromLatin1(features::kActivity)};
        const QJsonObject sent = QJsonDocument::fromJson(encodeFrame(Frame(hello))).object();
        QCOMPARE(sent.value(QStringLiteral("features")).toArray(), QJsonArray{QStringLiteral("activity")});
        DecodeError error;
        auto decoded = decodeFrame(encodeFrame(Frame(hello)), &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(std::get<Hello>(*decoded).features, hello.features);

        // An older client's hello has none: nothing is assumed.
        decoded = decodeFrame(R"({"type":"hello","protocol":2,"token":"rdt_x","last_seq":0})", &error);
        QVERIFY(decoded);
        QVERIFY(std::get<Hello>(*decoded).features.isEmpty());
        // Features this version does not know are kept, not refused.
        decoded = decodeFrame(R"({"type":"hello","protocol":2,"token":"rdt_x","last_seq":0,
                                  "features":["activity","telepathy"]})",
                              &error);
        QVERIFY(decoded);
        QCOMPARE(std::get<Hello>(*decoded).features, (QStringList{"activity", "telepathy"}));
        QVERIFY(!decodeFrame(R"({"type":"hello","protocol":2,"token":"rdt_x","last_seq":0,"features":[7]})", &error));
        QCOMPARE(error.message, QStringLiteral("hello: features: item 0: expected a code of a-z, 0-9, '_' and '.'"));
        // Anyone can send a hello before the token is checked: a NUL, a lone
        // surrogate or a flood of features is refused in words.
        for (const char *hostile : {R"(["activ\u0000ity"])", R"(["\ud800"])", R"(["ACTIVITY"])"}) {
            QVERIFY(!decodeFrame(QByteArray(R"({"type":"hello","protocol":2,"token":"rdt_x","last_seq":0,"features":)")
                                     + hostile + "}",
                                 &error));
            QVERIFY2(error.message.startsWith(QStringLiteral("hello: features:")), qPrintable(error.message));
        }
        QStringList flood;
        for (int i = 0; i < 1000; ++i)
            flood.append(QStringLiteral("\"f%1\"").arg(i));
        QVERIFY(
            !decodeFrame(QStringLiteral(R"({"type":"hello","protocol":2,"token":"rdt_x","last_seq":0,"features":[%1]})")
                             .arg(flood.join(QLatin1Char(',')))
                             .toUtf8(),
                         &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("hello: features")), qPrintable(error.message));

        Welcome welcome{kProtocolVersion, 7, 3, 41250, 15000, {QString::fromLatin1(features::kActivity)}};
        decoded = decodeFrame(encodeFrame(Frame(welcome)), &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(std::get<Welcome>(*decoded).features, welcome.features);
        // A welcome without the member (an older server): no activity lines will come.
        decoded = decodeFrame(R"({"type":"welcome","protocol":2,"agent_id":7,"workspace_id":3,"head_seq":1})", &error);
        QVERIFY(decoded);
        QVERIFY(std::get<Welcome>(*decoded).features.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocolActivity)
#include "tst_protocol_activity.moc"
