#include "protocol/filenames.h"

#include <QRegularExpression>

namespace relaydesk::protocol {

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe = name;
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]"));
    safe.replace(unsafe, QStringLiteral("_"));
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    safe.replace(dots, QStringLiteral("."));
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(safe).hasMatch())
        safe.prepend(QLatin1Char('_'));
    if (safe.size() > 120) {
        const int dot = safe.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 && safe.size() - dot <= 10 ? safe.mid(dot) : QString();
        safe = safe.left(120 - extension.size()) + extension;
    }
    return safe.isEmpty() ? fallback : safe;
}

} // namespace relaydesk::protocol
