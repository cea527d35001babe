#pragma once

// Response headers across Qt versions: Qt 6.8 replaced QHttpServerResponse's
// header functions with QHttpHeaders.

#include <QHttpServerResponse>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace relaydesk::server {

inline void setResponseHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QAnyStringView(name), QAnyStringView(value));
    response.setHeaders(std::move(headers));
#else
    response.setHeader(name, value);
#endif
}

} // namespace relaydesk::server
