#include "widgets/imageviewer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QNativeGestureEvent>
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
constexpr int kMaxRenderedSide = 12000; // a zoomed picture is one pixmap; keep it bounded

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
    , m_save(button(tr("Save…"), tr("Save the picture"), tr("Save the picture (Ctrl+S)"), this))
{
    m_previous = button(QStringLiteral("‹"), tr("Previous picture"), tr("Previous picture (Left)"), this);
    m_next = button(QStringLiteral("›"), tr("Next picture"), tr("Next picture (Right)"), this);
    m_previous->setObjectName(QStringLiteral("previousPicture"));
    m_next->setObjectName(QStringLiteral("nextPicture"));
    m_save->setObjectName(QStringLiteral("savePicture"));
    // Buttons' shortcuts work wherever the focus is in the window, and only
    // while the button is enabled (no previous picture: Left scrolls).
    m_previous->setShortcut(QKeySequence(Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::Key_Right));
    m_save->setShortcut(QKeySequence::Save);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_previous->setVisible(false); // until setPlace says there are others
    m_next->setVisible(false);
    connect(m_previous, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(m_save, &QToolButton::clicked, this, &ImageViewer::saveRequested);
    m_title = title;
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
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_actual);
    bar->addSpacing(8);
    bar->addWidget(m_save);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 6);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);
    updateStatus();
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
    m_problem = problem;
    updateStatus();
}

void ImageViewer::startOver(const QString &title)
{
    m_image = QImage();
    m_original = false;
    m_problem.clear();
    m_fit = true;
    m_title = title;
    setWindowTitle(title);
    setAccessibleName(tr("Picture: %1").arg(title));
    m_picture->setAccessibleName(title);
    m_picture->clear();
    updateStatus();
}

void ImageViewer::setPlace(int index, int count)
{
    m_index = index;
    m_count = std::max(1, count);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_previous->setVisible(count > 1);
    m_next->setVisible(count > 1);
    updateStatus();
}

QString ImageViewer::status() const
{
    return m_status->text();
}

void ImageViewer::updateStatus()
{
    QString text;
    if (!m_problem.isEmpty())
        text = m_problem;
    else if (m_image.isNull())
        text = tr("Loading…");
    else if (!m_original)
        text = tr("Loading the full picture…");
    else
        text = tr("%1 × %2 · %3%").arg(m_image.width()).arg(m_image.height()).arg(std::lround(m_zoom * 100));
    if (m_count > 1)
        text = tr("%1 of %2 · %3").arg(m_index + 1).arg(m_count).arg(text);
    m_status->setText(text);
}

void ImageViewer::zoomAt(double zoom, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    // The picture's point under the anchor, in image pixels, before…
    const QPointF point = (anchor - QPointF(m_picture->pos())) / m_zoom;
    setZoom(zoom);
    // …goes back under the anchor after (clamped where the picture ends).
    m_scroll->horizontalScrollBar()->setValue(int(std::lround(point.x() * m_zoom - anchor.x())));
    m_scroll->verticalScrollBar()->setValue(int(std::lround(point.y() * m_zoom - anchor.y())));
}

void ImageViewer::zoomIn()
{
    zoomAt(m_zoom * kStep, QRectF(m_scroll->viewport()->rect()).center()); // the middle stays put
}

void ImageViewer::zoomOut()
{
    zoomAt(m_zoom / kStep, QRectF(m_scroll->viewport()->rect()).center());
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
    const double most = m_image.isNull() ? kMaxZoom
                                         : std::min(kMaxZoom, double(kMaxRenderedSide)
                                                                  / std::max(m_image.width(), m_image.height()));
    m_zoom = std::clamp(zoom, kMinZoom, std::max(kMinZoom, most));
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
    updateStatus();
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
            // At the cursor, as maps and photo viewers do.
            if (wheel->angleDelta().y() > 0)
                zoomAt(m_zoom * kStep, wheel->position());
            else if (wheel->angleDelta().y() < 0)
                zoomAt(m_zoom / kStep, wheel->position());
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture && watched == m_scroll->viewport()) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(m_zoom * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relaydesk::ui
