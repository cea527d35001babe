// The composition root: parses the command line, opens the profile and wires
// the core to the widgets.

#include "commandline.h"
#include "datarights.h"
#include "historyopener.h"
#include "notifications.h"
#include "passphrasechange.h"
#include "session.h"
#include "windowactions.h"
#include "models/conversationlistmodel.h"
#include "models/leadmodel.h"
#include "models/messagelistmodel.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"
#include "sync/outboxsender.h"
#include "widgets/composer.h"
#include <QItemSelectionModel>
#include <QListView>
#include "panes/conversationpane.h"
#include "dialogs/signindialog.h"
#include "dialogs/passphrasedialog.h"
#include "platform/historysecret.h"
#include "log.h"
#include "appearance/appearance.h"
#include "mainwindow.h"

#include "net/serverurl.h"
#include "platform/devicewipe.h"
#include "platform/profile.h"
#include "relaydesk/buildinfo.h"
#include "store/mediacache.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace relaydesk;

namespace {

const auto kDefaultServer = QStringLiteral("http://127.0.0.1:8480");
const auto kServerKey = QStringLiteral("server/url");
const auto kMediaKeyName = QStringLiteral("media-cache-key");
constexpr qint64 kMediaCacheBytes = 2LL * 1024 * 1024 * 1024;

// The media cache's key lives inside the encrypted history, made on first use.
QByteArray mediaCacheKey(store::Store &history)
{
    QByteArray key;
    history.writeAndWait([&key](store::StoreWriter &writer, store::ChangeSet &) {
        key = writer.localSecret(kMediaKeyName);
        if (key.size() == store::MediaCache::KeyBytes)
            return;
        key.resize(store::MediaCache::KeyBytes);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              store::MediaCache::KeyBytes / sizeof(quint32));
        QString error;
        if (!writer.setLocalSecret(kMediaKeyName, key, &error))
            key.clear();
    });
    return key;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "relaydesk: %s\n", qPrintable(message));
    if (qEnvironmentVariableIsEmpty("RELAYDESK_NO_DIALOGS")
        && QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QApplication::translate("Main", "Relaydesk"), message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Every file Relaydesk makes (history, caches, settings) is the agent's alone.
    umask(077);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relaydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relaydesk"));
    QApplication::setOrganizationName(QStringLiteral("Relaydesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("relaydesk"));
    // The system's language first (for --help and early errors), then the profile's choice.
    ui::Appearance::instance().setLanguage(QString());

    const app::Options options = app::parseCommandLine(app);

    QString error;
    const QString directory = options.profileDirectory.isEmpty() ? Profile::defaultDirectory()
                                                                 : options.profileDirectory;
    const std::optional<Profile> profile = Profile::open(directory, &error);
    if (!profile)
        return fail(error);

    const auto settings = profile->settings();
    ui::Appearance::instance().apply(ui::AppearanceSettings::load(*settings));
    const QString serverText = options.server.isEmpty()
                                   ? settings->value(kServerKey, kDefaultServer).toString()
                                   : options.server;
    const std::optional<QUrl> server = net::parseServerUrl(serverText, &error);
    if (!server)
        return fail(error);
    if (!options.server.isEmpty())
        settings->setValue(kServerKey, server->toString());

    std::unique_ptr<store::Store> history = app::openHistory(*profile, nullptr, &error);
    if (!history)
        return fail(error);
    auto cache = std::make_unique<store::MediaCache>(profile->cacheDirectory() + QStringLiteral("/media"),
                                                     mediaCacheKey(*history), kMediaCacheBytes);

    ui::MainWindow window(*profile, *server);
    app::DataRights rights(*profile, history.get(), cache.get(), &window);
    QObject::connect(&window, &ui::MainWindow::exportHistoryRequested, &rights, &app::DataRights::exportHistory);
    QObject::connect(&window, &ui::MainWindow::forgetDeviceRequested, &rights, &app::DataRights::askToForget);
    app::PassphraseChange passphraseChange(
        *profile, history, [&window](const QString &problem) {
            ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Change, problem, &window);
            if (dialog.exec() != QDialog::Accepted)
                return std::optional<app::PassphraseChange::Request>();
            return std::optional(app::PassphraseChange::Request{dialog.currentPassphrase(), dialog.passphrase()});
        });
    window.setPassphraseChangeAvailable(platform::HistorySecretSource(*profile, {}).usesPassphrase());
    QProgressDialog rekeying(QApplication::translate("Main", "Encrypting the history with the new passphrase…"),
                             QString(), 0, 0, &window);
    rekeying.setWindowModality(Qt::WindowModal);
    rekeying.setMinimumDuration(0);
    rekeying.reset();
    QObject::connect(&window, &ui::MainWindow::changePassphraseRequested, &passphraseChange,
                     &app::PassphraseChange::start);
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyClosing, &window, [&] {
        rights.setStore(nullptr);
        rekeying.setValue(0);
        rekeying.show();
    });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &rights,
                     &app::DataRights::setStore);
    QObject::connect(&passphraseChange, &app::PassphraseChange::finished, &window,
                     [&](app::PassphraseChange::Outcome outcome, const QString &message) {
                         rekeying.reset();
                         if (outcome == app::PassphraseChange::Outcome::Changed)
                             QMessageBox::information(&window, QApplication::translate("Main", "Relaydesk"), message);
                         else if (outcome == app::PassphraseChange::Outcome::Failed)
                             QMessageBox::warning(&window, QApplication::translate("Main", "Relaydesk"), message);
                     });
    models::ConversationListModel conversations(history.get());
    window.conversationPane()->setModel(&conversations);
    models::MessageListModel messages(history.get());
    window.threadPane()->setModel(&messages);
    QObject::connect(window.conversationPane()->listView()->selectionModel(), &QItemSelectionModel::currentChanged,
                     &window, [&window](const QModelIndex &current) {
                         window.threadPane()->showConversation(
                             current.data(models::ConversationListModel::IdRole).toLongLong(),
                             current.data(models::ConversationListModel::NameRole).toString());
                     });
    // The lead panel follows the open conversation, whichever way it was opened.
    models::LeadModel lead(history.get());
    window.leadPane()->setModel(&lead);
    QObject::connect(&messages, &QAbstractItemModel::modelReset, &lead, [&lead, &messages] {
        if (lead.conversationId() != messages.conversationId())
            lead.setConversation(messages.conversationId());
    });
    QObject::connect(window.leadPane(), &ui::LeadPane::conversationChosen, &window,
                     [&window, &conversations, &lead, &history](qint64 conversationId) {
                         QListView *list = window.conversationPane()->listView();
                         const int row = conversations.rowOf(conversationId);
                         if (row >= 0) {
                             list->setCurrentIndex(conversations.index(row));
                             list->scrollTo(list->currentIndex());
                             return;
                         }
                         // Kept out of the list by its filter: open it all the same.
                         const auto conversation = history ? history->reader().conversation(conversationId)
                                                           : std::nullopt;
                         window.threadPane()->showConversation(conversationId,
                                                               conversation ? conversation->contactName : QString());
                         window.setConversationOpen(true);
                         lead.setConversation(conversationId);
                     });
    app::Session session(*profile, history.get(), *server);
    QObject::connect(&session, &app::Session::statusChanged, &window, &ui::MainWindow::setConnectionStatus);
    QObject::connect(&session, &app::Session::signedInChanged, &window, &ui::MainWindow::setSignedIn);
    app::WindowActions actions(window, session, conversations, messages, history.get());
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyClosing, &actions,
                     [&actions] { actions.setStore(nullptr); });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &actions,
                     &app::WindowActions::setStore);
    app::Notifications notifications(*profile, window, session, actions, history.get(), platform::Notifier::create());
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyClosing, &notifications,
                     [&notifications] { notifications.setStore(nullptr); });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &notifications,
                     &app::Notifications::setStore);
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyClosing, &session,
                     [&session, &conversations, &messages] {
                         session.setStore(nullptr);
                         conversations.setStore(nullptr);
                         messages.setStore(nullptr);
                     });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &conversations,
                     &models::ConversationListModel::setStore);
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyClosing, &lead,
                     [&lead] { lead.setStore(nullptr); });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &lead, &models::LeadModel::setStore);
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &messages,
                     &models::MessageListModel::setStore);
    QObject::connect(window.threadPane(), &ui::ThreadPane::sendRequested, &session,
                     [&session, &window](qint64 conversationId, const QString &text) {
                         if (!session.outbox()) {
                             // Nothing can keep it right now: the text goes back.
                             window.threadPane()->composer()->setPlainText(text);
                             return;
                         }
                         session.outbox()->sendText(conversationId, text, 0, QString());
                     });
    // The thread's media: downloads into the encrypted cache, uploads with the session's token.
    session.setMediaCache(cache.get());
    window.threadPane()->setTemporaryDirectory(profile->cacheDirectory());
    auto wireMedia = [&window, &session] {
        window.threadPane()->setMedia(session.mediaCache(), session.mediaFetcher(), session.mediaTransfers());
    };
    wireMedia(); // signed out, what is already cached still shows
    QObject::connect(&session, &app::Session::servicesChanged, &window, wireMedia);
    QObject::connect(window.threadPane(), &ui::ThreadPane::sendWithAttachments, &session,
                     [&session, &window](qint64 conversationId, const QString &text,
                                         const QVector<protocol::Attachment> &attachments) {
                         if (!session.sendWithAttachments(conversationId, text, attachments))
                             window.threadPane()->composer()->setPlainText(text);
                     });
    QObject::connect(window.threadPane(), &ui::ThreadPane::mediaMessage, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message, 8000); });
    QObject::connect(&session, &app::Session::notQueued, &window,
                     [&window](qint64 conversation, const QString &lost, const QString &reason) {
                         if (window.threadPane()->conversationId() == conversation
                             && window.threadPane()->composer()->toPlainText().isEmpty())
                             window.threadPane()->composer()->setPlainText(lost);
                         QMessageBox::warning(&window, QApplication::translate("Main", "Not sent"),
                                              QApplication::translate("Main", "Your reply could not be saved on this "
                                                                              "computer (%1). Its text is back in the "
                                                                              "reply box.")
                                                  .arg(reason));
                     });
    QObject::connect(&passphraseChange, &app::PassphraseChange::historyReopened, &session, &app::Session::setStore);
    auto askToSignIn = [&window, &session, &settings] {
        auto *dialog = new ui::SignInDialog(session.server(), settings->value(QStringLiteral("session/email")).toString(),
                                            &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ui::SignInDialog::submitted, dialog, [dialog, &session] {
            QString problem;
            const std::optional<QUrl> address = net::parseServerUrl(dialog->serverText(), &problem);
            if (!address)
                return dialog->showError(problem);
            QPointer<ui::SignInDialog> guard(dialog);
            session.signIn(*address, dialog->email(), dialog->password(), [guard](bool ok, const QString &why) {
                if (!guard)
                    return;
                if (ok)
                    guard->accept();
                else
                    guard->showError(why);
            });
        });
        dialog->open();
    };
    QObject::connect(&window, &ui::MainWindow::signInRequested, &window, askToSignIn);
    QObject::connect(&window, &ui::MainWindow::signOutRequested, &window, [&session, &rights, &window] {
        session.signOut();
        QMessageBox ask(QMessageBox::Question, QApplication::translate("Main", "Signed out"),
                        QApplication::translate("Main", "You are signed out. Also forget this device, removing the "
                                                        "history, the cache and the keys kept on this computer?"),
                        QMessageBox::NoButton, &window);
        QPushButton *forgetIt = ask.addButton(QApplication::translate("Main", "Forget this device"),
                                              QMessageBox::DestructiveRole);
        ask.setDefaultButton(ask.addButton(QApplication::translate("Main", "Keep the history"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() == forgetIt)
            rights.askToForget();
    });
    auto allowSending = [&window, &session] {
        window.threadPane()->setSendingEnabled(
            session.outbox() != nullptr,
            QApplication::translate("Main", "Sign in to reply. You can read your history meanwhile."));
    };
    QObject::connect(&session, &app::Session::signedInChanged, &window, allowSending);
    // The workspace's pipeline and the agents' names, once the server told them.
    QObject::connect(&session, &app::Session::directoryChanged, &lead, [&lead, &session] {
        if (!session.leadStages().isEmpty())
            lead.setStages(session.leadStages());
        if (!session.agentNames().isEmpty())
            lead.setAgents(session.agentNames());
    });
    auto allowLeadEdits = [&lead, &session] { lead.setOutbox(session.outbox()); };
    QObject::connect(&session, &app::Session::signedInChanged, &lead, allowLeadEdits);
    QObject::connect(&session, &app::Session::servicesChanged, &lead, allowLeadEdits);
    QObject::connect(&session, &app::Session::statusChanged, &window, allowSending);
    const bool resumed = session.resume();
    allowSending();
    allowLeadEdits();
    window.setSignedIn(resumed);
    window.setConnectionStatus(session.statusText());
    if (!resumed && options.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("RELAYDESK_NO_DIALOGS"))
        QTimer::singleShot(0, &window, askToSignIn);
    bool forget = false;
    QObject::connect(&rights, &app::DataRights::forgetConfirmed, &window, [&forget, &window] {
        forget = true;
        window.close();
    });
    window.show();

    if (!options.screenshotPath.isEmpty()) {
        // Let the first layout and paint settle before taking the picture.
        QTimer::singleShot(500, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshotPath, "PNG");
            if (!saved)
                std::fprintf(stderr, "relaydesk: could not write %s\n",
                             qPrintable(options.screenshotPath));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = QApplication::exec();
    if (forget) {
        // Close the history before its files go.
        window.threadPane()->setMedia(nullptr, nullptr, nullptr);
        cache.reset();
        history.reset();
        if (!platform::forgetDevice(*profile, &error))
            return fail(error);
    }
    return status;
}
