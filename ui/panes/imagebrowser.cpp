#include "panes/imagebrowser.h"

#include "models/messagelistmodel.h"
#include "widgets/attachmentpainter.h"
#include "widgets/imageviewer.h"
#include "widgets/mediasource.h"

#include <QStandardPaths>

namespace relaydesk::ui {

ImageBrowser::ImageBrowser(MediaSource *media, QWidget *window, AskSavePath ask, QObject *parent)
    : QObject(parent)
    , m_media(media)
    , m_window(window)
    , m_ask(std::move(ask))
{
}

QVector<store::AttachmentRow> ImageBrowser::photos() const
{
    QVector<store::AttachmentRow> list;
    if (!m_model)
        return list;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto attachments = m_model->index(row, 0)
                                     .data(models::MessageListModel::AttachmentsRole)
                                     .value<QVector<store::AttachmentRow>>();
        for (const store::AttachmentRow &a : attachments) {
            if (AttachmentPainter::kindOf(a) == AttachmentPainter::Kind::Image)
                list.append(a);
        }
    }
    return list;
}

ImageViewer *ImageBrowser::open(QAbstractItemModel *model, const QString &mediaId)
{
    m_model = model;
    const QVector<store::AttachmentRow> all = photos();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const store::AttachmentRow &a) { return a.mediaId == mediaId; });
    if (it == all.cend())
        return nullptr;
    if (!m_viewer) {
        auto *viewer = new ImageViewer(AttachmentPainter::displayName(*it), m_window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        m_viewer = viewer;
        connect(viewer, &ImageViewer::stepRequested, this, &ImageBrowser::step);
        connect(viewer, &ImageViewer::saveRequested, this, &ImageBrowser::save);
        connect(m_media, &MediaSource::originalReady, viewer, [this](const QString &id) {
            if (id != m_current.mediaId)
                return;
            loadOriginal();
            if (!m_saveTo.isEmpty())
                save();
        });
        connect(m_media, &MediaSource::failed, viewer, [this](const QString &id, const QString &reason) {
            if (id != m_current.mediaId)
                return;
            m_saveTo.clear();
            m_viewer->showProblem(tr("The full picture could not be downloaded: %1").arg(reason));
        });
        // Another conversation: its pictures are not this one's to step through.
        connect(model, &QAbstractItemModel::modelReset, viewer, [this] { m_model = nullptr; });
    }
    show(*it);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
    return m_viewer;
}

void ImageBrowser::show(const store::AttachmentRow &photo)
{
    m_current = photo;
    m_saveTo.clear();
    m_viewer->startOver(AttachmentPainter::displayName(photo));
    const QVector<store::AttachmentRow> all = photos();
    int index = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).mediaId == photo.mediaId)
            index = i;
    }
    m_viewer->setPlace(index, m_model ? int(all.size()) : 1);
    const QPixmap thumbnail = m_media->thumbnail(photo);
    if (!thumbnail.isNull())
        m_viewer->setImage(thumbnail.toImage(), false);
    if (m_media->hasOriginal(photo.mediaId))
        loadOriginal();
    else
        m_media->fetchOriginal(photo);
}

void ImageBrowser::loadOriginal()
{
    const QString mediaId = m_current.mediaId;
    QPointer<ImageViewer> viewer = m_viewer;
    m_media->readOriginalImage(mediaId, viewer, [this, viewer, mediaId](const QImage &image, const QString &error) {
        if (!viewer || mediaId != m_current.mediaId)
            return; // stepped on meanwhile
        if (image.isNull())
            viewer->showProblem(error);
        else
            viewer->setImage(image, true);
    });
}

void ImageBrowser::step(int delta)
{
    const QVector<store::AttachmentRow> all = photos();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).mediaId == m_current.mediaId) {
            const int to = i + delta;
            if (to >= 0 && to < all.size())
                show(all.at(to));
            return;
        }
    }
}

void ImageBrowser::save()
{
    if (!m_viewer)
        return;
    if (m_saveTo.isEmpty()) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (folder.isEmpty())
            folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        const QString path = m_ask(folder + QLatin1Char('/') + MediaSource::safeName(m_current));
        if (path.isEmpty())
            return; // the agent changed their mind
        m_saveTo = path;
    }
    if (!m_media->hasOriginal(m_current.mediaId)) {
        m_viewer->showProblem(tr("Downloading the picture to save it…"));
        m_media->fetchOriginal(m_current); // saved when it is here
        return;
    }
    const QString path = m_saveTo;
    m_saveTo.clear();
    QPointer<ImageViewer> viewer = m_viewer;
    m_media->saveOriginal(m_current.mediaId, path, viewer, [this, viewer](bool ok, const QString &pathOrError) {
        const QString text = ok ? tr("Saved to %1").arg(pathOrError)
                                : tr("The picture could not be saved: %1").arg(pathOrError);
        if (viewer)
            viewer->showProblem(text);
        emit said(text);
    });
}

} // namespace relaydesk::ui
