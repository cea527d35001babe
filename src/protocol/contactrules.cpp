#include "protocol/contactrules.h"

#include "protocol/codec.h"

#include <QStringList>

namespace relaydesk::protocol {

namespace {

// What the e-mail check lets through besides letters and digits (RFC 5322's
// atext, and the dot between atoms).
bool isLocalPunctuation(QChar c)
{
    return QStringLiteral("!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool isDomainLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

bool looksLikeAnAddress(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')))
        return false;
    const QString local = email.left(at);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (!c.isLetterOrNumber() && !isLocalPunctuation(c))
            return false;
    }
    const QStringList labels = email.mid(at + 1).split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.constLast().size() < 2)
        return false;
    for (const QString &label : labels) {
        if (!isDomainLabel(label))
            return false;
    }
    return true;
}

ContactProblem readableProblem(const QString &text)
{
    if (!textProblem(text).isEmpty())
        return ContactProblem::Unreadable;
    for (const QChar c : text) {
        if (isControlOrLineBreak(c))
            return ContactProblem::ControlOrLineBreak;
        if (turnsTextDirection(c.unicode()))
            return ContactProblem::TurnsDirection;
    }
    return ContactProblem::None;
}

} // namespace

bool turnsTextDirection(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControlOrLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 || u == 0x0085;
}

ContactProblem contactNameProblem(const QString &name)
{
    if (name.isEmpty())
        return ContactProblem::Missing;
    if (const ContactProblem problem = readableProblem(name); problem != ContactProblem::None)
        return problem;
    return codePointCount(name) > kMaxContactNameChars ? ContactProblem::TooLong : ContactProblem::None;
}

ContactProblem contactEmailProblem(const QString &email)
{
    if (email.isEmpty())
        return ContactProblem::None;
    if (const ContactProblem problem = readableProblem(email); problem != ContactProblem::None)
        return problem;
    if (codePointCount(email) > kMaxContactEmailChars)
        return ContactProblem::TooLong;
    return looksLikeAnAddress(email) ? ContactProblem::None : ContactProblem::NotAnAddress;
}

ContactProblem contactPhoneProblem(const QString &phone)
{
    if (phone.isEmpty())
        return ContactProblem::None;
    if (phone.size() > kMaxContactPhoneChars)
        return ContactProblem::TooLong;
    bool digit = false;
    for (const QChar c : phone) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = true;
        else if (u != u' ' && u != u'+' && u != u'-' && u != u'(' && u != u')')
            return ContactProblem::NotPhoneCharacter;
    }
    return digit ? ContactProblem::None : ContactProblem::NoPhoneDigits;
}

} // namespace relaydesk::protocol
