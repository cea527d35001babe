#include "widgets/imageviewer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace relaydesk::ui {

namespace {
constexpr double kStep = 1.25;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;

QToolButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAccessibleName(name);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}
} // namespace

ImageViewer::ImageViewer(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel)
    , m_status(new QLabel(this))
    , m_zoomOut(button(QStringLiteral("−"), tr("Zoom out"), tr("Zoom out (-)"), this))
    , m_zoomIn(button(QStringLiteral("+"), tr("Zoom in"), tr("Zoom in (+, Ctrl+wheel)"), this))
    , m_fitButton(button(tr("Fit"), tr("Fit to window"), tr("Fit to window (0)"), this))
    , m_actual(button(tr("100%"), tr("Actual size"), tr("Actual size (1)"), this))
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(title);
    setAccessibleName(tr("Picture: %1").arg(title));
    resize(720, 540);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(title);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setAccessibleName(tr("Picture"));
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);
    m_status->setAccessibleName(tr("Zoom"));

    connect(m_zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(m_actual, &QToolButton::clicked, this, &ImageViewer::actualSize);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_actual);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);
    m_status->setText(tr("Loading…"));
}

void ImageViewer::setImage(const QImage &image, bool original)
{
    if (image.isNull() || (m_original && !original))
        return; // never trade the original for the thumbnail
    // The picture keeps its size on screen when the original replaces the thumbnail.
    const double keep = m_image.isNull() ? 0.0 : m_zoom * m_image.width();
    m_image = image;
    m_original = original;
    if (!m_fit && keep > 0)
        m_zoom = keep / image.width();
    render();
}

void ImageViewer::showProblem(const QString &problem)
{
    m_status->setText(problem);
}

void ImageViewer::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void ImageViewer::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    render();
}

void ImageViewer::actualSize()
{
    setZoom(1.0);
}

void ImageViewer::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

double ImageViewer::fittingZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSize room = m_scroll->maximumViewportSize() - QSize(2, 2);
    return std::min({1.0, double(room.width()) / m_image.width(), double(room.height()) / m_image.height()});
}

void ImageViewer::render()
{
    if (m_image.isNull())
        return;
    if (m_fit)
        m_zoom = fittingZoom();
    const QSize size(std::max(1, int(std::lround(m_image.width() * m_zoom))),
                     std::max(1, int(std::lround(m_image.height() * m_zoom))));
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(size * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->resize(size);
    m_status->setText(
        m_original ? tr("%1 × %2 · %3%").arg(m_image.width()).arg(m_image.height()).arg(std::lround(m_zoom * 100))
                   : tr("Loading the full picture…"));
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        QDialog::keyPressEvent(event); // Esc closes
    }
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        render();
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && watched == m_scroll->viewport()) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relaydesk::ui
