#pragma once

class QCoreApplication;

namespace relaydesk::server {

// `relaydesk-server bench-history --data-dir D --workspace NAME --messages N
// --conversations M`: fills the workspace (made if new) with N messages from
// WhatsApp customers over M conversations, straight into the database in
// large transactions, then exits. For relaydesk-bench firstsync: a big
// workspace in seconds, where posting a million webhooks would take many
// minutes. It records no events: the history is what a new desktop reads by
// pages, as it would read years of conversations.
int runBenchHistory(const QCoreApplication &app);

} // namespace relaydesk::server
