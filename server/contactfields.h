#pragma once

// The checks on a contact's name, e-mail and phone as people type them: a web
// chat visitor (POST /v1/webchat/{key}/visitors) and an agent (contact.update).
// Pure functions, so the fuzz targets can run them (fuzz/fuzz_webchat.cpp).

#include "protocol/contactrules.h"

#include <QByteArray>
#include <QString>

namespace relaydesk::server::contactfields {

// The rules themselves are protocol/contactrules (the desktop checks by them too).
inline constexpr qsizetype kMaxNameChars = protocol::kMaxContactNameChars;
inline constexpr qsizetype kMaxEmailChars = protocol::kMaxContactEmailChars;
inline constexpr qsizetype kMaxPhoneChars = protocol::kMaxContactPhoneChars;

// Each returns why the value (already trimmed) cannot be stored, for a
// person and without quoting the value, or an empty string when it can.
// A name is 1–100 characters of readable text: no control characters, no
// characters that turn the direction of the text around it (a name is shown
// among others), and the protocol's text rule (protocol::textProblem).
QString nameProblem(const QString &name);
// An e-mail is empty (none) or one plain address: local@domain.tld, no spaces.
QString emailProblem(const QString &email);
// A phone is empty (none) or digits with spaces and + - ( ), at most 32.
QString phoneProblem(const QString &phone);

// A name from a channel (a WhatsApp or Messenger profile) made fit to show:
// never refused (the customer's message must be stored), so control
// characters and line breaks become spaces, characters that turn the text's
// direction go, spaces fold, and it ends after 100 characters; empty when
// nothing is left.
QString fittedName(const QString &raw);

// The name and e-mail a web chat visitor gave when starting a visit: the body
// `{"name": "…", "email": "…"}`, both optional (absent, null or blank: none).
// An empty body is none of either. On a problem, `error` names the field
// ("name: …") and the result is nothing.
struct VisitorDetails
{
    QString name;
    QString email;
};
[[nodiscard]] bool readVisitorDetails(const QByteArray &body, VisitorDetails *details, QString *error);

// A short tag that tells two ids apart in a name ("Visitor 3FA9C2"): six
// upper-case hex digits of the id's SHA-256, the same for the same id.
QString shortTag(const QString &id);

} // namespace relaydesk::server::contactfields
