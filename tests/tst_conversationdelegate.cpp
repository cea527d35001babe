// The conversation list's rows without painting: the initials on a
// customer's avatar (two letters, one, whole graphemes in Devanagari and
// emoji), the avatar's colour (the same for a contact on every run, readable
// with white text), and the second line (one line whatever the message's
// breaks; the agent's draft, marked, instead of the last message). A list of
// them is painted once and saved for a person to look at.

#include "imagecheck.h"

#include "appearance/appearance.h"
#include "models/conversationlistmodel.h"
#include "panes/conversationdelegate.h"

#include <QListView>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>

using namespace relaydesk;
using Model = models::ConversationListModel;
using ui::ConversationDelegate;

namespace {

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

QStandardItem *row(qint64 contactId, const QString &name, const QString &preview, const QString &draft = {})
{
    auto *item = new QStandardItem(name);
    item->setData(name, Model::NameRole);
    item->setData(contactId, Model::ContactIdRole);
    item->setData(preview, Model::PreviewRole);
    item->setData(draft, Model::DraftRole);
    item->setData(QStringLiteral("whatsapp"), Model::ChannelRole);
    item->setData(QDateTime::currentMSecsSinceEpoch(), Model::LastActivityRole);
    return item;
}

} // namespace

class TestConversationDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words") << QStringLiteral("Siti Rahayu") << QStringLiteral("SR");
        QTest::newRow("one word") << QStringLiteral("Budi") << QStringLiteral("B");
        QTest::newRow("first and last") << QStringLiteral("María de la Cruz") << QStringLiteral("MC");
        QTest::newRow("lower case") << QStringLiteral("ana souza") << QStringLiteral("AS");
        QTest::newRow("accented") << QStringLiteral("Élodie Ørsted") << QStringLiteral("ÉØ");
        QTest::newRow("extra spaces") << QStringLiteral("  Dewi \n  Lestari ") << QStringLiteral("DL");
        QTest::newRow("brackets") << QStringLiteral("Siti Rahayu (Toko Bunga)") << QStringLiteral("SR");
        QTest::newRow("punctuation") << QStringLiteral("@budi \"Joko\"") << QStringLiteral("BJ");
        // A consonant with its vowel sign, or a conjunct, is one grapheme
        // (the first akshara), never a letter cut from its sign.
        QTest::newRow("devanagari") << QStringLiteral("सीता शर्मा") << QStringLiteral("सीश");
        QTest::newRow("devanagari conjunct") << QStringLiteral("प्रिया") << QStringLiteral("प्रि");
        QTest::newRow("cyrillic") << QStringLiteral("олег петров") << QStringLiteral("ОП");
        QTest::newRow("virama at the end") << QStringLiteral("क्") << QStringLiteral("क");
        QTest::newRow("han") << QStringLiteral("王小明") << QStringLiteral("王");
        QTest::newRow("emoji around a name") << QStringLiteral("🌸 Ayu 🌸") << QStringLiteral("A");
        QTest::newRow("only emoji") << QStringLiteral("👩‍💻 ✨") << QStringLiteral("👩‍💻");
        QTest::newRow("a number after the name") << QStringLiteral("Customer 30") << QStringLiteral("C");
        QTest::newRow("a code after the name") << QStringLiteral("Visitor B1FC50") << QStringLiteral("V");
        QTest::newRow("only numbers") << QStringLiteral("+62 812") << QStringLiteral("68");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ConversationDelegate::initials(name), expected);
    }

    void avatarColoursAreStableAndReadable()
    {
        // The same contact, the same colour; and the same as on any other run
        // (a seeded hash would fail these fixed values).
        QCOMPARE(ConversationDelegate::avatarColor(42), ConversationDelegate::avatarColor(42));
        QCOMPARE(ConversationDelegate::avatarColor(1).name(), QStringLiteral("#c62828"));
        QCOMPARE(ConversationDelegate::avatarColor(2).name(), QStringLiteral("#1565c0"));
        // The id decides, not the name (a renamed customer keeps their colour).
        QCOMPARE(ConversationDelegate::avatarColor(7, QStringLiteral("Ana")),
                 ConversationDelegate::avatarColor(7, QStringLiteral("Budi")));
        // Without an id, the name decides, stably too.
        QCOMPARE(ConversationDelegate::avatarColor(0, QStringLiteral("Ana")),
                 ConversationDelegate::avatarColor(0, QStringLiteral("Ana")));
        // Customers are told apart: a hundred contacts use most of the palette,
        // and neighbours rarely share.
        const QVector<QColor> &palette = ConversationDelegate::avatarPalette();
        QSet<QRgb> used;
        int sameAsNext = 0;
        for (qint64 id = 1; id <= 100; ++id) {
            const QColor color = ConversationDelegate::avatarColor(id);
            QVERIFY(palette.contains(color));
            used.insert(color.rgb());
            sameAsNext += color == ConversationDelegate::avatarColor(id + 1) ? 1 : 0;
        }
        QVERIFY2(used.size() >= palette.size() - 1, qPrintable(QString::number(used.size())));
        QVERIFY2(sameAsNext < 20, qPrintable(QString::number(sameAsNext)));
        // White initials read on every colour (WCAG AA, 4.5:1), and the circle
        // stands apart from a dark theme's background.
        const QColor darkBase = ui::Appearance::palette(ui::Theme::Dark).color(QPalette::Base);
        for (const QColor &color : palette) {
            QVERIFY2(contrast(color, Qt::white) >= 4.5, qPrintable(color.name()));
            QVERIFY2(contrast(color, darkBase) >= 1.7, qPrintable(color.name()));
        }
    }

    void previewIsOneLineAndADraftIsMarked()
    {
        QStandardItemModel model;
        model.appendRow(row(1, QStringLiteral("Siti Rahayu"), QStringLiteral("to:\nJl. Sudirman 12\r\n\tJakarta   ")));
        model.appendRow(row(2, QStringLiteral("Budi"), QStringLiteral("Last message"),
                            QStringLiteral("I will check\nwith the  courier")));
        // Line breaks and runs of whitespace fold into single spaces.
        const ConversationDelegate::Preview plain = ConversationDelegate::preview(model.index(0, 0));
        QCOMPARE(plain.text, QStringLiteral("to: Jl. Sudirman 12 Jakarta"));
        QVERIFY(plain.marked.isEmpty());
        // A draft shows instead of the last message, its label marked.
        const ConversationDelegate::Preview draft = ConversationDelegate::preview(model.index(1, 0));
        QCOMPARE(draft.text, QStringLiteral("Draft: I will check with the courier"));
        QCOMPARE(draft.marked.size(), 1);
        QCOMPARE(draft.text.mid(draft.marked.at(0).first, draft.marked.at(0).second), QStringLiteral("Draft:"));
    }

    // A snoozed row says when it wakes, in the locale's words.
    void wakeTimeSaysUntilWhen()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        const QDateTime now(QDate(2026, 3, 6), QTime(15, 30)); // a Friday
        const auto at = [](QDate date, QTime time) { return QDateTime(date, time).toMSecsSinceEpoch(); };
        QCOMPARE(ConversationDelegate::wakeTime(at(QDate(2026, 3, 6), QTime(17, 0)), now),
                 QStringLiteral("Until 17:00"));
        QCOMPARE(ConversationDelegate::wakeTime(at(QDate(2026, 3, 9), QTime(9, 0)), now),
                 QStringLiteral("Until Mon 09:00"));
        QCOMPARE(ConversationDelegate::wakeTime(at(QDate(2026, 3, 20), QTime(9, 0)), now),
                 QStringLiteral("Until 20/03/2026 09:00"));
        QVERIFY(ConversationDelegate::wakeTime(0, now).isEmpty());
        QLocale::setDefault(QLocale(QStringLiteral("hi_IN")));
        const QString hindi = ConversationDelegate::wakeTime(at(QDate(2026, 3, 9), QTime(9, 0)), now);
        QVERIFY2(hindi.contains(QLocale().dayName(1, QLocale::ShortFormat)), qPrintable(hindi));
        QLocale::setDefault(before);
    }

    // A look at the rows: avatars in colours, initials, the draft's label.
    void paintsRows()
    {
        QStandardItemModel model;
        const QStringList names{QStringLiteral("Siti Rahayu"), QStringLiteral("Budi"), QStringLiteral("प्रिया शर्मा"),
                                QStringLiteral("María de la Cruz"), QStringLiteral("🌸 Ayu 🌸")};
        for (int i = 0; i < names.size(); ++i)
            model.appendRow(row(i + 1, names.at(i), QStringLiteral("Terima kasih 🙏\nsampai besok ❤️"),
                                i == 1 ? QStringLiteral("Paket sudah dikirim") : QString()));
        // Waiting customers in bold with their count; one snoozed until Monday morning.
        model.item(0)->setData(3, Model::UnreadRole);
        model.item(2)->setData(1, Model::UnreadRole);
        model.item(4)->setData(QDateTime(QDate::currentDate().addDays(3), QTime(9, 0)).toMSecsSinceEpoch(),
                               Model::SnoozedUntilRole);
        QListView view;
        view.setItemDelegate(new ConversationDelegate(&view));
        view.setModel(&model);
        view.resize(340, 380);
        view.setCurrentIndex(model.index(3, 0));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage picture = view.grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("conversation-rows.png"))));
        QVERIFY2(test::blankReason(picture).isEmpty(), qPrintable(test::blankReason(picture)));
        view.setPalette(ui::Appearance::palette(ui::Theme::Dark));
        QVERIFY(view.grab().toImage().save(test::outputPath(QStringLiteral("conversation-rows-dark.png"))));
    }
};

QTEST_MAIN(TestConversationDelegate)
#include "tst_conversationdelegate.moc"
