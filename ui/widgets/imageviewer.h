#pragma once

// A photo at full size in its own window: it opens on the thumbnail and
// sharpens when the original is decoded. Zoom with Ctrl+wheel or a pinch
// (the point under the cursor stays put), + and -, Fit (0) and 100% (1);
// Left and Right step through the conversation's pictures; Save… (Ctrl+S)
// writes the original where the agent says; Esc closes.

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
    // Another picture is on its way (Previous/Next): the old one goes.
    void startOver(const QString &title);
    // Where this picture is among the conversation's (`index` of `count`,
    // from 0); Previous and Next are offered where there is one.
    void setPlace(int index, int count);

    // 1.0 is one image pixel per screen pixel.
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    bool hasOriginal() const { return m_original; }
    QSize imageSize() const { return m_image.size(); }
    QString status() const;
    QString title() const { return m_title; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *saveButton() const { return m_save; }
    QScrollArea *scrollArea() const { return m_scroll; }

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    // Zooms to `zoom` keeping the picture's point under `anchor` (in the
    // scroll area's viewport) where it is.
    void zoomAt(double zoom, const QPointF &anchor);

signals:
    // The agent asked to save the original (Save…, Ctrl+S).
    void saveRequested();
    // Previous (-1) or next (+1) picture of the conversation.
    void stepRequested(int delta);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setZoom(double zoom);
    void render();
    double fittingZoom() const;
    void updateStatus();

    QImage m_image;
    QString m_title;
    QString m_problem;
    bool m_original = false;
    double m_zoom = 1.0;
    bool m_fit = true;
    int m_index = 0;
    int m_count = 1;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitButton;
    QToolButton *m_actual;
    QToolButton *m_save;
};

} // namespace relaydesk::ui
