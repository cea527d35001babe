#pragma once

// The thread's picture viewer: opens a photo of the conversation, steps to
// the previous and next photo among the loaded messages (Left, Right), and
// saves the original where the agent says (decrypted straight from the
// media cache to that file, nowhere else).

#include "store/rows.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace relaydesk::ui {

class ImageViewer;
class MediaSource;

class ImageBrowser : public QObject
{
    Q_OBJECT

public:
    using AskSavePath = std::function<QString(const QString &suggested)>;
    ImageBrowser(MediaSource *media, QWidget *window, AskSavePath ask, QObject *parent = nullptr);

    // Opens the viewer on the photo `mediaId` of `model` (a MessageListModel).
    ImageViewer *open(QAbstractItemModel *model, const QString &mediaId);
    ImageViewer *viewer() const { return m_viewer; }

signals:
    // Something to tell the agent (where a picture was saved, or why not).
    void said(const QString &text);

private:
    // The conversation's photos in the loaded messages, oldest first.
    QVector<store::AttachmentRow> photos() const;
    void show(const store::AttachmentRow &photo);
    void step(int delta);
    void save();
    void loadOriginal();

    MediaSource *m_media;
    QWidget *m_window;
    AskSavePath m_ask;
    QPointer<QAbstractItemModel> m_model;
    QPointer<ImageViewer> m_viewer;
    store::AttachmentRow m_current;
    QString m_saveTo; // a Save… waiting for the original
};

} // namespace relaydesk::ui
