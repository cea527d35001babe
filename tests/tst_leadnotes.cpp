// A lead's notes with author and time: the codec reads a lead with and
// without `note_list` (an older server sends none) and refuses a broken note
// with its path; schema step 7 keeps every lead of a version 6 history and
// adds the notes table; stored notes follow the newest version of the lead.

#include "protocol/codec.h"
#include "store/migrations.h"
#include "store/reader.h"
#include "store/sqlite.h"
#include "store/writer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using namespace relaydesk::store;

class TestLeadNotes : public QObject
{
    Q_OBJECT

    static QJsonObject leadJson()
    {
        return QJsonObject{{QStringLiteral("contact_id"), 501},
                           {QStringLiteral("stage"), QStringLiteral("qualified")},
                           {QStringLiteral("version"), 3},
                           {QStringLiteral("updated_at"), qint64(1718000000009)}};
    }

private slots:
    void codecReadsAndWritesTheNoteList()
    {
        QString error;
        // An older server: no note_list, no notes.
        const auto old = protocol::leadFromJson(leadJson(), &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->noteList.isEmpty());

        QJsonObject json = leadJson();
        json.insert(QStringLiteral("note_list"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), 11},
                                           {QStringLiteral("author_id"), 7},
                                           {QStringLiteral("author_name"), QStringLiteral("Priya")},
                                           {QStringLiteral("text"), QStringLiteral("Wants 12 seats — call Tuesday 📞")},
                                           {QStringLiteral("created_at"), qint64(1718000000100)}},
                               QJsonObject{{QStringLiteral("id"), 12},
                                           {QStringLiteral("author_id"), QJsonValue::Null},
                                           {QStringLiteral("author_name"), QStringLiteral("")},
                                           {QStringLiteral("text"), QStringLiteral("Second")},
                                           {QStringLiteral("created_at"), qint64(1718000000200)}}});
        const auto lead = protocol::leadFromJson(json, &error);
        QVERIFY2(lead, qPrintable(error));
        QCOMPARE(lead->noteList.size(), 2);
        QCOMPARE(lead->noteList.at(0).authorName, QStringLiteral("Priya"));
        QCOMPARE(lead->noteList.at(0).authorId, 7);
        QCOMPARE(lead->noteList.at(1).authorId, 0);
        QCOMPARE(protocol::toJson(*lead).value(QStringLiteral("note_list")), json.value(QStringLiteral("note_list")));
        QCOMPARE(protocol::leadFromJson(protocol::toJson(*lead), &error)->noteList.at(0).text,
                 lead->noteList.at(0).text);

        QJsonObject broken = leadJson();
        broken.insert(QStringLiteral("note_list"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), 11},
                                             {QStringLiteral("created_at"), qint64(1718000000100)}}});
        QVERIFY(!protocol::leadFromJson(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("note_list[0].text")), qPrintable(error));
        broken.insert(QStringLiteral("note_list"), QJsonArray{QStringLiteral("a note")});
        QVERIFY(!protocol::leadFromJson(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("note_list[0]")), qPrintable(error));
    }

    void step7KeepsLeadsAndStoresNotes()
    {
        QTemporaryDir dir;
        Connection c;
        QString error;
        QVERIFY2(c.open(dir.filePath(QStringLiteral("history.db")), Connection::Mode::ReadWriteCreate, &error),
                 qPrintable(error));
        QCOMPARE(migrateTo(c, 6).status, MigrationResult::Status::Migrated);
        QVERIFY2(c.exec("INSERT INTO contacts (id, name, updated_at) VALUES (501, 'Aisha', 1);"
                        "INSERT INTO leads (contact_id, business_name, stage, version, updated_at)"
                        " VALUES (501, 'Al-Farsi Trading', 'qualified', 3, 2);",
                        &error),
                 qPrintable(error));
        const MigrationResult result = migrateTo(c, 7);
        QCOMPARE(result.status, MigrationResult::Status::Migrated);
        QCOMPARE(result.fromVersion, 6);
        QCOMPARE(c.queryInt("PRAGMA user_version").value_or(0), 7);
        QCOMPARE(c.queryText("SELECT business_name FROM leads WHERE contact_id = 501").value_or(QString()),
                 QStringLiteral("Al-Farsi Trading"));
        QCOMPARE(c.queryInt("SELECT count(*) FROM lead_notes").value_or(-1), 0);

        // The reads and writes below are this build's: the later steps first.
        QCOMPARE(migrate(c).status, MigrationResult::Status::Migrated);
        StoreWriter writer(c);
        protocol::Lead lead;
        lead.contactId = 501;
        lead.businessName = QStringLiteral("Al-Farsi Trading");
        lead.version = 4;
        lead.updatedAt = 5;
        lead.noteList = {{11, 7, QStringLiteral("Priya"), QStringLiteral("first"), 100},
                         {12, 8, QStringLiteral("Omar"), QStringLiteral("second"), 200}};
        ChangeSet changes;
        QVERIFY2(writer.applySnapshot({lead}, -1, &changes, &error), qPrintable(error));
        StoreReader reader(c);
        QVector<LeadNoteRow> notes = reader.contactDetails(501)->lead.noteList;
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(1).authorName, QStringLiteral("Omar"));
        QCOMPARE(notes.at(1).createdAt, 200);

        // A late, older version changes nothing, notes included.
        protocol::Lead older = lead;
        older.version = 3;
        older.noteList.clear();
        QVERIFY2(writer.applySnapshot({older}, -1, &changes, &error), qPrintable(error));
        QCOMPARE(reader.contactDetails(501)->lead.noteList.size(), 2);
        // A newer one replaces them whole.
        lead.version = 5;
        lead.noteList.append({13, 7, QStringLiteral("Priya"), QStringLiteral("third"), 300});
        QVERIFY2(writer.applySnapshot({lead}, -1, &changes, &error), qPrintable(error));
        notes = reader.contactDetails(501)->lead.noteList;
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes.constLast().text, QStringLiteral("third"));
        // Erasing the contact takes the notes with it.
        QVERIFY2(c.exec("PRAGMA foreign_keys = ON; DELETE FROM contacts WHERE id = 501;", &error), qPrintable(error));
        QCOMPARE(c.queryInt("SELECT count(*) FROM lead_notes").value_or(-1), 0);
    }
};

QTEST_MAIN(TestLeadNotes)
#include "tst_leadnotes.moc"
