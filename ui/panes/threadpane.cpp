#include "panes/threadpane.h"

#include "widgets/emptystate.h"

#include <QVBoxLayout>

namespace relaydesk::ui {

ThreadPane::ThreadPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("threadPane"));
    // The thread sits on the lighter base colour so the three panes read apart.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_empty->setTitle(tr("No conversation open"));
    m_empty->setHint(tr("Choose a conversation on the left to read it and reply."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->addWidget(m_empty);
}

} // namespace relaydesk::ui
