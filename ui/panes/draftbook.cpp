#include "panes/draftbook.h"

#include <QDateTime>
#include <QTimer>

namespace relaydesk::ui {

DraftBook::DraftBook(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DraftBook::flush);
}

DraftBook::~DraftBook()
{
    flush();
}

void DraftBook::setBackend(Loader load, Saver save)
{
    flush();
    m_load = std::move(load);
    m_save = std::move(save);
    // What the new history holds is read from it.
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        if (m_pending.contains(it.key()))
            ++it;
        else
            it = m_drafts.erase(it);
    }
}

void DraftBook::dropBackend()
{
    m_timer->stop();
    m_load = {};
    m_save = {};
}

store::DraftRow DraftBook::draft(qint64 conversationId)
{
    if (const auto it = m_drafts.constFind(conversationId); it != m_drafts.constEnd())
        return *it;
    store::DraftRow draft;
    if (m_load && conversationId)
        draft = m_load(conversationId);
    draft.conversationId = conversationId;
    // Only drafts with something in them stay in memory: browsing costs nothing.
    if (!draft.isEmpty())
        m_drafts.insert(conversationId, draft);
    return draft;
}

void DraftBook::setDraft(store::DraftRow draft, const QObject *source)
{
    if (!draft.conversationId)
        return;
    if (draft.sameContent(this->draft(draft.conversationId)))
        return;
    draft.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_drafts.insert(draft.conversationId, draft);
    m_pending.insert(draft.conversationId);
    m_timer->start();
    emit changed(draft.conversationId, source);
}

void DraftBook::flush()
{
    m_timer->stop();
    const QSet<qint64> pending = std::exchange(m_pending, {});
    for (const qint64 id : pending) {
        const store::DraftRow draft = m_drafts.value(id);
        if (m_save)
            m_save(draft);
        if (draft.isEmpty())
            m_drafts.remove(id);
    }
}

} // namespace relaydesk::ui
