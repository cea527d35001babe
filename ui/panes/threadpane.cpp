#include "panes/threadpane.h"

#include "panes/threadheader.h"

#include "panes/imagebrowser.h"
#include "panes/inlinevideo.h"
#include "panes/messagedelegate.h"
#include "panes/messagelinks.h"
#include "widgets/attachmentpainter.h"
#include "widgets/attachmenttray.h"
#include "widgets/audioplayer.h"
#include "widgets/composer.h"
#include "widgets/emptystate.h"
#include "widgets/imageviewer.h"
#include "widgets/mediasource.h"
#include "widgets/videoplayer.h"

#include "models/messagelistmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace relaydesk::ui {

ThreadPane::ThreadPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_composer(new Composer(this))
    , m_send(new QPushButton(this))
    , m_attach(new QToolButton(this))
    , m_tray(nullptr)
    , m_media(new MediaSource(this))
    , m_audio(new AudioPlayer(this))
    , m_delegate(new MessageDelegate(this))
    , m_askSavePath(
          [this](const QString &suggested) { return QFileDialog::getSaveFileName(this, tr("Save As"), suggested); })
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_links(new MessageLinks(m_list, m_delegate, this))
{
    setObjectName(QStringLiteral("threadPane"));
    // The thread sits on the lighter base colour so the three panes read apart.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_texts.add([this] {
        m_empty->setTitle(tr("No conversation open"));
        m_empty->setHint(tr("Choose a conversation on the left to read it and reply."));
        m_attach->setText(tr("Attach…"));
        m_attach->setAccessibleName(tr("Attach files"));
        m_attach->setToolTip(tr("Attach files (or drop them here, or paste a picture)"));
    });

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);

    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setItemDelegate(m_delegate);
    m_delegate->setMedia(m_media, m_audio);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    // Bubbles are laid out to the width: never wider than the view.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_delegate, &MessageDelegate::attachmentAction, this,
            [this](const QModelIndex &index, int attachment, int action, double share) {
                activate(index.row(), attachment, action, share);
            });
    connect(m_links, &MessageLinks::openRequested, this, &ThreadPane::openLink);
    // A thumbnail, a download's progress or the player moved: repaint what shows.
    connect(m_media, &MediaSource::changed, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(m_audio, &AudioPlayer::changed, m_list->viewport(), qOverload<>(&QWidget::update));
    setAcceptDrops(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadPane::olderWanted);

    connect(m_send, &QPushButton::clicked, m_composer, &Composer::submit);
    connect(m_composer, &Composer::submitted, this, &ThreadPane::submitted);
    connect(m_composer, &Composer::filesOffered, this, [this](const QStringList &paths) { m_tray->addFiles(paths); });
    connect(m_composer, &Composer::imagePasted, this, [this](const QImage &image) { m_tray->addImage(image); });
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ThreadPane::saveDraft);

    m_attach->setObjectName(QStringLiteral("attach"));
    connect(m_attach, &QToolButton::clicked, this, &ThreadPane::attachFiles);

    m_latest = new QToolButton(m_list->viewport());
    m_texts.add([this] {
        m_latest->setText(tr("↓ Latest"));
        m_latest->setToolTip(tr("Jump to the newest message (Ctrl+End)"));
        m_latest->setAccessibleName(tr("Jump to the newest message"));
    });
    m_latest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    m_latest->setAutoRaise(false);
    m_latest->hide();
    connect(m_latest, &QToolButton::clicked, this, &ThreadPane::jumpToLatest);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadPane::placeLatestButton);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ThreadPane::placeLatestButton);

    m_template = new QPushButton(this);
    m_texts.add([this] {
        m_template->setText(tr("Send a &template…"));
        m_template->setAccessibleName(tr("Send a template"));
        m_template->setAccessibleDescription(
            tr("The channel accepts only an approved template until the customer writes again"));
    });
    m_template->hide();
    connect(m_template, &QPushButton::clicked, this, [this] { emit templateRequested(m_conversationId); });

    m_autopilot = new QToolButton(this);
    m_autopilot->setCheckable(true);
    m_autopilot->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_texts.add([this] {
        m_autopilot->setAccessibleName(tr("Autopilot"));
        m_autopilot->setToolTip(tr("Let the autopilot answer this customer (Ctrl+Shift+A)"));
    });
    m_autopilot->hide();
    connect(m_autopilot, &QToolButton::clicked, this, [this](bool on) { emit autopilotToggled(m_conversationId, on); });

    auto *thread = new QWidget(this);
    m_header = new ThreadHeader(m_title, m_autopilot, thread);
    makeNoteSwitch();
    makeSuggestButton();
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_attach, 0, Qt::AlignBottom);
    composerRow->addWidget(m_composer, 1);
    auto *composerButtons = new QVBoxLayout;
    composerButtons->addStretch();
    composerButtons->addWidget(m_suggest);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_noteButton);
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_template);
    composerButtons->addLayout(sendRow);
    composerRow->addLayout(composerButtons);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addWidget(m_header);
    threadLayout->addWidget(m_list, 1);
    m_trayBox = new QVBoxLayout;
    m_trayBox->setContentsMargins(0, 0, 0, 0);
    threadLayout->addLayout(m_trayBox);
    m_tray = trayFor(0);
    m_tray->setActive(true);
    threadLayout->addLayout(composerRow);
    threadLayout->addWidget(m_composeNote);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(thread);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->addWidget(m_stack);
    applySendingState();
}

void ThreadPane::setModel(models::MessageListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_list->setModel(model);
    if (model) {
        model->setSpokenText(&MessageDelegate::spokenText);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
            const QScrollBar *bar = m_list->verticalScrollBar();
            m_atBottom = bar->value() >= bar->maximum() - 4;
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadPane::rowsArrived);
        // The "new messages" line placed after opening (its messages came later), or a line
        // about the autopilot under the newest message, takes room.
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    const bool taller = roles.contains(models::MessageListModel::UnreadMarkerRole)
                                        || roles.contains(models::MessageListModel::NoticesRole);
                    if (taller && !m_relayoutPending) {
                        m_relayoutPending = true;
                        QMetaObject::invokeMethod(this, &ThreadPane::relayoutRows, Qt::QueuedConnection);
                    }
                });
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadPane::settleAtNewest);
    }
}

void ThreadPane::showConversation(qint64 conversationId, const QString &title)
{
    const bool another = conversationId != m_conversationId;
    if (another && !m_audio->mediaId().isEmpty())
        m_audio->stop(); // its bubble is going away; nothing would pause it
    if (another) {
        m_presenceText.clear();
        m_suggestingFor = 0; // an answer for the last one will not land here
        setComposeNote({});
        // Each conversation keeps its own draft, note mode and files: files
        // picked for one customer never go to another, and a send under way
        // still goes where it was started.
        switchDraft(conversationId);
    }
    m_titleText = title;
    setPresence(m_presenceText);
    m_stack->setCurrentIndex(conversationId != 0 ? 1 : 0);
    m_openingAtUnread = true;
    if (m_model && m_model->conversationId() != conversationId)
        m_model->setConversation(conversationId);
    settleAtNewest();
    m_openingAtUnread = false;
}

void ThreadPane::settleAtNewest()
{
    // A conversation opens at its newest message; the scroll bar passing the
    // top on the way is not the agent asking for older ones. Laid out again
    // once the view has sized its rows; only the latest request counts.
    m_settling = true;
    m_atBottom = true;
    const bool atUnreadMarker = m_openingAtUnread;
    const int generation = ++m_settleGeneration;
    settleOnce(atUnreadMarker);
    QTimer::singleShot(0, this, [this, generation, atUnreadMarker] {
        if (generation != m_settleGeneration)
            return;
        settleOnce(atUnreadMarker);
        m_settling = false;
    });
}

void ThreadPane::settleOnce(bool atUnreadMarker)
{
    const int marker = atUnreadMarker && m_model ? m_model->unreadMarkerRow() : -1;
    if (marker < 0) {
        m_list->scrollToBottom();
        return;
    }
    // The first unread message, under its line, at the top; when the unread
    // ones fit below it, the view stops at the newest (the bottom) anyway.
    // (Not "to the bottom first": the view would page in every newer message.)
    m_list->scrollTo(m_model->index(marker), QAbstractItemView::PositionAtTop);
    const QScrollBar *bar = m_list->verticalScrollBar();
    m_atBottom = bar->value() >= bar->maximum() - 4 && !m_model->canFetchMore({});
}

void ThreadPane::relayoutRows()
{
    m_relayoutPending = false;
    if (!m_model || m_model->rowCount() == 0)
        return;
    // What was at the top stays there (or the newest at the bottom).
    const QModelIndex anchor = m_list->indexAt(QPoint(4, 1));
    const qint64 anchorId = anchor.data(models::MessageListModel::IdRole).toLongLong();
    const int anchorTop = m_list->visualRect(anchor).top();
    const bool atBottom = m_atBottom;
    m_list->doItemsLayout();
    if (atBottom) {
        m_list->scrollToBottom();
    } else if (const int row = anchorId ? m_model->rowOf(anchorId) : -1; row >= 0) {
        const int moved = m_list->visualRect(m_model->index(row)).top() - anchorTop;
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() + moved);
    }
    placeLatestButton();
}

void ThreadPane::openLink(const QUrl &url)
{
    if (!m_openUrl(url))
        emit mediaMessage(tr("No application on this computer opens %1.").arg(url.toDisplayString()));
}

void ThreadPane::setAutopilot(const QString &mode)
{
    m_autopilotMode = mode;
    const bool on = !mode.isEmpty() && mode != QLatin1String("off");
    m_autopilot->setVisible(m_conversationId != 0);
    m_autopilot->setChecked(on);
    m_autopilot->setText(on ? (mode == QLatin1String("ai") ? tr("Autopilot: AI") : tr("Autopilot: on"))
                            : tr("Autopilot: off"));
    m_autopilot->setAccessibleDescription(on ? tr("The autopilot answers this customer")
                                             : tr("Agents answer this customer"));
}

void ThreadPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        setAutopilot(m_autopilotMode);
        applySendingState();
        // Day lines, ticks and marks are worded at paint time; their sizes may change.
        m_delegate->clearCache();
        m_list->doItemsLayout();
        placeLatestButton();
    }
    QWidget::changeEvent(event);
}

void ThreadPane::placeLatestButton()
{
    const QScrollBar *bar = m_list->verticalScrollBar();
    const bool newerUnloaded = m_model && m_model->canFetchMore({});
    const bool away = bar->value() < bar->maximum() - m_list->viewport()->height() / 2;
    m_latest->setVisible(m_conversationId != 0 && (newerUnloaded || away));
    m_latest->adjustSize();
    const QRect area = m_list->viewport()->rect();
    m_latest->move(area.right() - m_latest->width() - 12, area.bottom() - m_latest->height() - 12);
    m_latest->raise();
}

void ThreadPane::jumpToLatest()
{
    if (!m_model || !m_conversationId)
        return;
    // After a jump the newest pages may not be loaded: start again from them.
    if (m_model->canFetchMore({}))
        m_model->setConversation(m_conversationId);
    settleAtNewest();
    QTimer::singleShot(0, this, &ThreadPane::placeLatestButton);
}

void ThreadPane::setSendingEnabled(bool enabled, const QString &why)
{
    m_sendingAllowed = enabled;
    m_sendingWhy = why;
    applySendingState();
}

void ThreadPane::setReplyWindowClosed(bool closed, const QString &why)
{
    m_windowClosed = closed;
    m_windowWhy = why;
    applySendingState();
}

void ThreadPane::rowsArrived()
{
    // New messages at the end keep the view at the newest if it was there.
    if (m_atBottom)
        m_list->scrollToBottom();
}

void ThreadPane::setTitle(const QString &title)
{
    if (title == m_titleText)
        return;
    m_titleText = title;
    setPresence(m_presenceText);
}

void ThreadPane::setPresence(const QString &text)
{
    m_presenceText = text;
    if (text.isEmpty()) {
        m_title->setTextFormat(Qt::PlainText);
        m_title->setText(m_titleText);
    } else {
        m_title->setTextFormat(Qt::RichText);
        m_title->setText(
            QStringLiteral("%1 <span style=\"font-weight:normal; color:%2\">· %3</span>")
                .arg(m_titleText.toHtmlEscaped(), palette().color(QPalette::Link).name(), text.toHtmlEscaped()));
    }
    m_title->setAccessibleDescription(text);
}

void ThreadPane::olderWanted(int value)
{
    // At the top: bring the older page in and keep what was on screen in place.
    if (m_settling || !m_model || value != m_list->verticalScrollBar()->minimum()
        || m_list->verticalScrollBar()->maximum() == 0 || !m_model->canFetchOlder())
        return;
    // The message at the top stays where it is on screen. (Not "the new
    // maximum minus the old": the model may let go of rows at the bottom.)
    const QModelIndex anchor = m_list->indexAt(QPoint(4, 1));
    const qint64 anchorId = anchor.data(models::MessageListModel::IdRole).toLongLong();
    const int anchorTop = m_list->visualRect(anchor).top();
    const int before = m_list->verticalScrollBar()->maximum();
    m_atBottom = false;
    m_model->fetchOlder();
    m_list->doItemsLayout();
    const int row = anchorId ? m_model->rowOf(anchorId) : -1;
    if (row >= 0) {
        const int moved = m_list->visualRect(m_model->index(row)).top() - anchorTop;
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() + moved);
    } else {
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum() - before);
    }
}

void ThreadPane::setMedia(store::MediaCache *cache, sync::MediaFetcher *fetcher, net::MediaTransfers *transfers)
{
    m_media->setBackends(cache, fetcher);
    m_transfers = transfers;
    for (AttachmentTray *tray : std::as_const(m_trays))
        tray->setTransfers(transfers);
    m_list->viewport()->update();
}

void ThreadPane::setTemporaryDirectory(const QString &directory)
{
    m_temporaryDirectory = directory;
    m_media->setTemporaryDirectory(directory + QStringLiteral("/open"));
    // Pasted pictures an earlier run left behind (plain files) go.
    if (std::all_of(m_trays.cbegin(), m_trays.cend(), [](const AttachmentTray *tray) { return tray->count() == 0; }))
        QDir(directory + QStringLiteral("/outgoing")).removeRecursively();
    for (AttachmentTray *tray : std::as_const(m_trays))
        tray->setScratchDirectory(directory + QStringLiteral("/outgoing"));
}

void ThreadPane::submitted(const QString &text)
{
    if (m_conversationId == 0)
        return;
    if (m_noteMode) {
        // Between agents: no one to look out for, no files.
        if (!text.isEmpty())
            emit noteRequested(m_conversationId, text);
        return;
    }
    if (m_sendGuard && !m_sendGuard(m_conversationId, text)) {
        m_composer->setPlainText(text); // kept, for after a look at the thread
        m_composer->moveCursor(QTextCursor::End);
        return;
    }
    if (m_tray->count() == 0) {
        emit sendRequested(m_conversationId, text);
        return;
    }
    // The text stays in the composer until the files are up: a cancel or a
    // failure then loses nothing.
    m_composer->setPlainText(text);
    if (m_tray->isUploading() || !m_tray->startUploads())
        return;
    m_sends.insert(m_tray, {m_conversationId, text});
    m_composer->setReadOnly(true);
    applySendingState();
}

void ThreadPane::attachFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!files.isEmpty())
        m_tray->addFiles(files);
}

void ThreadPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_conversationId != 0 && m_composer->isEnabled() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ThreadPane::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        m_tray->addFiles(files);
        event->acceptProposedAction();
    }
}

bool ThreadPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_list->viewport()) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width() && !m_relayoutPending) {
            // The view lays rows out again only when its height changes; a
            // bubble's height depends on the width (a scroll bar coming, the
            // window narrower), so lay out again once the sizes settle.
            m_relayoutPending = true;
            QMetaObject::invokeMethod(this, &ThreadPane::relayoutRows, Qt::QueuedConnection);
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_list) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_list->currentIndex();
        // ] and [ (or > and <) set a voice note's speed, as media players do.
        const bool faster = key == Qt::Key_BracketRight || key == Qt::Key_Greater;
        if ((faster || key == Qt::Key_BracketLeft || key == Qt::Key_Less) && current.isValid()) {
            const auto attachments =
                current.data(models::MessageListModel::AttachmentsRole).value<QVector<store::AttachmentRow>>();
            if (!attachments.isEmpty()
                && AttachmentPainter::kindOf(attachments.constFirst()) == AttachmentPainter::Kind::Audio) {
                faster ? m_audio->fasterRate() : m_audio->slowerRate();
                return true;
            }
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && current.isValid()) {
            const auto attachments =
                current.data(models::MessageListModel::AttachmentsRole).value<QVector<store::AttachmentRow>>();
            if (!attachments.isEmpty()) {
                const auto action = AttachmentPainter::defaultAction(attachments.constFirst(),
                                                                     m_delegate->stateFor(attachments.constFirst()));
                activate(current.row(), 0, int(action));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ThreadPane::activate(int row, int attachment, int action, double share)
{
    if (!m_model)
        return;
    const auto attachments =
        m_model->index(row).data(models::MessageListModel::AttachmentsRole).value<QVector<store::AttachmentRow>>();
    if (attachment < 0 || attachment >= attachments.size())
        return;
    const store::AttachmentRow &a = attachments.at(attachment);
    const auto kind = AttachmentPainter::kindOf(a);
    switch (AttachmentPainter::Action(action)) {
    case AttachmentPainter::Action::None:
        return;
    case AttachmentPainter::Action::Retry:
        m_media->retry(a, kind != AttachmentPainter::Kind::Image);
        return;
    case AttachmentPainter::Action::PlayPause:
        playAudio(a);
        return;
    case AttachmentPainter::Action::Seek:
        if (m_audio->mediaId() == a.mediaId)
            m_audio->seekTo(share);
        return;
    case AttachmentPainter::Action::SaveAs:
        saveDocument(a);
        return;
    case AttachmentPainter::Action::Speed:
        m_audio->fasterRate();
        return;
    case AttachmentPainter::Action::Open:
        break;
    }
    switch (kind) {
    case AttachmentPainter::Kind::Image:
        openImage(a);
        break;
    case AttachmentPainter::Kind::Video:
        openVideo(row, attachment, a);
        break;
    case AttachmentPainter::Kind::Audio:
        playAudio(a);
        break;
    case AttachmentPainter::Kind::Document:
        openDocument(a);
        break;
    }
}

void ThreadPane::whenOriginal(const store::AttachmentRow &attachment, std::function<void()> then)
{
    if (m_media->hasOriginal(attachment.mediaId)) {
        then();
        return;
    }
    // Once, when this attachment's original is in the cache; a failure shows
    // on its card with a Retry.
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto failure = std::make_shared<QMetaObject::Connection>();
    const QString mediaId = attachment.mediaId;
    *connection = connect(m_media, &MediaSource::originalReady, this,
                          [connection, failure, mediaId, then](const QString &id) {
                              if (id != mediaId)
                                  return;
                              disconnect(*connection);
                              disconnect(*failure);
                              then();
                          });
    *failure = connect(m_media, &MediaSource::failed, this, [connection, failure, mediaId](const QString &id) {
        if (id != mediaId)
            return;
        disconnect(*connection);
        disconnect(*failure);
    });
    m_media->fetchOriginal(attachment);
}

void ThreadPane::openImage(const store::AttachmentRow &attachment)
{
    if (!m_images) {
        m_images = new ImageBrowser(
            m_media, this, [this](const QString &suggested) { return m_askSavePath(suggested); }, this);
        connect(m_images, &ImageBrowser::said, this, &ThreadPane::mediaMessage);
    }
    m_images->open(m_model, attachment.mediaId);
}

void ThreadPane::openVideo(int row, int attachmentIndex, const store::AttachmentRow &attachment)
{
    // Inline, over its bubble: the thread stays in view around it.
    if (!m_inlineVideo)
        m_inlineVideo = new InlineVideo(m_list, m_delegate, this);
    VideoPlayer *player = m_inlineVideo->open(m_model->index(row), attachmentIndex, attachment.mediaId,
                                              AttachmentPainter::displayName(attachment));
    m_audio->pause(); // one sound at a time
    QPointer<VideoPlayer> guard(player);
    const QString mediaId = attachment.mediaId;
    const QString type = attachment.mimeType;
    player->showProblem(tr("Downloading the video…"));
    connect(m_media, &MediaSource::failed, player, [player, mediaId](const QString &id, const QString &reason) {
        if (id == mediaId)
            player->showProblem(tr("The video could not be downloaded: %1").arg(reason));
    });
    whenOriginal(attachment, [this, guard, mediaId, type] {
        if (!guard)
            return;
        m_media->readOriginal(mediaId, guard, [guard, type](const QByteArray &bytes, const QString &error) {
            if (bytes.isEmpty())
                guard->showProblem(error);
            else
                guard->setVideo(bytes, type);
        });
    });
}

void ThreadPane::playAudio(const store::AttachmentRow &attachment)
{
    if (m_audio->mediaId() == attachment.mediaId && m_audio->error().isEmpty()) {
        m_audio->toggle();
        return;
    }
    const QString mediaId = attachment.mediaId;
    const QString type = attachment.mimeType;
    whenOriginal(attachment, [this, mediaId, type] {
        m_media->readOriginal(mediaId, this, [this, mediaId, type](const QByteArray &bytes, const QString &error) {
            if (bytes.isEmpty()) {
                emit mediaMessage(error);
                return;
            }
            m_audio->play(mediaId, bytes, type);
        });
    });
}

void ThreadPane::openDocument(const store::AttachmentRow &attachment)
{
    whenOriginal(attachment, [this, attachment] {
        m_media->openableCopy(attachment, this, [this](bool ok, const QString &pathOrError) {
            if (!ok) {
                emit mediaMessage(tr("The file could not be opened: %1").arg(pathOrError));
                return;
            }
            if (!m_openUrl(QUrl::fromLocalFile(pathOrError)))
                emit mediaMessage(
                    tr("No application on this computer opens this kind of file. Use Save As… to keep it."));
        });
    });
}

void ThreadPane::saveDocument(const store::AttachmentRow &attachment)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString path = m_askSavePath(folder + QLatin1Char('/') + MediaSource::safeName(attachment));
    if (path.isEmpty())
        return;
    whenOriginal(attachment, [this, attachment, path] {
        m_media->saveOriginal(attachment.mediaId, path, this, [this](bool ok, const QString &pathOrError) {
            emit mediaMessage(ok ? tr("Saved to %1").arg(pathOrError)
                                 : tr("The file could not be saved: %1").arg(pathOrError));
        });
    });
}

} // namespace relaydesk::ui
