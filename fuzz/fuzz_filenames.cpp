// The file-name sanitizer (protocol::safeFileName), for names from uploads,
// channels and other agents. The first byte says how the rest is read: as
// UTF-8 (odd) or as UTF-16 (even), so unpaired surrogates reach it too.

#include "fuzzcommon.h"

#include "protocol/filenames.h"

#include <QRegularExpression>

#include <cstring>

using namespace relaydesk;
using namespace relaydesk::fuzz;

namespace {

// Characters that reorder what is shown (U+202E makes "evil\u202Efdp.exe" look like a PDF).
bool isBidiControl(char16_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QString name;
    if (data[0] & 1) {
        name = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    } else {
        name.resize(qsizetype(size - 1) / 2);
        std::memcpy(name.data(), data + 1, size_t(name.size()) * 2);
    }
    const QString safe = protocol::safeFileName(name, QStringLiteral("file"));

    check(!safe.isEmpty(), "a safe name is not empty");
    check(safe.size() <= 120, "a safe name has at most 120 characters", safe);
    check(safe != QLatin1String(".") && safe != QLatin1String(".."), "a safe name is no parent reference", safe);
    check(!safe.startsWith(QLatin1Char('.')) && !safe.endsWith(QLatin1Char('.')), "no leading or trailing dot", safe);
    check(safe == safe.trimmed(), "no leading or trailing white space", safe);
    check(safe.isValidUtf16(), "a safe name is valid Unicode", safe);
    for (QChar c : safe) {
        check(c != u'/' && c != u'\\' && c != QChar(0), "no separator or NUL", safe);
        check(c.category() != QChar::Other_Control, "no control character", safe);
        check(!isBidiControl(c.unicode()), "no bidi control", safe);
    }
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    check(!reserved.match(safe).hasMatch(), "no reserved Windows name", safe);
    check(protocol::safeFileName(safe, QStringLiteral("file")) == safe, "sanitizing is idempotent", safe);

    // The name an attachment carries: clients must decode it.
    protocol::Attachment attachment;
    attachment.mediaId = QStringLiteral("m1");
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.size = 1;
    attachment.fileName = safe;
    QString problem;
    if (!protocol::attachmentFromJson(protocol::toJson(attachment), &problem))
        violated("a safe name is an attachment's file name clients decode", problem);
    return 0;
}
