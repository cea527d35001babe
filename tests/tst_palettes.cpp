// Light and dark (issue 17, point 8): the window with a conversation open and
// every dialog, painted in Relaydesk's light and dark palettes, saved for a
// person to look at; and checked where dark mode failed before: text fields
// and unchecked boxes have edges that show, the agent's own bubbles are dark
// in the dark palette, and the lead's stages ahead are outlined.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"

#include "appearance/appearance.h"
#include "appearance/framestyle.h"
#include "currentconversation.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/snoozedialog.h"
#include "dialogs/templatedialog.h"
#include "mainwindow.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"
#include "store/reader.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace relaydesk;

namespace {

// How far apart two colours are in lightness.
int contrast(QRgb a, QRgb b)
{
    return std::abs(QColor(a).lightness() - QColor(b).lightness());
}

// The most any pixel inside `area` of `image` stands out from `background`.
int standsOut(const QImage &image, const QRect &area, QRgb background)
{
    int most = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            most = std::max(most, contrast(image.pixel(x, y), background));
    }
    return most;
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT

    static QString suffix(ui::Theme theme)
    {
        return theme == ui::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
    }

    static void save(QWidget *widget, const QString &name)
    {
        const QImage image = widget->grab().toImage();
        QVERIFY2(test::blankReason(image).isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + test::blankReason(image)));
        QVERIFY(image.save(test::outputPath(name)));
    }

private slots:
    void everyPaneAndDialog_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(ui::Theme::Light);
        QTest::newRow("dark") << int(ui::Theme::Dark);
    }
    void paint_data() { everyPaneAndDialog_data(); }
    void paint()
    {
        QFETCH(int, theme);
        const auto chosen = ui::Theme(theme);
        ui::Appearance::instance().setTheme(chosen);
        const QString tail = suffix(chosen) + QStringLiteral(".png");

        test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Siti Rahayu");
        protocol::Conversation conversation;
        conversation.id = 1;
        conversation.contactId = 1;
        conversation.lastActivity = QDateTime::currentMSecsSinceEpoch();
        conversation.channel = protocol::Channel::WhatsApp;
        conversation.priority = protocol::Priority::High;
        protocol::Message in;
        in.id = 10;
        in.conversationId = 1;
        in.author = protocol::Author::Customer;
        in.kind = protocol::MessageKind::Text;
        in.text = QStringLiteral("Apakah masih ada stok ukuran M?");
        in.createdAt = conversation.lastActivity - 60000;
        protocol::Message out = in;
        out.id = 11;
        out.author = protocol::Author::Agent;
        out.authorName = QStringLiteral("Dana");
        out.text = QStringLiteral("Masih ada, kak. Mau dikirim hari ini?");
        out.createdAt = conversation.lastActivity;
        QString error;
        QVERIFY2(test::applyAndNotify(*fixture.history, {contact, conversation, in, out}, &error), qPrintable(error));

        ui::MainWindow &window = fixture.desktop->window();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.current()->open(1);
        QTRY_COMPARE(window.threadPane()->conversationId(), qint64(1));
        QTest::qWait(50);
        save(&window, QStringLiteral("palette-window-") + tail);
        const QImage shot = window.grab().toImage();
        const QPalette palette = window.palette();
        QCOMPARE(ui::FrameStyle::isDark(palette), chosen == ui::Theme::Dark);

        // The name filter's edge shows against the window around it.
        QLineEdit *filter = window.conversationPane()->findChild<QLineEdit *>();
        QVERIFY(filter);
        const QRect field(filter->mapTo(&window, QPoint(0, 0)), filter->size());
        const QRgb windowColour = palette.color(QPalette::Window).rgb();
        const QRgb baseColour = palette.color(QPalette::Base).rgb();
        const QRect leftEdge(field.left(), field.top() + field.height() / 2 - 2, 2, 4);
        QVERIFY2(standsOut(shot, leftEdge, windowColour) >= 25 && standsOut(shot, leftEdge, baseColour) >= 25,
                 qPrintable(QStringLiteral("the field's edge stands out by %1 / %2")
                                .arg(standsOut(shot, leftEdge, windowColour))
                                .arg(standsOut(shot, leftEdge, baseColour))));

        // The agent's own bubble takes the palette's side: dark in dark.
        QListView *thread = window.threadPane()->listView();
        QAbstractItemModel *messages = thread->model();
        QVERIFY(messages && messages->rowCount() >= 2);
        const QRect ours = thread->visualRect(messages->index(messages->rowCount() - 1, 0));
        const QImage list = thread->viewport()->grab().toImage();
        // The bubble hugs the right edge: a pixel just inside it, halfway down.
        const QRgb bubble = list.pixel(ours.right() - 16, ours.center().y());
        if (chosen == ui::Theme::Dark)
            QVERIFY2(QColor(bubble).lightness() < 110, qPrintable(QColor(bubble).name()));
        else
            QVERIFY2(QColor(bubble).lightness() > 180, qPrintable(QColor(bubble).name()));

        // Dialogs.
        ui::SettingsDialog settings(*fixture.profile, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        save(&settings, QStringLiteral("palette-settings-") + tail);
        // An unchecked box shows its edge.
        QCheckBox *unchecked = nullptr;
        for (QCheckBox *box : settings.findChildren<QCheckBox *>()) {
            if (!box->isChecked() && box->isVisible())
                unchecked = box;
        }
        QVERIFY(unchecked);
        QStyleOptionButton option;
        option.initFrom(unchecked);
        const QRect indicator = unchecked->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, unchecked);
        const QImage box = unchecked->grab().toImage();
        QVERIFY2(standsOut(box, indicator, unchecked->palette().color(QPalette::Window).rgb()) >= 40,
                 qPrintable(
                     QString::number(standsOut(box, indicator, unchecked->palette().color(QPalette::Window).rgb()))));
        settings.close();

        ui::SnoozeDialog snooze(QDateTime(QDate(2026, 12, 7), QTime(10, 0)), &window);
        snooze.show();
        QVERIFY(QTest::qWaitForWindowExposed(&snooze));
        save(&snooze, QStringLiteral("palette-snooze-") + tail);
        snooze.close();

        ui::ShortcutsDialog shortcuts(&window, &window);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        save(&shortcuts, QStringLiteral("palette-shortcuts-") + tail);
        shortcuts.close();

        ui::SignInDialog signIn(QUrl(QStringLiteral("https://relay.example")), QStringLiteral("dana@shop.example"),
                                &window);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        save(&signIn, QStringLiteral("palette-signin-") + tail);
        signIn.close();

        ui::PassphraseDialog passphrase(ui::PassphraseDialog::Mode::Unlock, QString(), &window);
        passphrase.show();
        QVERIFY(QTest::qWaitForWindowExposed(&passphrase));
        save(&passphrase, QStringLiteral("palette-passphrase-") + tail);
        passphrase.close();

        ui::TemplateDialog templates({{QStringLiteral("order_update"), QStringLiteral("id"),
                                       QStringLiteral("Halo {{1}}, pesanan {{2}} sudah dikirim."), 2}},
                                     &window);
        templates.show();
        QVERIFY(QTest::qWaitForWindowExposed(&templates));
        save(&templates, QStringLiteral("palette-template-") + tail);
        templates.close();

        // Ctrl+K.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::qWait(100);
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->inherits("relaydesk::ui::SearchDialog"))
                save(top, QStringLiteral("palette-search-") + tail);
        }
        ui::Appearance::instance().setTheme(ui::Theme::System);
    }
};

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"
