// The five languages: every catalogue complete and current with the sources,
// a switch that needs no restart, plural forms and locale formats that follow
// the language, and the main screens rendered in each language (and mirrored)
// with no text cut off in the controls that do not grow.

#include "imagecheck.h"
#include "textfit.h"

#include "appearance/appearance.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"
#include "platform/profile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using relaydesk::Profile;
using relaydesk::test::cutOffTexts;
using relaydesk::ui::Appearance;
using relaydesk::ui::MainWindow;

namespace {

const QString kSources = QStringLiteral(RELAYDESK_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

QList<Message> catalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current =
                Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Appearance::instance().setLanguage(QStringLiteral("en"));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void catalogueIsCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Appearance::languages())
            QTest::newRow(qPrintable(code)) << code;
    }

    // Nothing unfinished, obsolete or vanished; every message of the sources
    // (as lupdate reads them now) is in the file, with its placeholders.
    void catalogueIsCompleteAndCurrent()
    {
        QFETCH(QString, language);
        const QString path = kSources + QStringLiteral("/translations/relaydesk_%1.ts").arg(language);
        QString error;
        const QList<Message> messages = catalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());

        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: “%2” is %3").arg(m.context, m.source, m.type);
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    problems << QStringLiteral("%1: “%2” has an empty form").arg(m.context, m.source);
                else if (placeholders(form) != placeholders(m.source)
                         && !(m.numerus
                              && placeholders(form) + QSet<QString>{QStringLiteral("%n")} == placeholders(m.source)))
                    problems
                        << QStringLiteral("%1: “%2” → “%3” changes the placeholders").arg(m.context, m.source, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // What lupdate finds in the sources today.
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QProcess lupdate;
        QStringList arguments{kSources + QStringLiteral("/app"), kSources + QStringLiteral("/ui"),
                              kSources + QStringLiteral("/src"), QStringLiteral("-extensions"),
                              QStringLiteral("cpp,h,mm"),
                              // The headers tell lupdate each class's namespace, as at run time.
                              QStringLiteral("-I"), kSources + QStringLiteral("/app"), QStringLiteral("-I"),
                              kSources + QStringLiteral("/ui"), QStringLiteral("-I"), kSources + QStringLiteral("/src"),
                              QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-silent"), QStringLiteral("-ts"), fresh};
        if (language == QLatin1String("en"))
            arguments.insert(arguments.size() - 2, QStringLiteral("-pluralonly"));
        lupdate.start(QStringLiteral(RELAYDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QSet<QString> wanted;
        for (const Message &m : catalogue(fresh, &error)) {
            if (language != QLatin1String("en") || m.numerus)
                wanted.insert(key(m));
        }
        QSet<QString> have;
        for (const Message &m : messages)
            have.insert(key(m));
        QStringList missing;
        for (const QString &k : wanted - have)
            missing << QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        QStringList stale;
        for (const QString &k : have - wanted)
            stale << QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the catalogue (run update_translations):\n")
                                               + missing.join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("no longer in the sources:\n") + stale.join(QLatin1Char('\n'))));
    }

    // The window changes language as soon as it is chosen.
    void switchesWithoutRestart()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("en")));
        MainWindow window(*profile, QUrl(QStringLiteral("http://127.0.0.1:8480")));
        window.setConnectionBanner(MainWindow::Banner::Offline, QStringLiteral("Offline"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(window.conversationPane()->statusTabs()->tabText(1), QStringLiteral("Pending"));

        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("es")));
        QCOMPARE(Appearance::instance().language(), QStringLiteral("es"));
        // Qt posts QEvent::LanguageChange to each window.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(),
                     QCoreApplication::translate("relaydesk::ui::MainWindow", "&File"));
        QVERIFY(window.menuBar()->actions().first()->text() != QLatin1String("&File"));
        QCOMPARE(window.conversationPane()->statusTabs()->tabText(1),
                 QCoreApplication::translate("relaydesk::ui::ConversationPane", "Pending"));
        QVERIFY(window.conversationPane()->statusTabs()->tabText(1) != QLatin1String("Pending"));
        QCOMPARE(QLocale().name(), QStringLiteral("es_ES"));

        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    // Choosing in Settings applies at once and is kept for the next start.
    void settingsChooseLanguageAndColours()
    {
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        relaydesk::ui::SettingsDialog dialog(*profile);
        QComboBox *languages = dialog.languageBox();
        QCOMPARE(languages->count(), int(Appearance::languages().size()) + 1);
        languages->setCurrentIndex(languages->findData(QStringLiteral("pt_BR")));
        QCOMPARE(Appearance::instance().language(), QStringLiteral("pt_BR"));
        QTRY_VERIFY(dialog.windowTitle() != QLatin1String("Settings")); // the open dialog follows too
        QCOMPARE(relaydesk::ui::AppearanceSettings::load(*profile->settings()).language, QStringLiteral("pt_BR"));

        QComboBox *themes = dialog.themeBox();
        themes->setCurrentIndex(themes->findData(int(relaydesk::ui::Theme::Dark)));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(relaydesk::ui::AppearanceSettings::load(*profile->settings()).theme, relaydesk::ui::Theme::Dark);
        themes->setCurrentIndex(themes->findData(int(relaydesk::ui::Theme::Light)));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        themes->setCurrentIndex(themes->findData(int(relaydesk::ui::Theme::System)));
        languages->setCurrentIndex(0); // as the system
        QVERIFY(relaydesk::ui::AppearanceSettings::load(*profile->settings()).language.isEmpty());
    }

    void systemLanguageIsFollowed()
    {
        QCOMPARE(Appearance::resolve(QString(), QLocale(QStringLiteral("hi_IN"))), QStringLiteral("hi"));
        QCOMPARE(Appearance::resolve(QString(), QLocale(QStringLiteral("pt_PT"))), QStringLiteral("pt_BR"));
        QCOMPARE(Appearance::resolve(QString(), QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
        QCOMPARE(Appearance::resolve(QString(), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        QCOMPARE(Appearance::resolve(QStringLiteral("id"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("id"));
        QCOMPARE(Appearance::resolve(QStringLiteral("klingon"), QLocale(QStringLiteral("id_ID"))),
                 QStringLiteral("id"));
    }

    void pluralsAndNumbersFollowTheLanguage()
    {
        const char *context = "relaydesk::ui::SearchDialog";
        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(context, "%n message(s)", nullptr, 1), QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate(context, "%n message(s)", nullptr, 3), QStringLiteral("3 messages"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));

        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("pt_BR")));
        const QString one = QCoreApplication::translate(context, "%n message(s)", nullptr, 1);
        const QString three = QCoreApplication::translate(context, "%n message(s)", nullptr, 3);
        QVERIFY2(one.startsWith(QLatin1String("1 ")) && three.startsWith(QLatin1String("3 ")), qPrintable(one + three));
        QVERIFY2(one.mid(2) != three.mid(2), qPrintable(one + QLatin1String(" / ") + three));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("hi")));
        QVERIFY(QCoreApplication::translate(context, "%n message(s)", nullptr, 3).contains(QLatin1String("3")));
        QVERIFY(QLocale().toString(QDate(2026, 3, 5), QLocale::LongFormat).contains(QStringLiteral("मार्च")));

        QVERIFY(Appearance::instance().setLanguage(QStringLiteral("id")));
        QCOMPARE(QCoreApplication::translate(context, "%n message(s)", nullptr, 1).left(2), QStringLiteral("1 "));
    }

    void rendersEachLanguageWithoutCutText_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Appearance::languages())
            QTest::newRow(qPrintable(code)) << code;
    }

    // The window at its usual size and the fixed-size dialogs: saved for a
    // person to look at, and checked for text wider than its control.
    void rendersEachLanguageWithoutCutText()
    {
        QFETCH(QString, language);
        QVERIFY(Appearance::instance().setLanguage(language));
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("https://relay.example.com")));
        window.resize(1200, 760);
        window.setConnectionBanner(MainWindow::Banner::Offline,
                                   QCoreApplication::translate("relaydesk::models::ConnectionStatus",
                                                               "Offline: no network. Your history is here; what you "
                                                               "write is sent when the network is back."));
        window.setConnectionStatus(
            QCoreApplication::translate("relaydesk::models::ConnectionStatus", "Not connected · %1")
                .arg(QStringLiteral("relay.example.com")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);

        QStringList cut = cutOffTexts(&window);
        const QImage picture = window.grab().toImage();
        const QString path = relaydesk::test::outputPath(QStringLiteral("language_%1_window.png").arg(language));
        QVERIFY(picture.save(path));
        QVERIFY2(relaydesk::test::blankReason(picture).isEmpty(), qPrintable(path));

        // The narrowest the agent can make the list and the lead panel.
        window.splitter()->setSizes(
            {window.conversationPane()->minimumWidth(), 10000, window.leadPane()->minimumWidth()});
        QTest::qWait(20);
        for (const QString &problem : cutOffTexts(&window))
            cut << QStringLiteral("at the narrowest: ") + problem;
        window.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("language_%1_narrow.png").arg(language)));

        relaydesk::ui::SettingsDialog settings(*profile, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        cut += cutOffTexts(&settings);
        QVERIFY(settings.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("language_%1_settings.png").arg(language))));

        relaydesk::ui::SignInDialog signIn(QUrl(QStringLiteral("https://relay.example.com")), QString(), &window);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        cut += cutOffTexts(&signIn);
        QVERIFY(signIn.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("language_%1_signin.png").arg(language))));

        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // `-reverse` (or a right-to-left language) mirrors the panes; nothing overlaps.
    void layoutSurvivesRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QTemporaryDir root;
        const auto profile = Profile::open(root.path(), nullptr);
        QVERIFY(profile);
        MainWindow window(*profile, QUrl(QStringLiteral("https://relay.example.com")));
        window.resize(1200, 760);
        window.setConnectionBanner(MainWindow::Banner::SignedOut, QStringLiteral("Not signed in."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int list = window.conversationPane()->mapTo(&window, QPoint()).x();
        const int thread = window.threadPane()->mapTo(&window, QPoint()).x();
        const int lead = window.leadPane()->mapTo(&window, QPoint()).x();
        QVERIFY2(list > thread && thread > lead, "the conversation list belongs on the right");
        const QStringList cut = cutOffTexts(&window);
        const QImage picture = window.grab().toImage();
        QVERIFY(picture.save(relaydesk::test::outputPath(QStringLiteral("language_rtl_window.png"))));
        QVERIFY(relaydesk::test::blankReason(picture).isEmpty());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
