#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace relaydesk::app {

// What the command line asked for.
struct Options
{
    QString profileDirectory; // empty: the default profile
    QString server;           // empty: the profile's saved server, or the local default
    QString screenshotPath;   // non-empty: save a picture of the window and quit
};

// Parses the command line. Handles --help and --version itself (it prints and
// exits, as users expect); on an error prints it to stderr and exits with 2.
Options parseCommandLine(const QCoreApplication &app);

} // namespace relaydesk::app
