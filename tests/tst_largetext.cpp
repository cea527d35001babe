// Large text (issue 18, point 4): the window as an agent with poor sight
// sets it up, at 150 % scale (QT_SCALE_FACTOR=1.5, a 1920×1080 screen that
// shows 1280×720) or with a system font half as big again, lays out with no
// text cut off (the same check as each language gets), every pane on
// screen, the composer usable and Send visible; and so do the sign-in and
// the settings. The same binary runs twice (CMake): RELAYDESK_LARGE_TEXT is
// "scale" or "font". Pictures of each are saved for a person to look at.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"
#include "textfit.h"

#include "currentconversation.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"
#include "widgets/composer.h"

#include <QApplication>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using relaydesk::test::cutOffTexts;
using relaydesk::ui::MainWindow;

namespace {

QString mode()
{
    return qEnvironmentVariable("RELAYDESK_LARGE_TEXT", QStringLiteral("scale"));
}

QRect inWindow(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

class TestLargeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (mode() == QLatin1String("font")) {
            QFont font = QApplication::font();
            font.setPointSizeF(font.pointSizeF() * 1.5);
            QApplication::setFont(font);
        } else {
            QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("1.5"));
        }
        qInfo().noquote() << "large text by" << mode() << "- font" << QApplication::font().pointSizeF() << "pt";
    }

    void theWindowReadsWhole()
    {
        relaydesk::test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        relaydesk::protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Siti Rahayu");
        relaydesk::protocol::Conversation conversation;
        conversation.id = 1;
        conversation.contactId = 1;
        conversation.lastActivity = QDateTime::currentMSecsSinceEpoch();
        conversation.lastPreview = QStringLiteral("Apakah masih ada stok ukuran M?");
        conversation.channel = relaydesk::protocol::Channel::WebChat;
        conversation.unreadCount = 1;
        QString error;
        QVERIFY2(relaydesk::test::applyAndNotify(*fixture.history, {contact, conversation}, &error), qPrintable(error));
        MainWindow &window = fixture.desktop->window();
        // With text this large the agent hides the lead panel to make room,
        // as on a small screen (Ctrl+Shift+L); with it shown the same checks hold at 1366×768.
        const QSize size = mode() == QLatin1String("font") ? QSize(1366, 768) : QSize(1280, 720);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.current()->open(1);
        QTRY_COMPARE(window.threadPane()->conversationId(), qint64(1));
        for (const bool leadShown : {true, false}) {
            if (window.isLeadShown() != leadShown)
                window.leadShownAction()->trigger();
            QTest::qWait(50);
            const QString shown = leadShown ? QStringLiteral("lead") : QStringLiteral("nolead");
            const QImage picture = window.grab().toImage();
            QVERIFY(
                picture.save(relaydesk::test::outputPath(QStringLiteral("largetext-%1-%2.png").arg(mode(), shown))));
            QVERIFY2(relaydesk::test::blankReason(picture).isEmpty(),
                     qPrintable(relaydesk::test::blankReason(picture)));
            const QStringList cut = cutOffTexts(&window);
            QVERIFY2(cut.isEmpty(), qPrintable(shown + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
            const QRect inside = window.rect();
            QList<QWidget *> panes{window.conversationPane(), window.threadPane()};
            if (leadShown)
                panes.append(window.leadPane());
            for (QWidget *pane : panes)
                QVERIFY2(inside.contains(inWindow(pane, &window)), pane->metaObject()->className());
            QVERIFY2(window.threadPane()->composer()->width() >= 300,
                     qPrintable(QString::number(window.threadPane()->composer()->width())));
            QPushButton *send = window.threadPane()->sendButton();
            QVERIFY(send->isVisibleTo(&window));
            QVERIFY(inside.contains(inWindow(send, &window)));
            QVERIFY(inside.contains(inWindow(window.statusBar(), &window)));
        }
    }

    void theDialogsReadWhole()
    {
        relaydesk::test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        relaydesk::ui::SignInDialog signIn(QUrl(QStringLiteral("https://relay.example.com")), QString());
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        QStringList cut = cutOffTexts(&signIn);
        QVERIFY(signIn.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("largetext-%1-signin.png").arg(mode()))));
        relaydesk::ui::SettingsDialog settings(*fixture.profile);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        cut += cutOffTexts(&settings);
        QVERIFY(settings.grab().toImage().save(
            relaydesk::test::outputPath(QStringLiteral("largetext-%1-settings.png").arg(mode()))));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }
};

int main(int argc, char *argv[])
{
    // The scale is read when the application starts.
    if (mode() == QLatin1String("scale"))
        qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    TestLargeText test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_largetext.moc"
