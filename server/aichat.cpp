#include "aichat.h"

#include "channelsettings.h"
#include "graphclient.h"
#include "workspacedata.h"

#include "protocol/codec.h"
#include "protocol/limits.h"

#include <QJsonArray>

#include <algorithm>

namespace relaydesk::server::aichat {

using namespace relaydesk::protocol;

QString fitted(QString text)
{
    text = text.trimmed();
    if (codePointCount(text) <= kMaxTextChars)
        return text;
    QString cut;
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size() && points < kMaxTextChars; ++i, ++points) {
        cut += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            cut += text.at(++i);
    }
    return cut;
}

QJsonObject requestBody(WorkspaceData &data, qint64 workspaceId, qint64 conversationId, const ChannelSettings &settings)
{
    QVector<Message> history = data.messagesPage(workspaceId, conversationId, settings.aiHistory, 0);
    std::reverse(history.begin(), history.end());
    QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), settings.aiSystemPrompt}}};
    for (const Message &m : std::as_const(history)) {
        if (m.kind == MessageKind::Note || m.author == Author::System)
            continue;
        QString content = m.text;
        if (m.kind != MessageKind::Text)
            content = QStringLiteral("[%1]%2").arg(toString(m.kind),
                                                   content.isEmpty() ? QString() : QLatin1Char(' ') + content);
        if (content.isEmpty())
            continue;
        messages.append(
            QJsonObject{{QStringLiteral("role"),
                         m.author == Author::Customer ? QStringLiteral("user") : QStringLiteral("assistant")},
                        {QStringLiteral("content"), content}});
    }
    return QJsonObject{{QStringLiteral("model"), settings.aiModel},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("temperature"), 0.3}};
}

QUrl endpoint(const ChannelSettings &settings)
{
    QUrl url = settings.aiBase;
    url.setPath(url.path() + QStringLiteral("/chat/completions"));
    return url;
}

QString answerText(const GraphReply &reply)
{
    if (!reply.ok())
        return {};
    return fitted(reply.json.value(QStringLiteral("choices"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("message"))
                      .toObject()
                      .value(QStringLiteral("content"))
                      .toString());
}

void ask(GraphClient &graph, WorkspaceData &data, qint64 workspaceId, qint64 conversationId,
         const ChannelSettings &settings, QObject *context, Done done, int timeoutMs)
{
    graph.postJson(endpoint(settings), settings.aiKey.toUtf8(),
                   requestBody(data, workspaceId, conversationId, settings),
                   timeoutMs > 0 ? timeoutMs : settings.aiTimeoutMs, context,
                   [done = std::move(done)](const GraphReply &reply) { done(reply, answerText(reply)); });
}

} // namespace relaydesk::server::aichat
