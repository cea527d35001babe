#include "models/currencies.h"

#include <QHash>

#include <algorithm>

namespace relaydesk::models::Currencies {

namespace {

struct Known
{
    QStringList codes;
    // Per code: the locale that writes it as its own (its language's main
    // country where one uses it), and every locale that uses it.
    QHash<QString, QLocale> home;
    QHash<QString, QList<QLocale>> users;
};

bool isPrimary(const QLocale &locale)
{
    return QLocale(locale.language()).territory() == locale.territory();
}

const Known &known()
{
    static const Known table = [] {
        Known made;
        const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                            QLocale::AnyTerritory);
        for (const QLocale &locale : all) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() != 3)
                continue;
            made.users[code].append(locale);
            if (!made.home.contains(code) || (isPrimary(locale) && !isPrimary(made.home.value(code))))
                made.home.insert(code, locale);
        }
        made.codes = made.home.keys();
        std::sort(made.codes.begin(), made.codes.end());
        return made;
    }();
    return table;
}

// A locale that uses `code` and speaks the agent's language, the agent's own first.
QLocale localeFor(const QString &code, const QLocale &agent, bool *sameLanguage)
{
    const Known &table = known();
    *sameLanguage = true;
    if (agent.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return agent;
    for (const QLocale &user : table.users.value(code)) {
        if (user.language() == agent.language())
            return user;
    }
    *sameLanguage = false;
    return table.home.value(code, QLocale::c());
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

} // namespace

const QStringList &codes()
{
    return known().codes;
}

bool isKnown(const QString &code)
{
    return known().home.contains(code);
}

QString symbol(const QString &code, const QLocale &locale)
{
    if (!isKnown(code))
        return code;
    bool same = false;
    const QString written = localeFor(code, locale, &same).currencySymbol(QLocale::CurrencySymbol);
    return written.isEmpty() ? code : written;
}

QString name(const QString &code, const QLocale &locale)
{
    if (!isKnown(code))
        return {};
    bool same = false;
    const QString named = localeFor(code, locale, &same).currencySymbol(QLocale::CurrencyDisplayName);
    if (same || locale.language() != QLocale::C)
        return named;
    // No language of the agent's (the C locale): English where CLDR has it.
    for (const QLocale &user : known().users.value(code)) {
        if (user.language() == QLocale::English)
            return user.currencySymbol(QLocale::CurrencyDisplayName);
    }
    return named;
}

int decimals(const QString &code)
{
    // ISO 4217's currencies without minor units, and the rupiah, whose
    // cents nobody writes any more.
    static const QStringList whole = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                      QStringLiteral("GNF"), QStringLiteral("IDR"), QStringLiteral("ISK"),
                                      QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
                                      QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"),
                                      QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"),
                                      QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    return whole.contains(code) ? 0 : 2;
}

QString format(qint64 hundredths, const QString &code, const QLocale &locale)
{
    if (code.isEmpty())
        return {};
    const QString sign = symbol(code, locale);
    QString text = locale.toCurrencyString(double(hundredths) / 100.0, sign, decimals(code));
    // Letters never touch the digits: "IDR 1,500" and "1.500 Rp", not "IDR1,500".
    const qsizetype at = text.indexOf(sign);
    if (at < 0 || sign.isEmpty())
        return text;
    const qsizetype after = at + sign.size();
    if (after < text.size() && isLetter(sign.back()) && text.at(after).isDigit())
        text.insert(after, QChar(0x00A0));
    else if (at > 0 && isLetter(sign.front()) && text.at(at - 1).isDigit())
        text.insert(at, QChar(0x00A0));
    return text;
}

QString localDefault(const QLocale &locale)
{
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return isKnown(code) ? code : QStringLiteral("USD");
}

} // namespace relaydesk::models::Currencies
