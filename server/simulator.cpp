#include "simulator.h"

#include "democustomers.h"
#include "webhooksignature.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace relaydesk::server {

namespace {

const char *const kTexts[] = {
    "Hello! Is my order on its way?",     "مرحبا، أين طلبي؟",
    "Can I change the delivery address?", "Do you ship to Kenya?",
    "क्या मेरा ऑर्डर भेज दिया गया है?",        "I need a refund for order 4411",
    "What are your opening hours?",       "Thanks, that helped 🙏",
    "The package arrived damaged 😞",      "Olá! Vocês têm este modelo em azul?",
};

QByteArray pngOf(int index)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 47) % 360, 160, 220));
    // Shapes only: text would need fonts, which a QCoreApplication does not load.
    QPainter painter(&image);
    painter.fillRect(8 + index % 40, 8, 24, 24, Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray pdfOf(int index)
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% invoice ") + QByteArray::number(index)
           + QByteArrayLiteral("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

struct Media
{
    QByteArray bytes;
    QString mimeType;
    QString fileName;
};

} // namespace

int runSimulator(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plays customers writing through the signed WhatsApp webhook."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The workspace's WhatsApp webhook <url>."),
                                 QStringLiteral("url"));
    const QCommandLineOption secret(QStringLiteral("app-secret"),
                                    QStringLiteral("The app <secret> to sign with (or RELAYDESK_SIM_APP_SECRET)."),
                                    QStringLiteral("secret"));
    const QCommandLineOption number(QStringLiteral("phone-number-id"),
                                    QStringLiteral("The business <id> (default 100000000000001)."),
                                    QStringLiteral("id"), QStringLiteral("100000000000001"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages per second (default 5)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Messages in all (default 100; 0: until stopped)."),
                                   QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Distinct customers (default 20)."),
                                       QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption mediaEvery(QStringLiteral("media-every"),
                                        QStringLiteral(
                                            "Every <n>th message carries an image or a PDF (default 5; 0: none)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption graphPort(QStringLiteral("graph-port"),
                                       QStringLiteral("Also play the Graph API on 127.0.0.1:<port> (0: a free one)."),
                                       QStringLiteral("port"));
    parser.addOptions({url, secret, number, rate, count, customers, mediaEvery, graphPort});
    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "simulate"
    parser.process(arguments);

    const QUrl target(parser.value(url));
    const QByteArray appSecret = parser.isSet(secret) ? parser.value(secret).toUtf8()
                                                      : qgetenv("RELAYDESK_SIM_APP_SECRET");
    const double perSecond = parser.value(rate).toDouble();
    const int total = parser.value(count).toInt();
    const int people = qMax(1, parser.value(customers).toInt());
    const int every = qMax(0, parser.value(mediaEvery).toInt());
    const QString phoneNumberId = parser.value(number);
    if (!target.isValid() || target.scheme().isEmpty() || appSecret.isEmpty() || perSecond <= 0 || total < 0) {
        std::fprintf(stderr, "relaydesk-server simulate: give --url, --app-secret and a positive --rate; see --help\n");
        return 2;
    }

    // The Graph API stand-in: media by id, then by URL; replies accepted.
    QHash<QString, Media> files;
    int lookups = 0, downloads = 0, replies = 0;
    QHttpServer graph;
    QTcpServer graphSocket;
    quint16 graphListening = 0;
    if (parser.isSet(graphPort)) {
        if (!graphSocket.listen(QHostAddress::LocalHost, quint16(parser.value(graphPort).toUInt()))) {
            std::fprintf(stderr, "relaydesk-server simulate: cannot listen on port %s\n",
                         qPrintable(parser.value(graphPort)));
            return 2;
        }
        graphListening = graphSocket.serverPort();
        graph.route(QStringLiteral("/files/<arg>"), QHttpServerRequest::Method::Get, [&](const QString &id) {
            ++downloads;
            const Media media = files.value(id);
            return media.bytes.isEmpty() ? QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound)
                                         : QHttpServerResponse(media.mimeType.toLatin1(), media.bytes);
        });
        graph.route(QStringLiteral("/<arg>"), QHttpServerRequest::Method::Get, [&](const QString &id) {
            ++lookups;
            if (!files.contains(id))
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"),
                                                        QJsonObject{{QStringLiteral("message"),
                                                                     QStringLiteral("Unknown media")},
                                                                    {QStringLiteral("code"), 100}}}},
                                           QHttpServerResponse::StatusCode::NotFound);
            const Media &media = files[id];
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/files/%2").arg(graphListening).arg(id)},
                {QStringLiteral("mime_type"), media.mimeType},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(media.bytes, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("file_size"), QString::number(media.bytes.size())},
                {QStringLiteral("id"), id}});
        });
        graph.route(QStringLiteral("/<arg>/messages"), QHttpServerRequest::Method::Post, [&](const QString &) {
            ++replies;
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.SIMREPLY%1").arg(replies)}}}}});
        });
        graph.route(QStringLiteral("/<arg>/media"), QHttpServerRequest::Method::Post, [&](const QString &) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), QStringLiteral("simupload%1").arg(replies)}});
        });
        graph.bind(&graphSocket);
        std::printf("Graph API stand-in on http://127.0.0.1:%u (set the workspace's graph_base to it)\n",
                    unsigned(graphListening));
        std::fflush(stdout);
    }

    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    int sent = 0, answered = 0, accepted = 0, mediaSent = 0;
    QList<qint64> latencies;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(qMax(1, int(1000.0 / perSecond)));

    std::function<void()> finishIfDone;
    bool finished = false, waiting = false;
    finishIfDone = [&] {
        if (finished || total == 0 || answered < total)
            return;
        // With the stand-in, wait (a while) for the server to fetch every file.
        const bool mediaDone = !graphListening || downloads >= mediaSent || clock.elapsed() > 60000;
        if (!mediaDone) {
            if (!waiting) {
                waiting = true;
                QTimer::singleShot(100, &network, [&] {
                    waiting = false;
                    finishIfDone();
                });
            }
            return;
        }
        finished = true;
        const double seconds = clock.elapsed() / 1000.0;
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&](double p) {
            return latencies.isEmpty() ? 0 : latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size())));
        };
        std::printf("simulated %d messages (%d with media) in %.1f s (%.1f/s): %d accepted, %d refused; "
                    "webhook answered in p50 %lld ms, p95 %lld ms",
                    sent, mediaSent, seconds, sent / qMax(seconds, 0.001), accepted, answered - accepted,
                    percentile(0.5), percentile(0.95));
        if (graphListening)
            std::printf("; media looked up %d, fetched %d; replies sent to WhatsApp %d", lookups, downloads, replies);
        std::printf("\n");
        std::fflush(stdout);
        // A moment more for the server's last replies to reach the stand-in.
        const int code = accepted == total ? 0 : 1;
        QTimer::singleShot(graphListening ? 1000 : 0, &network, [code] { QCoreApplication::exit(code); });
    };

    QObject::connect(&ticker, &QTimer::timeout, &network, [&] {
        if (total && sent >= total) {
            ticker.stop();
            return finishIfDone();
        }
        const int index = sent++;
        const int customer = int(QRandomGenerator::global()->bounded(people));
        const QString waId = QStringLiteral("4915%1").arg(1000000 + customer);
        const QString messageId = QStringLiteral("wamid.SIM%1x%2").arg(run).arg(index);
        QJsonObject message{{QStringLiteral("from"), waId},
                            {QStringLiteral("id"), messageId},
                            {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())}};
        if (every > 0 && index % every == every - 1) {
            ++mediaSent;
            const bool image = (index / every) % 2 == 0;
            const QString mediaId = QStringLiteral("sim%1m%2").arg(run).arg(index);
            files.insert(mediaId, image ? Media{pngOf(index), QStringLiteral("image/png"), {}}
                                        : Media{pdfOf(index), QStringLiteral("application/pdf"),
                                                QStringLiteral("invoice-%1.pdf").arg(index)});
            QJsonObject media{{QStringLiteral("id"), mediaId}, {QStringLiteral("mime_type"), files[mediaId].mimeType}};
            if (image)
                media.insert(QStringLiteral("caption"), QStringLiteral("Photo %1").arg(index));
            else
                media.insert(QStringLiteral("filename"), files[mediaId].fileName);
            message.insert(QStringLiteral("type"), image ? QStringLiteral("image") : QStringLiteral("document"));
            message.insert(image ? QStringLiteral("image") : QStringLiteral("document"), media);
        } else {
            message.insert(QStringLiteral("type"), QStringLiteral("text"));
            message.insert(QStringLiteral("text"),
                           QJsonObject{
                               {QStringLiteral("body"), QString::fromUtf8(kTexts[index % int(std::size(kTexts))])}});
        }
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550000000")},
                                             {QStringLiteral("phone_number_id"), phoneNumberId}}},
                                {QStringLiteral("contacts"),
                                 QJsonArray{
                                     QJsonObject{{QStringLiteral("profile"),
                                                  QJsonObject{{QStringLiteral("name"), demo::profileName(customer)}}},
                                                 {QStringLiteral("wa_id"), waId}}}},
                                {QStringLiteral("messages"), QJsonArray{message}}};
        const QJsonObject body{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("WABA_SIM")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), value}}}}}}}};
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", webhookSignature(bytes, appSecret));
        request.setTransferTimeout(30000);
        const qint64 started = clock.elapsed();
        QNetworkReply *reply = network.post(request, bytes);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply, started] {
            reply->deleteLater();
            ++answered;
            latencies.append(clock.elapsed() - started);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++accepted;
            else
                std::fprintf(stderr, "webhook refused: HTTP %d %s\n",
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             reply->readAll().left(300).constData());
            finishIfDone();
        });
    });
    ticker.start();
    return QCoreApplication::exec();
}

} // namespace relaydesk::server
