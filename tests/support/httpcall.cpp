#include "httpcall.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>

namespace relaydesk::test {

HttpAnswer httpCall(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QByteArray &authorization)
{
    static QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    reply->deleteLater();
    return answer;
}

bool addAgent(const QString &dataDirectory, const QString &email, const QString &workspace, const QByteArray &password,
              const QString &name, const QString &role)
{
    QStringList arguments{QStringLiteral("--data-dir"),  dataDirectory, QStringLiteral("--add-agent"), email,
                          QStringLiteral("--workspace"), workspace};
    if (!name.isEmpty())
        arguments << QStringLiteral("--name") << name;
    if (!role.isEmpty())
        arguments << QStringLiteral("--role") << role;
    QProcess add;
    add.start(QStringLiteral(RELAYDESK_SERVER_BINARY), arguments);
    add.write(password + '\n');
    add.closeWriteChannel();
    return add.waitForFinished(30000) && add.exitStatus() == QProcess::NormalExit && add.exitCode() == 0;
}

bool setChannelSettings(const QString &dataDirectory, const QString &workspace, const QJsonObject &settings)
{
    QTemporaryFile file(dataDirectory + QStringLiteral("/settings-XXXXXX.json"));
    if (!file.open())
        return false;
    file.write(QJsonDocument(settings).toJson());
    file.close();
    QProcess admin;
    admin.start(QStringLiteral(RELAYDESK_SERVER_BINARY),
                {QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--channel-settings"), file.fileName()});
    return admin.waitForFinished(30000) && admin.exitStatus() == QProcess::NormalExit && admin.exitCode() == 0;
}

} // namespace relaydesk::test
