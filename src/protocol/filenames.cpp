#include "protocol/filenames.h"

#include <QRegularExpression>

namespace relaydesk::protocol {

namespace {

constexpr qsizetype kMaxFileNameChars = 120;

// Characters no file name keeps: control characters (C0, DEL and C1), path
// separators, what Windows refuses, and the bidi controls that make
// "invoice\u202Efdp.exe" look like a PDF.
bool isUnsafe(char16_t c)
{
    switch (c) {
    case u'/':
    case u'\\':
    case u':':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
    case 0x061c:
    case 0x200e:
    case 0x200f:
        return true;
    default:
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}

// At most kMaxFileNameChars, keeping a short extension, never cutting a surrogate pair.
QString shortened(const QString &name)
{
    const auto left = [](const QString &text, qsizetype n) {
        if (n > 0 && n < text.size() && text.at(n).isLowSurrogate())
            --n;
        return text.left(n);
    };
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 10 ? name.mid(dot) : QString();
    return left(name, kMaxFileNameChars - extension.size()) + extension;
}

} // namespace

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    safe.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(name.at(++i));
        } else {
            // An unpaired surrogate is not Unicode: no peer decodes it, no file system stores it.
            safe.append(isUnsafe(c.unicode()) || c.isSurrogate() ? QLatin1Char('_') : c);
        }
    }
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    // Each step can expose work for another (a cut can end in a space or a dot),
    // so until nothing changes; the name only gets shorter, apart from one '_'.
    for (;;) {
        const QString before = safe;
        safe.replace(dots, QStringLiteral("."));
        safe = safe.trimmed();
        while (safe.startsWith(QLatin1Char('.')))
            safe.remove(0, 1);
        while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
            safe.chop(1);
        if (reserved.match(safe).hasMatch())
            safe.prepend(QLatin1Char('_'));
        if (safe.size() > kMaxFileNameChars)
            safe = shortened(safe);
        if (safe == before)
            break;
    }
    return safe.isEmpty() ? fallback : safe;
}

} // namespace relaydesk::protocol
