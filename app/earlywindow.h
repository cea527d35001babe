#pragma once

// The window first. On a computer that already holds a history, a start
// shows the main window and lets it paint before anything slow: the
// keychain's answer, the key, the schema's migrations. Until the history is
// open the conversation list says so ("Opening your history…") and claims
// nothing about what is in it; app::Desktop then gives the window its models.
//
// A computer without a history yet (a first start) does not: the sign-in
// comes first there, alone.

class QWidget;

namespace relaydesk {
class Profile;
}

namespace relaydesk::app {

// Whether this profile holds a history made here before.
bool historyExists(const Profile &profile);

// Shows `window` and returns once its first frame is on screen, or after
// `timeoutMs` if the window system shows nothing by then. Input that arrives
// meanwhile waits in the queue for the app's own loop.
void showFirstFrame(QWidget &window, int timeoutMs = 500);

} // namespace relaydesk::app
