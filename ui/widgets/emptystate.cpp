#include "widgets/emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relaydesk::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    layout->addStretch(2);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

} // namespace relaydesk::ui
