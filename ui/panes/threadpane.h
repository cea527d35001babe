#pragma once

#include <QWidget>

namespace relaydesk::ui {

class EmptyState;

// The middle pane: the open conversation's messages and the composer.
class ThreadPane : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadPane(QWidget *parent = nullptr);

private:
    EmptyState *m_empty;
};

} // namespace relaydesk::ui
