#pragma once

#include <QObject>

namespace relaydesk::ui {

// The window's one current conversation. The list's selection, the thread,
// the lead panel, the composer, the title and the target of every action
// (menus, shortcuts, a notification's Open, Ctrl+K, pop-out, assignment)
// follow it; whatever opens a conversation asks it to.
class CurrentConversation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 id() const { return m_id; }
    // Makes `conversationId` current (0: none); the same one again changes nothing.
    void open(qint64 conversationId)
    {
        if (conversationId == m_id)
            return;
        m_id = conversationId;
        emit changed(conversationId);
    }

signals:
    void changed(qint64 conversationId);

private:
    qint64 m_id = 0;
};

} // namespace relaydesk::ui
