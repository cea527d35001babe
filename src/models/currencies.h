#pragma once

// The currencies a lead's deal can be in: every currency that a locale of
// Qt's CLDR data uses, with the symbol and name the agent reads, and amounts
// written the agent's way. A deal's value is kept in hundredths whatever the
// currency (`value_minor`); a currency without minor units shows none.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace relaydesk::models {

namespace Currencies {

// ISO 4217 codes, sorted.
const QStringList &codes();
bool isKnown(const QString &code);

// "€", "Rp", "₹": as the agent's locale writes it when it uses the currency,
// else as its own country does; the code itself when nothing is known.
QString symbol(const QString &code, const QLocale &locale = QLocale());

// "Euro", "Indian Rupee": in the agent's language when CLDR has it there,
// else in the currency's own country's language; empty when unknown.
QString name(const QString &code, const QLocale &locale = QLocale());

// The digits after the decimal point that amounts in `code` show (0 or 2).
int decimals(const QString &code);

// An amount in hundredths, e.g. "Rp 1.500.000" (Indonesian), "$149.90",
// "IDR 1,500,000" when the symbol is letters: a space keeps them apart.
QString format(qint64 hundredths, const QString &code, const QLocale &locale = QLocale());

// The currency of the agent's locale, else USD.
QString localDefault(const QLocale &locale = QLocale());

} // namespace Currencies

} // namespace relaydesk::models
