#include "net/networkerrors.h"

#include <QtNetwork/qtnetwork-config.h>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace relaydesk::net {

namespace {

enum class Kind { Refused, NotFound, Timeout, Closed, Offline, Proxy, Tls, Other };

Kind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Kind::Refused;
    case QNetworkReply::HostNotFoundError:
        return Kind::NotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout ends as a cancel
        return Kind::Timeout;
    case QNetworkReply::RemoteHostClosedError:
        return Kind::Closed;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return Kind::Offline;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Kind::Proxy;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    default:
        return Kind::Other;
    }
}

Kind kindOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Kind::Refused;
    case QAbstractSocket::HostNotFoundError:
        return Kind::NotFound;
    case QAbstractSocket::SocketTimeoutError:
        return Kind::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return Kind::Closed;
    case QAbstractSocket::NetworkError:
        return Kind::Offline;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return Kind::Proxy;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Kind::Tls;
    default:
        return Kind::Other;
    }
}

} // namespace

QString NetworkErrors::describeCertificate(const QList<QSslError> &sslErrors, const QString &host)
{
#if QT_CONFIG(ssl)
    // The most telling problem first: a self-signed certificate is also
    // "untrusted", an expired one may also fail its chain.
    const QSslError::SslError order[] = {
        QSslError::HostNameMismatch,      QSslError::CertificateExpired,           QSslError::CertificateNotYetValid,
        QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain, QSslError::CertificateRevoked,
    };
    auto has = [&sslErrors](QSslError::SslError wanted) {
        for (const QSslError &error : sslErrors) {
            if (error.error() == wanted)
                return true;
        }
        return false;
    };
    for (QSslError::SslError problem : order) {
        if (!has(problem))
            continue;
        switch (problem) {
        case QSslError::HostNameMismatch:
            return tr("The server's certificate is not made out for %1, so this may not be the server you meant. "
                      "Check the server address; if it is right, ask your workspace's admin to fix the certificate.")
                .arg(host);
        case QSslError::CertificateExpired:
            return tr("The certificate of %1 has expired, so the connection is not safe. "
                      "Ask your workspace's admin to renew it.")
                .arg(host);
        case QSslError::CertificateNotYetValid:
            return tr("The certificate of %1 is not valid yet. Check this computer's date and time; "
                      "if they are right, ask your workspace's admin.")
                .arg(host);
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return tr("%1 uses a self-signed certificate, which this computer does not trust. "
                      "Ask your workspace's admin for a certificate from a trusted authority.")
                .arg(host);
        case QSslError::CertificateRevoked:
            return tr("The certificate of %1 has been revoked, so the connection is not safe. "
                      "Ask your workspace's admin.")
                .arg(host);
        default:
            break;
        }
    }
    if (!sslErrors.isEmpty())
        return tr("This computer does not trust the certificate of %1, so the connection is not safe. "
                  "Ask your workspace's admin to check the server's certificate.")
            .arg(host);
#else
    Q_UNUSED(sslErrors)
    Q_UNUSED(host)
#endif
    return {};
}

namespace {

QString sentence(Kind kind, const QList<QSslError> &sslErrors, const QString &host)
{
    switch (kind) {
    case Kind::Refused:
        return NetworkErrors::tr("Nothing answers at %1. Check the server address and port; if they are right, "
                                 "the server may be down: ask your workspace's admin.")
            .arg(host);
    case Kind::NotFound:
        return NetworkErrors::tr("The server %1 could not be found. Check the address for typing mistakes and that "
                                 "this computer is online.")
            .arg(host);
    case Kind::Timeout:
        return NetworkErrors::tr("%1 did not answer in time. Check this computer's connection and try again.")
            .arg(host);
    case Kind::Closed:
        return NetworkErrors::tr("%1 closed the connection before answering. Try again in a moment.").arg(host);
    case Kind::Offline:
        return NetworkErrors::tr("This computer seems to be offline. Check its network connection and try again.");
    case Kind::Proxy:
        return NetworkErrors::tr("The proxy server did not let the connection to %1 through. Check this "
                                 "computer's proxy settings.")
            .arg(host);
    case Kind::Tls: {
        const QString certificate = NetworkErrors::describeCertificate(sslErrors, host);
        if (!certificate.isEmpty())
            return certificate;
        return NetworkErrors::tr("A secure connection to %1 could not be made. Check that the address is right "
                                 "(https or http) and ask your workspace's admin to check the server.")
            .arg(host);
    }
    case Kind::Other:
        break;
    }
    return NetworkErrors::tr("%1 cannot be reached. Check the server address and this computer's connection, "
                             "then try again.")
        .arg(host);
}

} // namespace

QString NetworkErrors::describe(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors,
                                const QString &host)
{
    return sentence(sslErrors.isEmpty() ? kindOf(error) : Kind::Tls, sslErrors, host);
}

QString NetworkErrors::describe(QAbstractSocket::SocketError error, const QList<QSslError> &sslErrors,
                                const QString &host)
{
    return sentence(sslErrors.isEmpty() ? kindOf(error) : Kind::Tls, sslErrors, host);
}

bool NetworkErrors::isCertificateProblem(QNetworkReply::NetworkError error, const QList<QSslError> &sslErrors)
{
    return !sslErrors.isEmpty() || kindOf(error) == Kind::Tls;
}

} // namespace relaydesk::net
