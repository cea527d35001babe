#pragma once

#include <QMetaType>
#include <QSet>
#include <QStringList>

namespace relaydesk::store {

// What one write changed, so models can refresh exactly those rows from the
// store (never from the network payload).
struct ChangeSet
{
    QSet<qint64> conversations;        // conversation rows added or changed
    QSet<qint64> messageConversations; // conversations whose messages changed
    QSet<qint64> contacts;             // contacts or their leads changed
    QSet<qint64> removedConversations;
    QStringList evictedMedia; // media ids whose cached files must go
    bool outboxChanged = false;
    bool workspaceChanged = false; // the workspace's settings
    qint64 lastSeq = 0;

    [[nodiscard]] bool isEmpty() const
    {
        return conversations.isEmpty() && messageConversations.isEmpty() && contacts.isEmpty()
               && removedConversations.isEmpty() && evictedMedia.isEmpty() && !outboxChanged && !workspaceChanged;
    }
    void merge(const ChangeSet &other)
    {
        conversations.unite(other.conversations);
        messageConversations.unite(other.messageConversations);
        contacts.unite(other.contacts);
        removedConversations.unite(other.removedConversations);
        evictedMedia += other.evictedMedia;
        outboxChanged = outboxChanged || other.outboxChanged;
        workspaceChanged = workspaceChanged || other.workspaceChanged;
        lastSeq = qMax(lastSeq, other.lastSeq);
    }
};

} // namespace relaydesk::store

Q_DECLARE_METATYPE(relaydesk::store::ChangeSet)
