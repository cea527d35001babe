#include "autopilotlines.h"

#include "models/messagelistmodel.h"
#include "store/reader.h"
#include "store/store.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace relaydesk::app {

AutopilotLines::AutopilotLines(models::MessageListModel &messages, QObject *parent)
    : QObject(parent)
    , m_messages(messages)
{
}

void AutopilotLines::asked(qint64 conversationId, const QString &mode)
{
    m_asked.insert(conversationId, mode);
}

qint64 AutopilotLines::newestMessage(qint64 conversationId) const
{
    if (!m_history)
        return 0;
    const auto newest = m_history->reader().newestMessages(conversationId, 1);
    return newest.isEmpty() ? 0 : newest.constFirst().id;
}

void AutopilotLines::seen(qint64 conversationId, const QString &mode)
{
    // Another conversation (or none): what it shows now is where its lines start from.
    if (conversationId != m_conversation || m_mode.isEmpty() || mode.isEmpty()) {
        m_conversation = conversationId;
        m_mode = mode;
        m_newestBefore = conversationId ? newestMessage(conversationId) : 0;
        return;
    }
    if (mode == m_mode) {
        m_newestBefore = newestMessage(conversationId);
        return;
    }
    m_mode = mode;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const bool on = mode != QLatin1String("off");
    const bool mine = m_asked.take(conversationId) == mode;
    QString line;
    if (mine) {
        line = on ? (mode == QLatin1String("ai") ? tr("You turned the autopilot on (AI)")
                                                 : tr("You turned the autopilot on"))
                  : tr("You turned the autopilot off");
    } else if (on) {
        line = mode == QLatin1String("ai") ? tr("The autopilot was turned on (AI)") : tr("The autopilot was turned on");
    } else {
        line = tr("The autopilot was turned off");
    }
    // A server that writes activity lines says who switched it, in the
    // history, with the event: then this passing line would say it twice.
    // Older servers say so only for a pause after a reply, with a note.
    const qint64 since = m_newestBefore;
    m_newestBefore = newestMessage(conversationId);
    if (serverSaid(conversationId, since))
        return;
    QPointer<AutopilotLines> guard(this);
    QTimer::singleShot(m_pauseNoteWaitMs, this, [guard, conversationId, since, line, at] {
        if (guard)
            guard->lineUnlessServerSaid(conversationId, since, line, at);
    });
}

bool AutopilotLines::serverSaid(qint64 conversationId, qint64 since) const
{
    if (!m_history)
        return false;
    for (const store::MessageRow &row : m_history->reader().messagesAfter(conversationId, since, 50)) {
        if (row.kind == QLatin1String("activity")
            && row.activity.value(QLatin1String("type")).toString() == QLatin1String("autopilot"))
            return true;
        if (row.author == QLatin1String("system") && row.kind == QLatin1String("note")
            && row.text.startsWith(QLatin1String("Autopilot paused:")))
            return true;
    }
    return false;
}

void AutopilotLines::lineUnlessServerSaid(qint64 conversationId, qint64 since, const QString &line, qint64 at)
{
    if (!m_history || conversationId != m_messages.conversationId() || serverSaid(conversationId, since))
        return;
    m_messages.addNotice(conversationId, line, at);
}

} // namespace relaydesk::app
