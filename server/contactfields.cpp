#include "contactfields.h"

#include "protocol/codec.h"
#include "protocol/contactrules.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace relaydesk::server::contactfields {

using protocol::textProblem;

namespace {

using protocol::ContactProblem;

// The rules' verdict in the words the server's refusals use.
QString worded(ContactProblem problem, const QString &text, qsizetype max)
{
    switch (problem) {
    case ContactProblem::None:
        return {};
    case ContactProblem::Missing:
        return QStringLiteral("write a name of 1 to %1 characters").arg(kMaxNameChars);
    case ContactProblem::Unreadable:
        return textProblem(text);
    case ContactProblem::ControlOrLineBreak:
        return QStringLiteral("contains a control character or a line break");
    case ContactProblem::TurnsDirection:
        return QStringLiteral("contains a character that turns the text's direction");
    case ContactProblem::TooLong:
        return QStringLiteral("at most %1 characters").arg(max);
    case ContactProblem::NotAnAddress:
        return QStringLiteral("expected an address such as name@example.com");
    case ContactProblem::NotPhoneCharacter:
        return QStringLiteral("only digits, spaces and + - ( )");
    case ContactProblem::NoPhoneDigits:
        return QStringLiteral("expected a phone number's digits");
    }
    return {};
}

} // namespace

QString nameProblem(const QString &name)
{
    return worded(protocol::contactNameProblem(name), name, kMaxNameChars);
}

QString emailProblem(const QString &email)
{
    return worded(protocol::contactEmailProblem(email), email, kMaxEmailChars);
}

QString phoneProblem(const QString &phone)
{
    return worded(protocol::contactPhoneProblem(phone), phone, kMaxPhoneChars);
}

QString fittedName(const QString &raw)
{
    QString name = protocol::clampedText(raw, kMaxNameChars * 4);
    QString kept;
    kept.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (protocol::turnsTextDirection(c.unicode()))
            continue;
        kept.append(protocol::isControlOrLineBreak(c) ? QChar(u' ') : c);
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
