#include "codecfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace relaydesk::protocol;
using namespace relaydesk::test;

class TestProtocolCodec : public QObject
{
    Q_OBJECT

private slots:
    void attachmentRoundTrips()
    {
        for (const Attachment &a : {sampleAttachment(), sampleVoiceNote()}) {
            const QJsonObject encoded = parse(compact(toJson(a)));
            QString error;
            const auto decoded = attachmentFromJson(encoded, &error);
            QVERIFY2(decoded, qPrintable(error));
            QCOMPARE(dump(*decoded), dump(a));
        }
        // The upload answer is an attachment too (docs: POST /v1/media).
        const QJsonObject upload = parse(R"({"media_id":"m_01HZX3","mime_type":"application/pdf",
            "size":88211,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "file_name":"Invoice June — 2024.pdf","width":0,"height":0,"duration_ms":0})");
        QString error;
        const auto decoded = attachmentFromJson(upload, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->fileName, QStringLiteral("Invoice June — 2024.pdf"));
        QCOMPARE(decoded->size, 88211);
    }

    void recordsRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        const auto payloads = samplePayloads();
        for (int i = 0; i < payloads.size(); ++i)
            QTest::newRow(payloads[i].name) << i;
    }

    void recordsRoundTrip()
    {
        QFETCH(int, index);
        const EventPayload payload = samplePayloads().at(index).payload;
        // Through JSON text, not just QJsonObject, as on the wire.
        const QJsonObject data = parse(compact(payloadToJson(payload)));
        QString error;
        const auto decoded = payloadFromJson(eventKind(payload), data, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->index(), payload.index());
        QCOMPARE(dump(*decoded), dump(payload));
        QCOMPARE(payloadToJson(*decoded), payloadToJson(payload));
    }

    void everyEventKindRoundTrips_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("kind");
        const QStringList kinds{QStringLiteral("conversation.upserted"), QStringLiteral("contact.upserted"),
                                QStringLiteral("lead.updated"),          QStringLiteral("message.created"),
                                QStringLiteral("message.updated"),       QStringLiteral("message.deleted"),
                                QStringLiteral("contact.erased"),        QStringLiteral("bodies.purged"),
                                QStringLiteral("workspace.updated")};
        const auto payloads = samplePayloads();
        QSet<int> covered;
        for (int i = 0; i < payloads.size(); ++i) {
            const int alternative = int(payloads[i].payload.index());
            covered.insert(alternative);
            QTest::newRow(payloads[i].name) << i << kinds.at(alternative);
        }
        // Every alternative but SkippedEvent, which never goes on the wire
        // (unreadableEventsAreSalvaged covers it).
        const int onTheWire = int(std::variant_size_v<EventPayload>) - 1;
        QCOMPARE(covered.size(), onTheWire);
        QCOMPARE(kinds.size(), onTheWire);
        QVERIFY(!covered.contains(int(EventPayload(SkippedEvent{}).index())));
    }

    void everyEventKindRoundTrips()
    {
        QFETCH(int, index);
        QFETCH(QString, kind);
        const Event event{1000 + index, samplePayloads().at(index).payload};
        QCOMPARE(eventKind(event.payload), kind);

        const QJsonObject encoded = encodeEvent(event);
        QCOMPARE(encoded.value(QLatin1String("type")).toString(), QStringLiteral("event"));
        QCOMPARE(encoded.value(QLatin1String("seq")).toInteger(), event.seq);
        QCOMPARE(encoded.value(QLatin1String("kind")).toString(), kind);
        QVERIFY(encoded.value(QLatin1String("data")).isObject());

        QString error;
        const auto decoded = decodeEvent(encoded, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->seq, event.seq);
        QCOMPARE(dump(decoded->payload), dump(event.payload));

        DecodeError frameError;
        const auto frame = decodeFrame(encodeFrame(Frame(event)), &frameError);
        QVERIFY2(frame, qPrintable(frameError.message));
        QVERIFY(std::holds_alternative<EventFrame>(*frame));
        QCOMPARE(dump(std::get<EventFrame>(*frame).payload), dump(event.payload));
    }

    void unicodeTextRoundTripsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hindi") << QStringLiteral("नमस्ते! मेरा ऑर्डर कहाँ है? क्षमा करें।");
        QTest::newRow("arabic") << QStringLiteral("مرحبا، أين طلبي؟ شكراً جزيلاً");
        QTest::newRow("emoji") << QStringLiteral(
            "👋🏽 👨‍👩‍👧‍👦 🇮🇳 ❤️ 🏳️‍🌈 🙏");
        QTest::newRow("mixed direction") << QStringLiteral(
            "Order ‏#4512‏ — طلب رقم ٤٥١٢ — ऑर्डर ४५१२ ✅");
        QTest::newRow("combining marks") << QStringLiteral("e\u0301 n\u0303 ि\u093C Z\u0351\u0352");
        QTest::newRow("escapes and separators")
            << QStringLiteral("\"quoted\" \\back\\slash/ <b>&amp;</b>\n\t\r \u2028 \u2029 \u007f \u0001");
        QTest::newRow("4096 emoji (8192 UTF-16 units)") << QString(QStringLiteral("😀")).repeated(4096);
        QTest::newRow("4096 devanagari") << QString(QStringLiteral("क")).repeated(4096);
    }

    void unicodeTextRoundTripsExactly()
    {
        QFETCH(QString, text);
        Message m = sampleCustomerMessage();
        m.text = text;
        m.authorName = text.left(kMaxNameChars);
        if (m.authorName.size() && m.authorName.back().isHighSurrogate())
            m.authorName.chop(1);
        Contact c = sampleContact();
        c.name = m.authorName;

        for (const Frame &frame : {Frame(Event{1, m}), Frame(Event{2, c})}) {
            const QByteArray bytes = encodeFrame(frame);
            QVERIFY(bytes.size() <= kMaxFrameBytes);
            DecodeError error;
            const auto decoded = decodeFrame(bytes, &error);
            QVERIFY2(decoded, qPrintable(error.message));
            QCOMPARE(dump(*decoded), dump(frame));
        }
        DecodeError error;
        const auto decoded = decodeFrame(encodeFrame(Frame(Event{1, m})), &error);
        QVERIFY(decoded);
        const Message &back = std::get<Message>(std::get<EventFrame>(*decoded).payload);
        QCOMPARE(back.text, text);
        QCOMPARE(back.text.toUtf8(), text.toUtf8());
        QCOMPARE(back.authorName, m.authorName);
    }

    void textLimitCountsCodePoints()
    {
        QCOMPARE(codePointCount(u"abc"), 3);
        QCOMPARE(codePointCount(u"😀😀"), 2);
        QCOMPARE(codePointCount(u"नमस्ते"), 6);

        const QJsonObject base = messageEvent();
        const QString emoji = QStringLiteral("😀");
        DecodeError error;
        QVERIFY(decodeFrame(withField(base, QStringLiteral("data.text"), emoji.repeated(kMaxTextChars)), &error));
        QVERIFY(decodeFrame(withField(base, QStringLiteral("data.text"), QString(kMaxTextChars, u'a')), &error));
        QVERIFY(!decodeFrame(withField(base, QStringLiteral("data.text"), emoji.repeated(kMaxTextChars + 1)), &error));
        QVERIFY(error.code == DecodeError::Code::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("data.text")), qPrintable(error.message));
        QVERIFY(!decodeFrame(withField(base, QStringLiteral("data.text"), QString(kMaxTextChars + 1, u'a')), &error));
        QVERIFY(!error.message.contains(QStringLiteral("aaaa"))); // message text is never quoted
    }

    void encodesNoneAsNull()
    {
        const QJsonObject c = toJson(minimalConversation());
        QVERIFY(c.value(QLatin1String("assignee_id")).isNull());
        QVERIFY(c.value(QLatin1String("snoozed_until")).isNull());
        QCOMPARE(c.value(QLatin1String("channel")).toString(), QStringLiteral("webchat"));
        QCOMPARE(c.value(QLatin1String("autopilot")).toString(), QStringLiteral("off"));
        const QJsonObject m = toJson(sampleCustomerMessage());
        QVERIFY(m.value(QLatin1String("client_id")).isNull());
        QVERIFY(m.value(QLatin1String("reply_to")).isNull());
        // And null, 0 and absent all read back as none.
        for (const QJsonValue &none :
             {QJsonValue(QJsonValue::Null), QJsonValue(0), QJsonValue(QJsonValue::Undefined)}) {
            const QJsonObject data =
                setPath(toJson(sampleConversation()), {QStringLiteral("assignee_id")}, none).toObject();
            QString error;
            const auto back = conversationFromJson(data, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->assigneeId, 0);
        }
    }

    void priorityRoundTripsAndDefaultsToNormal_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("priority");
        QTest::newRow("low") << QStringLiteral("low") << int(Priority::Low);
        QTest::newRow("normal") << QStringLiteral("normal") << int(Priority::Normal);
        QTest::newRow("high") << QStringLiteral("high") << int(Priority::High);
        QTest::newRow("urgent") << QStringLiteral("urgent") << int(Priority::Urgent);
    }
    void priorityRoundTripsAndDefaultsToNormal()
    {
        QFETCH(QString, wire);
        QFETCH(int, priority);
        Conversation c = sampleConversation();
        c.priority = Priority(priority);
        const QJsonObject json = parse(compact(toJson(c)));
        QCOMPARE(json.value(QLatin1String("priority")).toString(), wire);
        QString error;
        const auto back = conversationFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(int(back->priority), priority);
        QVERIFY(priorityFromString(wire) == std::optional<Priority>(Priority(priority)));

        // An older peer's record has no priority (or null): it reads as normal.
        for (const QJsonValue &none : {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null)}) {
            const QJsonObject older = setPath(json, {QStringLiteral("priority")}, none).toObject();
            const auto read = conversationFromJson(older, &error);
            QVERIFY2(read, qPrintable(error));
            QVERIFY(read->priority == Priority::Normal);
        }
        QVERIFY(Conversation().priority == Priority::Normal);
        QVERIFY(!priorityFromString(QStringLiteral("Urgent")));
    }

    void contactVersionRoundTripsAndDefaultsToZero()
    {
        const Contact c = sampleContact();
        const QJsonObject json = parse(compact(toJson(c)));
        QCOMPARE(json.value(QLatin1String("version")).toInteger(), 3);
        QString error;
        const auto back = contactFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->version, 3);
        // An older server's contact has no version (or null): it reads as 0.
        for (const QJsonValue &none : {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null)}) {
            const QJsonObject older = setPath(json, {QStringLiteral("version")}, none).toObject();
            const auto read = contactFromJson(older, &error);
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(read->version, 0);
        }
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(1.5), QJsonValue(QStringLiteral("3"))}) {
            QVERIFY(!contactFromJson(setPath(json, {QStringLiteral("version")}, bad).toObject(), &error));
            QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
        }
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject event = messageEvent();
        event.insert(QStringLiteral("trace_id"), QStringLiteral("abc"));
        QJsonObject data = event.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("reactions"), QJsonArray{QStringLiteral("👍")});
        data.insert(QStringLiteral("priority"), QStringLiteral("urgent"));
        event.insert(QStringLiteral("data"), data);
        DecodeError error;
        const auto frame = decodeFrame(compact(event), &error);
        QVERIFY2(frame, qPrintable(error.message));
        QCOMPARE(dump(*frame), dump(Frame(Event{10, sampleAgentMessage()})));

        const auto ping = decodeFrame(R"({"type":"ping","id":3,"sent_at":1718000000000,"x":{"y":[1]}})", &error);
        QVERIFY(ping && std::holds_alternative<Ping>(*ping));
        QCOMPARE(std::get<Ping>(*ping).id, 3);
    }

    void decodeEventChecksItsType()
    {
        QString error;
        QJsonObject event = messageEvent();
        QVERIFY(decodeEvent(event, &error));
        event.remove(QStringLiteral("type"));
        QVERIFY(decodeEvent(event, &error)); // a bare event (no "type") is fine
        event.insert(QStringLiteral("type"), QStringLiteral("ping"));
        QVERIFY(!decodeEvent(event, &error));
        QVERIFY(error.contains(QStringLiteral("type")));
    }

    void textProblemsNameTheField()
    {
        QVERIFY(textProblem(QStringLiteral("Olá 👋 नमस्ते")).isEmpty());
        QCOMPARE(textProblem(QString(QChar(0))), QStringLiteral("contains U+0000"));
        QVERIFY(!textProblem(QString(QChar(0xd800)) + QLatin1Char('b')).isEmpty());
        QVERIFY(!textProblem(QString(QChar(0xdc00))).isEmpty());
        const QJsonObject args{{QStringLiteral("text"), QStringLiteral("fine")},
                               {QStringLiteral("tags"),
                                QJsonArray{QStringLiteral("ok"), QStringLiteral("b") + QChar(0)}}};
        QCOMPARE(firstTextProblem(args, QStringLiteral("args")), QStringLiteral("args.tags[1]: contains U+0000"));
        const QJsonObject badKey{{QString(QChar(0xdfff)), 1}};
        QVERIFY(firstTextProblem(badKey, QStringLiteral("args")).startsWith(QStringLiteral("args (a field name)")));
        QVERIFY(firstTextProblem(QJsonObject{{QStringLiteral("n"), 5}}, QStringLiteral("args")).isEmpty());
    }

    // Hand-made frames a client could not decode: read in part, or stepped over with their seq.
    void unreadableEventsAreSalvaged()
    {
        const QByteArray nul = R"({"type":"event","seq":7,"kind":"message.created","data":{"id":70,)"
                               R"("conversation_id":3,"author":"customer","kind":"text","text":"a\u0000b",)"
                               R"("status":"sent","created_at":1718000000000}})";
        DecodeError error;
        QVERIFY(!decodeFrame(nul, &error));
        QString problem;
        std::optional<Event> salvaged = salvageEvent(nul, &problem);
        QVERIFY(salvaged);
        QCOMPARE(salvaged->seq, 7);
        const auto *message = std::get_if<Message>(&salvaged->payload);
        QVERIFY(message);
        QCOMPARE(message->text, QStringLiteral("a\uFFFDb"));
        QVERIFY(!problem.isEmpty());

        const QByteArray surrogate = QByteArray(nul).replace(R"(a\u0000b)", R"(\udc00x\ud800)");
        salvaged = salvageEvent(surrogate, &problem);
        QVERIFY(salvaged && std::holds_alternative<Message>(salvaged->payload));
        QCOMPARE(std::get<Message>(salvaged->payload).text, QStringLiteral("\uFFFDx\uFFFD"));

        // A kind from a newer server, and a record with a field missing: skipped, seq kept.
        for (const QByteArray &frame :
             {QByteArray(R"({"type":"event","seq":8,"kind":"campaign.sent","data":{"id":1}})"),
              QByteArray(R"({"type":"event","seq":9,"kind":"message.created","data":{"id":"x"}})")}) {
            salvaged = salvageEvent(frame, &problem);
            QVERIFY(salvaged);
            QVERIFY(std::holds_alternative<SkippedEvent>(salvaged->payload));
            QVERIFY(!problem.isEmpty());
        }
        QCOMPARE(std::get<SkippedEvent>(salvaged->payload).kind, QStringLiteral("message.created"));
        QCOMPARE(salvaged->seq, 9);

        // Nothing to salvage: not an event, no readable seq, not JSON.
        QVERIFY(!salvageEvent(R"({"type":"ack","client_id":"x","ok":true})", &problem));
        QVERIFY(!salvageEvent(R"({"type":"event","seq":"seven","kind":"message.created","data":{}})", &problem));
        QVERIFY(!salvageEvent("not json", &problem));
    }

    void stableNamesAndNumbers()
    {
        QCOMPARE(toString(DecodeError::Code::Malformed), QStringLiteral("malformed"));
        QCOMPARE(toString(DecodeError::Code::TooLarge), QStringLiteral("too_large"));
        QCOMPARE(toString(DecodeError::Code::UnknownType), QStringLiteral("unknown_type"));
        QCOMPARE(toString(DecodeError::Code::Invalid), QStringLiteral("invalid"));

        QCOMPARE(int(CloseCode::Malformed), 4000);
        QCOMPARE(int(CloseCode::Unauthorized), 4001);
        QCOMPARE(int(CloseCode::ProtocolMismatch), 4002);
        QCOMPARE(int(CloseCode::TooSlow), 4003);
        QCOMPARE(int(CloseCode::TooLarge), 4004);
        QCOMPARE(int(CloseCode::SignedOut), 4005);
        QVERIFY(closeCodeAllowsReconnect(int(CloseCode::TooSlow)));
        QVERIFY(closeCodeAllowsReconnect(int(CloseCode::GoingAway)));
        QVERIFY(closeCodeAllowsReconnect(1006)); // abnormal closure: the network
        QVERIFY(!closeCodeAllowsReconnect(int(CloseCode::Unauthorized)));
        QVERIFY(!closeCodeAllowsReconnect(int(CloseCode::ProtocolMismatch)));
        QVERIFY(!closeCodeAllowsReconnect(int(CloseCode::SignedOut)));

        QCOMPARE(kProtocolVersion, 2);
        QCOMPARE(kMaxFrameBytes, 262144);
        QCOMPARE(kMaxTextChars, 4096);
        QCOMPARE(kHeartbeatMs, 15000);
        QCOMPARE(kSendQueueFrames, 1024);
        QCOMPARE(maxMediaBytes(MessageKind::Image), 5 * 1024 * 1024);
        QCOMPARE(maxMediaBytes(MessageKind::Audio), 16 * 1024 * 1024);
        QCOMPARE(maxMediaBytes(MessageKind::Video), 16 * 1024 * 1024);
        QCOMPARE(maxMediaBytes(MessageKind::Document), 100 * 1024 * 1024);
        QCOMPARE(maxMediaBytes(MessageKind::Text), 0);

        QVERIFY(isValidClientId(u"3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b"));
        QVERIFY(!isValidClientId(u""));
        QVERIFY(!isValidClientId(u"a/b"));
        QVERIFY(isValidMediaId(u"m_01HZX3"));
        QVERIFY(!isValidMediaId(u".."));
    }
};

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocol_codec.moc"
