// relaydesk-server: the reference backend Relaydesk clients talk to.

#include "admincommands.h"
#include "base/exitwithparent.h"
#include "benchhistory.h"
#include "demodata.h"
#include "log.h"
#include "relayserver.h"
#include "serverconfig.h"
#include "simulator.h"

#include "relaydesk/buildinfo.h"

#include <QCoreApplication>

#include <cstdio>

using namespace relaydesk::server;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "relaydesk-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    relaydesk::base::exitWithParentIfAsked();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relaydesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relaydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));

    // `relaydesk-server simulate …` plays customers writing through WhatsApp.
    if (argc > 1 && qstrcmp(argv[1], "simulate") == 0)
        return runSimulator(app);
    // `relaydesk-server bench-history …` fills a workspace for relaydesk-bench.
    if (argc > 1 && qstrcmp(argv[1], "bench-history") == 0)
        return runBenchHistory(app);

    QString error;
    const std::optional<Invocation> invocation = parseInvocation(app, &error);
    if (!invocation)
        return fail(error);
    if (invocation->channelSettingsFile)
        return setChannelSettings(invocation->config, invocation->workspace, *invocation->channelSettingsFile);
    if (invocation->showChannelSettings)
        return showChannelSettings(invocation->config, invocation->workspace);
    if (invocation->cannedResponsesFile)
        return setCannedResponses(invocation->config, invocation->workspace, *invocation->cannedResponsesFile);
    if (invocation->showCannedResponses)
        return showCannedResponses(invocation->config, invocation->workspace);
    if (invocation->leadStages)
        return setLeadStages(invocation->config, invocation->workspace, *invocation->leadStages);
    if (invocation->leadCurrency)
        return setLeadCurrency(invocation->config, invocation->workspace, *invocation->leadCurrency);
    if (invocation->webchatOrigins)
        return setWebchatOrigins(invocation->config, invocation->workspace, *invocation->webchatOrigins);
    if (!invocation->agentAction.isEmpty())
        return agentAction(invocation->config, invocation->agentAction, invocation->agentEmail);
    if (!invocation->addAgentEmail.isEmpty())
        return addAgent(invocation->config, invocation->addAgentEmail, invocation->workspace, invocation->agentName,
                        invocation->role);
    std::optional<qint64> demoWorkspace;
    if (invocation->demo) {
        demoWorkspace = seedDemo(invocation->config, &error);
        if (!demoWorkspace)
            return fail(QStringLiteral("could not create the demo data: %1").arg(error));
    }

    RelayServer server(invocation->config);
    if (demoWorkspace)
        server.setDemoWorkspace(*demoWorkspace);
    if (!server.start(&error))
        return fail(error);
    // Scripts and tests read the chosen port from this line.
    std::printf("relaydesk-server listening on port %u%s\n", unsigned(server.port()),
                invocation->config.usesTls() ? " (TLS)" : "");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
