#include "panes/leadpane.h"

#include "widgets/emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relaydesk::ui {

LeadPane::LeadPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("leadPane"));
    auto *title = new QLabel(tr("Lead"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_empty->setTitle(tr("No customer selected"));
    m_empty->setHint(tr("The customer's lead record (stage, value, owner, notes) "
                        "shows here for the open conversation."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
}

} // namespace relaydesk::ui
