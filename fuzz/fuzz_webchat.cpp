// What the web chat endpoints read from a visitor (server/webchatbody.cpp,
// server/contactfields.cpp): the bodies of POST visitors, messages and read,
// the Authorization header and the Origin header, and a channel's profile
// name made fit. The same bytes go to each.

#include "contactfields.h"
#include "fuzzcommon.h"
#include "webchatbody.h"

using namespace relaydesk;
using namespace relaydesk::fuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);

    if (const std::optional<QString> text = server::webchatMessageText(bytes)) {
        // WorkspaceData::visitorWrites stores it as the visitor's message.
        protocol::Message message;
        message.id = 1;
        message.conversationId = 1;
        message.createdAt = 1;
        message.authorId = 1;
        message.authorName = QStringLiteral("Visitor 0a1b2c");
        message.text = *text;
        message.status = protocol::MessageStatus::Delivered;
        checkClientDecodes(message, "a visitor's message is one clients decode");
    }

    server::contactfields::VisitorDetails details;
    QString problem;
    if (server::contactfields::readVisitorDetails(bytes, &details, &problem)) {
        // WorkspaceData::visitorWrites makes the contact with them.
        protocol::Contact contact;
        contact.id = 1;
        contact.updatedAt = 1;
        contact.version = 1;
        contact.name = details.name;
        contact.email = details.email;
        checkClientDecodes(contact, "a visitor's name and e-mail are ones clients decode");
        check(server::contactfields::nameProblem(details.name).isEmpty() || details.name.isEmpty(),
              "a visitor's name passed the name check", details.name);
        check(server::contactfields::emailProblem(details.email).isEmpty(), "a visitor's e-mail passed the check",
              details.email);
    } else {
        check(!problem.isEmpty(), "a refused body says why");
    }
    const QString fitted = server::contactfields::fittedName(QString::fromUtf8(bytes));
    check(fitted.isEmpty() || server::contactfields::nameProblem(fitted).isEmpty(),
          "a channel's name, made fit, passes the name check", fitted);

    if (const std::optional<qint64> upTo = server::webchatReadUpTo(bytes))
        check(*upTo >= 1 && *upTo <= protocol::kMaxSafeInteger, "up_to is a message id");

    const QString visitor = server::webchatVisitorId(bytes);
    check(visitor.isEmpty() || (visitor.size() == 32 && visitor == visitor.toLower()),
          "a visitor id is 32 lower-case hex digits", visitor);

    const QString originText = QString::fromUtf8(bytes);
    if (const std::optional<QString> origin = server::normaliseWebchatOrigin(originText)) {
        check(!origin->isEmpty(), "an origin is not empty");
        const std::optional<QString> again = server::normaliseWebchatOrigin(*origin);
        check(again && *again == *origin, "a normalised origin is normal", *origin);
    }
    return 0;
}
