#pragma once

// The rules for a contact's name, e-mail and phone as people type them (a web
// chat visitor, an agent's contact.update), in one place for the server that
// enforces them and the desktop that checks before sending. Each side words
// the problem for its own reader.

#include <QString>

namespace relaydesk::protocol {

inline constexpr qsizetype kMaxContactNameChars = 100;  // code points
inline constexpr qsizetype kMaxContactEmailChars = 254; // code points: RFC 5321's longest path
inline constexpr qsizetype kMaxContactPhoneChars = 32;

enum class ContactProblem {
    None,
    Missing,            // a name cannot be empty
    Unreadable,         // the protocol's text rule (textProblem) refuses it
    ControlOrLineBreak, // a control character or a line break
    TurnsDirection,     // a character that turns the text's direction (U+202A–E, U+2066–9)
    TooLong,            // past the field's maximum
    NotAnAddress,       // not local@domain.tld
    NotPhoneCharacter,  // anything but digits, spaces and + - ( )
    NoPhoneDigits,      // no digit at all
};

// For a value already trimmed. An empty e-mail or phone is none (no problem).
ContactProblem contactNameProblem(const QString &name);
ContactProblem contactEmailProblem(const QString &email);
ContactProblem contactPhoneProblem(const QString &phone);

// The characters the rules single out (a name from a channel is made to fit by them).
bool turnsTextDirection(char16_t c);
bool isControlOrLineBreak(QChar c);

} // namespace relaydesk::protocol
