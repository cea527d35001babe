#include "panes/leadpipeline.h"

#include "appearance/framestyle.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace relaydesk::ui {

namespace {

constexpr int kMargin = 2;
constexpr int kGap = 4;
constexpr int kPadX = 8;
constexpr int kPadY = 2;

} // namespace

LeadPipeline::LeadPipeline(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void LeadPipeline::retranslate()
{
    installAccessibility();
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
    updateGeometry();
    update();
}

void LeadPipeline::updateAccessibleText()
{
    const int at = int(m_stages.indexOf(m_current));
    setAccessibleDescription(tr("%1, stage %2 of %3. Left and Right choose another stage.")
                                 .arg(title(m_current))
                                 .arg(at + 1)
                                 .arg(m_stages.size()));
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent changed(this, at);
        QAccessible::updateAccessibility(&changed);
    }
}

namespace {

class PipelineAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit PipelineAccessible(LeadPipeline *pipeline)
        : QAccessibleWidget(pipeline, QAccessible::Slider)
    {
    }
    LeadPipeline *pipeline() const { return static_cast<LeadPipeline *>(object()); }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ValueInterface ? static_cast<QAccessibleValueInterface *>(this)
                                                   : QAccessibleWidget::interface_cast(type);
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.readOnly = pipeline()->isReadOnly();
        return state;
    }
    QVariant currentValue() const override { return int(pipeline()->stages().indexOf(pipeline()->current())); }
    void setCurrentValue(const QVariant &value) override { pipeline()->chooseStage(value.toInt()); }
    QVariant maximumValue() const override { return std::max(0, int(pipeline()->stages().size()) - 1); }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }
};

QAccessibleInterface *pipelineAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("relaydesk::ui::LeadPipeline") && object && object->isWidgetType())
        return new PipelineAccessible(static_cast<LeadPipeline *>(object));
    return nullptr;
}

} // namespace

void LeadPipeline::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&pipelineAccessible);
        return true;
    }();
    Q_UNUSED(installed)
}

QFont LeadPipeline::pillFont(bool current) const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    if (current)
        font.setWeight(QFont::DemiBold);
    return font;
}

QVector<QRect> LeadPipeline::pills(int width) const
{
    QVector<QRect> rects;
    const int height = QFontMetrics(pillFont(true)).height() + 2 * kPadY;
    int x = kMargin;
    int y = kMargin;
    for (int i = 0; i < m_stages.size(); ++i) {
        const QFontMetrics metrics(pillFont(m_stages.at(i) == m_current));
        // A name wider than the whole line is cut, never the line widened.
        const int pill = qMin(metrics.horizontalAdvance(title(m_stages.at(i))) + 2 * kPadX + 2, width - 2 * kMargin);
        if (x > kMargin && x + pill > width - kMargin) {
            x = kMargin;
            y += height + kGap;
        }
        rects.append(QRect(x, y, pill, height));
        x += pill + kGap;
    }
    return rects;
}

int LeadPipeline::heightForWidth(int width) const
{
    const QVector<QRect> rects = pills(width);
    const int line = QFontMetrics(pillFont(true)).height() + 2 * kPadY;
    return (rects.isEmpty() ? line : rects.constLast().bottom() + 1) + kMargin;
}

QSize LeadPipeline::sizeHint() const
{
    return {240, heightForWidth(width() > 0 ? width() : 240)};
}

QSize LeadPipeline::minimumSizeHint() const
{
    return {60, QFontMetrics(pillFont(true)).height() + 2 * kPadY + 2 * kMargin};
}

int LeadPipeline::segmentAt(const QPoint &point) const
{
    const QVector<QRect> rects = pills(width());
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2).contains(point))
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
    const QColor onReached = lost || won ? QColor(Qt::white) : palette().highlightedText().color();
    const QVector<QRect> rects = pills(width());
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF box = QRectF(rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(box, box.height() / 2, box.height() / 2);
        // Lost is the end of another road: only its own pill is red.
        const bool filled = lost ? i == at : i <= at;
        if (filled)
            painter.fillPath(path, reached);
        // Stages ahead are outlined in a colour that shows on either palette.
        const QColor ahead = FrameStyle::isDark(palette()) ? FrameStyle::darkEdge(palette(), false)
                                                           : palette().mid().color();
        painter.setPen(QPen(filled ? reached : ahead, i == at ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const bool current = i == at;
        painter.setFont(pillFont(current));
        painter.setPen(filled ? onReached : palette().text().color());
        const QRect text = rects.at(i).adjusted(kPadX, 0, -kPadX, 0);
        painter.drawText(text, Qt::AlignCenter,
                         painter.fontMetrics().elidedText(title(m_stages.at(i)), Qt::ElideRight, text.width()));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
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
        // Every name is written on its pill; the tooltip says what a click does.
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = segmentAt(help->pos());
        if (index >= 0 && !m_readOnly && m_stages.at(index) != m_current)
            QToolTip::showText(help->globalPos(), tr("Move the lead to %1").arg(title(m_stages.at(index))), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace relaydesk::ui
