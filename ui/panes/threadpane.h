#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace relaydesk::models {
class MessageListModel;
}

namespace relaydesk::ui {

class Composer;
class EmptyState;

// The middle pane: the open conversation's messages and the composer.
class ThreadPane : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadPane(QWidget *parent = nullptr);

    void setModel(models::MessageListModel *model);
    // Shows a conversation under `title` (0: none open).
    void showConversation(qint64 conversationId, const QString &title);
    qint64 conversationId() const { return m_conversationId; }

    // Sending needs a signed-in session; without one the composer says why.
    void setSendingEnabled(bool enabled, const QString &why = {});

    QListView *listView() const { return m_list; }
    Composer *composer() const { return m_composer; }

signals:
    void sendRequested(qint64 conversationId, const QString &text);

private:
    void rowsArrived();
    void olderWanted(int value);
    void settleAtNewest();

    models::MessageListModel *m_model = nullptr;
    qint64 m_conversationId = 0;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QListView *m_list;
    Composer *m_composer;
    QPushButton *m_send;
    bool m_atBottom = true;
    bool m_settling = false;
};

} // namespace relaydesk::ui
