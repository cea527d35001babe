#pragma once

#include "cannedresponses.h"

#include "protocol/types.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace relaydesk::server {

class ChannelSettingsStore;
class ServerDb;
struct Agent;

// What a change did: the events it appended to the workspace's log (to send
// to the agents), the result for the one who asked, or an error.
struct Change
{
    QVector<protocol::Event> events;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
    QJsonObject current; // on a conflict: the record as it is now

    [[nodiscard]] bool ok() const { return errorCode.isEmpty(); }
    static Change failure(const QString &code, const QString &message)
    {
        Change change;
        change.errorCode = code;
        change.errorMessage = message;
        return change;
    }
};

// A customer's message from a channel (WhatsApp, Messenger), as its adapter read it.
struct InboundMessage
{
    protocol::Channel channel = protocol::Channel::WhatsApp;
    QString senderId;         // the WhatsApp id (wa_id) or the page-scoped id (PSID)
    QString senderName;       // the profile name, when the channel gives one
    QString channelMessageId; // the wamid or mid: a second delivery of it is dropped
    protocol::MessageKind kind = protocol::MessageKind::Text;
    QString text; // the text, or a media caption
    QVector<protocol::Attachment> attachments;
    QString replyToChannelId; // the message the customer answered, by its channel id
    qint64 sentAt = 0;        // when the customer wrote, per the channel (ms); 0: now
    QString unsupportedType;  // a kind Relaydesk does not show (sticker, location …): a system line says so
};

// What an agent changes of a contact (contact.update), each field already
// checked (contactfields.h); a field left unset keeps its value.
struct ContactEdit
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phone;
};

// An agent's or bot's message on its way out through a channel.
struct OutboundMessage
{
    qint64 workspaceId = 0;
    protocol::Conversation conversation;
    protocol::Contact contact;
    protocol::Message message;
    QJsonObject templateCall; // {name, language, parameters}; empty for free text
    QString replyToChannelId; // the channel's id of the message this one answers, if it has one
};

// The conversations of every workspace, and the event log that records each
// change in the same transaction as the change itself. Every function takes
// the workspace it acts in and never touches another one's rows.
class WorkspaceData
{
public:
    explicit WorkspaceData(ServerDb &db);

    // The time changes are stamped with: the clock, or with `at` not 0 that
    // time (the demo writes its history as if over the past days).
    void setNow(qint64 at) { m_fixedNow = at; }

    // The workspaces' channel and autopilot settings, where the server has them.
    void setChannelSettings(ChannelSettingsStore *settings) { m_channelSettings = settings; }
    ChannelSettingsStore *channelSettings() const { return m_channelSettings; }

    [[nodiscard]] std::optional<qint64> workspaceByWidgetKey(const QString &widgetKey);
    // The web origins allowed to use a workspace's web chat; empty: any.
    QStringList webchatOrigins(qint64 workspaceId);
    [[nodiscard]] bool setWebchatOrigins(qint64 workspaceId, const QStringList &origins);
    // The workspace's lead pipeline, in order (the default one unless set).
    static QStringList defaultLeadStages();
    QStringList leadStages(qint64 workspaceId);
    [[nodiscard]] bool setLeadStages(qint64 workspaceId, const QStringList &stages);
    // The deal currency leads of the workspace start in (ISO 4217; empty: none).
    QString leadCurrency(qint64 workspaceId);
    [[nodiscard]] bool setLeadCurrency(qint64 workspaceId, const QString &code);
    // The workspace's quick replies, in the admin's order; replaced as a whole
    // (all or nothing) with a checked list.
    QVector<CannedResponse> cannedResponses(qint64 workspaceId);
    [[nodiscard]] bool setCannedResponses(qint64 workspaceId, const QVector<CannedResponse> &responses, QString *error);
    QString widgetKey(qint64 workspaceId);
    qint64 headSeq(qint64 workspaceId);
    // Up to `limit` stored events after `seq`, in order. `rowsRead` and
    // `lastSeqRead` count any that could not be decoded too (logged and left
    // out, which the client sees as a gap and re-syncs).
    QVector<protocol::Event> eventsAfter(qint64 workspaceId, qint64 seq, int limit, int *rowsRead = nullptr,
                                         qint64 *lastSeqRead = nullptr);

    // The same events as ready event frames, built from the stored JSON
    // without decoding it (the replay sends thousands a second). A row whose
    // data is not a JSON object is logged and left out, as above.
    struct EncodedEvent
    {
        qint64 seq = 0;
        QString frame;
        qint64 utf8Bytes = 0;
    };
    // `activityLines` false: for a client without the "activity" feature, an
    // activity line goes as the English system note it can read (activitylines.cpp).
    QVector<EncodedEvent> encodedEventsAfter(qint64 workspaceId, qint64 seq, int limit, int *rowsRead,
                                             qint64 *lastSeqRead, bool activityLines = true);

    // A web chat visitor writes: their contact and conversation are made on
    // the first message, reopened when resolved. The contact is named as the
    // visitor said when starting the visit (rememberVisitor), or "Visitor"
    // and a tag of their id.
    Change visitorWrites(qint64 workspaceId, const QString &visitorId, const QString &text);
    // The name and e-mail (checked; either may be empty) a visitor gave when
    // starting a visit, kept until their first message makes the contact
    // (contacts.cpp); details older than kVisitorDetailsDays are dropped.
    [[nodiscard]] bool rememberVisitor(qint64 workspaceId, const QString &visitorId, const QString &name,
                                       const QString &email);
    static constexpr int kVisitorDetailsDays = 30;
    QVector<protocol::Message> visitorMessages(qint64 workspaceId, const QString &visitorId, qint64 afterId);
    // The agents' and bots' messages to a visitor with ids in (afterId, upTo]
    // move forward to `status` (delivered or read; never back, never from
    // failed), each with a message.updated event.
    Change advanceVisitorMessages(qint64 workspaceId, const QString &visitorId, qint64 afterId, qint64 upTo,
                                  protocol::MessageStatus status);

    // On WhatsApp and Messenger the message is queued until the channel took
    // it; outside the customer-service window only a template goes
    // (`templateCall`, whose rendered text is `text`). With `pauseAutopilot`
    // an agent's reply turns the conversation's autopilot off, in the same event.
    Change sendMessage(const Agent &agent, qint64 conversationId, protocol::MessageKind kind, const QString &text,
                       const QString &clientId, qint64 replyTo, const QVector<protocol::Attachment> &attachments = {},
                       const QJsonObject &templateCall = {}, bool pauseAutopilot = false);
    // Marks the conversation read up to the message `upTo` (0: all of it).
    Change markRead(const Agent &agent, qint64 conversationId, qint64 upTo = 0);
    // The agent wants to come back to it: at least one unread (what was unread stays).
    Change markUnread(const Agent &agent, qint64 conversationId);
    // Snoozed with `snoozedUntil` 0: until the customer writes (their message
    // reopens any snoozed conversation); with a time, also wakes then.
    Change setStatus(const Agent &agent, qint64 conversationId, protocol::ConversationStatus status,
                     qint64 snoozedUntil);
    // Snoozes (snoozes.cpp): the earliest wake time of a timed snooze in any
    // workspace (0: none), and waking (open again, with its event) every
    // conversation whose time is at or before `now`: (workspace, change) each.
    qint64 nextSnoozeWake();
    QVector<std::pair<qint64, Change>> wakeSnoozed(qint64 now);
    Change assign(const Agent &agent, qint64 conversationId, qint64 assigneeId);
    Change setAutopilot(const Agent &agent, qint64 conversationId, protocol::Autopilot mode);
    Change setPriority(const Agent &agent, qint64 conversationId, protocol::Priority priority);
    // Notifications for the conversation off (true) or on, for every agent of the workspace.
    Change setMuted(const Agent &agent, qint64 conversationId, bool muted);
    Change updateLead(const Agent &agent, qint64 contactId, qint64 version, const QJsonObject &fields);
    // contact.update (contacts.cpp): the agent's edit of the contact as it was
    // at `version`; a stale version is refused (conflict) with the current
    // record. A name an agent gave is never replaced by a channel's.
    Change updateContact(const Agent &agent, qint64 contactId, qint64 version, const ContactEdit &edit);
    // A name a channel gives for the contact later (the Messenger profile):
    // taken unless an agent named the contact, with a contact.upserted event
    // when it changed anything.
    Change setNameFromChannel(qint64 workspaceId, qint64 contactId, const QString &name);
    // Where the contact's name came from: "fallback", "channel" or "agent"; empty: no such contact.
    QString nameSource(qint64 workspaceId, qint64 contactId);
    // Adds a note by `agent` to the contact's lead (no version: notes never conflict).
    Change addLeadNote(const Agent &agent, qint64 contactId, const QString &text);
    // The workspace's "autopilot while away" mode (`autopilot.while_away` of
    // its sealed channel settings), with a workspace.updated event in the
    // same transaction; the same mode again changes nothing and makes no event.
    // Whether `agent` may do it is the caller's to check.
    Change setAutopilotAway(const Agent &agent, protocol::Autopilot mode);

    // Pages for the REST API, newest first.
    QVector<protocol::Conversation> conversationsPage(qint64 workspaceId, int limit, qint64 beforeActivity,
                                                      qint64 beforeId);
    QVector<protocol::Message> messagesPage(qint64 workspaceId, qint64 conversationId, int limit, qint64 before);
    // The workspace's messages of every conversation, newest first, below `before` (0: from the newest).
    QVector<protocol::Message> historyPage(qint64 workspaceId, int limit, qint64 before);
    [[nodiscard]] std::optional<protocol::Contact> contact(qint64 workspaceId, qint64 contactId);
    [[nodiscard]] std::optional<protocol::Lead> lead(qint64 workspaceId, qint64 contactId);
    [[nodiscard]] std::optional<protocol::Conversation> conversation(qint64 workspaceId, qint64 conversationId);

    [[nodiscard]] std::optional<protocol::Message> message(qint64 workspaceId, qint64 messageId);
    // Whether `agentId` is an agent of the workspace (commands' agent ids are checked with it).
    [[nodiscard]] bool isAgentOf(qint64 workspaceId, qint64 agentId);
    static QString previewOf(const QString &text);

    // Channels (channelmessages.cpp). A customer writes through a channel:
    // contact and conversation made on the first message; a message already
    // stored (by its channel id) changes nothing and answers {"duplicate":true}.
    Change customerWrites(qint64 workspaceId, const InboundMessage &inbound);
    [[nodiscard]] bool knowsChannelMessage(qint64 workspaceId, const QString &channelMessageId);
    // Inbound media waiting for its bytes, kept across restarts; released
    // by customerWrites in the same transaction as the message.
    [[nodiscard]] bool holdInbound(qint64 workspaceId, const QString &channelMessageId, const QJsonObject &payload);
    QVector<std::pair<qint64, QJsonObject>> heldInbound();
    [[nodiscard]] bool dropHeldInbound(qint64 workspaceId, const QString &channelMessageId);
    // A channel's status for a message it carried (forward only; failed with a reason).
    Change channelStatus(qint64 workspaceId, const QString &channelMessageId, protocol::MessageStatus status,
                         const QString &reason);
    // Messenger's read watermark: the customer read everything sent up to `watermark`.
    Change channelReadUpTo(qint64 workspaceId, protocol::Channel channel, const QString &senderId, qint64 watermark);
    // The channel took a queued message (sent, with its id there) or refused it (failed).
    Change outboundResult(qint64 workspaceId, qint64 messageId, protocol::MessageStatus status,
                          const QString &channelMessageId, const QString &reason);
    // The autopilot answers (author bot), or leaves the agents a note (author system).
    Change botWrites(qint64 workspaceId, qint64 conversationId, const QString &botName, const QString &text);
    Change systemNote(qint64 workspaceId, qint64 conversationId, const QString &text);
    // The autopilot tells the agents it lacks `setup` (a key naming what is
    // missing and the settings' version): a note, unless the conversation
    // had one for the same `setup` since its autopilot was last switched
    // (then the change is empty).
    Change setupNote(qint64 workspaceId, qint64 conversationId, const QString &setup, const QString &text);
    [[nodiscard]] std::optional<OutboundMessage> outbound(qint64 workspaceId, qint64 messageId);
    // Agents' and bots' channel messages still queued (after a restart): (workspace, message).
    QVector<std::pair<qint64, qint64>> queuedOutbound();

    // A command's first answer, kept by (workspace, agent, client id) so that a
    // retry gets it again and does nothing: a success with its result, or a
    // refusal with its code, message and the record it conflicted with.
    [[nodiscard]] std::optional<Change> commandAnswer(qint64 workspaceId, qint64 agentId, const QString &clientId);
    // Keeps an answer that no change kept: a refusal, or a success that changed
    // nothing. Refusals a retry may get past (internal, rate_limited) are not kept.
    void rememberCommand(qint64 workspaceId, qint64 agentId, const QString &clientId, const Change &answer);
    // Whether a refusal with this code is the command's final answer.
    static bool isFinalRefusal(const QString &code);

    // While a command runs (CommandScope), the change it commits records the
    // command's result in its own transaction: a crash after the commit can
    // then never let a retry of the same client id do the change twice.
    class CommandScope
    {
    public:
        CommandScope(WorkspaceData &data, qint64 workspaceId, qint64 agentId, const QString &clientId);
        ~CommandScope();
        CommandScope(const CommandScope &) = delete;
        CommandScope &operator=(const CommandScope &) = delete;

    private:
        WorkspaceData &m_data;
    };

private:
    [[nodiscard]] bool append(qint64 workspaceId, protocol::EventPayload payload, Change &change);
    // A system note (author system, kind note) and its message.created, inside the caller's transaction.
    [[nodiscard]] bool insertSystemNote(qint64 workspaceId, qint64 conversationId, const QString &text, qint64 at,
                                        Change &change);
    // Activity lines (activitylines.cpp): what changed from `before` to `after`
    // (by `by`, or by the server itself when null) as activity objects, and
    // each stored as a message of kind activity with its message.created,
    // inside the caller's transaction.
    QString agentName(qint64 workspaceId, qint64 agentId);
    QVector<QJsonObject> activitiesBetween(qint64 workspaceId, const Agent *by, const protocol::Conversation &before,
                                           const protocol::Conversation &after);
    [[nodiscard]] bool insertActivity(qint64 workspaceId, qint64 conversationId, const QJsonObject &activity, qint64 at,
                                      Change &change);
    [[nodiscard]] bool insertActivities(qint64 workspaceId, const Agent *by, const protocol::Conversation &before,
                                        const protocol::Conversation &after, qint64 at, Change &change);
    qint64 findOrAddChannelContact(qint64 workspaceId, const InboundMessage &inbound, qint64 at, Change &change);
    // Inside the caller's transaction (contacts.cpp): a contact with its lead,
    // both announced; 0 on failure.
    struct NewContact
    {
        QString name;
        QString nameSource; // fallback or channel
        QString phone, email, whatsappId, messengerPsid, webchatId;
    };
    qint64 addContact(qint64 workspaceId, const NewContact &made, qint64 at, Change &change);
    // Inside the caller's transaction: the channel's name for the contact,
    // unless an agent named it or it is the name already; false on failure.
    [[nodiscard]] bool renameFromChannel(qint64 workspaceId, qint64 contactId, const QString &name, qint64 at,
                                         Change &change);
    qint64 currentTime() const;
    Change advanceMessages(qint64 workspaceId, const QString &where, const QVariantList &values,
                           protocol::MessageStatus status, const QString &reason);
    [[nodiscard]] bool saveConversation(qint64 workspaceId, const protocol::Conversation &conversation);
    Change commit(Change change);
    // `alsoDo`, when set, runs in the same transaction after the edit is saved.
    Change editConversation(const Agent &agent, qint64 conversationId,
                            const std::function<void(protocol::Conversation &)> &edit,
                            const std::function<bool()> &alsoDo = {});

    // A statement prepared once and reused: web chat and commands run the
    // same few statements for every message.
    QSqlQuery &prepared(const QString &sql);

    struct RunningCommand
    {
        qint64 workspaceId = 0;
        qint64 agentId = 0;
        QString clientId;
    };
    [[nodiscard]] bool recordCommandResult(const RunningCommand &command, const QJsonObject &result);

    ServerDb &m_db;
    std::optional<RunningCommand> m_command; // set by CommandScope; used by the first commit
    qint64 m_fixedNow = 0;
    ChannelSettingsStore *m_channelSettings = nullptr;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // stable addresses across inserts
};

// An activity line as the system note in English that a client without the
// "activity" feature reads (older servers wrote "Autopilot paused: Ana
// replied." so); any other message as it is.
protocol::Message legacyActivityNote(const protocol::Message &message);
// A stored event as that client's frame when it is an activity line; empty
// when the stored event is one it reads as it is.
QString legacyEventFrame(const QString &kind, const QString &data, qint64 seq);

} // namespace relaydesk::server
