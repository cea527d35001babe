#include "panes/leadtags.h"

#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

namespace relaydesk::ui {

namespace {

constexpr int kSpacing = 4;

} // namespace

LeadTags::LeadTags(QWidget *parent)
    : QWidget(parent)
    , m_add(new QLineEdit(this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslate();
    m_add->setMaxLength(64);
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        const QString tag = m_add->text().trimmed();
        if (tag.isEmpty())
            return;
        m_add->clear();
        emit addRequested(tag);
    });
    setFocusProxy(m_add);
}

void LeadTags::retranslate()
{
    m_add->setPlaceholderText(tr("Add a tag…"));
    m_add->setAccessibleName(tr("Add a tag"));
    m_add->setAccessibleDescription(tr("Type a tag and press Enter."));
}

void LeadTags::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QStringList tags = m_tags;
        m_tags.clear();
        setTags(tags); // the chips' names and tips
    }
    QWidget::changeEvent(event);
}

void LeadTags::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (QWidget *chip : std::as_const(m_chips))
        chip->setEnabled(!readOnly);
    updateGeometry();
}

void LeadTags::setTags(const QStringList &tags)
{
    if (tags == m_tags && m_chips.size() == tags.size())
        return;
    m_tags = tags;
    qDeleteAll(m_chips);
    m_chips.clear();
    for (const QString &tag : tags) {
        auto *chip = new QToolButton(this);
        chip->setText(tr("%1  ✕").arg(tag));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag));
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setAutoRaise(false);
        chip->setEnabled(!m_readOnly);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                           " padding: 1px 8px; background: palette(alternate-base); }"
                                           "QToolButton:focus { border-color: palette(highlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, tag] { emit removeRequested(tag); });
        chip->show();
        m_chips.append(chip);
    }
    // Chips come before the add field in the Tab order.
    QWidget *previous = nullptr;
    for (QWidget *chip : std::as_const(m_chips)) {
        if (previous)
            setTabOrder(previous, chip);
        previous = chip;
    }
    if (previous)
        setTabOrder(previous, m_add);
    layoutChips(width(), true);
    updateGeometry();
}

int LeadTags::layoutChips(int width, bool apply) const
{
    int x = 0, y = 0, line = 0;
    auto place = [&](QWidget *widget, QSize size) {
        size.setWidth(qMin(size.width(), width));
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += line + kSpacing;
            line = 0;
        }
        if (apply)
            widget->setGeometry(x, y, size.width(), size.height());
        x += size.width() + kSpacing;
        line = qMax(line, size.height());
    };
    for (QWidget *chip : m_chips)
        place(chip, chip->sizeHint());
    if (!m_readOnly)
        place(m_add, QSize(qMax(120, width / 2), m_add->sizeHint().height()));
    return y + line;
}

int LeadTags::heightForWidth(int width) const
{
    return layoutChips(width, false);
}

QSize LeadTags::sizeHint() const
{
    return {240, heightForWidth(240)};
}

QSize LeadTags::minimumSizeHint() const
{
    return {120, m_add->sizeHint().height()};
}

void LeadTags::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChips(width(), true);
}

} // namespace relaydesk::ui
