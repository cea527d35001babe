// `relaydesk-server --demo`: a workspace an agent can sign in to at once, with
// a few hundred conversations and every kind of media a thread shows, each
// file typed by its bytes and served whole, and a handful of quick replies;
// its customers distinct and realistic, on WhatsApp, Messenger and web chat,
// in the five languages the app ships, some past their 24-hour window. A
// demo an older server made is made afresh (moved aside, not deleted); a
// folder with anything in it that is not the demo's is never touched.

#include "httpcall.h"
#include "serverdatabase.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace relaydesk::test;

class TestServerDemo : public QObject
{
    Q_OBJECT

    // Signed in as the demo agent: the bearer header, or empty.
    static QByteArray signIn(const ServerProcess &server)
    {
        const HttpAnswer signedIn =
            httpCall(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("demo@relaydesk.local")},
                                 {QStringLiteral("password"), QStringLiteral("relaydesk-demo")}});
        if (signedIn.status != 200)
            return {};
        return "Bearer " + signedIn.body.value(QStringLiteral("token")).toString().toLatin1();
    }

    // Every conversation, newest first, page by page.
    static QList<QJsonObject> allConversations(const ServerProcess &server, const QByteArray &bearer)
    {
        QList<QJsonObject> conversations;
        QString query = QStringLiteral("/v1/conversations?limit=200");
        for (;;) {
            const HttpAnswer page = httpCall(server.baseUrl(), "GET", query, {}, bearer);
            if (page.status != 200)
                return {};
            for (const QJsonValue &c : page.body.value(QStringLiteral("conversations")).toArray())
                conversations.append(c.toObject());
            const QJsonObject next = page.body.value(QStringLiteral("next")).toObject();
            if (next.isEmpty())
                return conversations;
            query = QStringLiteral("/v1/conversations?limit=200&before_activity=%1&before_id=%2")
                        .arg(qint64(next.value(QStringLiteral("before_activity")).toDouble()))
                        .arg(qint64(next.value(QStringLiteral("before_id")).toDouble()));
        }
    }

    // The first column of the first row of `sql` on the stopped server's database in `dir`.
    static QVariant queried(const QString &dir, const QString &sql)
    {
        QVariant value;
        return onDatabase(dir, {sql}, &value) ? value : QVariant(QStringLiteral("(the query failed)"));
    }

    // Signs in as `email` with the demo's password (or `password`): the HTTP status.
    static int signInStatus(const ServerProcess &server, const QString &email,
                            const QString &password = QStringLiteral("relaydesk-demo"))
    {
        return httpCall(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                        QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .status;
    }

private slots:
    void demoCustomersCanBeToldApart()
    {
        ServerProcess server;
        // Two requests per conversation: past the per-token pace, which is not what this tests.
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--token-requests-per-minute"),
                               QStringLiteral("0")},
                              60000),
                 qPrintable(server.output()));
        const QByteArray bearer = signIn(server);
        QVERIFY(!bearer.isEmpty());
        const QList<QJsonObject> conversations = allConversations(server, bearer);
        QCOMPARE(conversations.size(), 300);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        QHash<QString, int> channels, closed, open;
        QSet<QString> names;
        int anonymous = 0, multiLine = 0;
        QString customerTexts;
        for (const QJsonObject &conversation : conversations) {
            const QString channel = conversation.value(QStringLiteral("channel")).toString();
            ++channels[channel];
            const qint64 window = qint64(conversation.value(QStringLiteral("window_expires_at")).toDouble());
            if (channel == QLatin1String("webchat"))
                QCOMPARE(window, 0);
            else
                ++(window < now ? closed : open)[channel];

            const qint64 contactId = qint64(conversation.value(QStringLiteral("contact_id")).toDouble());
            const HttpAnswer contact = httpCall(server.baseUrl(), "GET",
                                                QStringLiteral("/v1/contacts/%1").arg(contactId), {}, bearer);
            QCOMPARE(contact.status, 200);
            const QString name =
                contact.body.value(QStringLiteral("contact")).toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(!name.isEmpty() && !name.startsWith(QStringLiteral("Visitor demo")), qPrintable(name));
            QVERIFY(contact.body.value(QStringLiteral("contact")).toObject().value(QStringLiteral("version")).toInt()
                    >= 1);
            names.insert(name);
            if (name.startsWith(QStringLiteral("Visitor ")))
                ++anonymous;

            const HttpAnswer messages = httpCall(server.baseUrl(), "GET",
                                                 QStringLiteral("/v1/conversations/%1/messages")
                                                     .arg(qint64(conversation.value(QStringLiteral("id")).toDouble())),
                                                 {}, bearer);
            QCOMPARE(messages.status, 200);
            qint64 newer = now;
            for (const QJsonValue &value : messages.body.value(QStringLiteral("messages")).toArray()) {
                const QJsonObject m = value.toObject();
                const qint64 at = qint64(m.value(QStringLiteral("created_at")).toDouble());
                QVERIFY(at <= newer); // newest first, none in the future
                newer = at;
                if (m.value(QStringLiteral("author")).toString() != QLatin1String("customer"))
                    continue;
                QCOMPARE(qint64(m.value(QStringLiteral("author_id")).toDouble()), contactId);
                QCOMPARE(m.value(QStringLiteral("author_name")).toString(), name);
                const QString text = m.value(QStringLiteral("text")).toString();
                customerTexts += text + QLatin1Char(' ');
                if (text.count(QLatin1Char('\n')) >= 2)
                    ++multiLine;
            }
        }
        // Every customer has a name of their own; a few web visitors gave none and still differ.
        QCOMPARE(names.size(), 300);
        QVERIFY2(anonymous > 0 && anonymous <= 20, qPrintable(QString::number(anonymous)));
        // All three channels, and on WhatsApp and Messenger both open and closed windows.
        for (const QString &channel :
             {QStringLiteral("whatsapp"), QStringLiteral("messenger"), QStringLiteral("webchat")})
            QCOMPARE(channels.value(channel), 100);
        for (const QString &channel : {QStringLiteral("whatsapp"), QStringLiteral("messenger")}) {
            QVERIFY2(closed.value(channel) >= 10, qPrintable(channel));
            QVERIFY2(open.value(channel) >= 10, qPrintable(channel));
        }
        // The newest wrote minutes ago; the oldest days ago.
        QVERIFY(now - qint64(conversations.first().value(QStringLiteral("last_activity")).toDouble()) < day / 24);
        QVERIFY(now - qint64(conversations.last().value(QStringLiteral("last_activity")).toDouble()) > 2 * day);
        // The five languages, and addresses over several lines.
        for (const char *language :
             {"\\b(Hi|Thanks)\\b", "\\bkak\\b", "[\\x{0900}-\\x{097F}]", "¿", "\\b(Olá|Vocês|Valeu)\\b"}) {
            const QRegularExpression marker(QString::fromUtf8(language),
                                            QRegularExpression::UseUnicodePropertiesOption);
            QVERIFY2(marker.match(customerTexts).hasMatch(), language);
        }
        QVERIFY2(multiLine >= 5, qPrintable(QString::number(multiLine)));

        // Templates for the closed windows, in the five languages.
        const HttpAnswer templates = httpCall(server.baseUrl(), "GET", QStringLiteral("/v1/templates"), {}, bearer);
        QSet<QString> languages;
        for (const QJsonValue &t : templates.body.value(QStringLiteral("templates")).toArray())
            languages.insert(t.toObject().value(QStringLiteral("language")).toString().left(2));
        QCOMPARE(languages, (QSet<QString>{QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("hi"),
                                           QStringLiteral("es"), QStringLiteral("pt")}));
    }

    void demoHasConversationsAndEveryKindOfMedia()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--demo")}, 60000), qPrintable(server.output()));
        const HttpAnswer signedIn =
            httpCall(server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("demo@relaydesk.local")},
                                 {QStringLiteral("password"), QStringLiteral("relaydesk-demo")}});
        QCOMPARE(signedIn.status, 200);
        const QByteArray bearer = "Bearer " + signedIn.body.value(QStringLiteral("token")).toString().toLatin1();

        QList<qint64> conversations;
        QString query = QStringLiteral("/v1/conversations?limit=200");
        for (;;) {
            const HttpAnswer page = httpCall(server.baseUrl(), "GET", query, {}, bearer);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &c : page.body.value(QStringLiteral("conversations")).toArray())
                conversations.append(qint64(c.toObject().value(QStringLiteral("id")).toDouble()));
            const QJsonObject next = page.body.value(QStringLiteral("next")).toObject();
            if (next.isEmpty())
                break;
            query = QStringLiteral("/v1/conversations?limit=200&before_activity=%1&before_id=%2")
                        .arg(qint64(next.value(QStringLiteral("before_activity")).toDouble()))
                        .arg(qint64(next.value(QStringLiteral("before_id")).toDouble()));
        }
        QCOMPARE(conversations.size(), 300);

        QSet<QString> kinds;
        QHash<QString, QJsonObject> files; // media id -> attachment
        for (qint64 id : conversations) {
            const HttpAnswer messages = httpCall(server.baseUrl(), "GET",
                                                 QStringLiteral("/v1/conversations/%1/messages").arg(id), {}, bearer);
            QCOMPARE(messages.status, 200);
            for (const QJsonValue &m : messages.body.value(QStringLiteral("messages")).toArray()) {
                const QJsonArray attachments = m.toObject().value(QStringLiteral("attachments")).toArray();
                if (attachments.isEmpty())
                    continue;
                kinds.insert(m.toObject().value(QStringLiteral("kind")).toString());
                for (const QJsonValue &a : attachments)
                    files.insert(a.toObject().value(QStringLiteral("media_id")).toString(), a.toObject());
            }
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("image"), QStringLiteral("audio"), QStringLiteral("video"),
                                       QStringLiteral("document")}));
        QCOMPARE(files.size(), 4);

        const QHash<QString, QByteArray> expectedTypes{{QStringLiteral("blue-dress.png"), "image/png"},
                                                       {QStringLiteral("voice-note.wav"), "audio/x-wav"},
                                                       {QStringLiteral("how-to-fold.avi"), "video/x-msvideo"},
                                                       {QStringLiteral("invoice-RD-4471.pdf"), "application/pdf"}};
        for (const QJsonObject &file : std::as_const(files)) {
            const QString name = file.value(QStringLiteral("file_name")).toString();
            QVERIFY2(expectedTypes.contains(name), qPrintable(name));
            QCOMPARE(file.value(QStringLiteral("mime_type")).toString().toLatin1(), expectedTypes.value(name));
            const HttpAnswer download =
                httpCall(server.baseUrl(), "GET",
                         QStringLiteral("/v1/media/%1").arg(file.value(QStringLiteral("media_id")).toString()), {},
                         bearer);
            QCOMPARE(download.status, 200);
            QVERIFY(download.raw.size() > 100);
            QCOMPARE(qint64(download.raw.size()), qint64(file.value(QStringLiteral("size")).toDouble()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(download.raw, QCryptographicHash::Sha256).toHex()),
                     file.value(QStringLiteral("sha256")).toString());
        }

        // Quick replies for the composer: greeting, hours, shipping, returns, thanks.
        const QStringList expected{QStringLiteral("hello"), QStringLiteral("hours"), QStringLiteral("shipping"),
                                   QStringLiteral("returns"), QStringLiteral("thanks")};
        auto shortcuts = [&] {
            QStringList found;
            const HttpAnswer list = httpCall(server.baseUrl(), "GET", QStringLiteral("/v1/canned-responses"), {},
                                             bearer);
            for (const QJsonValue &r : list.body.value(QStringLiteral("canned_responses")).toArray()) {
                if (!r.toObject().value(QStringLiteral("text")).toString().isEmpty())
                    found.append(r.toObject().value(QStringLiteral("shortcut")).toString());
            }
            return found;
        };
        QCOMPARE(shortcuts(), expected);
        // A demo workspace without any (made before there were quick replies)
        // gets them when the server starts with --demo again.
        server.stop();
        QProcess clear;
        clear.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                    {QStringLiteral("--data-dir"), server.dataDirectory(), QStringLiteral("--workspace"),
                     QStringLiteral("Demo Shop"), QStringLiteral("--canned-responses"), QString()});
        QVERIFY(clear.waitForFinished(30000) && clear.exitCode() == 0);
        QVERIFY2(server.start({QStringLiteral("--demo")}, 60000), qPrintable(server.output()));
        QCOMPARE(shortcuts(), expected);
    }

    // A newcomer who ran an older server's demo gets today's: the old demo
    // data is moved to previous-demo/ and the demo made afresh, whether the
    // old one was marked with its seed's version or came before marks.
    void anOlderDemoIsMadeAfresh()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--demo")}, 60000), qPrintable(server.output()));
        server.stop();
        const QString dir = server.dataDirectory();
        const QString aside = dir + QStringLiteral("/previous-demo");
        QCOMPARE(queried(dir, QStringLiteral("SELECT version FROM demo_seed")).toInt(), 1);
        for (const bool marked : {true, false}) {
            // As the older seeds left it: all 300 web visitors of the first
            // demos were "Visitor demo-v"; this one stands for them.
            QVERIFY(onDatabase(
                dir,
                {marked ? QStringLiteral("UPDATE demo_seed SET version = 0") : QStringLiteral("DELETE FROM demo_seed"),
                 QStringLiteral("UPDATE contacts SET name = 'Visitor demo-v', webchat_id = 'demo-visitor-0007',"
                                " whatsapp_id = NULL, messenger_psid = NULL"
                                " WHERE id = (SELECT MIN(id) FROM contacts)")}));
            QVERIFY2(server.restart({QStringLiteral("--demo")}, 60000), qPrintable(server.output()));
            QVERIFY2(server.log().contains(QStringLiteral("the demo is made afresh")), qPrintable(server.output()));
            QCOMPARE(signInStatus(server, QStringLiteral("demo@relaydesk.local")), 200);
            server.stop();
            QCOMPARE(
                queried(dir, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name = 'Visitor demo-v'")).toInt(), 0);
            QCOMPARE(queried(dir, QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt(), 300);
            QCOMPARE(queried(dir, QStringLiteral("SELECT version FROM demo_seed")).toInt(), 1);
            // Nothing deleted outright: the old demo is beside it, media and all.
            QCOMPARE(
                queried(aside, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name = 'Visitor demo-v'")).toInt(),
                1);
            QVERIFY(QDir(aside + QStringLiteral("/media")).exists());
            QVERIFY(QDir(dir + QStringLiteral("/media")).exists());
        }
    }

    // Whatever is not only the demo's stays as it is.
    void dataThatIsNotOnlyTheDemosIsNeverTouched()
    {
        // A shop's server with no demo: --demo adds the demo workspace beside the shop, as ever.
        ServerProcess shop;
        QVERIFY(addAgent(shop.dataDirectory(), QStringLiteral("fay@shop.example"), QStringLiteral("Shop"),
                         "fay's password 1"));
        QVERIFY2(shop.start({QStringLiteral("--demo")}, 60000), qPrintable(shop.output()));
        QCOMPARE(signInStatus(shop, QStringLiteral("fay@shop.example"), QStringLiteral("fay's password 1")), 200);
        shop.stop();
        // Even when that demo is older, the shop's database is kept whole.
        QVERIFY(onDatabase(shop.dataDirectory(), {QStringLiteral("UPDATE demo_seed SET version = 0")}));
        QVERIFY2(shop.restart({QStringLiteral("--demo")}, 60000), qPrintable(shop.output()));
        QCOMPARE(signInStatus(shop, QStringLiteral("fay@shop.example"), QStringLiteral("fay's password 1")), 200);
        QVERIFY2(shop.log().contains(QStringLiteral("another workspace is in the same database")),
                 qPrintable(shop.output()));
        shop.stop();
        QCOMPARE(queried(shop.dataDirectory(), QStringLiteral("SELECT version FROM demo_seed")).toInt(), 0);
        QVERIFY(!QDir(shop.dataDirectory() + QStringLiteral("/previous-demo")).exists());

        // An older demo someone added a colleague to, or a customer of their own wrote to.
        ServerProcess demo;
        QVERIFY2(demo.start({QStringLiteral("--demo")}, 60000), qPrintable(demo.output()));
        demo.stop();
        const QString dir = demo.dataDirectory();
        QVERIFY(addAgent(dir, QStringLiteral("sam@shop.example"), QStringLiteral("Demo Shop"), "sam's password 1"));
        QVERIFY(onDatabase(dir, {QStringLiteral("UPDATE demo_seed SET version = 0")}));
        QVERIFY2(demo.restart({QStringLiteral("--demo")}, 60000), qPrintable(demo.output()));
        QCOMPARE(signInStatus(demo, QStringLiteral("sam@shop.example"), QStringLiteral("sam's password 1")), 200);
        QVERIFY2(demo.log().contains(QStringLiteral("it is kept as it is: agents were added to it")),
                 qPrintable(demo.output()));
        demo.stop();
        QVERIFY(
            onDatabase(dir, {QStringLiteral("DELETE FROM agents WHERE email = 'sam@shop.example'"),
                             QStringLiteral("INSERT INTO contacts (workspace_id, name, webchat_id, updated_at)"
                                            " SELECT workspace_id, 'Ines Real', 'a-real-visitor', 0 FROM demo_seed")}));
        QVERIFY2(demo.restart({QStringLiteral("--demo")}, 60000), qPrintable(demo.output()));
        QVERIFY2(demo.log().contains(QStringLiteral("customers who are not the demo's wrote to it")),
                 qPrintable(demo.output()));
        demo.stop();
        QCOMPARE(queried(dir, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name = 'Ines Real'")).toInt(), 1);
        QCOMPARE(queried(dir, QStringLiteral("SELECT version FROM demo_seed")).toInt(), 0);
        QVERIFY(!QDir(dir + QStringLiteral("/previous-demo")).exists());
    }
};

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_server_demo.moc"
