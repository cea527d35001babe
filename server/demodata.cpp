#include "demodata.h"

#include "accounts.h"
#include "channelsettings.h"
#include "democustomers.h"
#include "demofolder.h"
#include "demomedia.h"
#include "log.h"
#include "mediastore.h"
#include "serverdb.h"
#include "workspacedata.h"

#include <QDateTime>
#include <QJsonArray>

namespace relaydesk::server {

namespace {

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
    // The demo shop sells in Indonesia: its deals are in rupiah (a demo made
    // before the currency existed gets it too).
    if (data.leadCurrency(workspaceId).isEmpty() && !data.setLeadCurrency(workspaceId, QStringLiteral("IDR"))) {
        *error = QStringLiteral("the demo's currency could not be set");
        return false;
    }
    if (!data.cannedResponses(workspaceId).isEmpty())
        return true;
    return data.setCannedResponses(workspaceId,
                                   QVector<CannedResponse>(std::begin(kCannedResponses), std::end(kCannedResponses)),
                                   error);
}

// The demo's channel and autopilot settings: approved templates in the five
// languages (so a conversation past its 24-hour window shows the template
// path) and autopilot rules with a fallback (so the autopilot can be switched
// on). No WhatsApp or Messenger account is stored: while the server runs
// with --demo it plays them itself (demochannel.h).
bool seedSettings(ServerDb &db, const ServerConfig &config, qint64 workspaceId, QString *error)
{
    auto templ = [](const char *name, const char *language, const char *body) {
        return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("language"), QString::fromLatin1(language)},
                           {QStringLiteral("body"), QString::fromUtf8(body)},
                           {QStringLiteral("messenger_tag"), QStringLiteral("POST_PURCHASE_UPDATE")}};
    };
    const QJsonObject settings{
        {QStringLiteral("autopilot"),
         QJsonObject{{QStringLiteral("bot_name"), QStringLiteral("Demo Shop assistant")},
                     {QStringLiteral("rules"),
                      QJsonArray{QJsonObject{{QStringLiteral("keywords"),
                                              QJsonArray{QStringLiteral("opening hours"), QStringLiteral("horario"),
                                                         QStringLiteral("jam buka"), QStringLiteral("horário")}},
                                             {QStringLiteral("answer"),
                                              QStringLiteral("We are open Monday to Friday 9:00–18:00 and Saturday "
                                                             "10:00–14:00.")}},
                                 QJsonObject{{QStringLiteral("keywords"),
                                              QJsonArray{QStringLiteral("refund"), QStringLiteral("reembolso"),
                                                         QStringLiteral("dana kembali")}},
                                             {QStringLiteral("answer"),
                                              QStringLiteral("Refunds reach your account 3–5 working days after we "
                                                             "have the parcel back.")}}}},
                     {QStringLiteral("fallback"),
                      QStringLiteral("Thanks for writing! A person from Demo Shop will answer you shortly.")}}},
        {QStringLiteral("templates"),
         QJsonArray{templ("order_update", "en_US", "Hi {{1}}, your order {{2}} is on its way."),
                    templ("follow_up", "en_US",
                          "Hi {{1}}, we have an answer to your question. Reply to this message to continue."),
                    templ("pesanan_dikirim", "id", "Halo {{1}}, pesanan {{2}} sedang dalam perjalanan."),
                    templ("order_update_hi", "hi", "नमस्ते {{1}}, आपका ऑर्डर {{2}} रास्ते में है।"),
                    templ("pedido_enviado", "es_MX", "Hola {{1}}, tu pedido {{2}} va en camino."),
                    templ("pedido_enviado_br", "pt_BR", "Olá {{1}}, seu pedido {{2}} está a caminho.")}}};
    ChannelSettingsStore store(db, config.secretsKeyPath());
    return store.save(workspaceId, settings, error);
}

// Writes the demo's conversations as they would have happened over the past
// days, each change at its own time (WorkspaceData::setNow), so the list's
// order, the times shown and the 24-hour windows agree.
struct Seeder
{
    WorkspaceData &data;
    qint64 workspaceId;
    const Agent &dana;
    const Agent &rio;
    const QVector<protocol::Attachment> &files;
    const QStringList &captions;

    static qint64 conversationOf(const Change &change)
    {
        for (const protocol::Event &event : change.events) {
            if (const auto *message = std::get_if<protocol::Message>(&event.payload))
                return message->conversationId;
        }
        return 0;
    }

    qint64 customerWrites(const demo::Customer &customer, int line, qint64 at)
    {
        data.setNow(at);
        const QString &text = customer.lines.at(line);
        if (customer.channel == protocol::Channel::WebChat)
            return conversationOf(data.visitorWrites(workspaceId, customer.channelId, text));
        InboundMessage inbound;
        inbound.channel = customer.channel;
        inbound.senderId = customer.channelId;
        inbound.senderName = customer.name; // the WhatsApp profile; on Messenger what the profile lookup finds
        inbound.channelMessageId = QStringLiteral("demo.in.%1.%2").arg(customer.index).arg(line);
        inbound.text = text;
        inbound.sentAt = at;
        return conversationOf(data.customerWrites(workspaceId, inbound));
    }

    // An agent's reply, as far as the channel took it: read when the customer wrote again.
    bool agentReplies(const demo::Customer &customer, qint64 conversationId, int line, qint64 at, bool read,
                      const QVector<protocol::Attachment> &attachments = {}, const QString &caption = {})
    {
        data.setNow(at);
        const Agent &agent = customer.index % 5 == 3 ? rio : dana;
        const protocol::MessageKind kind = attachments.isEmpty()
                                               ? protocol::MessageKind::Text
                                               : MediaStore::kindFor(attachments.constFirst().mimeType);
        const QString clientId = QStringLiteral("demo-%1-%2%3")
                                     .arg(customer.index)
                                     .arg(line)
                                     .arg(attachments.isEmpty() ? QString() : QStringLiteral("m"));
        const Change sent = data.sendMessage(agent, conversationId, kind,
                                             attachments.isEmpty() ? customer.lines.at(line) : caption, clientId, 0,
                                             attachments);
        const qint64 messageId = sent.result.value(QStringLiteral("message_id")).toInteger();
        if (!sent.ok() || !messageId)
            return false;
        const protocol::MessageStatus last = read ? protocol::MessageStatus::Read : protocol::MessageStatus::Delivered;
        if (customer.channel == protocol::Channel::WebChat)
            return data.advanceVisitorMessages(workspaceId, customer.channelId, messageId - 1, messageId, last).ok();
        const QString channelId = QStringLiteral("demo.out.%1").arg(messageId);
        return data.outboundResult(workspaceId, messageId, protocol::MessageStatus::Sent, channelId, {}).ok()
               && data.channelStatus(workspaceId, channelId, last, {}).ok();
    }

    bool conversation(const demo::Customer &customer)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 started = now - customer.minutesAgo * 60 * 1000;
        auto at = [&](int minutes) { return qMin(started + qint64(minutes) * 60 * 1000, now - 1000); };
        // What a web visitor typed in the widget's form (some typed nothing).
        if (customer.channel == protocol::Channel::WebChat && !customer.name.isEmpty()
            && !data.rememberVisitor(workspaceId, customer.channelId, customer.name, customer.email))
            return false;
        const qint64 conversationId = customerWrites(customer, 0, at(0));
        if (!conversationId)
            return false;
        const int lines = int(customer.lines.size());
        for (int line = 1; line < lines; ++line) {
            const bool agent = line % 2 == 1;
            const qint64 when = at(line * 3);
            if (agent && !agentReplies(customer, conversationId, line, when, line + 1 < lines))
                return false;
            if (!agent && !customerWrites(customer, line, when))
                return false;
            // In some English conversations the agent sends a file that fits with the first answer:
            // the dress's photo, a voice note on a late order, how a bulk order is packed, an invoice.
            static const int kFileOfScript[6] = {0, 1, -1, 2, 3, -1};
            const int which = kFileOfScript[customer.script];
            if (line == 1 && which >= 0 && customer.language == QLatin1String("en") && (customer.index / 30) % 2 == 1
                && !agentReplies(customer, conversationId, line, when + 30000, lines > 2, {files.at(which)},
                                 captions.at(which)))
                return false;
        }
        // Some are done with, some are someone's, a few are pressing.
        data.setNow(at(lines * 3));
        const int i = customer.index;
        if (lines == 4 && i % 2 == 1)
            data.setStatus(dana, conversationId, protocol::ConversationStatus::Resolved, 0);
        if (i % 6 == 1 || i % 6 == 4)
            data.assign(dana, conversationId, i % 6 == 1 ? dana.id : rio.id);
        if (i % 13 == 0)
            data.setPriority(dana, conversationId, i % 26 == 0 ? protocol::Priority::Urgent : protocol::Priority::High);
        return true;
    }
};

// The demo workspace, made in `db`.
std::optional<qint64> makeDemo(ServerDb &db, const ServerConfig &config, QString *error)
{
    Accounts accounts(db, config.tokenLifetimeMs);
    AccountError failure;
    const std::optional<qint64> workspace = accounts.ensureWorkspace(QStringLiteral("Demo Shop"), &failure);
    const std::optional<Agent> dana = workspace
                                          ? accounts.createAgent(*workspace, QString::fromLatin1(kDemoAgentEmail),
                                                                 QStringLiteral("Dana Demo"), QStringLiteral("admin"),
                                                                 QString::fromLatin1(kDemoAgentPassword), &failure)
                                          : std::nullopt;
    const std::optional<Agent> rio = dana ? accounts.createAgent(*workspace, QStringLiteral("rio@relaydesk.local"),
                                                                 QStringLiteral("Rio Santos"), QStringLiteral("agent"),
                                                                 QString::fromLatin1(kDemoAgentPassword), &failure)
                                          : std::nullopt;
    if (!rio) {
        *error = failure.message;
        return std::nullopt;
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
    const DemoFile demoFiles[] = {
        {demomedia::productPhoto(), "blue-dress.png", "Here is a photo of the dress."},
        {demomedia::voiceNote(), "voice-note.wav", ""},
        {demomedia::shortVideo(), "how-to-fold.avi", "This is how we fold and pack a bulk order."},
        {demomedia::invoice(), "invoice-RD-4471.pdf", "Your corrected invoice."},
    };
    QVector<protocol::Attachment> attachments;
    QStringList captions;
    for (const DemoFile &file : demoFiles) {
        MediaError mediaError;
        const std::optional<StoredMedia> stored = media.store(*workspace, file.bytes, QString::fromLatin1(file.name),
                                                              &mediaError);
        if (!stored) {
            *error = mediaError.message;
            return std::nullopt;
        }
        attachments.append(protocol::Attachment{stored->id, stored->mimeType, stored->size, stored->sha256,
                                                stored->width, stored->height, 0, stored->fileName});
        captions.append(QString::fromUtf8(file.caption));
    }
    if (!seedSettings(db, config, *workspace, error))
        return std::nullopt;
    Seeder seeder{data, *workspace, *dana, *rio, attachments, captions};
    for (const demo::Customer &customer : demo::customers(kDemoConversations)) {
        if (!seeder.conversation(customer)) {
            data.setNow(0);
            *error = QStringLiteral("demo conversation %1 could not be made").arg(customer.index);
            return std::nullopt;
        }
    }
    data.setNow(0);
    if (!seedCannedResponses(db, *workspace, error) || !markDemo(db, *workspace, error))
        return std::nullopt;
    qCInfo(lcServer) << "demo workspace ready with" << kDemoConversations
                     << "conversations on WhatsApp, Messenger and web chat";
    return workspace;
}

} // namespace

std::optional<qint64> seedDemo(const ServerConfig &config, QString *error)
{
    error->clear();
    FoundDemo found;
    {
        ServerDb db;
        if (!db.open(config.databasePath(), error))
            return std::nullopt;
        found = findDemo(db, config, error);
        if (!error->isEmpty())
            return std::nullopt;
        switch (found.state) {
        case FoundDemo::State::None:
            return makeDemo(db, config, error);
        case FoundDemo::State::OlderKept:
            qCWarning(lcServer).noquote()
                << "the demo workspace in" << config.dataDirectory
                << "was made by an older relaydesk-server, but it is kept as it is:" << found.added
                << "since. For the current demo, start relaydesk-server --demo with an empty --data-dir.";
            [[fallthrough]];
        case FoundDemo::State::Current:
        case FoundDemo::State::Newer:
            if (!seedCannedResponses(db, found.workspaceId, error))
                return std::nullopt;
            return found.workspaceId;
        case FoundDemo::State::Older:
            break;
        }
    }
    // Demo data only, from an older seed: a newcomer gets today's demo, and
    // the old one stays on disk beside it for a while.
    if (!moveDemoAside(config, error))
        return std::nullopt;
    qCInfo(lcServer).noquote() << "the demo data in" << config.dataDirectory << "came from an older relaydesk-server"
                               << QStringLiteral("(demo seed %1);").arg(found.version) << "it was moved to"
                               << previousDemoPath(config) << "and the demo is made afresh";
    ServerDb db;
    if (!db.open(config.databasePath(), error))
        return std::nullopt;
    return makeDemo(db, config, error);
}

} // namespace relaydesk::server
