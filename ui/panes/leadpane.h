#pragma once

#include <QWidget>

namespace relaydesk::ui {

class EmptyState;

// The right pane: the CRM lead record of the open conversation's customer.
class LeadPane : public QWidget
{
    Q_OBJECT

public:
    explicit LeadPane(QWidget *parent = nullptr);

private:
    EmptyState *m_empty;
};

} // namespace relaydesk::ui
