#pragma once

// Test runs start relaydesk-server, relaydesk and relaydesk-bench as child
// processes. If a test crashes, its children must not run on (a crashed suite
// once left four servers behind). With RELAYDESK_EXIT_WITH_PARENT set in the
// environment (the test registration sets it for every suite), a process
// asks the kernel to end it when the process that started it ends.

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <csignal>
#include <cstdlib>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace relaydesk::base {

inline void exitWithParentIfAsked()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("RELAYDESK_EXIT_WITH_PARENT"))
        return;
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() == 1)
        std::_Exit(1); // the parent is already gone
#endif
}

} // namespace relaydesk::base
