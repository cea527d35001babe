#pragma once

// Qt's network and TLS failures said in words for a person, translated, in
// one place: the REST client, media transfers and the stream link all word
// a failure to reach the server through here, never with Qt's errorString.

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QString>

class QSslError;

namespace relaydesk::net {

class NetworkErrors
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrors)

public:
    // What went wrong reaching `host`, and what to do. `sslErrors` are the
    // certificate problems reported before a failed TLS handshake (may be empty).
    static QString describe(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors, const QString &host);
    static QString describe(QAbstractSocket::SocketError error, const QList<QSslError> &sslErrors, const QString &host);
    // The first certificate problem of the list in words (empty when none is known).
    static QString describeCertificate(const QList<QSslError> &sslErrors, const QString &host);
    // Whether the failure is the server's certificate (the fix is the address
    // or the server, not the password).
    static bool isCertificateProblem(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors);
};

} // namespace relaydesk::net
