#pragma once

// A photo at full size in its own window: it opens on the thumbnail and
// sharpens when the original is decoded; zoom with Ctrl+wheel, + and -, Fit
// (0) and 100% (1); Esc closes.

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;
class QToolButton;

namespace relaydesk::ui {

class ImageViewer : public QDialog
{
    Q_OBJECT

public:
    ImageViewer(const QString &title, QWidget *parent = nullptr);

    // Shows `image` (the thumbnail first, then the original).
    void setImage(const QImage &image, bool original);
    void showProblem(const QString &problem);

    // 1.0 is one image pixel per screen pixel.
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    bool hasOriginal() const { return m_original; }
    QSize imageSize() const { return m_image.size(); }

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setZoom(double zoom);
    void render();
    double fittingZoom() const;

    QImage m_image;
    bool m_original = false;
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QLabel *m_status;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitButton;
    QToolButton *m_actual;
};

} // namespace relaydesk::ui
