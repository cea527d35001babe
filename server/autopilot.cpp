#include "autopilot.h"

#include "aichat.h"
#include "channelsettings.h"
#include "graphclient.h"
#include "log.h"
#include "streamhub.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace relaydesk::server {

using namespace relaydesk::protocol;
using Mode = relaydesk::protocol::Autopilot;

namespace {

bool containsWord(const QString &text, const QString &keyword)
{
    const QRegularExpression word(QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(keyword)),
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

} // namespace

AutopilotEngine::AutopilotEngine(WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub,
                                 GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_settings(settings)
    , m_hub(hub)
    , m_graph(graph)
{
    connect(&m_hub, &StreamHub::published, this, &AutopilotEngine::onPublished);
}

std::optional<QString> AutopilotEngine::ruleAnswer(const ChannelSettings &settings, const QString &text, qint64 at)
{
    if (!settings.isOpenAt(at) && !settings.outsideHoursAnswer.isEmpty())
        return settings.outsideHoursAnswer;
    for (const AutopilotRule &rule : settings.rules) {
        const bool keyword = std::any_of(rule.keywords.cbegin(), rule.keywords.cend(),
                                         [&](const QString &k) { return containsWord(text, k); });
        if (keyword || (!rule.pattern.pattern().isEmpty() && rule.pattern.match(text).hasMatch()))
            return rule.answer;
    }
    return std::nullopt;
}

void AutopilotEngine::onPublished(qint64 workspaceId, const Change &change)
{
    for (const Event &event : change.events) {
        const Message *m = std::get_if<Message>(&event.payload);
        if (!m || m->author != Author::Customer)
            continue;
        m_latest.insert(m->conversationId, m->id);
        QTimer::singleShot(0, this, [this, workspaceId, conversation = m->conversationId, id = m->id] {
            answer(workspaceId, conversation, id);
        });
    }
}

Mode AutopilotEngine::modeFor(qint64 workspaceId, const Conversation &conversation,
                              const ChannelSettings &settings) const
{
    if (conversation.autopilot != Mode::Off)
        return conversation.autopilot;
    if (settings.whileAway != QLatin1String("off") && m_hub.liveSessionsOf(workspaceId) == 0)
        return autopilotFromString(settings.whileAway).value_or(Mode::Off);
    return Mode::Off;
}

void AutopilotEngine::answer(qint64 workspaceId, qint64 conversationId, qint64 messageId)
{
    if (m_latest.value(conversationId) != messageId)
        return; // a newer message came before this one was looked at: answer that one
    // Forgotten at once (the map stays as small as the answers under way); an AI request puts it back.
    m_latest.remove(conversationId);
    const std::optional<Conversation> conversation = m_data.conversation(workspaceId, conversationId);
    if (!conversation)
        return;
    const std::optional<ChannelSettings> settings = m_settings.settings(workspaceId);
    const Mode mode = settings ? modeFor(workspaceId, *conversation, *settings) : conversation->autopilot;
    if (mode == Mode::Off)
        return;
    if (!settings) {
        return setupNote(
            workspaceId, conversationId, QStringLiteral("settings"),
            QStringLiteral(
                "The autopilot is on, but this workspace has no autopilot settings; an agent needs to answer."));
    }
    const std::optional<Message> message = m_data.message(workspaceId, messageId);
    const QString text = message ? message->text : QString();
    if (const std::optional<QString> canned = ruleAnswer(*settings, text, QDateTime::currentMSecsSinceEpoch()))
        return reply(workspaceId, conversationId, *settings, *canned);
    if (mode == Mode::Ai && settings->aiEnabled())
        return askAi(workspaceId, conversationId, messageId, *settings);
    if (!settings->fallback.isEmpty())
        return reply(workspaceId, conversationId, *settings, settings->fallback);
    if (mode == Mode::Ai)
        setupNote(workspaceId, conversationId, QStringLiteral("ai"),
                  QStringLiteral("The autopilot's AI is not set up and no rule matched; an agent needs to answer."));
}

void AutopilotEngine::askAi(qint64 workspaceId, qint64 conversationId, qint64 messageId,
                            const ChannelSettings &settings)
{
    m_latest.insert(conversationId, messageId);
    const qint64 asked = messageId;
    aichat::ask(m_graph, m_data, workspaceId, conversationId, settings, this,
                [this, workspaceId, conversationId, asked, settings](const GraphReply &answer, const QString &text) {
                    if (m_latest.value(conversationId) != asked)
                        return; // the customer wrote again: that message gets the answer
                    m_latest.remove(conversationId);
                    // The agents may have taken over while the model thought.
                    const std::optional<Conversation> now = m_data.conversation(workspaceId, conversationId);
                    if (!now || modeFor(workspaceId, *now, settings) != Mode::Ai)
                        return;
                    if (answer.ok() && !text.isEmpty())
                        return reply(workspaceId, conversationId, settings, text);
                    const QString why = answer.ok() ? QStringLiteral("The AI service gave an empty answer.")
                                                    : answer.reason(QStringLiteral("The AI service"));
                    qCInfo(lcServer) << "autopilot AI failed for conversation" << conversationId << ":" << why;
                    if (!settings.fallback.isEmpty()) {
                        reply(workspaceId, conversationId, settings, settings.fallback);
                        return note(workspaceId, conversationId,
                                    QStringLiteral("The autopilot sent its fallback answer: %1").arg(why));
                    }
                    note(workspaceId, conversationId,
                         QStringLiteral("The autopilot could not answer: %1 An agent needs to reply.").arg(why));
                });
}

void AutopilotEngine::reply(qint64 workspaceId, qint64 conversationId, const ChannelSettings &settings,
                            const QString &text)
{
    const Change change = m_data.botWrites(workspaceId, conversationId, settings.botName, aichat::fitted(text));
    if (!change.ok()) {
        qCWarning(lcServer) << "the autopilot could not answer conversation" << conversationId << ":"
                            << change.errorMessage;
        return;
    }
    m_hub.publish(workspaceId, change);
}

void AutopilotEngine::setupNote(qint64 workspaceId, qint64 conversationId, const QString &missing, const QString &text)
{
    // Once per conversation for the same missing setup: a new one once the
    // settings change (their time is in the key) or the autopilot is switched.
    const QString setup = QStringLiteral("%1@%2").arg(missing).arg(m_settings.updatedAt(workspaceId));
    const Change change = m_data.setupNote(workspaceId, conversationId, setup, text.left(kMaxTextChars));
    if (change.ok())
        m_hub.publish(workspaceId, change);
}

void AutopilotEngine::note(qint64 workspaceId, qint64 conversationId, const QString &text)
{
    const Change change = m_data.systemNote(workspaceId, conversationId, text.left(kMaxTextChars));
    if (change.ok())
        m_hub.publish(workspaceId, change);
}

} // namespace relaydesk::server
