#include "panes/leadpipeline.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace relaydesk::ui {

namespace {

constexpr int kBarHeight = 10;
constexpr int kGap = 3;

} // namespace

LeadPipeline::LeadPipeline(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void LeadPipeline::retranslate()
{
    setAccessibleName(tr("Lead stage"));
    updateAccessibleText();
    update();
}

void LeadPipeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LeadPipeline::title(const QString &stage)
{
    if (stage == QLatin1String("new"))
        return tr("New");
    if (stage == QLatin1String("contacted"))
        return tr("Contacted");
    if (stage == QLatin1String("qualified"))
        return tr("Qualified");
    if (stage == QLatin1String("proposal"))
        return tr("Proposal");
    if (stage == QLatin1String("won"))
        return tr("Won");
    if (stage == QLatin1String("lost"))
        return tr("Lost");
    QString text = stage;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

void LeadPipeline::setStages(const QStringList &stages)
{
    if (stages == m_stages)
        return;
    m_stages = stages;
    updateGeometry();
    updateAccessibleText();
    update();
}

void LeadPipeline::setCurrent(const QString &stage)
{
    if (stage == m_current)
        return;
    m_current = stage;
    updateAccessibleText();
    update();
}

void LeadPipeline::updateAccessibleText()
{
    const int at = int(m_stages.indexOf(m_current));
    setAccessibleDescription(tr("%1, stage %2 of %3. Left and Right choose another stage.")
                                 .arg(title(m_current))
                                 .arg(at + 1)
                                 .arg(m_stages.size()));
}

QSize LeadPipeline::sizeHint() const
{
    return {240, kBarHeight + fontMetrics().height() + 10};
}

QSize LeadPipeline::minimumSizeHint() const
{
    return {int(m_stages.size()) * 12, sizeHint().height()};
}

QRect LeadPipeline::segmentRect(int index) const
{
    const int count = qMax(1, int(m_stages.size()));
    const int width = rect().width() - 4;
    const int segment = (width - kGap * (count - 1)) / count;
    return {2 + index * (segment + kGap), 3, segment, kBarHeight};
}

int LeadPipeline::segmentAt(const QPoint &point) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (segmentRect(i).adjusted(-kGap, -4, 0, fontMetrics().height() + 4).contains(point))
            return i;
    }
    return -1;
}

void LeadPipeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int at = int(m_stages.indexOf(m_current));
    const bool lost = m_current == QLatin1String("lost");
    const bool won = m_current == QLatin1String("won");
    const QColor reached = lost  ? QColor(0xc6, 0x28, 0x28)
                           : won ? QColor(0x2e, 0x7d, 0x32)
                                 : palette().highlight().color();
    const QColor ahead = palette().mid().color();
    for (int i = 0; i < m_stages.size(); ++i) {
        QPainterPath path;
        path.addRoundedRect(segmentRect(i), 3, 3);
        // Lost is the end of another road: only its own segment is red.
        const bool filled = lost ? i == at : i <= at;
        painter.fillPath(path, filled ? reached : ahead);
        if (i == at) {
            painter.setPen(QPen(palette().text().color(), 1.5));
            painter.drawPath(path);
        }
    }
    painter.setPen(palette().text().color());
    QFont font = painter.font();
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    const QRect label(2, 3 + kBarHeight + 3, rect().width() - 4, fontMetrics().height() + 2);
    const QString text = at >= 0 ? tr("%1 (%2 of %3)").arg(title(m_current)).arg(at + 1).arg(m_stages.size())
                                 : title(m_current);
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, label.width()));
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 3, 3);
    }
}

void LeadPipeline::choose(int index)
{
    if (m_readOnly || index < 0 || index >= m_stages.size() || m_stages.at(index) == m_current)
        return;
    setCurrent(m_stages.at(index));
    emit stageChosen(m_current);
}

void LeadPipeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        choose(segmentAt(event->position().toPoint()));
    QWidget::mousePressEvent(event);
}

void LeadPipeline::keyPressEvent(QKeyEvent *event)
{
    const int at = int(m_stages.indexOf(m_current));
    switch (event->key()) {
    case Qt::Key_Left:
        choose(at - 1);
        break;
    case Qt::Key_Right:
        choose(at + 1);
        break;
    case Qt::Key_Home:
        choose(0);
        break;
    case Qt::Key_End:
        choose(int(m_stages.size()) - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool LeadPipeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = segmentAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), title(m_stages.at(index)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace relaydesk::ui
