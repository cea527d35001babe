#pragma once

// The customer's name, e-mail and phone as an agent edits them
// (`contact.update`): the same limits the server checks (docs/protocol.md,
// Contact), said in words before anything is sent.

#include "protocol/contactrules.h"

#include <QCoreApplication>
#include <QString>

namespace relaydesk::models {

class ContactFields
{
    Q_DECLARE_TR_FUNCTIONS(ContactFields)

public:
    enum class Field { Name, Email, Phone };

    static constexpr int kMaxName = int(protocol::kMaxContactNameChars);
    static constexpr int kMaxEmail = int(protocol::kMaxContactEmailChars);
    static constexpr int kMaxPhone = int(protocol::kMaxContactPhoneChars);

    // The field's name in `contact.update` ("name", "email", "phone").
    static QString key(Field field);
    // Why the server would refuse `text` (as typed; it is trimmed first) for
    // `field`, for a person; empty when it would take it. An empty e-mail or
    // phone clears it; a name cannot be empty.
    static QString problem(Field field, const QString &text);
};

} // namespace relaydesk::models
