#include "models/contactfields.h"

#include "protocol/contactrules.h"

namespace relaydesk::models {

namespace {

using protocol::ContactProblem;

// The rules' verdict in the agent's language.
QString worded(ContactProblem problem, int max)
{
    switch (problem) {
    case ContactProblem::None:
        return {};
    case ContactProblem::Missing:
        return ContactFields::tr("Write the customer's name: it cannot be empty.");
    case ContactProblem::Unreadable:
        return ContactFields::tr("It holds characters that cannot be read; type it again.");
    case ContactProblem::ControlOrLineBreak:
        return ContactFields::tr("It cannot hold line breaks or control characters.");
    case ContactProblem::TurnsDirection:
        return ContactFields::tr("It cannot hold characters that turn the text's direction.");
    case ContactProblem::TooLong:
        return ContactFields::tr("It can be at most %1 characters long.").arg(max);
    case ContactProblem::NotAnAddress:
        return ContactFields::tr("Write an address such as name@example.com.");
    case ContactProblem::NotPhoneCharacter:
        return ContactFields::tr("Use only digits, spaces and + - ( ).");
    case ContactProblem::NoPhoneDigits:
        return ContactFields::tr("Write the phone number's digits.");
    }
    return {};
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
    case Field::Name:
        return worded(protocol::contactNameProblem(value), kMaxName);
    case Field::Email:
        return worded(protocol::contactEmailProblem(value), kMaxEmail);
    case Field::Phone:
        return worded(protocol::contactPhoneProblem(value), kMaxPhone);
    }
    return {};
}

} // namespace relaydesk::models
