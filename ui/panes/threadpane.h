#pragma once

#include "appearance/retranslator.h"
#include "protocol/types.h"
#include "store/rows.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QUrl;
class QVBoxLayout;

namespace relaydesk::models {
class MessageListModel;
}
namespace relaydesk::net {
class MediaTransfers;
}
namespace relaydesk::store {
class MediaCache;
}
namespace relaydesk::sync {
class MediaFetcher;
}

namespace relaydesk::ui {

class AttachmentTray;
class AudioPlayer;
class Composer;
class DraftBook;
class EmptyState;
class ImageBrowser;
class InlineVideo;
class MediaSource;
class MessageDelegate;
class MessageLinks;
class ThreadHeader;

// The middle pane: the open conversation's messages and the composer.
// Attachments show in the bubbles (photos open a viewer, videos play over their bubble,
// voice notes play in place, documents open or save); files attached through
// the Attach button, a drop or a paste upload when the reply is sent.
class ThreadPane : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadPane(QWidget *parent = nullptr);

    void setModel(models::MessageListModel *model);
    // Shows a conversation under `title` (0: none open), with its draft.
    void showConversation(qint64 conversationId, const QString &title);
    // Where drafts are kept (shared with popped-out threads). Without one,
    // each conversation still keeps its own draft while this pane lives.
    void setDraftBook(DraftBook *book);
    DraftBook *draftBook() const;
    // Text that could not go back into the composer that sent it (e.g. not
    // queued): it returns to its conversation's draft, wherever that shows.
    void restoreText(qint64 conversationId, const QString &text);
    qint64 conversationId() const { return m_conversationId; }
    // The customer's name changed.
    void setTitle(const QString &title);
    // Who else is here ("Omar is viewing", "Priya is typing…"), after the title.
    void setPresence(const QString &text);
    QString presence() const { return m_presenceText; }

    // On WhatsApp and Messenger, 24 hours after the customer's last message
    // only a template may go: the composer says why and offers one.
    void setReplyWindowClosed(bool closed, const QString &why = {});
    bool isReplyWindowClosed() const { return m_windowClosed; }
    QPushButton *templateButton() const { return m_template; }
    // Shown while the newest message is out of view (scrolled back, or after
    // a jump to a search hit); brings the thread back to it.
    QToolButton *latestButton() const { return m_latest; }
    // The header's autopilot switch: shows the conversation's mode ("off",
    // "rules", "ai"); clicking asks for the other state.
    void setAutopilot(const QString &mode);
    QToolButton *autopilotButton() const { return m_autopilot; }
    // The name, the facts about the conversation and the buttons that act on it.
    ThreadHeader *header() const { return m_header; }
    void jumpToLatest();

    // Asked before a reply goes; false keeps it in the composer (someone else
    // answered meanwhile and the agent wants to look first).
    using SendGuard = std::function<bool(qint64 conversationId, const QString &text)>;
    void setSendGuard(SendGuard guard) { m_sendGuard = std::move(guard); }

    // Sending needs a signed-in session; without one the composer says why.
    void setSendingEnabled(bool enabled, const QString &why = {});

    // The composer writes a private note instead of a reply (the Note switch,
    // Ctrl+Shift+N): only agents see it, it may go when the customer's window
    // is closed, and it carries no files. Each conversation opens in reply mode.
    void setNoteMode(bool note);
    bool isNoteMode() const { return m_noteMode; }
    // Back to replying (Ctrl+R) when that is safe: nothing typed yet (a half
    // written note never becomes a reply) and the customer can be answered.
    void leaveNoteModeIfEmpty();
    QToolButton *noteButton() const { return m_noteButton; }
    // The checkable action behind the switch, with its shortcut (the window's
    // Conversation menu lists it).
    QAction *noteAction() const { return m_noteAction; }
    QPushButton *sendButton() const { return m_send; }

    // Suggested replies, when the workspace has an AI set up: the button (and
    // Ctrl+Shift+G) asks for a draft; it lands in the composer, never sent by
    // itself, and below a draft the agent already wrote, never over it.
    void setSuggestionsAvailable(bool available);
    bool suggestionsAvailable() const { return m_suggestionsAvailable; }
    // The answer to `suggestionRequested` (ignored when another conversation
    // is open by then), or why there is none, in words.
    void showSuggestion(qint64 conversationId, const QString &text);
    void showSuggestionProblem(qint64 conversationId, const QString &problem);
    bool isSuggesting() const { return m_suggestingFor != 0; }
    QToolButton *suggestButton() const { return m_suggest; }
    QAction *suggestAction() const { return m_suggestAction; }
    // A line under the composer: what the AI is doing, or what went wrong
    // (e.g. why the autopilot cannot be switched on). Cleared on a switch.
    QLabel *composeNote() const { return m_composeNote; }
    void showComposeNote(const QString &text, bool problem) { setComposeNote(text, problem); }

    // What brings attachments' bytes and takes uploads (nulls: signed out).
    void setMedia(store::MediaCache *cache, sync::MediaFetcher *fetcher, net::MediaTransfers *transfers);
    // The profile's cache folder: decrypted copies for Open and pasted
    // pictures waiting to upload live under it, and nowhere else.
    void setTemporaryDirectory(const QString &directory);
    QString temporaryDirectory() const { return m_temporaryDirectory; }

    QListView *listView() const { return m_list; }
    Composer *composer() const { return m_composer; }
    // The open conversation's staged files (each conversation has its own;
    // an upload under way goes on, for its conversation, after a switch).
    AttachmentTray *attachmentTray() const { return m_tray; }
    MediaSource *media() const { return m_media; }
    AudioPlayer *audioPlayer() const { return m_audio; }
    MessageDelegate *delegate() const { return m_delegate; }
    MessageLinks *links() const { return m_links; }

    // Does what a click on attachment `attachment` of the message at `row`
    // asks (an AttachmentPainter::Action); Enter and Space use the default.
    void activate(int row, int attachment, int action, double share = 0);
    // Opens the file picker and adds what the agent chose.
    void attachFiles();

    // How Save As asks for a file name and how Open hands a file to the
    // system; tests replace them.
    void setSavePathAsker(std::function<QString(const QString &suggested)> ask) { m_askSavePath = std::move(ask); }
    void setUrlOpener(std::function<bool(const QUrl &url)> open) { m_openUrl = std::move(open); }

signals:
    void sendRequested(qint64 conversationId, const QString &text);
    // A private note for the other agents.
    void noteRequested(qint64 conversationId, const QString &text);
    // The agent asked the workspace's AI for a draft reply.
    void suggestionRequested(qint64 conversationId);
    // The files were uploaded: the reply goes with them.
    void sendWithAttachments(qint64 conversationId, const QString &text,
                             const QVector<relaydesk::protocol::Attachment> &attachments);
    // A document was saved (path) or handed to the system to open, or why not.
    void mediaMessage(const QString &message);
    // The agent wants to send a template in this conversation.
    void templateRequested(qint64 conversationId);
    // The agent flipped the header's autopilot switch.
    void autopilotToggled(qint64 conversationId, bool on);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rowsArrived();
    void submitted(const QString &text);
    // Drafts and each conversation's files (threaddrafts.cpp).
    AttachmentTray *trayFor(qint64 conversationId);
    void switchDraft(qint64 conversationId);
    void saveDraft();
    void saveFilesOf(qint64 conversationId, AttachmentTray *tray);
    void draftChanged(qint64 conversationId, const QObject *source);
    void trayUploaded(AttachmentTray *tray, const QVector<protocol::Attachment> &attachments);
    void trayStopped(AttachmentTray *tray);
    void whenOriginal(const store::AttachmentRow &attachment, std::function<void()> then);
    void openImage(const store::AttachmentRow &attachment);
    void openVideo(int row, int attachmentIndex, const store::AttachmentRow &attachment);
    void playAudio(const store::AttachmentRow &attachment);
    void openDocument(const store::AttachmentRow &attachment);
    void saveDocument(const store::AttachmentRow &attachment);
    void olderWanted(int value);
    // Opens at the newest message, or at the "new messages" line when the
    // conversation was just opened and its unread messages do not fit.
    void settleAtNewest();
    void settleOnce(bool atUnreadMarker);
    void relayoutRows();
    void openLink(const QUrl &url);

    models::MessageListModel *m_model = nullptr;
    qint64 m_conversationId = 0;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QString m_titleText;
    QString m_temporaryDirectory;
    QString m_presenceText;
    QListView *m_list;
    Composer *m_composer;
    QPushButton *m_send;
    QPushButton *m_template;
    QToolButton *m_latest;
    ThreadHeader *m_header = nullptr;
    QToolButton *m_autopilot;
    void placeLatestButton();
    SendGuard m_sendGuard;
    bool m_windowClosed = false;
    QString m_windowWhy;
    QString m_autopilotMode;
    InlineVideo *m_inlineVideo = nullptr; // created with the first video
    ImageBrowser *m_images = nullptr;     // created with the first picture opened
    Retranslator m_texts;
    bool m_sendingAllowed = true;
    QString m_sendingWhy;
    void applySendingState();
    void makeNoteSwitch();
    void makeSuggestButton();
    void requestSuggestion();
    void setComposeNote(const QString &text, bool problem = false);
    QToolButton *m_suggest = nullptr;
    QAction *m_suggestAction = nullptr;
    QLabel *m_composeNote = nullptr;
    bool m_suggestionsAvailable = false;
    qint64 m_suggestingFor = 0;
    QToolButton *m_noteButton = nullptr;
    QAction *m_noteAction = nullptr;
    bool m_noteMode = false;
    QToolButton *m_attach;
    AttachmentTray *m_tray;
    MediaSource *m_media;
    AudioPlayer *m_audio;
    MessageDelegate *m_delegate;
    std::function<QString(const QString &)> m_askSavePath;
    std::function<bool(const QUrl &)> m_openUrl;
    QPointer<DraftBook> m_drafts;
    DraftBook *m_ownDrafts = nullptr; // until a shared one is set
    QHash<qint64, AttachmentTray *> m_trays;
    struct PendingSend
    {
        qint64 conversationId = 0;
        QString text;
    };
    QHash<const AttachmentTray *, PendingSend> m_sends; // files uploading, and the reply that goes with them
    QVBoxLayout *m_trayBox = nullptr;
    net::MediaTransfers *m_transfers = nullptr;
    bool m_loadingDraft = false;
    bool m_atBottom = true;
    bool m_settling = false;
    bool m_openingAtUnread = false; // while a conversation is being opened
    int m_settleGeneration = 0;
    bool m_relayoutPending = false;
    MessageLinks *m_links;
};

} // namespace relaydesk::ui
