#pragma once

#include "protocol/types.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace relaydesk::server {

class ChannelSettingsStore;
class GraphClient;
class StreamHub;
class WorkspaceData;
struct ChannelSettings;
struct Change;

// The autopilot: answers each customer message of a conversation whose
// autopilot is on (`rules` or `ai`), or of any conversation while no agent of
// the workspace is connected when the workspace's "while away" switch says
// so. In order: outside business hours, the hours answer; a keyword or
// pattern rule's canned answer; in `ai` mode, an OpenAI-compatible chat
// completion with the conversation's recent history; else the fallback. When
// the AI fails or times out the fallback is sent and the agents get a note
// saying why; without a fallback the note asks an agent to answer. Every
// path ends in a reply or such a note: no conversation waits on it silently.
class AutopilotEngine : public QObject
{
    Q_OBJECT

public:
    AutopilotEngine(WorkspaceData &data, ChannelSettingsStore &settings, StreamHub &hub, GraphClient &graph,
                    QObject *parent = nullptr);

    // The rules' answer to `text` at time `at`, if one applies (hours first).
    [[nodiscard]] static std::optional<QString> ruleAnswer(const ChannelSettings &settings, const QString &text,
                                                           qint64 at);

private:
    void onPublished(qint64 workspaceId, const Change &change);
    void answer(qint64 workspaceId, qint64 conversationId, qint64 messageId);
    // The mode that applies to the conversation now (off when none).
    protocol::Autopilot modeFor(qint64 workspaceId, const protocol::Conversation &conversation,
                                const ChannelSettings &settings) const;
    void askAi(qint64 workspaceId, qint64 conversationId, qint64 messageId, const ChannelSettings &settings);
    void reply(qint64 workspaceId, qint64 conversationId, const ChannelSettings &settings, const QString &text);
    void note(qint64 workspaceId, qint64 conversationId, const QString &text);
    // A note that the setup named `missing` is lacking, at most once per
    // conversation until the settings change or its autopilot is switched.
    void setupNote(qint64 workspaceId, qint64 conversationId, const QString &missing, const QString &text);

    WorkspaceData &m_data;
    ChannelSettingsStore &m_settings;
    StreamHub &m_hub;
    GraphClient &m_graph;
    // Per conversation, the newest customer message waiting for an answer:
    // messages in quick succession get one answer, to the newest, and an AI
    // answer to an older one is dropped when a newer one came meanwhile.
    QHash<qint64, qint64> m_latest;
};

} // namespace relaydesk::server
