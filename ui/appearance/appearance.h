#pragma once

// The agent's language and colours. The language follows the system unless
// the agent chose one in Settings; switching installs the new catalogues at
// once, and every window retranslates itself on QEvent::LanguageChange, so
// nothing needs a restart. Dates and numbers follow the same locale through
// QLocale's default. The theme follows the system's palette, or forces a
// light or a dark one.

#include <QLocale>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringList>

class QSettings;
class QTranslator;

namespace relaydesk::ui {

enum class Theme { System, Light, Dark };

struct AppearanceSettings
{
    QString language; // empty: follow the system; otherwise "id", "pt_BR", …
    Theme theme = Theme::System;

    static AppearanceSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

class Appearance : public QObject
{
    Q_OBJECT

public:
    // One per application; created on first use, owned by qApp.
    static Appearance &instance();

    // The languages Relaydesk speaks, as codes ("en", "id", "hi", "es", "pt_BR").
    static QStringList languages();
    // A language's own name for itself ("Bahasa Indonesia", "हिन्दी").
    static QString nativeName(const QString &code);
    // The language used for `choice` (empty: the system's if we speak it, else English).
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    // Installs the catalogues for `choice` and makes its locale the default.
    // Returns false (and keeps the current language) when a catalogue
    // cannot be loaded.
    bool setLanguage(const QString &choice);
    QString language() const { return m_language; }

    void setTheme(Theme theme);
    // Relaydesk's own light and dark palettes (what Light and Dark apply).
    static QPalette palette(Theme theme);
    Theme theme() const { return m_theme; }

    void apply(const AppearanceSettings &settings);

signals:
    void languageChanged(const QString &code);
    void themeChanged();

private:
    explicit Appearance(QObject *parent);

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
    bool m_themeTouched = false;
};

} // namespace relaydesk::ui
