#pragma once

class QCoreApplication;

namespace relaydesk::server {

// `relaydesk-server simulate --url … --app-secret … [--rate N] [--count M]
// [--customers K] [--media-every X] [--graph-port P]`: customers writing in
// through the signed WhatsApp webhook, at a steady rate, some with media,
// for demos and load tests. With --graph-port it also plays the Graph API
// on that port (media lookups and downloads, the server's replies), so the
// workspace's graph_base can point at it (docs/channels.md).
int runSimulator(const QCoreApplication &app);

} // namespace relaydesk::server
