#pragma once

// Shared by the fuzz targets: a QCoreApplication for Qt's services, Qt's own
// warnings silenced (they only slow the fuzzer down), and the invariant checks
// that turn a wrong result into a crash libFuzzer reports.

#include "protocol/codec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace relaydesk::fuzz {

inline void silentMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

// Call from LLVMFuzzerInitialize.
inline void initQt(int *argc, char ***argv)
{
    qInstallMessageHandler(silentMessages);
    static QCoreApplication app(*argc, *argv);
}

[[noreturn]] inline void violated(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool ok, const char *what, const QString &detail = QString())
{
    if (!ok)
        violated(what, detail);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Whether every client can decode `message` as the server would send it
// (DESIGN.md invariant 8): its JSON goes through the clients' own decoder.
inline void checkClientDecodes(const protocol::Message &message, const char *what)
{
    QString problem;
    if (!protocol::messageFromJson(protocol::toJson(message), &problem))
        violated(what, problem);
}

inline void checkClientDecodes(const protocol::Contact &contact, const char *what)
{
    QString problem;
    if (!protocol::contactFromJson(protocol::toJson(contact), &problem))
        violated(what, problem);
}

} // namespace relaydesk::fuzz
