#pragma once

// The files waiting to go with the next reply, above the composer: each with
// its name, size and, while sending, its upload progress and a Cancel. Files
// over the protocol's limit for their kind are refused here with the reason,
// before any byte is uploaded. Uploads go through net::MediaTransfers.

#include "protocol/types.h"
#include "store/rows.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace relaydesk::net {
class MediaTransfers;
}

namespace relaydesk::ui {

class AttachmentTray : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentTray(QWidget *parent = nullptr);
    ~AttachmentTray() override;

    // Where uploads go (null: signed out, nothing can be sent).
    void setTransfers(net::MediaTransfers *transfers);
    // Where a pasted picture is kept until it is uploaded.
    void setScratchDirectory(const QString &directory) { m_scratch = directory; }

    // Adds files; the refused ones are named in problem(). Returns how many were added.
    int addFiles(const QStringList &paths);
    // Adds a pasted picture (saved as PNG off the UI thread, then added).
    void addImage(const QImage &image);

    int count() const { return int(m_items.size()); }
    bool isUploading() const { return m_uploading; }
    QString problem() const;
    QStringList fileNames() const;
    // The files as a draft keeps them (the agent's own files; pasted pictures
    // stay with their tray for the session only), and adding them back (a file
    // that is gone or changed past the limits is named in problem()).
    QVector<store::DraftFile> stagedFiles() const;
    void restoreFiles(const QVector<store::DraftFile> &files);

    // Whether this is the open conversation's tray (shown when it has
    // something); another conversation's stays out of sight, uploads and all.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Uploads every waiting file; `uploaded`, `cancelled` or `uploadFailed` follows.
    bool startUploads();
    // The agent cancelled: nothing is sent, the files stay (except `removed`).
    void cancelUploads();
    // After the reply went: forget the files.
    void clear();

    // For tests: the progress bar and Cancel button of the file at `row`.
    QProgressBar *progressBar(int row) const;
    QToolButton *cancelButton(int row) const;

signals:
    void countChanged(int count);
    void uploaded(const QVector<relaydesk::protocol::Attachment> &attachments);
    void cancelled();
    void uploadFailed(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();
    bool m_active = true;
    struct Item
    {
        QString path;
        QString name;
        qint64 size = 0;
        bool temporary = false; // a pasted picture's file, removed afterwards
        int transfer = 0;
        std::optional<protocol::Attachment> done;
        QWidget *row = nullptr;
        QProgressBar *progress = nullptr;
        QToolButton *cancel = nullptr;
    };

    void addItem(const QString &path, qint64 size, bool temporary);
    void removeItem(QWidget *row);
    void onProgress(int id, qint64 done, qint64 total);
    void onUploaded(int id, const protocol::Attachment &attachment);
    void onFailed(int id, const QString &reason);
    void stopAll();
    void setProblem(const QString &problem);
    int indexOfTransfer(int id) const;

    QPointer<net::MediaTransfers> m_transfers;
    QString m_scratch;
    QVector<Item> m_items;
    QVBoxLayout *m_rows;
    QLabel *m_problem;
    bool m_uploading = false;
};

} // namespace relaydesk::ui
