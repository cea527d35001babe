// No English left in another language (issue 17, point 9): the window as
// main() builds it (app::Desktop), with a conversation open, in Hindi, is
// read widget by widget — labels, buttons, tabs, fields' placeholders, the
// menus and every submenu — and any Latin word that is not a name, a key or
// a product's is English left behind. Hindi also shows no Latin mnemonics.

#include "desktopfixture.h"
#include "imagecheck.h"
#include "livestore.h"

#include "appearance/appearance.h"
#include "currentconversation.h"
#include "mainwindow.h"
#include "panes/threadpane.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>

using namespace relaydesk;

namespace {

// Between where a text was found and the text.
const QString kSeparator = QStringLiteral(" ⟫ ");

// Words that stay as they are in every language.
const QStringList kKept = {
    QStringLiteral("Relaydesk"), QStringLiteral("WhatsApp"), QStringLiteral("Messenger"), QStringLiteral("Ctrl"),
    QStringLiteral("Shift"),     QStringLiteral("Alt"),      QStringLiteral("Enter"),     QStringLiteral("Esc"),
    QStringLiteral("Tab"),       QStringLiteral("AI"),       QStringLiteral("End"),       QStringLiteral("Home"),
    QStringLiteral("PgUp"),      QStringLiteral("PgDown"),   QStringLiteral("Del"),       QStringLiteral("Backspace"),
    QStringLiteral("Up"),        QStringLiteral("Down"),     QStringLiteral("Left"),      QStringLiteral("Right"),
    QStringLiteral("Space"),     QStringLiteral("Menu"),     QStringLiteral("AM"),        QStringLiteral("PM"),
    QStringLiteral("am"),        QStringLiteral("pm"),       QStringLiteral("Ins"),       QStringLiteral("Return"),
};

// The Latin words of `text` that are none of `kept`: addresses, codes and
// numbers are not words.
QStringList latinWords(const QString &text, const QStringList &kept)
{
    QStringList found;
    static const QRegularExpression token(QStringLiteral("[^\\s·,;()\\[\\]“”\"'!?…—–]+"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z]{2,}$"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        QString word = it.next().captured(0);
        while (word.endsWith(QLatin1Char(':')))
            word.chop(1);
        if (word.contains(QLatin1Char('@')) || word.contains(QLatin1Char('.')) || word.contains(QLatin1Char('/'))
            || word.contains(QLatin1Char('+')))
            continue; // an address, a file, a key chord
        if (!latin.match(word).hasMatch())
            continue;
        if (word.size() == 3 && word == word.toUpper())
            continue; // a currency's code
        if (kept.contains(word) || kKept.contains(word))
            continue;
        found.append(word);
    }
    return found;
}

void menuTexts(const QMenu *menu, const QString &where, QStringList *texts)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts->append(where + kSeparator + action->text());
        if (action->menu())
            menuTexts(action->menu(), where + QStringLiteral(" › ") + action->text(), texts);
    }
}

} // namespace

class TestLanguageWhole : public QObject
{
    Q_OBJECT

private slots:
    void noEnglishInHindi()
    {
        QVERIFY(ui::Appearance::instance().setLanguage(QStringLiteral("hi")));
        test::DesktopFixture fixture;
        QVERIFY(fixture.open(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        protocol::Contact contact;
        contact.id = 1;
        contact.name = QStringLiteral("Siti Rahayu");
        protocol::Conversation conversation;
        conversation.id = 1;
        conversation.contactId = 1;
        conversation.lastActivity = QDateTime::currentMSecsSinceEpoch();
        conversation.lastPreview = QStringLiteral("Apakah masih ada stok?");
        conversation.channel = protocol::Channel::WebChat;
        conversation.priority = protocol::Priority::High;
        conversation.status = protocol::ConversationStatus::Pending;
        QString error;
        QVERIFY2(test::applyAndNotify(*fixture.history, {contact, conversation}, &error), qPrintable(error));
        const QStringList data = {QStringLiteral("Siti"),  QStringLiteral("Rahayu"), QStringLiteral("Apakah"),
                                  QStringLiteral("masih"), QStringLiteral("ada"),    QStringLiteral("stok")};

        ui::MainWindow &window = fixture.desktop->window();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.current()->open(1);
        QTRY_COMPARE(window.threadPane()->conversationId(), qint64(1));
        QTest::qWait(100);
        QVERIFY(window.grab().toImage().save(test::outputPath(QStringLiteral("language-whole-hi.png"))));

        QStringList texts;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&window))
                continue;
            const QString name = QString::fromLatin1(widget->metaObject()->className());
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts.append(name + kSeparator + QTextDocumentFragment::fromHtml(label->text()).toPlainText());
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts.append(name + kSeparator + button->text() + QLatin1Char(' ') + button->toolTip());
            if (auto *field = qobject_cast<QLineEdit *>(widget))
                texts.append(name + kSeparator + field->placeholderText());
            if (auto *box = qobject_cast<QPlainTextEdit *>(widget))
                texts.append(name + kSeparator + box->placeholderText());
            if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts.append(name + kSeparator + tabs->tabText(i));
            }
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                texts.append(name + kSeparator + group->title());
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                texts.append(name + kSeparator + combo->currentText());
            if (!widget->accessibleName().isEmpty())
                texts.append(name + QStringLiteral(" (accessible)") + kSeparator + widget->accessibleName());
        }
        for (QAction *action : window.menuBar()->actions()) {
            texts.append(QStringLiteral("menu") + kSeparator + action->text());
            if (action->menu())
                menuTexts(action->menu(), action->text(), &texts);
        }

        // Read widely (every menu, pane and field), and the check itself finds English.
        QVERIFY2(texts.size() > 80, qPrintable(QString::number(texts.size())));
        QCOMPARE(latinWords(QStringLiteral("चरण: Mark resolved (Ctrl+E)"), {}),
                 (QStringList{QStringLiteral("Mark"), QStringLiteral("resolved")}));
        QStringList english;
        QStringList mnemonics;
        static const QRegularExpression latinMnemonic(QStringLiteral("\\(&[A-Za-z]\\)"));
        for (const QString &text : std::as_const(texts)) {
            const QString shown = text.mid(text.indexOf(kSeparator) + kSeparator.size());
            const QStringList words = latinWords(shown, data);
            if (!words.isEmpty())
                english.append(text + QStringLiteral("  [") + words.join(QLatin1Char(' ')) + QLatin1Char(']'));
            if (latinMnemonic.match(shown).hasMatch())
                mnemonics.append(text);
        }
        ui::Appearance::instance().setLanguage(QStringLiteral("en"));
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY2(mnemonics.isEmpty(), qPrintable(mnemonics.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguageWhole)
#include "tst_language_whole.moc"
