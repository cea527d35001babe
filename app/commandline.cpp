#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace relaydesk::app {

Options parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Relaydesk: answer customers on WhatsApp, Messenger and web chat from one window."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Keep settings, history, cache and keychain entries in "
                                                   "<folder>, apart from every other profile."),
        QCoreApplication::translate("CommandLine", "folder"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("CommandLine",
                                                                "Connect to the Relaydesk server at <url> "
                                                                "(https://, or http:// on this computer)."),
                                    QCoreApplication::translate("CommandLine", "url"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Save a picture of the main window to <file> once it is "
                                                   "shown, then quit."),
        QCoreApplication::translate("CommandLine", "file"));
    parser.addOptions({profile, server, screenshot});

    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        const QString message = QCoreApplication::translate("CommandLine",
                                                            "Unexpected argument \"%1\". See relaydesk --help.")
                                    .arg(parser.positionalArguments().constFirst());
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(2);
    }

    Options options;
    options.profileDirectory = parser.value(profile);
    options.server = parser.value(server);
    options.screenshotPath = parser.value(screenshot);
    return options;
}

} // namespace relaydesk::app
