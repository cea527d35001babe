#include "demodata.h"

#include "accounts.h"
#include "demomedia.h"
#include "log.h"
#include "mediastore.h"
#include "serverdb.h"
#include "workspacedata.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace relaydesk::server {

namespace {

const char *const kOpenings[] = {
    "Hi! Is the blue dress still available in size M?",
    "Halo kak, pesanan saya belum sampai, bisa dicek?",
    "Olá! Vocês entregam no sábado?",
    "Hola, ¿tienen envío gratis a Monterrey?",
    "नमस्ते, मेरा ऑर्डर कहाँ है?",
    "Can I change the delivery address for order 4471?",
    "Do you have a discount for orders of 10 pieces or more?",
    "Bom dia, o pagamento por Pix foi confirmado?",
    "Apakah bisa bayar di tempat (COD)?",
    "I was charged twice for the same order 🙁",
};
const char *const kReplies[] = {
    "Thanks for writing! Let me check that for you.", "Yes, it ships tomorrow morning.",
    "I have updated the address on your order.",      "Here is your tracking number: RD-20931-ID.",
    "Sorry about that, the refund is on its way.",
};
const char *const kFollowUps[] = {
    "Great, thank you!", "Perfect 👍", "Terima kasih banyak!", "Obrigado pela ajuda!", "When will it arrive?",
};

// The demo's quick replies: what a shop's agents type most.
const CannedResponse kCannedResponses[] = {
    {QStringLiteral("hello"), QStringLiteral("Greeting"),
     QStringLiteral("Hi! Thanks for writing to Demo Shop. How can I help you today?")},
    {QStringLiteral("hours"), QStringLiteral("Opening hours"),
     QStringLiteral(
         "We are open Monday to Friday 9:00–18:00 and Saturday 10:00–14:00. Messages sent outside those hours "
         "are answered the next working morning.")},
    {QStringLiteral("shipping"), QStringLiteral("Shipping time"),
     QStringLiteral("Orders placed before 14:00 ship the same day. Delivery takes 2–3 working days; you get a tracking "
                    "number by e-mail as soon as the parcel leaves.")},
    {QStringLiteral("returns"), QStringLiteral("Returns"),
     QStringLiteral("You can return anything within 30 days. Reply with your order number and we will send you a free "
                    "return label.")},
    {QStringLiteral("thanks"), QStringLiteral("Thanks and goodbye"),
     QStringLiteral("Thank you for shopping with us! If anything else comes up, just write here. Have a great day 😊")},
};

// Quick replies for a demo workspace that has none (also one made by an
// older server, before there were any).
bool seedCannedResponses(ServerDb &db, qint64 workspaceId, QString *error)
{
    WorkspaceData data(db);
    if (!data.cannedResponses(workspaceId).isEmpty())
        return true;
    return data.setCannedResponses(workspaceId,
                                   QVector<CannedResponse>(std::begin(kCannedResponses), std::end(kCannedResponses)),
                                   error);
}

} // namespace

bool seedDemo(const ServerConfig &config, QString *error)
{
    ServerDb db;
    if (!db.open(config.databasePath(), error))
        return false;
    QSqlQuery exists(db.db());
    if (exists.exec(QStringLiteral("SELECT id FROM workspaces WHERE name = 'Demo Shop'")) && exists.next()) {
        const qint64 existing = exists.value(0).toLongLong();
        exists.finish();
        return seedCannedResponses(db, existing, error);
    }
    exists.finish();

    Accounts accounts(db, config.tokenLifetimeMs);
    AccountError failure;
    const std::optional<qint64> workspace = accounts.ensureWorkspace(QStringLiteral("Demo Shop"), &failure);
    std::optional<Agent> demo = workspace ? accounts.createAgent(*workspace, QString::fromLatin1(kDemoAgentEmail),
                                                                 QStringLiteral("Dana Demo"), QStringLiteral("admin"),
                                                                 QString::fromLatin1(kDemoAgentPassword), &failure)
                                          : std::nullopt;
    if (!demo) {
        *error = failure.message;
        return false;
    }
    if (!accounts.createAgent(*workspace, QStringLiteral("rio@relaydesk.local"), QStringLiteral("Rio Santos"),
                              QStringLiteral("agent"), QString::fromLatin1(kDemoAgentPassword), &failure)) {
        *error = failure.message;
        return false;
    }

    WorkspaceData data(db);
    // One of each kind of media, stored like uploads, for the agent to send.
    MediaStore media(db, config.dataDirectory + QStringLiteral("/media"));
    struct DemoFile
    {
        QByteArray bytes;
        const char *name;
        const char *caption;
    };
    const DemoFile files[] = {
        {demomedia::productPhoto(), "blue-dress.png", "Here is a photo of the dress."},
        {demomedia::voiceNote(), "voice-note.wav", ""},
        {demomedia::shortVideo(), "how-to-fold.avi", "A short video of how it folds."},
        {demomedia::invoice(), "invoice-RD-4471.pdf", "Your invoice."},
    };
    QVector<protocol::Attachment> attachments;
    for (const DemoFile &file : files) {
        MediaError mediaError;
        const std::optional<StoredMedia> stored = media.store(*workspace, file.bytes, QString::fromLatin1(file.name),
                                                              &mediaError);
        if (!stored) {
            *error = mediaError.message;
            return false;
        }
        attachments.append(protocol::Attachment{stored->id, stored->mimeType, stored->size, stored->sha256,
                                                stored->width, stored->height, 0, stored->fileName});
    }
    QRandomGenerator random(7);
    constexpr int kConversations = 300;
    for (int i = 0; i < kConversations; ++i) {
        const QString visitor = QStringLiteral("demo-visitor-%1").arg(i, 4, 10, QLatin1Char('0'));
        const Change first = data.visitorWrites(*workspace, visitor,
                                                QString::fromUtf8(kOpenings[i % std::size(kOpenings)]));
        if (!first.ok()) {
            *error = first.errorMessage;
            return false;
        }
        if (i % 3 == 0)
            continue; // waiting for an answer
        const qint64 conversation = first.events.constLast().payload.index() == 3
                                        ? std::get<protocol::Message>(first.events.constLast().payload).conversationId
                                        : 0;
        data.sendMessage(*demo, conversation, protocol::MessageKind::Text,
                         QString::fromUtf8(kReplies[random.bounded(int(std::size(kReplies)))]),
                         QStringLiteral("demo-%1-a").arg(i), 0);
        if (i % 5 == 1) {
            // Every fifth answered conversation gets one of the media kinds.
            const int which = (i / 5) % int(std::size(files));
            const protocol::Attachment &file = attachments.at(which);
            data.sendMessage(*demo, conversation, MediaStore::kindFor(file.mimeType),
                             QString::fromUtf8(files[which].caption), QStringLiteral("demo-%1-m").arg(i), 0, {file});
        }
        if (i % 2 == 0)
            data.visitorWrites(*workspace, visitor,
                               QString::fromUtf8(kFollowUps[random.bounded(int(std::size(kFollowUps)))]));
        if (i % 7 == 0)
            data.setStatus(*demo, conversation, protocol::ConversationStatus::Resolved, 0);
    }
    if (!seedCannedResponses(db, *workspace, error))
        return false;
    qCInfo(lcServer) << "demo workspace ready with" << kConversations << "conversations";
    return true;
}

} // namespace relaydesk::server
