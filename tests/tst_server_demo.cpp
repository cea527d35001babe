// `relaydesk-server --demo`: a workspace an agent can sign in to at once, with
// a few hundred conversations and every kind of media a thread shows, each
// file typed by its bytes and served whole, and a handful of quick replies.

#include "httpcall.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace relaydesk::test;

class TestServerDemo : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_server_demo.moc"
