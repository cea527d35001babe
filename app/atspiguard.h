#pragma once

// Keeps Relaydesk alive when an assistive tool asks an accessible object for
// all its properties at once (org.freedesktop.DBus.Properties.GetAll over
// AT-SPI, as screen readers and test tools do). Qt 6.4's AT-SPI bridge
// (AtSpiAdaptor::handleMessage in qtbase's atspiadaptor.cpp) reads every
// Properties call as Get or Set and takes its second argument, which GetAll
// does not have: the read past the end crashes the app (QTBUG-107897; newer
// Qt checks the count first).
//
// The guard stands in front of Qt's bridge object on the accessibility bus
// connection Qt makes ("a11y", path /org/a11y/atspi/accessible and below).
// Every message goes on to Qt's object except Properties calls with fewer
// than two arguments: GetAll on the Accessible and Application interfaces is
// answered from Qt's own Get for each property; anything else of that shape
// is left to QtDBus, which answers as a fixed Qt does (an empty map for "",
// an unknown-interface error otherwise). Where Qt names the connection or
// the path differently, the guard does nothing and Qt's behaviour stays.
// docs/accessibility.md says more.

namespace relaydesk::app {

// Once, after the QApplication exists; on systems without AT-SPI it does nothing.
void guardAccessibilityBus();

} // namespace relaydesk::app
