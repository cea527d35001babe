#pragma once

// Small media files made on the spot for `relaydesk-server --demo`, so the
// demo workspace has every kind a thread shows: a photo (PNG), a voice note
// (WAV), a short video (Motion-JPEG in AVI) and a document (PDF). Nothing is
// shipped or downloaded.

#include <QByteArray>

namespace relaydesk::server::demomedia {

QByteArray productPhoto(); // 640×480 PNG
QByteArray voiceNote();    // 2 s, 8 kHz, 16-bit mono WAV
QByteArray shortVideo();   // 2 s, 160×120, 10 frames/s Motion-JPEG AVI
QByteArray invoice();      // a one-page PDF

} // namespace relaydesk::server::demomedia
