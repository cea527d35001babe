#include "contactfields.h"

#include "protocol/codec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace relaydesk::server::contactfields {

using protocol::codePointCount;
using protocol::textProblem;

namespace {

// Characters that turn the direction of the text after them (embeddings,
// overrides, isolates): in a name shown among others they could make a list
// read differently from what it holds. The marks (U+200E, U+200F) only mark.
bool turnsDirection(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char16_t c)
{
    return c == 0x2028 || c == 0x2029 || c == 0x0085;
}

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

QString readableProblem(const QString &text)
{
    const QString problem = textProblem(text);
    if (!problem.isEmpty())
        return problem;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || isLineBreak(c.unicode()))
            return QStringLiteral("contains a control character or a line break");
        if (turnsDirection(c.unicode()))
            return QStringLiteral("contains a character that turns the text's direction");
    }
    return {};
}

} // namespace

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("write a name of 1 to %1 characters").arg(kMaxNameChars);
    const QString problem = readableProblem(name);
    if (!problem.isEmpty())
        return problem;
    if (codePointCount(name) > kMaxNameChars)
        return QStringLiteral("at most %1 characters").arg(kMaxNameChars);
    return {};
}

QString emailProblem(const QString &email)
{
    if (email.isEmpty())
        return {};
    const QString problem = readableProblem(email);
    if (!problem.isEmpty())
        return problem;
    if (codePointCount(email) > kMaxEmailChars)
        return QStringLiteral("at most %1 characters").arg(kMaxEmailChars);
    const QString expected = QStringLiteral("expected an address such as name@example.com");
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')))
        return expected;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return expected;
    for (const QChar c : local) {
        if (!c.isLetterOrNumber() && !isLocalPunctuation(c))
            return expected;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.constLast().size() < 2)
        return expected;
    for (const QString &label : labels) {
        if (!isDomainLabel(label))
            return expected;
    }
    return {};
}

QString phoneProblem(const QString &phone)
{
    if (phone.isEmpty())
        return {};
    if (phone.size() > kMaxPhoneChars)
        return QStringLiteral("at most %1 characters").arg(kMaxPhoneChars);
    bool digit = false;
    for (const QChar c : phone) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = true;
        else if (u != u' ' && u != u'+' && u != u'-' && u != u'(' && u != u')')
            return QStringLiteral("only digits, spaces and + - ( )");
    }
    return digit ? QString() : QStringLiteral("expected a phone number's digits");
}

QString fittedName(const QString &raw)
{
    QString name = protocol::clampedText(raw, kMaxNameChars * 4);
    QString kept;
    kept.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (turnsDirection(c.unicode()))
            continue;
        kept.append(c.category() == QChar::Other_Control || isLineBreak(c.unicode()) ? QChar(u' ') : c);
    }
    return protocol::clampedText(kept.simplified(), kMaxNameChars).trimmed();
}

bool readVisitorDetails(const QByteArray &body, VisitorDetails *details, QString *error)
{
    *details = {};
    if (body.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("The body, when there is one, is a JSON object with the visitor's name and "
                                "email, both optional.");
        return false;
    }
    const QJsonObject object = document.object();
    const struct
    {
        const char *field;
        QString *value;
        QString (*problem)(const QString &);
    } fields[] = {{"name", &details->name, nameProblem}, {"email", &details->email, emailProblem}};
    for (const auto &[field, value, problem] : fields) {
        const QJsonValue given = object.value(QLatin1String(field));
        if (given.isUndefined() || given.isNull())
            continue;
        if (!given.isString()) {
            *error = QStringLiteral("%1: expected a string").arg(QLatin1String(field));
            return false;
        }
        const QString text = given.toString().trimmed();
        if (text.isEmpty())
            continue; // left blank in the widget's form: none
        const QString why = problem(text);
        if (!why.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(field), why);
            return false;
        }
        *value = text;
    }
    return true;
}

QString shortTag(const QString &id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(6))
        .toUpper();
}

} // namespace relaydesk::server::contactfields
