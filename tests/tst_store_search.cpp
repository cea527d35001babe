// Full-text search over real, encrypted history and index files: languages
// and scripts, typed FTS syntax, ordering and paging, snippets. Documents that
// change after they were indexed, and an index that has to be rebuilt, are in
// tst_store_search_changes.cpp.

#include "searchfixture.h"

#include "protocol/types.h"
#include "store/database.h"
#include "store/databasekey.h"
#include "store/migrations.h"
#include "store/reader.h"
#include "store/rows.h"
#include "store/searchindex.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace relaydesk::store;
using namespace relaydesk::test;
namespace protocol = relaydesk::protocol;

namespace {

// The shared corpus: server id -> text. Server ids also order them in time.
struct CorpusMessage
{
    qint64 serverId;
    qint64 conversationId;
    const char16_t *text;
};

const CorpusMessage kCorpus[] = {
    {1, 10, u"Terima kasih, pesanan sudah dikirim"},
    {2, 10, u"नमस्ते, मेरा ऑर्डर कहाँ है?"},
    {3, 12, u"مرحبا، أين طلبي؟"},
    {4, 11, u"Não recebi a encomenda, obrigação"},
    {5, 11, u"¿Dónde está mi envío?"},
    {6, 10, u"pizza🍕please"},
    {7, 10, u"🎉 party tonight"},
    {8, 11, u"The DELIVERY is Late"},
    {9, 11, u"do not cancel my order"},
    {10, 12, u"apple near banana"},
    {11, 12, u"text: refund now"},
    {12, 12, u"refund requested yesterday"},
    {13, 10, u"Andi ordered a new charger"},
    {14, 11, u"delivery scheduled for Monday"},
    {15, 10, u"डर लगता है"},
    {16, 11, u"mi envio no llego"},
    {17, 12, u"thanks ❤️ so much"},
};

} // namespace

class TestStoreSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<History> m_shared; // the corpus above, for read-only tests

    void expectMessages(const QString &query, const Ids &expected)
    {
        StoreReader &reader = m_shared->reader();
        const QVector<MessageHit> hits = reader.searchMessages(query, 50);
        QCOMPARE(sorted(serverIdsOf(reader, hits)), sorted(expected));
    }

private slots:
    void initTestCase()
    {
        m_shared = std::make_unique<History>();
        QVERIFY(m_shared->dir.isValid());
        QString error;
        QVERIFY2(m_shared->open(&error), qPrintable(error));
        QVector<protocol::EventPayload> records{
            contact(1, QStringLiteral("Budi Santoso")),
            contact(2, QStringLiteral("José Álvarez")),
            contact(3, QStringLiteral("محمد علي")),
            conversation(10, 1),
            conversation(11, 2),
            conversation(12, 3),
        };
        for (const CorpusMessage &m : kCorpus)
            records.append(
                message(m.serverId, m.conversationId, kBase + m.serverId * 1000, QString::fromUtf16(m.text)));
        QVERIFY2(apply(*m_shared->store, records, &error), qPrintable(error));
        QVERIFY(m_shared->store->waitForSearchIndex(kIndexTimeoutMs));
    }

    void cleanupTestCase() { m_shared.reset(); }

    void findsMessagesInEveryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("indonesian word") << QStringLiteral("pesanan") << Ids{1};
        QTest::newRow("indonesian prefix") << QStringLiteral("dikir") << Ids{1};
        QTest::newRow("indonesian two words") << QStringLiteral("terima dikirim") << Ids{1};
        QTest::newRow("hindi word") << QStringLiteral("ऑर्डर") << Ids{2};
        QTest::newRow("hindi greeting") << QStringLiteral("नमस्ते") << Ids{2};
        QTest::newRow("hindi prefix ending in virama") << QStringLiteral("नमस्") << Ids{2};
        QTest::newRow("hindi prefix") << QStringLiteral("नम") << Ids{2};
        QTest::newRow("hindi word with vowel signs") << QStringLiteral("मेरा") << Ids{2};
        QTest::newRow("arabic word") << QStringLiteral("طلبي") << Ids{3};
        QTest::newRow("arabic prefix") << QStringLiteral("طلب") << Ids{3};
        QTest::newRow("arabic greeting") << QStringLiteral("مرحبا") << Ids{3};
        QTest::newRow("portuguese without accent") << QStringLiteral("nao") << Ids{4};
        QTest::newRow("portuguese upper case with accent") << QStringLiteral("NÃO") << Ids{4};
        QTest::newRow("portuguese word") << QStringLiteral("encomenda") << Ids{4};
        QTest::newRow("portuguese cedilla folded") << QStringLiteral("obrigacao") << Ids{4};
        QTest::newRow("portuguese cedilla typed") << QStringLiteral("obrigação") << Ids{4};
        // Both spellings find both messages: one was written with the accent, one without.
        QTest::newRow("spanish with accent") << QStringLiteral("envío") << Ids{5, 16};
        QTest::newRow("spanish without accent") << QStringLiteral("envio") << Ids{5, 16};
        QTest::newRow("spanish two accented words") << QStringLiteral("dónde está") << Ids{5};
        QTest::newRow("word before emoji") << QStringLiteral("pizza") << Ids{6};
        QTest::newRow("word after emoji") << QStringLiteral("please") << Ids{6};
        QTest::newRow("words glued by emoji") << QStringLiteral("pizza🍕please") << Ids{6};
        QTest::newRow("word after emoji and space") << QStringLiteral("party") << Ids{7};
        QTest::newRow("emoji and word") << QStringLiteral("🎉 party") << Ids{7};
        QTest::newRow("word and emoji") << QStringLiteral("pizza 🍕") << Ids{6};
        // U+2764 U+FE0F: the variation selector is a combining mark, but an
        // emoji is not a word whether or not it carries one.
        QTest::newRow("word and emoji with variation selector") << QStringLiteral("thanks ❤️") << Ids{17};
        QTest::newRow("lower case finds upper case") << QStringLiteral("delivery late") << Ids{8};
        QTest::newRow("upper case finds mixed case") << QStringLiteral("DELIVERY") << Ids{8, 14};
        QTest::newRow("mixed case") << QStringLiteral("lAtE") << Ids{8};
        QTest::newRow("nothing shares both words") << QStringLiteral("refund pizza") << Ids{};
    }

    void findsMessagesInEveryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(Ids, expected);
        expectMessages(query, expected);
    }

    void matchesPrefixesAndEveryWord_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("prefix") << QStringLiteral("deliv") << Ids{8, 14};
        QTest::newRow("whole word") << QStringLiteral("refund") << Ids{11, 12};
        QTest::newRow("every word must occur") << QStringLiteral("delivery monday") << Ids{14};
        QTest::newRow("word order is free") << QStringLiteral("monday delivery") << Ids{14};
        QTest::newRow("word order is free, reversed") << QStringLiteral("late the") << Ids{8};
        QTest::newRow("a word and a prefix") << QStringLiteral("refund req") << Ids{12};
        QTest::newRow("three words") << QStringLiteral("sudah pesanan terima") << Ids{1};
        QTest::newRow("words from different messages") << QStringLiteral("late monday") << Ids{};
        QTest::newRow("the middle of a word is no prefix") << QStringLiteral("liver") << Ids{};
        QTest::newRow("extra spaces") << QStringLiteral("  charger \t andi  ") << Ids{13};
    }

    void matchesPrefixesAndEveryWord()
    {
        QFETCH(QString, query);
        QFETCH(Ids, expected);
        expectMessages(query, expected);
    }

    // What the agent types is words, never FTS syntax: each query either finds
    // what its words find, or (nothing searchable) nothing, and never fails.
    void typedSyntaxIsPlainWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("lone quote") << QStringLiteral("\"") << Ids{};
        QTest::newRow("lone star") << QStringLiteral("*") << Ids{};
        QTest::newRow("lone bracket") << QStringLiteral("(") << Ids{};
        QTest::newRow("only punctuation") << QStringLiteral("- ( ) : ^ ,") << Ids{};
        // As words, AND and OR are prefixes: "Andi", "order", "ordered".
        QTest::newRow("AND alone") << QStringLiteral("AND") << Ids{13};
        QTest::newRow("OR alone") << QStringLiteral("OR") << Ids{9, 13};
        // As an operator, OR would also find message 13 ("ordered", no "cancel").
        QTest::newRow("OR between words") << QStringLiteral("cancel OR order") << Ids{9};
        // As an operator, NOT would exclude the one message that says "not cancel".
        QTest::newRow("NOT") << QStringLiteral("NOT cancel") << Ids{9};
        QTest::newRow("NEAR") << QStringLiteral("apple NEAR banana") << Ids{10};
        QTest::newRow("leading minus") << QStringLiteral("-cancel") << Ids{9};
        // As an operator, '-' would exclude 12 and find 11.
        QTest::newRow("minus between words") << QStringLiteral("refund -requested") << Ids{12};
        // As a column filter, "text:" would find every message with "refund".
        QTest::newRow("column filter") << QStringLiteral("text:refund") << Ids{11};
        QTest::newRow("brackets around a word") << QStringLiteral("(refund)") << Ids{11, 12};
        QTest::newRow("unbalanced quote") << QStringLiteral("\"deliv") << Ids{8, 14};
        QTest::newRow("quoted phrase") << QStringLiteral("\"apple banana\"") << Ids{10};
        QTest::newRow("typed star") << QStringLiteral("deliv*") << Ids{8, 14};
        // '^' anchors a term to the start of the text in FTS4.
        QTest::newRow("caret") << QStringLiteral("^late") << Ids{8};
    }

    void typedSyntaxIsPlainWords()
    {
        QFETCH(QString, query);
        QFETCH(Ids, expected);
        expectMessages(query, expected);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("deliv") << QStringLiteral("\"deliv*\"");
        QTest::newRow("spaces and tabs") << QStringLiteral("  late \t the ") << QStringLiteral("\"late*\" \"the*\"");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
        QTest::newRow("lone star") << QStringLiteral("*") << QString();
        QTest::newRow("lone bracket") << QStringLiteral("(") << QString();
        QTest::newRow("AND") << QStringLiteral("AND") << QStringLiteral("\"AND*\"");
        QTest::newRow("OR") << QStringLiteral("OR") << QStringLiteral("\"OR*\"");
        QTest::newRow("NOT") << QStringLiteral("NOT x") << QStringLiteral("\"NOT*\" \"x*\"");
        QTest::newRow("NEAR") << QStringLiteral("a NEAR b") << QStringLiteral("\"a*\" \"NEAR*\" \"b*\"");
        // Punctuation around a word is dropped, so "-foo" is the plain word foo.
        QTest::newRow("minus") << QStringLiteral("-foo") << QStringLiteral("\"foo*\"");
        QTest::newRow("trailing dot keeps the prefix") << QStringLiteral("deliv.") << QStringLiteral("\"deliv*\"");
        QTest::newRow("column filter") << QStringLiteral("col:foo") << QStringLiteral("\"col:foo*\"");
        QTest::newRow("quotes inside") << QStringLiteral("say \"hi\" now")
                                       << QStringLiteral("\"say*\" \"hi*\" \"now*\"");
        QTest::newRow("stars inside") << QStringLiteral("de*liv*") << QStringLiteral("\"deliv*\"");
        QTest::newRow("emoji only") << QStringLiteral("🍕") << QString();
        QTest::newRow("emojis only") << QStringLiteral("🍕🎉 🎉") << QString();
        QTest::newRow("emoji with variation selector") << QStringLiteral("❤️") << QString();
        QTest::newRow("emoji and word") << QStringLiteral("🎉 party") << QStringLiteral("\"party*\"");
        QTest::newRow("devanagari") << QStringLiteral("ऑर्डर") << QStringLiteral("\"ऑर्डर*\"");
    }

    void matchExpression()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(StoreReader::matchExpression(typed), expected);
    }

    // Whatever is typed, the expression is valid FTS4: run against a real table.
    void matchExpressionIsAlwaysValid_data()
    {
        QTest::addColumn<QString>("typed");
        const char16_t *inputs[] = {
            u"\"",
            u"*",
            u"(",
            u")",
            u"AND",
            u"OR",
            u"NOT x",
            u"a NEAR b",
            u"a NEAR/3 b",
            u"-foo",
            u"+foo",
            u"col:foo",
            u"text:foo",
            u":",
            u"foo:",
            u"^",
            u"^foo",
            u"\"a\" OR \"b\"",
            u"x\"y",
            u"(a OR b) AND NOT c",
            u"a*b",
            u"*deliv",
            u"\"\"\"\"",
            u"'",
            u"\\",
            u"%_",
            u"a-b.c,d",
            u"ि",
            u"ं late",
            u"❤️",
            u"thanks ❤️",
            u"🍕",
            u"日本語のテキスト",
            u"ไปไหนมา",
            u"مَرْحَبًا",
            u"नमस्ते",
            u"deliv.",
            u"a\u00a0b",
            u"\u200b",
        };
        for (const char16_t *input : inputs) {
            const QString typed = QString::fromUtf16(input);
            QTest::addRow("%s", typed.toUtf8().constData()) << typed;
        }
        QString many;
        for (int i = 0; i < 300; ++i)
            many += QStringLiteral("w%1 ").arg(i);
        QTest::newRow("300 words") << many;
    }

    void matchExpressionIsAlwaysValid()
    {
        QFETCH(QString, typed);
        Connection index;
        QString error;
        QVERIFY2(index.open(QStringLiteral(":memory:"), Connection::Mode::ReadWriteCreate, &error), qPrintable(error));
        QCOMPARE(migrateSearchIndex(index).status, MigrationResult::Status::Migrated);
        QVERIFY(index.exec("INSERT INTO message_search (docid, text) VALUES (1, 'The DELIVERY is Late')", &error));
        const QString expression = StoreReader::matchExpression(typed);
        if (expression.isEmpty())
            return; // the reader does not query the index at all
        Statement select = index.prepare("SELECT docid, snippet(message_search, char(2), char(3), char(8230), -1, 12)"
                                         " FROM message_search WHERE message_search MATCH ?1 ORDER BY docid DESC");
        QVERIFY2(select.isValid(), qPrintable(index.lastError()));
        select.bind(1, expression);
        while (select.next()) {
        }
        QVERIFY2(select.ok(), qPrintable(expression + QStringLiteral(": ") + select.error()));
    }

    void emojiOnlyQueriesFindNothingWithoutError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("pizza") << QStringLiteral("🍕");
        QTest::newRow("party") << QStringLiteral("🎉");
        QTest::newRow("two emoji") << QStringLiteral("🍕🎉");
        QTest::newRow("emoji with variation selector") << QStringLiteral("❤️");
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("empty") << QString();
    }

    void emojiOnlyQueriesFindNothingWithoutError()
    {
        QFETCH(QString, query);
        StoreReader &reader = m_shared->reader();
        QVERIFY(reader.searchMessages(query, 50).isEmpty());
        QVERIFY(reader.searchContacts(query, 50).isEmpty());
        // The reader is still good for the next query.
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(QStringLiteral("pizza"), 50)), Ids{6});
    }

    void findsContactsByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("first name") << QStringLiteral("budi") << Ids{1};
        QTest::newRow("both names, reversed") << QStringLiteral("santoso budi") << Ids{1};
        QTest::newRow("prefix") << QStringLiteral("sant") << Ids{1};
        QTest::newRow("accent folded") << QStringLiteral("jose alvarez") << Ids{2};
        QTest::newRow("upper case with accent") << QStringLiteral("ÁLVAREZ") << Ids{2};
        QTest::newRow("arabic") << QStringLiteral("محمد") << Ids{3};
        QTest::newRow("nobody") << QStringLiteral("rahayu") << Ids{};
        QTest::newRow("syntax") << QStringLiteral("NOT budi") << Ids{};
    }

    void findsContactsByName()
    {
        QFETCH(QString, query);
        QFETCH(Ids, expected);
        QCOMPARE(contactIdsOf(m_shared->reader().searchContacts(query, 50)), expected);
    }

    // The limit keeps the first names in order, not the first ids indexed.
    void contactLimitAppliesAfterSortingByName()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVector<protocol::EventPayload> contacts;
        for (const char *first : {"Zaki", "Yusuf", "Wati", "Budi", "Ana"})
            contacts.append(contact(contacts.size() + 1, QString::fromLatin1(first) + QStringLiteral(" Silva")));
        QVERIFY2(apply(*history.store, contacts, &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        const QVector<ContactHit> firstTwo = history.reader().searchContacts(QStringLiteral("silva"), 2);
        QCOMPARE(firstTwo.size(), 2);
        QCOMPARE(firstTwo.at(0).name, QStringLiteral("Ana Silva"));
        QCOMPARE(firstTwo.at(1).name, QStringLiteral("Budi Silva"));
        QCOMPARE(history.reader().searchContacts(QStringLiteral("silva"), 0).size(), 0);
    }

    void snippetsMarkTheMatchedWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("serverId");
        QTest::addColumn<QStringList>("markedWords");
        QTest::newRow("prefix and word") << QStringLiteral("deliv late") << qint64(8)
                                         << QStringList{QStringLiteral("DELIVERY"), QStringLiteral("Late")};
        QTest::newRow("folded accent") << QStringLiteral("nao") << qint64(4) << QStringList{QStringLiteral("Não")};
        QTest::newRow("spanish") << QStringLiteral("envio donde") << qint64(5)
                                 << QStringList{QStringLiteral("Dónde"), QStringLiteral("envío")};
        QTest::newRow("arabic") << QStringLiteral("طلبي") << qint64(3) << QStringList{QStringLiteral("طلبي")};
        QTest::newRow("next to an emoji")
            << QStringLiteral("pizza") << qint64(6) << QStringList{QStringLiteral("pizza")};
        QTest::newRow("two words") << QStringLiteral("dikirim pesanan") << qint64(1)
                                   << QStringList{QStringLiteral("pesanan"), QStringLiteral("dikirim")};
    }

    void snippetsMarkTheMatchedWords()
    {
        QFETCH(QString, query);
        QFETCH(qint64, serverId);
        QFETCH(QStringList, markedWords);
        StoreReader &reader = m_shared->reader();
        const QVector<MessageHit> hits = reader.searchMessages(query, 50);
        QCOMPARE(serverIdsOf(reader, hits), Ids{serverId});
        const QString snippet = hits.constFirst().snippet;
        for (const QString &word : markedWords)
            QVERIFY2(snippet.contains(marked(word)), qPrintable(snippet));
        QCOMPARE(snippet.count(kMatchStart), markedWords.size());
        QCOMPARE(snippet.count(kMatchEnd), markedWords.size());
        // Apart from the marks, the snippet is the message's text.
        QString plain = snippet;
        plain.remove(kMatchStart).remove(kMatchEnd);
        QCOMPARE(plain, reader.message(hits.constFirst().messageId)->text);
    }

    void hitsComeNewestFirst()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        // Stored out of time order, in separate writes.
        QVERIFY2(apply(*history.store,
                       {contact(1, QStringLiteral("Dewi")), conversation(10, 1),
                        message(1, 10, kBase + 1000, QStringLiteral("invoice one"))},
                       &error),
                 qPrintable(error));
        QVERIFY2(apply(*history.store, {message(3, 10, kBase + 3000, QStringLiteral("invoice three"))}, &error),
                 qPrintable(error));
        QVERIFY2(apply(*history.store,
                       {message(2, 10, kBase + 2000, QStringLiteral("invoice two")),
                        message(4, 10, kBase + 4000, QStringLiteral("receipt four"))},
                       &error),
                 qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));

        const QVector<MessageHit> hits = history.reader().searchMessages(QStringLiteral("invoice"), 10);
        QCOMPARE(serverIdsOf(history.reader(), hits), (Ids{3, 2, 1}));
        QCOMPARE(hits.at(0).createdAt, kBase + 3000);
        QCOMPARE(hits.at(1).createdAt, kBase + 2000);
        QCOMPARE(hits.at(2).createdAt, kBase + 1000);
        for (const MessageHit &hit : hits) {
            QCOMPARE(hit.conversationId, qint64(10));
            QCOMPARE(hit.contactName, QStringLiteral("Dewi"));
            QCOMPARE(hit.author, QStringLiteral("customer"));
        }
    }

    void limitAndPagingOlderHits()
    {
        History history;
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QVector<protocol::EventPayload> records{contact(1, QStringLiteral("Dewi")), conversation(10, 1)};
        for (qint64 i = 1; i <= 5; ++i) {
            records.append(message(i, 10, kBase + i * 1000, QStringLiteral("tracking number %1").arg(i)));
            records.append(message(100 + i, 10, kBase + i * 1000 + 500, QStringLiteral("unrelated")));
        }
        QVERIFY2(apply(*history.store, records, &error), qPrintable(error));
        QVERIFY(history.store->waitForSearchIndex(kIndexTimeoutMs));
        StoreReader &reader = history.reader();
        const QString query = QStringLiteral("tracking");

        QCOMPARE(serverIdsOf(reader, reader.searchMessages(query, 1)), Ids{5});
        QCOMPARE(serverIdsOf(reader, reader.searchMessages(query, 10)), (Ids{5, 4, 3, 2, 1}));

        const QVector<MessageHit> first = reader.searchMessages(query, 2);
        QCOMPARE(serverIdsOf(reader, first), (Ids{5, 4}));
        const QVector<MessageHit> second = reader.searchMessages(query, 2, first.constLast().messageId);
        QCOMPARE(serverIdsOf(reader, second), (Ids{3, 2}));
        const QVector<MessageHit> third = reader.searchMessages(query, 2, second.constLast().messageId);
        QCOMPARE(serverIdsOf(reader, third), Ids{1});
        QVERIFY(reader.searchMessages(query, 2, third.constLast().messageId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
