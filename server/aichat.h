#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace relaydesk::server {

class GraphClient;
class WorkspaceData;
struct ChannelSettings;
struct GraphReply;

// The workspace's OpenAI-compatible chat completion over a conversation's
// recent history: the autopilot's AI answers, and the drafts agents ask for
// (POST /v1/conversations/{id}/suggestion). One prompt for both, built here.
namespace aichat {

// The request: the workspace's system prompt, then the conversation's newest
// `settings.aiHistory` messages, oldest first: the customer is the user,
// agents and the bot the assistant; internal notes and system lines never
// leave the server, and media are named by kind (`[image] caption`).
QJsonObject requestBody(WorkspaceData &data, qint64 workspaceId, qint64 conversationId,
                        const ChannelSettings &settings);
// …/chat/completions under the settings' base URL.
QUrl endpoint(const ChannelSettings &settings);
// The answer's text, trimmed and cut to the protocol's message limit; empty
// when the service answered nothing usable.
QString answerText(const GraphReply &reply);
// `text` trimmed and cut to the protocol's message limit, between code points.
QString fitted(QString text);

using Done = std::function<void(const GraphReply &reply, const QString &text)>;
// Sends the request with the settings' key, waiting at most `timeoutMs`
// (the settings' AI timeout when 0); `done` dies with `context`.
void ask(GraphClient &graph, WorkspaceData &data, qint64 workspaceId, qint64 conversationId,
         const ChannelSettings &settings, QObject *context, Done done, int timeoutMs = 0);

} // namespace aichat

} // namespace relaydesk::server
