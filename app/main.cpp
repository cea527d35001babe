// The composition root: parses the command line, opens the profile and wires
// the core to the widgets.

#include "atspiguard.h"
#include "base/exitwithparent.h"
#include "commandline.h"
#include "desktop.h"
#include "earlywindow.h"
#include "historyopener.h"
#include "session.h"
#include "startuptrace.h"

#include "appearance/appearance.h"
#include "mainwindow.h"
#include "models/connectionstatus.h"
#include "net/serverurl.h"
#include "panes/conversationpane.h"
#include "platform/devicewipe.h"
#include "platform/historysecret.h"
#include "platform/notifier.h"
#include "platform/profile.h"
#include "relaydesk/buildinfo.h"
#include "store/mediacache.h"
#include "store/store.h"
#include "store/writer.h"

#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

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

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("relaydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relaydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));
}

// --help and --version answer without a display (over SSH, in a package's
// checks): they need no window system, only the command line.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

int answerInformation(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    nameApplication();
    QTranslator translator;
    if (translator.load(QStringLiteral("relaydesk_") + ui::Appearance::resolve(QString()), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    app::parseCommandLine(core); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    relaydesk::base::exitWithParentIfAsked();
#ifdef Q_OS_UNIX
    // Every file Relaydesk makes (history, caches, settings) is the agent's alone.
    umask(077);
#endif
    if (onlyAsksForInformation(argc, argv))
        return answerInformation(argc, argv);
    QApplication app(argc, argv);
    app::StartupTrace *trace = app::StartupTrace::installIfAsked(&app);
    app::guardAccessibilityBus(); // before any assistive tool can reach the window
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Relaydesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(RELAYDESK_APP_ID));
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
    const QString serverText = options.server.isEmpty() ? settings->value(kServerKey, kDefaultServer).toString()
                                                        : options.server;
    const std::optional<QUrl> server = net::parseServerUrl(serverText, &error);
    if (!server)
        return fail(error);
    if (!options.server.isEmpty())
        settings->setValue(kServerKey, server->toString());

    if (trace)
        trace->note("profile_ready");
    // A history made here before: the window first, then the key and the
    // schema; the keychain is asked meanwhile, on its own thread.
    std::unique_ptr<ui::MainWindow> early;
    if (app::historyExists(*profile)) {
        platform::HistorySecretSource::readAhead(*profile); // answered while the window is built
        early = std::make_unique<ui::MainWindow>(*profile, *server);
        app::showFirstFrame(*early);
    }
    std::unique_ptr<store::Store> history = app::openHistory(*profile, early.get(), &error);
    if (!history)
        return fail(error);
    auto cache = std::make_unique<store::MediaCache>(profile->cacheDirectory() + QStringLiteral("/media"),
                                                     mediaCacheKey(*history), kMediaCacheBytes);

    if (trace)
        trace->note("history_ready");

    app::Desktop desktop(*profile, history, cache.get(), *server, platform::Notifier::create(), std::move(early));
    ui::MainWindow &window = desktop.window();
    if (trace) {
        trace->note("desktop_built");
        trace->watchList(window.conversationPane()->listView());
    }
    bool forget = false;
    QObject::connect(&desktop, &app::Desktop::forgetConfirmed, &window, [&forget] { forget = true; });
    // scripts/run hands the demo server's sign-in over in the environment,
    // so a newcomer lands in the demo inbox signed in. Taken out of the
    // environment at once; used only when no session is saved.
    const QString autoEmail = qEnvironmentVariable("RELAYDESK_SIGN_IN_EMAIL");
    const QString autoPassword = qEnvironmentVariable("RELAYDESK_SIGN_IN_PASSWORD");
    qunsetenv("RELAYDESK_SIGN_IN_EMAIL");
    qunsetenv("RELAYDESK_SIGN_IN_PASSWORD");
    const bool signInHanded = !autoEmail.isEmpty() && !autoPassword.isEmpty();
    const bool dialogs = options.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("RELAYDESK_NO_DIALOGS");
    const auto signInAsHanded = [&desktop, server = *server, autoEmail, autoPassword, dialogs] {
        desktop.session().signIn(server, autoEmail, autoPassword, [&desktop, dialogs](bool ok, const QString &why) {
            if (ok)
                return;
            std::fprintf(stderr, "relaydesk: the sign-in handed over did not work: %s\n", qPrintable(why));
            if (dialogs)
                desktop.askToSignIn();
        });
    };
    if (signInHanded) {
        // A saved session the server no longer knows (demo data made afresh): signed in again as handed.
        auto *once = new QObject(&desktop);
        QObject::connect(&desktop.session(), &app::Session::statusChanged, once, [&desktop, once, signInAsHanded] {
            if (desktop.session().status()->attention() != models::ConnectionStatus::Attention::AuthFailed)
                return;
            once->deleteLater();
            QObject::disconnect(&desktop.session(), nullptr, once, nullptr);
            signInAsHanded();
        });
    }
    // A first start shows only the sign-in; closing it ends the app.
    QObject::connect(&desktop, &app::Desktop::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    desktop.start(dialogs && !signInHanded, [trace, signInHanded, signInAsHanded](bool resumed) {
        if (trace)
            trace->note("session_resumed");
        if (!resumed && signInHanded)
            signInAsHanded();
    });
    desktop.show();

    if (!options.screenshotPath.isEmpty()) {
        // Let the first layout and paint settle before taking the picture.
        QTimer::singleShot(500, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshotPath, "PNG");
            if (!saved)
                std::fprintf(stderr, "relaydesk: could not write %s\n", qPrintable(options.screenshotPath));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = QApplication::exec();
    // An export still running reads the cache and the history: it ends before they go.
    QThreadPool::globalInstance()->waitForDone();
    if (forget) {
        // Close the history before its files go.
        desktop.releaseMedia();
        cache.reset();
        history.reset();
        if (!platform::forgetDevice(*profile, &error))
            return fail(error);
    }
    return status;
}
