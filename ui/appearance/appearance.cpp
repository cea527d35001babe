#include "appearance/appearance.h"

#include "appearance/framestyle.h"

#include "log.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPalette>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace relaydesk::ui {

namespace {
const auto kLanguageKey = QStringLiteral("appearance/language");
const auto kThemeKey = QStringLiteral("appearance/theme");
const auto kCatalogues = QStringLiteral(":/i18n");

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x78));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0b, 0x5c, 0xc4));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9e, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9e, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9e, 0xa6));
    return p;
}

// Relaydesk's catalogue. In a language not written in Latin letters an
// Alt+letter mnemonic is a stray Latin capital in brackets after each
// word ("खोलें (&O)"): such translations lose it, and their menus and
// buttons go by the mouse, the arrows and the shortcuts instead.
class Catalogue : public QTranslator
{
public:
    Catalogue(bool withoutMnemonics, QObject *parent)
        : QTranslator(parent)
        , m_withoutMnemonics(withoutMnemonics)
    {
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!m_withoutMnemonics || !text.contains(QLatin1Char('&')))
            return text;
        static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&)]\\)"));
        text.remove(bracketed);
        // A lone "&" marks a mnemonic; "&&" is an ampersand.
        QString plain;
        plain.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
                if (text.at(i + 1) == QLatin1Char('&'))
                    plain += QStringLiteral("&&");
                ++i;
                if (text.at(i) != QLatin1Char('&'))
                    plain += text.at(i);
                continue;
            }
            plain += text.at(i);
        }
        return plain;
    }

private:
    bool m_withoutMnemonics;
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2c, 0x2f, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x2f, 0x33));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x74, 0x78, 0x7e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x74, 0x78, 0x7e));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x74, 0x78, 0x7e));
    return p;
}
} // namespace

AppearanceSettings AppearanceSettings::load(const QSettings &settings)
{
    AppearanceSettings s;
    const QString language = settings.value(kLanguageKey).toString();
    s.language = Appearance::languages().contains(language) ? language : QString();
    const QString theme = settings.value(kThemeKey).toString();
    s.theme = theme == QLatin1String("light")  ? Theme::Light
              : theme == QLatin1String("dark") ? Theme::Dark
                                               : Theme::System;
    return s;
}

void AppearanceSettings::save(QSettings &settings) const
{
    settings.setValue(kLanguageKey, language);
    settings.setValue(kThemeKey, themeName(theme));
    settings.sync();
}

Appearance::Appearance(QObject *parent)
    : QObject(parent)
{
    if (QApplication::style())
        m_systemStyle = QApplication::style()->name();
    m_systemPalette = QApplication::palette();
}

Appearance &Appearance::instance()
{
    static QPointer<Appearance> self;
    if (!self)
        self = new Appearance(qApp);
    return *self;
}

QStringList Appearance::languages()
{
    return {QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("hi"), QStringLiteral("es"),
            QStringLiteral("pt_BR")};
}

QString Appearance::nativeName(const QString &code)
{
    // Each language in its own words, so an agent finds theirs whatever is shown now.
    if (code == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    if (code == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    return QStringLiteral("English");
}

QString Appearance::resolve(const QString &choice, const QLocale &system)
{
    if (languages().contains(choice))
        return choice;
    for (const QString &name : system.uiLanguages()) {
        const QLocale wanted(name);
        // Brazilian Portuguese also serves other Portuguese; the rest go by language.
        for (const QString &code : languages()) {
            if (QLocale(code).language() == wanted.language())
                return code;
        }
    }
    return QStringLiteral("en");
}

bool Appearance::setLanguage(const QString &choice)
{
    const QString code = resolve(choice);
    if (code == m_language)
        return true;
    const QLocale locale(code);
    auto app = std::make_unique<Catalogue>(locale.script() != QLocale::LatinScript, this);
    if (!app->load(QStringLiteral("relaydesk_") + code, kCatalogues)) {
        qCWarning(lcUi) << "no catalogue for" << code;
        return false;
    }
    // Qt's own strings (the buttons of standard dialogs), when the system has them.
    auto qt = std::make_unique<QTranslator>(this);
    if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
    delete m_app;
    delete m_qt;
    m_app = app.release();
    m_qt = qt.release();

    QLocale::setDefault(locale);
    m_language = code;
    // Installing sends QEvent::LanguageChange to every widget.
    QCoreApplication::installTranslator(m_app);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    emit languageChanged(code);
    return true;
}

void Appearance::setTheme(Theme theme)
{
    if (theme == m_theme && m_themeTouched)
        return;
    m_theme = theme;
    if (theme == Theme::System) {
        // Fusion's standard icons are made when first drawn (DeferredIconStyle:
        // a start then reads no image file for them). Other system styles
        // are left as they are: Qt's widgets recognise some by their class.
        const bool defer = m_systemStyle.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
        if (!m_themeTouched) {
            // Nothing was forced: the system's style and palette are in place.
            if (defer && !qobject_cast<DeferredIconStyle *>(QApplication::style())) {
                if (QStyle *style = QStyleFactory::create(m_systemStyle))
                    QApplication::setStyle(new DeferredIconStyle(style));
            }
            return;
        }
        if (QStyle *style = QStyleFactory::create(m_systemStyle))
            QApplication::setStyle(defer ? new DeferredIconStyle(style) : style);
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws every control from the palette, so both themes look
        // whole; FrameStyle gives its fields and boxes edges in the dark one.
        QApplication::setStyle(new FrameStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    m_themeTouched = true;
    emit themeChanged();
}

QPalette Appearance::palette(Theme theme)
{
    return theme == Theme::Dark ? darkPalette() : lightPalette();
}

void Appearance::apply(const AppearanceSettings &settings)
{
    setLanguage(settings.language);
    setTheme(settings.theme);
}

} // namespace relaydesk::ui
