#include "composerlink.h"

#include "session.h"

#include "net/apiclient.h"
#include "panes/threadpane.h"
#include "protocol/frames.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"

namespace relaydesk::app {

ComposerLink::ComposerLink(ui::ThreadPane &pane, Session &session)
    : QObject(&pane)
    , m_pane(pane)
    , m_session(&session)
{
    connect(&pane, &ui::ThreadPane::noteRequested, this, &ComposerLink::sendNote);
    connect(&pane, &ui::ThreadPane::suggestionRequested, this, &ComposerLink::suggest);
    connect(&session, &Session::directoryChanged, this, &ComposerLink::offerQuickReplies);
    connect(&session, &Session::workspaceChanged, this, &ComposerLink::followWorkspace);
    connect(&session, &Session::servicesChanged, this, &ComposerLink::followWorkspace);
    connect(&session, &Session::signedInChanged, this, &ComposerLink::followWorkspace);
    offerQuickReplies();
    followWorkspace();
}

void ComposerLink::sendNote(qint64 conversationId, const QString &text)
{
    if (!m_session || !m_session->outbox()) {
        m_pane.composer()->setPlainText(text); // nothing can keep it now: it goes back
        return;
    }
    m_session->outbox()->sendNote(conversationId, text, 0, QString());
}

void ComposerLink::offerQuickReplies()
{
    if (!m_session)
        return;
    QVector<ui::QuickReply> replies;
    for (const net::CannedResponseInfo &reply : m_session->cannedResponses())
        replies.append({reply.shortcut, reply.title, reply.text});
    m_pane.composer()->setQuickReplies(replies);
    // The colleagues a note can mention: everyone but the agent writing it.
    QHash<qint64, QString> names = m_session->agentNames();
    names.remove(m_session->agentId());
    m_pane.composer()->setMentionNames(names.values());
}

void ComposerLink::followWorkspace()
{
    // Only signed in (the server drafts it) and only when the workspace has an AI.
    m_pane.setSuggestionsAvailable(m_session && m_session->api() && m_session->workspaceSettings().aiSuggestions);
}

void ComposerLink::suggest(qint64 conversationId)
{
    net::ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api) {
        m_pane.showSuggestionProblem(conversationId, tr("Sign in to ask for a suggestion."));
        return;
    }
    QPointer<ComposerLink> guard(this);
    api->suggestReply(conversationId, [guard, conversationId](std::optional<QString> text, const net::ApiError &error) {
        if (!guard)
            return;
        if (text) {
            guard->m_pane.showSuggestion(conversationId, *text);
            return;
        }
        QString problem = error.message;
        const bool noAi = error.code == QLatin1String(protocol::errors::kAiNotConfigured);
        if (noAi) {
            problem = tr("The workspace has no AI set up for suggestions any more.");
        } else if (error.httpStatus == 429) {
            problem = tr("Two drafts are already on their way. Try again in a moment.");
        } else if (error.httpStatus == 0 && problem.isEmpty()) {
            problem = tr("The server could not be reached. Try again when you are online, or write the reply "
                         "yourself.");
        } else if (problem.isEmpty()) {
            problem = tr("The server did not give one. Try again, or write the reply yourself.");
        }
        guard->m_pane.showSuggestionProblem(conversationId, problem);
        if (noAi)
            guard->m_pane.setSuggestionsAvailable(false);
    });
}

} // namespace relaydesk::app
