#include "desktop.h"

#include "assignment.h"
#include "awayautopilot.h"
#include "composerlink.h"
#include "conversationmenus.h"
#include "datarights.h"
#include "notifications.h"
#include "passphrasechange.h"
#include "popoutthreads.h"
#include "session.h"
#include "triage.h"
#include "windowactions.h"

#include "applog.h"
#include "currentconversation.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "models/leadmodel.h"
#include "models/messagelistmodel.h"
#include "net/serverurl.h"
#include "panes/conversationpane.h"
#include "panes/draftbook.h"
#include "panes/leadpane.h"
#include "panes/threadheader.h"
#include "panes/threadpane.h"
#include "platform/historysecret.h"
#include "platform/notifier.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"
#include "sync/outboxsender.h"
#include "widgets/announcer.h"
#include "widgets/composer.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QItemSelectionModel>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace relaydesk::app {

namespace {
const auto kEmailKey = QStringLiteral("session/email");
} // namespace

Desktop::Desktop(const Profile &profile, std::unique_ptr<store::Store> &history, store::MediaCache *cache,
                 const QUrl &server, std::unique_ptr<platform::Notifier> notifier, QObject *parent)
    : Desktop(profile, history, cache, server, std::move(notifier), std::unique_ptr<ui::MainWindow>(), parent)
{
}

Desktop::Desktop(const Profile &profile, std::unique_ptr<store::Store> &history, store::MediaCache *cache,
                 const QUrl &server, std::unique_ptr<platform::Notifier> notifier,
                 std::unique_ptr<ui::MainWindow> shown, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_history(history)
    , m_cache(cache)
    , m_window(shown ? std::move(shown) : std::make_unique<ui::MainWindow>(profile, server))
    , m_conversations(std::make_unique<models::ConversationListModel>(history.get()))
    , m_messages(std::make_unique<models::MessageListModel>(history.get()))
    , m_lead(std::make_unique<models::LeadModel>(history.get()))
    , m_session(std::make_unique<Session>(profile, history.get(), server))
{
    ui::MainWindow &window = *m_window;
    m_rights = std::make_unique<DataRights>(m_profile, history.get(), cache, &window);
    connect(&window, &ui::MainWindow::exportHistoryRequested, m_rights.get(), &DataRights::exportHistory);
    connect(&window, &ui::MainWindow::forgetDeviceRequested, m_rights.get(), &DataRights::askToForget);
    connect(m_rights.get(), &DataRights::forgetConfirmed, this, [this] {
        m_window->close();
        emit forgetConfirmed();
    });

    m_passphraseChange = std::make_unique<PassphraseChange>(m_profile, m_history, [this](const QString &problem) {
        ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Change, problem, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return std::optional<PassphraseChange::Request>();
        return std::optional(PassphraseChange::Request{dialog.currentPassphrase(), dialog.passphrase()});
    });
    window.setPassphraseChangeAvailable(platform::HistorySecretSource(m_profile, {}).usesPassphrase());
    m_rekeying = new QProgressDialog(QApplication::translate("Main", "Encrypting the history with the new passphrase…"),
                                     QString(), 0, 0, &window);
    m_rekeying->setWindowModality(Qt::WindowModal);
    m_rekeying->setMinimumDuration(0);
    m_rekeying->reset();
    connect(&window, &ui::MainWindow::changePassphraseRequested, m_passphraseChange.get(), &PassphraseChange::start);
    connect(m_passphraseChange.get(), &PassphraseChange::finished, this,
            [this](PassphraseChange::Outcome outcome, const QString &message) {
                m_rekeying->reset();
                if (outcome == PassphraseChange::Outcome::Changed)
                    QMessageBox::information(m_window.get(), QApplication::translate("Main", "Relaydesk"), message);
                else if (outcome == PassphraseChange::Outcome::Failed)
                    QMessageBox::warning(m_window.get(), QApplication::translate("Main", "Relaydesk"), message);
            });

    window.conversationPane()->setModel(m_conversations.get());
    window.threadPane()->setModel(m_messages.get());
    window.leadPane()->setModel(m_lead.get());
    m_actions = std::make_unique<WindowActions>(window, *m_session, *m_conversations, *m_messages, history.get());
    m_notifications = std::make_unique<Notifications>(m_profile, window, *m_session, *m_actions, history.get(),
                                                      std::move(notifier));
    m_assignment = std::make_unique<Assignment>(window, *m_session);
    m_triage = std::make_unique<Triage>(window, *m_session);
    m_triage->setStore(history.get());
    m_menus = std::make_unique<ConversationMenus>(window, *m_session, *m_actions, history.get());
    window.threadPane()->header()->setActions(window.resolveAction(), window.reopenAction(), window.snoozeAction(),
                                              m_assignment->assignMenu(), m_triage->priorityMenu());
    m_awayAutopilot = std::make_unique<AwayAutopilot>(window, *m_session);
    wireHistorySwaps();
    wireThread();
    wireSession();
}

Desktop::~Desktop()
{
    // A first start's sign-in stands alone, without the window as its parent.
    delete m_signIn.data();
    // What was written last is kept before anything goes.
    m_drafts->flush();
    m_drafts->setBackend({}, {});
    // Those that hold on to the others go first.
    m_awayAutopilot.reset();
    m_assignment.reset();
    m_triage.reset();
    m_menus.reset();
    m_notifications.reset();
    m_actions.reset();
}

void Desktop::wireHistorySwaps()
{
    // A passphrase change closes the history and opens it again under the new key.
    PassphraseChange *change = m_passphraseChange.get();
    connect(change, &PassphraseChange::historyClosing, this, [this] {
        m_rights->setStore(nullptr);
        m_actions->setStore(nullptr);
        m_triage->setStore(nullptr);
        m_menus->setStore(nullptr);
        m_notifications->setStore(nullptr);
        m_session->setStore(nullptr);
        m_conversations->setStore(nullptr);
        m_messages->setStore(nullptr);
        m_lead->setStore(nullptr);
        m_rekeying->setValue(0);
        m_rekeying->show();
    });
    connect(change, &PassphraseChange::historyReopened, this, [this](store::Store *history) {
        m_rights->setStore(history);
        m_actions->setStore(history);
        m_triage->setStore(history);
        m_menus->setStore(history);
        m_notifications->setStore(history);
        m_conversations->setStore(history);
        m_lead->setStore(history);
        m_messages->setStore(history);
        m_session->setStore(history);
    });
}

void Desktop::announceArrivals()
{
    // What a customer writes in the conversation open is said to screen
    // readers as it arrives (other conversations' go through Notifications),
    // never what was already there when it opened (an older or a later page
    // read in, a first sync); and a reply of the agent's that was not sent.
    auto newestStored = [this] {
        const qint64 conversation = m_messages->conversationId();
        const auto newest = m_history && conversation ? m_history->reader().newestMessages(conversation, 1)
                                                      : QVector<store::MessageRow>();
        return newest.isEmpty() ? qint64(0) : newest.constFirst().id;
    };
    connect(m_messages.get(), &QAbstractItemModel::modelReset, this, [this, newestStored] {
        m_announcedUpTo = newestStored();
        // Replies that had failed before it opened are shown, not said again.
        for (int row = 0; row < m_messages->rowCount(); ++row) {
            const QModelIndex index = m_messages->index(row);
            if (index.data(models::MessageListModel::StatusRole).toString() == QLatin1String("failed"))
                m_announcedFailures.insert(index.data(models::MessageListModel::ClientIdRole).toString());
        }
    });
    connect(m_messages.get(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                using Model = models::MessageListModel;
                QString name; // the customer's, read once for the rows that need it
                for (int row = first; row <= last; ++row) {
                    const QModelIndex index = m_messages->index(row);
                    const qint64 id = index.data(Model::IdRole).toLongLong();
                    if (id <= m_announcedUpTo)
                        continue; // there before: a page read in, not news
                    m_announcedUpTo = id;
                    if (index.data(Model::DirectionRole).toString() != QLatin1String("in")
                        || !m_window->isActiveWindow())
                        continue;
                    if (name.isEmpty()) {
                        const auto conversation = m_history->reader().conversation(m_messages->conversationId());
                        name = conversation && !conversation->contactName.isEmpty() ? conversation->contactName
                                                                                    : tr("Customer");
                    }
                    QString what = index.data(Model::TextRole).toString().simplified();
                    if (what.isEmpty())
                        what = tr("an attachment");
                    m_window->announcer()->announce(
                        tr("%1: %2", "a customer's name and what they just wrote").arg(name, what));
                }
            });
    connect(m_messages.get(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                using Model = models::MessageListModel;
                if (!roles.isEmpty() && !roles.contains(Model::StatusRole))
                    return;
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QModelIndex index = m_messages->index(row);
                    const QString clientId = index.data(Model::ClientIdRole).toString();
                    if (index.data(Model::StatusRole).toString() != QLatin1String("failed") || clientId.isEmpty()
                        || m_announcedFailures.contains(clientId))
                        continue;
                    m_announcedFailures.insert(clientId);
                    const QString reason = index.data(Model::FailureReasonRole).toString();
                    m_window->announcer()->announce(reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason));
                }
            });
}

void Desktop::wireThread()
{
    ui::MainWindow &window = *m_window;
    // (WindowActions shows the window's current conversation in the list and the thread.)
    connect(window.leadPane(), &ui::LeadPane::conversationChosen, window.current(), &ui::CurrentConversation::open);
    // The lead panel follows the open conversation, whichever way it was opened.
    connect(m_messages.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_lead->conversationId() != m_messages->conversationId())
            m_lead->setConversation(m_messages->conversationId());
    });
    // Drafts live in the encrypted history, shared with popped-out threads.
    m_drafts = new ui::DraftBook(this);
    wireDrafts();
    window.threadPane()->setDraftBook(m_drafts);
    m_actions->popOuts()->setDraftBook(m_drafts);
    connect(window.threadPane(), &ui::ThreadPane::sendRequested, this,
            [this](qint64 conversationId, const QString &text) {
                if (!m_session->outbox()) {
                    // Nothing can keep it right now: the text goes back.
                    m_window->threadPane()->composer()->setPlainText(text);
                    return;
                }
                m_session->outbox()->sendText(conversationId, text, 0, QString());
            });
    // Notes, quick replies and suggested replies.
    new ComposerLink(*window.threadPane(), *m_session);
    announceArrivals();
    // The thread's media: downloads into the encrypted cache, uploads with the session's token.
    m_session->setMediaCache(m_cache);
    window.threadPane()->setTemporaryDirectory(m_profile.cacheDirectory());
    // Popped-out windows' folders an earlier run left (opened copies, pasted pictures) go too.
    const QDir cacheFolder(m_profile.cacheDirectory());
    for (const QString &popOut : cacheFolder.entryList({QStringLiteral("popout-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(cacheFolder.filePath(popOut)).removeRecursively();
    auto wireMedia = [this] {
        m_window->threadPane()->setMedia(m_session->mediaCache(), m_session->mediaFetcher(),
                                         m_session->mediaTransfers());
    };
    wireMedia(); // signed out, what is already cached still shows
    connect(m_session.get(), &Session::servicesChanged, this, wireMedia);
    connect(window.threadPane(), &ui::ThreadPane::sendWithAttachments, this,
            [this](qint64 conversationId, const QString &text, const QVector<protocol::Attachment> &attachments) {
                if (!m_session->sendWithAttachments(conversationId, text, attachments))
                    m_window->threadPane()->composer()->setPlainText(text);
            });
    connect(window.threadPane(), &ui::ThreadPane::mediaMessage, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 8000); });
}

void Desktop::wireDrafts()
{
    const auto backend = [this] {
        store::Store *history = m_history.get();
        if (!history) {
            m_drafts->setBackend({}, {});
            return;
        }
        // Should the history go first (a forgotten device), nothing is written to it any more.
        connect(history, &QObject::destroyed, m_drafts, &ui::DraftBook::dropBackend, Qt::UniqueConnection);
        m_drafts->setBackend([history](qint64 id) { return history->reader().draft(id); },
                             [history](const store::DraftRow &draft) {
                                 history->write([draft](store::StoreWriter &writer, store::ChangeSet &changes) {
                                     QString error;
                                     if (!writer.setDraft(draft, &changes, &error))
                                         qCWarning(lcApp) << "a draft could not be kept:" << error;
                                 });
                             });
    };
    backend();
    connect(m_passphraseChange.get(), &PassphraseChange::historyClosing, this,
            [this] { m_drafts->setBackend({}, {}); });
    connect(m_passphraseChange.get(), &PassphraseChange::historyReopened, this, backend);
}

void Desktop::wireSession()
{
    ui::MainWindow &window = *m_window;
    Session &session = *m_session;
    connect(&session, &Session::statusChanged, &window, &ui::MainWindow::setConnectionStatus);
    connect(&session, &Session::statusChanged, this,
            [this] { m_window->conversationPane()->setHistoryArriving(m_session->isReadingFirstHistory()); });
    connect(&session, &Session::historyProblem, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    connect(&session, &Session::signedInChanged, &window, &ui::MainWindow::setSignedIn);
    connect(&session, &Session::notQueued, this,
            [this](qint64 conversation, const QString &lost, const QString &reason) {
                // Back into its own conversation's draft, wherever the agent is now.
                m_window->threadPane()->restoreText(conversation, lost);
                QMessageBox::warning(m_window.get(), QApplication::translate("Main", "Not sent"),
                                     QApplication::translate("Main",
                                                             "Your reply could not be saved on this computer (%1). "
                                                             "Its text is back in that conversation's reply box.")
                                         .arg(reason));
            });
    connect(&window, &ui::MainWindow::signInRequested, this, &Desktop::askToSignIn);
    connect(&window, &ui::MainWindow::signOutRequested, this, [this] {
        m_session->signOut();
        QMessageBox ask(QMessageBox::Question, QApplication::translate("Main", "Signed out"),
                        QApplication::translate("Main", "You are signed out. Also forget this device, removing the "
                                                        "history, the cache and the keys kept on this computer?"),
                        QMessageBox::NoButton, m_window.get());
        QPushButton *forgetIt = ask.addButton(QApplication::translate("Main", "Forget this device"),
                                              QMessageBox::DestructiveRole);
        ask.setDefaultButton(
            ask.addButton(QApplication::translate("Main", "Keep the history"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() == forgetIt)
            m_rights->askToForget();
    });
    connect(&session, &Session::signedInChanged, this, &Desktop::allowSending);
    // A first start's window waits for its sign-in, however that was asked for.
    connect(&session, &Session::signInFinished, this, &Desktop::showIfReady);
    connect(&session, &Session::statusChanged, this, &Desktop::allowSending);
    // The workspace's pipeline and the agents' names, once the server told them.
    connect(&session, &Session::directoryChanged, this, [this] {
        m_conversations->setAgents(m_session->agentNames(), m_session->agentId());
        if (!m_session->leadStages().isEmpty())
            m_lead->setStages(m_session->leadStages());
        m_lead->setDefaultCurrency(m_session->leadCurrency());
        if (!m_session->agentNames().isEmpty())
            m_lead->setAgents(m_session->agentNames());
    });
    auto allowLeadEdits = [this] { m_lead->setOutbox(m_session->outbox()); };
    connect(&session, &Session::signedInChanged, this, allowLeadEdits);
    connect(&session, &Session::servicesChanged, this, allowLeadEdits);
}

void Desktop::allowSending()
{
    m_window->threadPane()->setSendingEnabled(
        m_session->outbox() != nullptr,
        QApplication::translate("Main", "Sign in to reply. You can read your history meanwhile."));
}

void Desktop::start(bool askToSignIn, std::function<void(bool resumed)> done)
{
    // The stored sign-in is read without waiting; the window shows meanwhile.
    QPointer<Desktop> guard(this);
    m_session->resume([guard, askToSignIn, done = std::move(done)](bool resumed) {
        if (!guard)
            return;
        guard->allowSending();
        guard->m_lead->setOutbox(guard->m_session->outbox());
        guard->m_window->setSignedIn(resumed);
        guard->m_window->setConnectionStatus(guard->m_session->statusText());
        // Never signed in here: no history, nothing to browse yet.
        guard->m_firstStart = !resumed && !(guard->m_history && guard->m_history->reader().accountHome().has_value());
        guard->m_started = true;
        if (guard->m_firstStart && askToSignIn && guard->m_window->isVisible()) {
            // Shown early, before the history said this computer was never signed in: a first
            // start's sign-in stands alone, with no inbox behind it.
            guard->m_window->hide();
        }
        if (!resumed && askToSignIn) {
            if (guard->m_firstStart && guard->m_showRequested)
                guard->askToSignIn(); // at once: it is all there is to see
            else
                QTimer::singleShot(0, guard.data(), &Desktop::askToSignIn);
        }
        if (done)
            done(resumed);
        if (guard)
            guard->showIfReady();
    });
}

void Desktop::show()
{
    m_showRequested = true;
    showIfReady();
}

void Desktop::showIfReady()
{
    if (!m_started || !m_showRequested || m_window->isVisible())
        return;
    const bool waitForSignIn = m_firstStart && !m_session->isSignedIn() && (m_signIn || m_session->isSigningIn());
    if (waitForSignIn)
        return;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Desktop::askToSignIn()
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    const QString email = m_profile.settings()->value(kEmailKey).toString();
    // On a first start the window waits: the sign-in stands alone, and closing it ends the app.
    const bool alone = m_showRequested && !m_window->isVisible();
    auto *dialog = new ui::SignInDialog(m_session->server(), email, alone ? nullptr : m_window.get());
    m_signIn = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCancelQuits(alone);
    connect(dialog, &ui::SignInDialog::submitted, dialog, [dialog, this] {
        QString problem;
        const std::optional<QUrl> address = net::parseServerUrl(dialog->serverText(), &problem);
        if (!address)
            return dialog->showError(problem, ui::SignInDialog::Field::Server);
        QPointer<ui::SignInDialog> guard(dialog);
        m_session->signIn(*address, dialog->email(), dialog->password(), [guard, this](bool ok, const QString &why) {
            if (!guard)
                return;
            if (ok) {
                showIfReady(); // the window first, so the app always has one open
                guard->accept();
                return;
            }
            guard->showError(why, m_session->lastSignInProblem() == Session::SignInProblem::Server
                                      ? ui::SignInDialog::Field::Server
                                      : ui::SignInDialog::Field::Password);
        });
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_showRequested && !m_window->isVisible())
            emit quitRequested();
    });
    if (alone)
        dialog->show();
    else
        dialog->open();
}

void Desktop::releaseMedia()
{
    m_drafts->dropBackend(); // the history's files are going
    m_window->threadPane()->setMedia(nullptr, nullptr, nullptr);
}

} // namespace relaydesk::app
