#include "widgets/attachmenttray.h"

#include "base/postback.h"
#include "net/mediatransfers.h"
#include "protocol/limits.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPointer>
#include <QProgressBar>
#include <QThreadPool>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The kind the server will file it under: it sniffs the bytes, so do we.
protocol::MessageKind kindOfFile(const QString &path)
{
    const QString type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    if (type.startsWith(QLatin1String("image/")))
        return protocol::MessageKind::Image;
    if (type.startsWith(QLatin1String("audio/")))
        return protocol::MessageKind::Audio;
    if (type.startsWith(QLatin1String("video/")))
        return protocol::MessageKind::Video;
    return protocol::MessageKind::Document;
}

QString tooLarge(const QString &name, qint64 size, protocol::MessageKind kind)
{
    QString limit = sizeText(protocol::maxMediaBytes(kind));
    QString actual = sizeText(size);
    if (actual == limit) { // just over: rounded, the two would read the same
        actual = AttachmentTray::tr("%1 bytes").arg(QLocale().toString(size));
        limit = AttachmentTray::tr("%1 bytes").arg(QLocale().toString(protocol::maxMediaBytes(kind)));
    }
    switch (kind) {
    case protocol::MessageKind::Image:
        return AttachmentTray::tr("“%1” is %2; a picture can be at most %3.").arg(name, actual, limit);
    case protocol::MessageKind::Audio:
        return AttachmentTray::tr("“%1” is %2; a recording can be at most %3.").arg(name, actual, limit);
    case protocol::MessageKind::Video:
        return AttachmentTray::tr("“%1” is %2; a video can be at most %3.").arg(name, actual, limit);
    default:
        return AttachmentTray::tr("“%1” is %2; a file can be at most %3.").arg(name, actual, limit);
    }
}

} // namespace

void AttachmentTray::retranslate()
{
    setAccessibleName(tr("Attachments to send"));
    m_problem->setAccessibleName(tr("Attachment problem"));
}

void AttachmentTray::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

AttachmentTray::AttachmentTray(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentTray"));
    m_problem->setObjectName(QStringLiteral("attachmentProblem"));
    retranslate();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setVisible(false);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(m_rows);
    layout->addWidget(m_problem);
    setVisible(false);
}

AttachmentTray::~AttachmentTray()
{
    stopAll();
    for (const Item &item : std::as_const(m_items)) {
        if (item.temporary)
            QFile::remove(item.path);
    }
}

void AttachmentTray::setTransfers(net::MediaTransfers *transfers)
{
    if (m_transfers == transfers)
        return;
    if (m_uploading) {
        stopAll();
        emit uploadFailed(tr("The connection to the server was closed."));
    }
    if (m_transfers)
        m_transfers->disconnect(this);
    m_transfers = transfers;
    if (m_transfers) {
        connect(m_transfers, &net::MediaTransfers::progress, this, &AttachmentTray::onProgress);
        connect(m_transfers, &net::MediaTransfers::uploaded, this, &AttachmentTray::onUploaded);
        connect(m_transfers, &net::MediaTransfers::failed, this, &AttachmentTray::onFailed);
    }
}

int AttachmentTray::addFiles(const QStringList &paths)
{
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!info.isFile() || !info.isReadable()) {
            problems.append(tr("“%1” cannot be read.").arg(name));
            continue;
        }
        if (info.size() == 0) {
            problems.append(tr("“%1” is empty.").arg(name));
            continue;
        }
        if (m_items.size() >= protocol::kMaxAttachments) {
            problems.append(
                tr("A reply carries at most %1 files; “%2” was left out.").arg(protocol::kMaxAttachments).arg(name));
            continue;
        }
        const protocol::MessageKind kind = kindOfFile(path);
        if (info.size() > protocol::maxMediaBytes(kind)) {
            problems.append(tooLarge(name, info.size(), kind));
            continue;
        }
        addItem(info.absoluteFilePath(), info.size(), false);
        ++added;
    }
    setProblem(problems.join(QLatin1Char('\n')));
    return added;
}

void AttachmentTray::addImage(const QImage &image)
{
    if (image.isNull())
        return;
    const QString folder = m_scratch.isEmpty() ? QDir::tempPath() : m_scratch;
    const QString path = folder
                         + QStringLiteral("/pasted-%1.png").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QPointer<AttachmentTray> guard(this);
    QThreadPool::globalInstance()->start([guard, image, folder, path] {
        QDir().mkpath(folder);
        const bool saved = image.save(path, "PNG");
        if (saved)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        base::postBack(
            guard,
            [path, saved](auto *self) {
                if (!saved) {
                    self->setProblem(tr("The pasted picture could not be kept for sending."));
                    return;
                }
                const qint64 size = QFileInfo(path).size();
                if (size > protocol::kMaxImageBytes) {
                    QFile::remove(path);
                    self->setProblem(tooLarge(tr("Pasted picture"), size, protocol::MessageKind::Image));
                    return;
                }
                self->setProblem({});
                self->addItem(path, size, true);
            },
            [path] { QFile::remove(path); }); // the tray is gone: nobody will send it
    });
}

void AttachmentTray::addItem(const QString &path, qint64 size, bool temporary)
{
    Item item;
    item.path = path;
    item.name = temporary ? tr("Pasted picture.png") : QFileInfo(path).fileName();
    item.size = size;
    item.temporary = temporary;
    item.row = new QWidget(this);
    auto *name = new QLabel(item.name, item.row);
    name->setAccessibleName(tr("File to send: %1").arg(item.name));
    name->setTextFormat(Qt::PlainText);
    name->setMinimumWidth(40);
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *sizeLabel = new QLabel(sizeText(size), item.row);
    sizeLabel->setAccessibleName(tr("Size"));
    item.progress = new QProgressBar(item.row);
    item.progress->setAccessibleName(tr("Upload of %1").arg(item.name));
    item.progress->setRange(0, 1000);
    item.progress->setTextVisible(false);
    item.progress->setMaximumHeight(8);
    item.progress->setVisible(false);
    item.cancel = new QToolButton(item.row);
    item.cancel->setText(tr("Remove"));
    item.cancel->setAccessibleName(tr("Remove %1").arg(item.name));
    item.cancel->setToolTip(tr("Leave this file out"));
    auto *row = new QHBoxLayout(item.row);
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(name, 3);
    row->addWidget(sizeLabel);
    row->addWidget(item.progress, 2);
    row->addWidget(item.cancel);
    QWidget *rowWidget = item.row;
    connect(item.cancel, &QToolButton::clicked, this, [this, rowWidget] {
        if (m_uploading)
            cancelUploads();
        removeItem(rowWidget);
    });
    if (m_uploading && m_transfers) {
        // Dropped while the others upload: it goes with them.
        item.progress->setVisible(true);
        item.cancel->setText(tr("Cancel"));
        item.cancel->setAccessibleName(tr("Cancel sending %1").arg(item.name));
        item.transfer = m_transfers->upload(item.path);
    }
    m_rows->addWidget(item.row);
    m_items.append(item);
    updateVisibility();
    emit countChanged(count());
}

void AttachmentTray::removeItem(QWidget *row)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).row != row)
            continue;
        if (m_items.at(i).temporary)
            QFile::remove(m_items.at(i).path);
        row->deleteLater();
        m_items.remove(i);
        break;
    }
    updateVisibility();
    emit countChanged(count());
}

bool AttachmentTray::startUploads()
{
    if (!m_transfers || m_items.isEmpty() || m_uploading)
        return false;
    m_uploading = true;
    setProblem({});
    for (Item &item : m_items) {
        item.done.reset();
        item.progress->setValue(0);
        item.progress->setVisible(true);
        item.cancel->setText(tr("Cancel"));
        item.cancel->setAccessibleName(tr("Cancel sending %1").arg(item.name));
        item.cancel->setToolTip(tr("Stop the upload; nothing is sent"));
        item.transfer = m_transfers->upload(item.path);
    }
    return true;
}

void AttachmentTray::stopAll()
{
    QVector<int> running;
    for (Item &item : m_items) {
        if (item.transfer)
            running.append(std::exchange(item.transfer, 0));
        item.done.reset();
        item.progress->setVisible(false);
        item.cancel->setText(tr("Remove"));
        item.cancel->setAccessibleName(tr("Remove %1").arg(item.name));
        item.cancel->setToolTip(tr("Leave this file out"));
    }
    m_uploading = false;
    // Forgotten first, so their "cancelled" answers are not taken as failures.
    if (m_transfers) {
        for (int id : std::as_const(running))
            m_transfers->cancel(id);
    }
}

void AttachmentTray::cancelUploads()
{
    if (!m_uploading)
        return;
    stopAll();
    emit cancelled();
}

void AttachmentTray::clear()
{
    stopAll();
    while (!m_items.isEmpty())
        removeItem(m_items.constFirst().row);
    setProblem({});
}

int AttachmentTray::indexOfTransfer(int id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).transfer == id)
            return i;
    }
    return -1;
}

void AttachmentTray::onProgress(int id, qint64 done, qint64 total)
{
    const int i = indexOfTransfer(id);
    if (i >= 0 && total > 0)
        m_items.at(i).progress->setValue(int(1000 * done / total));
}

void AttachmentTray::onUploaded(int id, const protocol::Attachment &attachment)
{
    const int i = indexOfTransfer(id);
    if (i < 0)
        return;
    m_items[i].transfer = 0;
    m_items[i].done = attachment;
    m_items.at(i).progress->setValue(1000);
    for (const Item &item : std::as_const(m_items)) {
        if (!item.done)
            return;
    }
    QVector<protocol::Attachment> attachments;
    for (const Item &item : std::as_const(m_items))
        attachments.append(*item.done);
    m_uploading = false;
    emit uploaded(attachments);
}

void AttachmentTray::onFailed(int id, const QString &reason)
{
    const int i = indexOfTransfer(id);
    if (i < 0)
        return;
    m_items[i].transfer = 0;
    const QString name = m_items.at(i).name;
    stopAll();
    const QString problem = tr("“%1” could not be uploaded: %2").arg(name, reason);
    setProblem(problem);
    emit uploadFailed(problem);
}

void AttachmentTray::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    updateVisibility();
}

void AttachmentTray::setActive(bool active)
{
    m_active = active;
    updateVisibility();
}

void AttachmentTray::updateVisibility()
{
    setVisible(m_active && (!m_items.isEmpty() || !m_problem->text().isEmpty()));
}

QString AttachmentTray::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QVector<store::DraftFile> AttachmentTray::stagedFiles() const
{
    // A pasted picture is a plain file of the profile's until it is sent; it is
    // never kept with a draft (nothing readable outlives the session), and
    // the next start removes what was left.
    QVector<store::DraftFile> files;
    for (const Item &item : m_items) {
        if (!item.temporary)
            files.append({item.path, false});
    }
    return files;
}

void AttachmentTray::restoreFiles(const QVector<store::DraftFile> &files)
{
    QStringList chosen;
    for (const store::DraftFile &file : files) {
        const QFileInfo info(file.path);
        if (file.temporary && info.isFile() && info.size() > 0 && info.size() <= protocol::kMaxImageBytes)
            addItem(file.path, info.size(), true);
        else
            chosen.append(file.path); // checked and, if unusable, named
    }
    if (!chosen.isEmpty())
        addFiles(chosen);
}

QStringList AttachmentTray::fileNames() const
{
    QStringList names;
    for (const Item &item : m_items)
        names.append(item.name);
    return names;
}

QProgressBar *AttachmentTray::progressBar(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).progress : nullptr;
}

QToolButton *AttachmentTray::cancelButton(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).cancel : nullptr;
}

} // namespace relaydesk::ui
