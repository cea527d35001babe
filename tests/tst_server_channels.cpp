// The channels' administration on the real relaydesk-server: settings
// checked field by field and stored sealed (no token readable in the
// database), shown masked, removed; schema step 5 on a database that holds
// data from the previous version; and `relaydesk-server simulate` playing
// customers with media against it.

#include "channelfixture.h"
#include "serverdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace relaydesk::test;

namespace {

QString adminRun(const ChannelFixture &f, const QStringList &arguments, int *exitCode)
{
    QProcess admin;
    admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                QStringList{QStringLiteral("--data-dir"), f.server.dataDirectory(), QStringLiteral("--workspace"),
                            QStringLiteral("Shop")}
                    + arguments);
    admin.waitForFinished(30000);
    *exitCode = admin.exitCode();
    return QString::fromUtf8(admin.readAllStandardOutput() + admin.readAllStandardError());
}

QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

} // namespace

class TestServerChannels : public QObject
{
    Q_OBJECT

private slots:
    void settingsAreCheckedSealedAndMasked_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("said");
        QTest::newRow("typo") << "whatsap" << QJsonValue(QJsonObject()) << "unknown setting \"whatsap\"";
        QTest::newRow("plain http elsewhere") << "graph_base" << QJsonValue(QStringLiteral("http://graph.example.com"))
                                              << "graph_base must be an https://";
        QTest::newRow("no token") << "whatsapp.token" << QJsonValue(QString()) << "whatsapp.token must not be empty";
        QTest::newRow("bad regex") << "autopilot.rules"
                                   << QJsonValue(
                                          QJsonArray{QJsonObject{{QStringLiteral("regex"), QStringLiteral("(")},
                                                                 {QStringLiteral("answer"), QStringLiteral("x")}}})
                                   << "autopilot.rules[0].regex is not a valid regular expression";
        QTest::newRow("rule without answer")
            << "autopilot.rules"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("a")}}}})
            << "autopilot.rules[0].answer is required";
        QTest::newRow("ai while away without ai")
            << "autopilot.while_away" << QJsonValue(QStringLiteral("ai")) << "autopilot.ai is not set";
        QTest::newRow("hours") << "autopilot.business_hours"
                               << QJsonValue(QJsonObject{{QStringLiteral("mon"), QStringLiteral("9-5")},
                                                         {QStringLiteral("outside_answer"), QStringLiteral("closed")}})
                               << "autopilot.business_hours.mon is written like";
        QTest::newRow("time zone") << "autopilot.business_hours"
                                   << QJsonValue(
                                          QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Mars/Olympus")},
                                                      {QStringLiteral("outside_answer"), QStringLiteral("closed")}})
                                   << "is not a time zone";
        QTest::newRow("template name") << "templates"
                                       << QJsonValue(QJsonArray{
                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Order Update")},
                                                          {QStringLiteral("body"), QStringLiteral("x")}}})
                                       << "templates[0].name must be unique";
        QTest::newRow("rules not a list")
            << "autopilot.rules" << QJsonValue(QJsonObject{{QStringLiteral("answer"), QStringLiteral("x")}})
            << "autopilot.rules must be a list";
        QTest::newRow("retries") << "send_retries" << QJsonValue(99)
                                 << "send_retries must be a whole number from 0 to 10";
    }

    void settingsAreCheckedSealedAndMasked()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, said);
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        const QJsonObject good = ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")));
        QString output;
        QCOMPARE(f.setSettings(with(good, path, value), &output), 2);
        QVERIFY2(output.contains(said), qPrintable(output));
        int code = -1;
        QCOMPARE(adminRun(f, {QStringLiteral("--show-channel-settings")}, &code).trimmed(), QStringLiteral("{\n}"));

        QCOMPARE(f.setSettings(good, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("/v1/webhooks/whatsapp/") + f.widgetKey), qPrintable(output));
        const QString shown = adminRun(f, {QStringLiteral("--show-channel-settings")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject masked = QJsonDocument::fromJson(shown.toUtf8()).object();
        QCOMPARE(
            masked.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("phone_number_id")).toString(),
            QString::fromLatin1(ChannelFixture::kPhoneNumberId));
        QCOMPARE(masked.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("token")).toString(),
                 QStringLiteral("…"));
        QVERIFY(!shown.contains(QLatin1String(ChannelFixture::kToken))
                && !shown.contains(QLatin1String(ChannelFixture::kAppSecret)));
        // Sealed at rest: neither the database nor its log holds a token.
        f.server.stop();
        for (const QString &name : {QStringLiteral("relaydesk-server.db"), QStringLiteral("relaydesk-server.db-wal")}) {
            QFile file(f.server.dataDirectory() + QLatin1Char('/') + name);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                QVERIFY(!bytes.contains(ChannelFixture::kToken));
                QVERIFY(!bytes.contains("EAAG-test-page-token"));
            }
        }
        QCOMPARE(QFile::permissions(f.server.dataDirectory() + QStringLiteral("/channel-secrets.key")),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(adminRun(f, {QStringLiteral("--channel-settings"), QString()}, &code)
                     .contains(QStringLiteral("no channel")),
                 true);
        QCOMPARE(adminRun(f, {QStringLiteral("--show-channel-settings")}, &code).trimmed(), QStringLiteral("{\n}"));
    }

    void theSecretsKeyCanLiveElsewhere()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QTemporaryDir keys;
        const QString keyFile = keys.filePath(QStringLiteral("relaydesk.key"));
        int code = -1;
        QFile settingsFile(f.server.dataDirectory() + QStringLiteral("/s.json"));
        QVERIFY(settingsFile.open(QIODevice::WriteOnly));
        settingsFile.write(ChannelFixture::toBytes(
            ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))));
        settingsFile.close();
        adminRun(f,
                 {QStringLiteral("--secrets-key-file"), keyFile, QStringLiteral("--channel-settings"),
                  settingsFile.fileName()},
                 &code);
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(keyFile));
        QVERIFY(!QFile::exists(f.server.dataDirectory() + QStringLiteral("/channel-secrets.key")));
        // Without that key the settings cannot be opened, and it says so.
        const QString refused = adminRun(f, {QStringLiteral("--show-channel-settings")}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.contains(QStringLiteral("cannot be opened with this server's secrets key")),
                 qPrintable(refused));
        QVERIFY(adminRun(f, {QStringLiteral("--secrets-key-file"), keyFile, QStringLiteral("--show-channel-settings")},
                         &code)
                    .contains(QLatin1String(ChannelFixture::kPhoneNumberId)));
        QCOMPARE(code, 0);
    }

    void theConfigurationFileCanHoldTheSettings()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        f.server.stop();
        QTemporaryDir etc;
        QFile json(etc.filePath(QStringLiteral("shop.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(ChannelFixture::toBytes(
            ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))));
        json.close();
        QFile ini(etc.filePath(QStringLiteral("relaydesk.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[channels]\nShop = shop.json\n");
        ini.close();
        QVERIFY2(f.server.restart({QStringLiteral("--config"), ini.fileName()}), qPrintable(f.server.output()));
        QUrl url = f.webhookUrl(QStringLiteral("whatsapp"));
        url.setQuery(QStringLiteral("hub.mode=subscribe&hub.verify_token=verify-me-42&hub.challenge=42"));
        QCOMPARE(rawCall(url, "GET", {}).body, QByteArray("42"));
        f.server.stop();

        // A bad document, or an unknown workspace, stops the start with the reason.
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(R"({"whatsapp":{"phone_number_id":"1"}})");
        json.close();
        QVERIFY(!f.server.start({QStringLiteral("--config"), ini.fileName()}, 10000));
        QVERIFY2(f.server.output().contains(QStringLiteral("[channels] Shop: "))
                     && f.server.output().contains(QStringLiteral("whatsapp.token is required")),
                 qPrintable(f.server.output()));
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write("[channels]\nNowhere = shop.json\n");
        ini.close();
        QVERIFY(!f.server.start({QStringLiteral("--config"), ini.fileName()}, 10000));
        QVERIFY2(f.server.output().contains(QStringLiteral("no workspace named \"Nowhere\"")),
                 qPrintable(f.server.output()));
    }

    void aVersion4DatabaseIsBroughtUpToDate()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        QUrl url = f.server.baseUrl();
        url.setPath(QStringLiteral("/v1/webchat/%1/visitors").arg(f.widgetKey));
        const QByteArray visitor =
            rawCall(url, "POST", "{}").json.value(QStringLiteral("visitor_token")).toString().toLatin1();
        url.setPath(QStringLiteral("/v1/webchat/%1/messages").arg(f.widgetKey));
        QCOMPARE(
            rawCall(url, "POST", R"({"text":"kept across step 5"})", {{"Authorization", "Visitor " + visitor}}).status,
            201);
        f.server.stop();
        // Back to schema 4, as the previous relaydesk-server left it.
        QVERIFY(onDatabase(
            f.server.dataDirectory(),
            {QStringLiteral("DROP TABLE channel_settings"), QStringLiteral("DROP TABLE channel_inbox"),
             QStringLiteral("DROP INDEX messages_by_channel_id"), QStringLiteral("DROP INDEX messages_queued"),
             QStringLiteral("DROP INDEX contacts_by_whatsapp"), QStringLiteral("DROP INDEX contacts_by_messenger"),
             QStringLiteral("ALTER TABLE messages DROP COLUMN channel_message_id"),
             QStringLiteral("ALTER TABLE messages DROP COLUMN template"), QStringLiteral("PRAGMA user_version = 4")}));
        QVERIFY2(f.server.restart(), qPrintable(f.server.output()));
        QVERIFY(f.server.output().contains(QStringLiteral("listening")));
        const qint64 conversation = f.newestConversation();
        QCOMPARE(f.messages(conversation).first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("kept across step 5"));
        // The new tables and columns work.
        QCOMPARE(f.setSettings(ChannelFixture::baseSettings(QUrl(QStringLiteral("https://graph.facebook.com/v21.0")))),
                 0);
        QCOMPARE(f.postWebhook(QStringLiteral("whatsapp"),
                               whatsAppWebhook({whatsAppText(QStringLiteral("4915112345678"), QStringLiteral("wamid.M"),
                                                             QStringLiteral("after the upgrade"))}))
                     .json.value(QStringLiteral("received"))
                     .toInt(),
                 1);
        f.server.stop();
        QVariant version;
        QVERIFY(onDatabase(f.server.dataDirectory(), {QStringLiteral("PRAGMA user_version")}, &version));
        // Steps 6 to 13: the lead pipeline, notes, quick replies, command
        // answers, contact versions, the demo's mark, the deal currency, the
        // messages' activity column.
        QCOMPARE(version.toInt(), 14);
    }

    void theSimulatorPlaysCustomersWithMedia()
    {
        ChannelFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.output()));
        quint16 graphPort = 0;
        {
            QTcpServer probe; // a free port for the simulator's Graph API stand-in
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            graphPort = probe.serverPort();
        }
        QJsonObject settings = ChannelFixture::baseSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(graphPort)));
        QCOMPARE(f.setSettings(settings), 0);
        QProcess simulator;
        simulator.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                        {QStringLiteral("simulate"), QStringLiteral("--url"),
                         f.webhookUrl(QStringLiteral("whatsapp")).toString(), QStringLiteral("--app-secret"),
                         QString::fromLatin1(ChannelFixture::kAppSecret), QStringLiteral("--phone-number-id"),
                         QString::fromLatin1(ChannelFixture::kPhoneNumberId), QStringLiteral("--rate"),
                         QStringLiteral("200"), QStringLiteral("--count"), QStringLiteral("40"),
                         QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--media-every"),
                         QStringLiteral("4"), QStringLiteral("--graph-port"), QString::number(graphPort)});
        QVERIFY(simulator.waitForFinished(60000));
        const QString output = QString::fromUtf8(simulator.readAllStandardOutput() + simulator.readAllStandardError());
        QVERIFY2(simulator.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("40 accepted, 0 refused")), qPrintable(output));
        qInfo().noquote() << output.trimmed();

        // The simulator stops once the server fetched every file; the last
        // media message is stored a moment after its download.
        int messages = 0, media = 0;
        QDeadlineTimer deadline(15000);
        do {
            messages = media = 0;
            const QJsonArray conversations = f.conversations();
            QVERIFY(conversations.size() >= 1 && conversations.size() <= 5);
            for (const QJsonValue &c : conversations) {
                for (const QJsonValue &m : f.messages(qint64(c.toObject().value(QStringLiteral("id")).toDouble()))) {
                    ++messages;
                    media += m.toObject().value(QStringLiteral("attachments")).toArray().isEmpty() ? 0 : 1;
                }
            }
        } while (messages < 40 && !deadline.hasExpired() && (QTest::qWait(50), true));
        QCOMPARE(messages, 40);
        QCOMPARE(media, 10);
    }
};

QTEST_MAIN(TestServerChannels)
#include "tst_server_channels.moc"
