#include "composerlink.h"

#include "session.h"

#include "net/apiclient.h"
#include "panes/threadpane.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"

namespace relaydesk::app {

ComposerLink::ComposerLink(ui::ThreadPane &pane, Session &session)
    : QObject(&pane)
    , m_pane(pane)
    , m_session(&session)
{
    connect(&pane, &ui::ThreadPane::noteRequested, this, &ComposerLink::sendNote);
    connect(&session, &Session::directoryChanged, this, &ComposerLink::offerQuickReplies);
    offerQuickReplies();
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
}

} // namespace relaydesk::app
