#pragma once

// Drafts belong to their conversation, not to a composer: the text, note
// mode and staged files of every conversation the agent has written in,
// shared by the main window's thread and popped-out ones. Kept through a
// saver (the encrypted history) shortly after each change and at once on
// flush(), so a draft survives switching, a restart and a crash.

#include "store/rows.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace relaydesk::ui {

class DraftBook : public QObject
{
    Q_OBJECT

public:
    explicit DraftBook(QObject *parent = nullptr);
    ~DraftBook() override; // flushes

    using Loader = std::function<store::DraftRow(qint64 conversationId)>;
    using Saver = std::function<void(const store::DraftRow &draft)>;
    // Where drafts are read from and written to (empty functions: in memory
    // only, e.g. while the history is closed). Pending drafts are written first.
    void setBackend(Loader load, Saver save);
    // The history is gone (or going without a word more, as when the device
    // is forgotten): nothing is written any more; drafts stay in memory.
    void dropBackend();

    store::DraftRow draft(qint64 conversationId);
    // `source` is the pane that changed it (others showing the conversation follow).
    void setDraft(store::DraftRow draft, const QObject *source = nullptr);
    // Writes every changed draft now.
    void flush();
    // How long after the last change a draft is written.
    static constexpr int kSaveDelayMs = 400;

signals:
    void changed(qint64 conversationId, const QObject *source);

private:
    Loader m_load;
    Saver m_save;
    QHash<qint64, store::DraftRow> m_drafts; // what is not empty, or not yet written
    QSet<qint64> m_pending;
    QTimer *m_timer;
};

} // namespace relaydesk::ui
