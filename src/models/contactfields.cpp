#include "models/contactfields.h"

#include "protocol/codec.h"

#include <QStringList>

namespace relaydesk::models {

namespace {

// Characters that turn the direction of the text after them (embeddings,
// overrides, isolates); the server refuses them in a name.
bool turnsDirection(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool breaksLine(QChar c)
{
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 || u == 0x0085;
}

// Text no peer can show as written: U+0000, unpaired surrogates, control
// characters, line breaks, direction overrides.
QString unreadable(const QString &text)
{
    if (!protocol::textProblem(text).isEmpty())
        return ContactFields::tr("It holds characters that cannot be read; type it again.");
    for (const QChar c : text) {
        if (breaksLine(c))
            return ContactFields::tr("It cannot hold line breaks or control characters.");
        if (turnsDirection(c.unicode()))
            return ContactFields::tr("It cannot hold characters that turn the text's direction.");
    }
    return {};
}

QString tooLong(int max)
{
    return ContactFields::tr("It can be at most %1 characters long.").arg(max);
}

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

// local@domain.tld as the server takes it (RFC 5322 atoms, letters and digits in the domain).
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

} // namespace

QString ContactFields::key(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QString ContactFields::problem(Field field, const QString &text)
{
    const QString value = text.trimmed();
    switch (field) {
    case Field::Name: {
        if (value.isEmpty())
            return tr("Write the customer's name: it cannot be empty.");
        const QString why = unreadable(value);
        if (!why.isEmpty())
            return why;
        return protocol::codePointCount(value) > kMaxName ? tooLong(kMaxName) : QString();
    }
    case Field::Email: {
        if (value.isEmpty())
            return {};
        const QString why = unreadable(value);
        if (!why.isEmpty())
            return why;
        if (protocol::codePointCount(value) > kMaxEmail)
            return tooLong(kMaxEmail);
        return looksLikeAnAddress(value) ? QString() : tr("Write an address such as name@example.com.");
    }
    case Field::Phone: {
        if (value.isEmpty())
            return {};
        if (value.size() > kMaxPhone)
            return tooLong(kMaxPhone);
        bool digit = false;
        for (const QChar c : value) {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9')
                digit = true;
            else if (u != u' ' && u != u'+' && u != u'-' && u != u'(' && u != u')')
                return tr("Use only digits, spaces and + - ( ).");
        }
        return digit ? QString() : tr("Write the phone number's digits.");
    }
    }
    return {};
}

} // namespace relaydesk::models
