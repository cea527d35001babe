// The CRM lead panel end to end, against the real server and encrypted
// profiles: edits made offline wait in the outbox, show at once as pending
// and reach a second agent after reconnecting; every field round-trips;
// conflicting edits of two agents show both versions and the agent's choice
// is what the server keeps; the customer's conversations are listed and open
// on a click. The customer's name, e-mail and phone are edited in the panel
// (`contact.update`): checked in the field before anything is sent, renamed
// everywhere once the server has it, and a conflict offers the same choice.
// Pictures of the panel, wide and at its narrowest, are saved.

#include "linkclient.h"
#include "livestore.h"
#include "serverprocess.h"

#include "imagecheck.h"
#include "streamclient.h"

#include "models/conversationlistmodel.h"
#include "models/leadmodel.h"
#include "panes/leadcontact.h"
#include "panes/leadpane.h"
#include "panes/leadpipeline.h"
#include "panes/leadtags.h"

#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace relaydesk;
using State = net::StreamLink::State;
using Field = models::ContactFields::Field;
using test::Client;
using test::kDeadlineMs;
using test::kPassword;

class TestLeadPanel : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QString m_shopKey;
    qint64 m_conversationId = 0;
    QHash<qint64, QString> m_agents;
    qint64 m_omarId = 0;
    qint64 m_contactId = 0;
    QByteArray m_bearer; // Priya's, to read through REST what the server keeps
    QString m_omarToken; // for the other desktop that changes the contact first

    // The contact as the server has it (GET /v1/contacts/{id}).
    QJsonObject serverContact()
    {
        return test::httpCall(m_server.baseUrl(), "GET", QStringLiteral("/v1/contacts/%1").arg(m_contactId), {},
                              m_bearer)
            .body.value(QStringLiteral("contact"))
            .toObject();
    }

    // Another desktop (Omar's, a bare stream client) renames the customer,
    // based on the version the server has.
    bool othersRename(const QString &name)
    {
        test::StreamClient other;
        if (!other.connectTo(m_server.baseUrl()))
            return false;
        other.hello(m_omarToken, 0);
        if (other.waitFor(QStringLiteral("welcome")).isEmpty())
            return false;
        const qint64 version = serverContact().value(QStringLiteral("version")).toInteger();
        const QString id = other.command(QStringLiteral("contact.update"), {{QStringLiteral("contact_id"), m_contactId},
                                                                            {QStringLiteral("version"), version},
                                                                            {QStringLiteral("name"), name}});
        return other.waitFor(QStringLiteral("ack"), 10000, id).value(QStringLiteral("ok")).toBool();
    }

    static void typeAndEnter(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    std::unique_ptr<Client> onlineClient(QTemporaryDir &profile, const QString &email)
    {
        auto client = std::make_unique<Client>(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        if (!client->history || !client->signIn(email, kPassword))
            return nullptr;
        client->engine->start();
        QDeadlineTimer deadline(kDeadlineMs);
        while (client->link->state() != State::Online && !deadline.hasExpired())
            QTest::qWait(10);
        deadline.setRemainingTime(kDeadlineMs);
        while (!client->history->reader().conversation(m_conversationId) && !deadline.hasExpired())
            QTest::qWait(10);
        return client;
    }

    static store::LeadRow storedLead(Client &client, qint64 conversationId)
    {
        const auto conversation = client.history->reader().conversation(conversationId);
        if (!conversation)
            return {};
        return client.history->reader().contactDetails(conversation->contactId).value_or(store::ContactDetails{}).lead;
    }

    static void goOffline(Client &client)
    {
        client.link->setNetworkReachable(false);
        client.link->dropForTest();
    }

    static void save(QWidget &widget, const QString &name)
    {
        const QImage image = widget.grab().toImage();
        QVERIFY2(test::blankReason(image).isEmpty(), qPrintable(test::blankReason(image)));
        QVERIFY(image.save(test::outputPath(name)));
        qInfo() << "saved" << test::outputPath(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("priya@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("omar@shop.example"), QStringLiteral("Shop"),
                               kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        m_shopKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("priya@shop.example"));
        QVERIFY(test::customerWrites(m_server.baseUrl(), m_shopKey, test::newVisitor(m_server.baseUrl(), m_shopKey),
                                     QStringLiteral("Hello, I'd like a quote for 12 seats.")));
        QTemporaryDir profile;
        auto client = std::make_unique<Client>(m_server.baseUrl(), profile.path(), store::DatabaseKey::generateRaw());
        QVERIFY(client->signIn(QStringLiteral("priya@shop.example"), kPassword));
        client->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->history->reader().conversations({}, 10).size(), 1, kDeadlineMs);
        m_conversationId = client->history->reader().conversations({}, 10).constFirst().id;
        m_contactId = client->history->reader().conversations({}, 10).constFirst().contactId;
        QVERIFY(m_contactId > 0);
        auto tokenOf = [this](const QString &email) {
            return test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                  QJsonObject{{QStringLiteral("email"), email},
                                              {QStringLiteral("password"), QString::fromLatin1(kPassword)}})
                .body.value(QStringLiteral("token"))
                .toString();
        };
        m_bearer = "Bearer " + tokenOf(QStringLiteral("priya@shop.example")).toLatin1();
        m_omarToken = tokenOf(QStringLiteral("omar@shop.example"));
        QVERIFY(m_bearer.size() > 7 && !m_omarToken.isEmpty());
        bool done = false;
        client->api->agents([&](std::optional<QVector<net::AgentInfo>> agents, const net::ApiError &) {
            for (const net::AgentInfo &agent : agents.value_or(QVector<net::AgentInfo>{})) {
                m_agents.insert(agent.id, agent.name);
                if (agent.name.startsWith(QLatin1String("omar"), Qt::CaseInsensitive))
                    m_omarId = agent.id;
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kDeadlineMs);
        QCOMPARE(m_agents.size(), 2);
        if (m_omarId == 0)
            m_omarId = m_agents.keys().constLast();
    }

    void editedOfflineReachesASecondAgentWithEveryField()
    {
        QTemporaryDir profileA, profileB;
        auto a = onlineClient(profileA, QStringLiteral("priya@shop.example"));
        auto b = onlineClient(profileB, QStringLiteral("omar@shop.example"));
        QVERIFY(a && b);
        models::LeadModel model(a->history.get());
        model.setAgents(m_agents);
        model.setOutbox(a->outbox.get());
        model.setConversation(m_conversationId);
        QVERIFY(model.hasContact());
        QVERIFY(model.canEdit());
        const qint64 startVersion = model.storedLead().version;

        goOffline(*a);
        QCOMPARE(a->link->state(), State::Offline);
        QVERIFY(model.setStage(QStringLiteral("proposal")));
        QTRY_COMPARE_WITH_TIMEOUT(model.stage(), QStringLiteral("proposal"), kDeadlineMs);
        QVERIFY(model.isPending()); // shown at once, waiting
        QVERIFY(model.setDeal(125000, QStringLiteral("AED")));
        QVERIFY(model.setBusinessName(QStringLiteral("Al-Farsi Trading")));
        QVERIFY(model.setOwner(m_omarId));
        QVERIFY(model.addTag(QStringLiteral("vip")));
        QTRY_COMPARE_WITH_TIMEOUT(model.lead().tags, QStringList{QStringLiteral("vip")}, kDeadlineMs);
        QVERIFY(model.addTag(QStringLiteral("wholesale")));
        QTRY_COMPARE_WITH_TIMEOUT(model.lead().tags.size(), 2, kDeadlineMs);
        QVERIFY(model.removeTag(QStringLiteral("vip")));
        QVERIFY(model.setNotes(QStringLiteral("Prefers WhatsApp.\nCall after 4 pm.")));
        QVERIFY(model.setCustomField(QStringLiteral("plan"), QStringLiteral("pro")));
        QTRY_VERIFY_WITH_TIMEOUT(model.customFields().contains(QStringLiteral("plan")), kDeadlineMs);
        QVERIFY(model.setCustomField(QStringLiteral("seats"), 12));
        QTRY_COMPARE_WITH_TIMEOUT(model.customFields().value(QStringLiteral("seats")).toInt(), 12, kDeadlineMs);
        QVERIFY(model.addNote(QStringLiteral("Asked for a quote for 12 seats.")));
        QTRY_COMPARE_WITH_TIMEOUT(model.notes().size(), 1, kDeadlineMs);
        QCOMPARE(model.notes().constFirst().id, 0); // waiting, shown at once
        QCOMPARE(model.lead().tags, QStringList{QStringLiteral("wholesale")});
        QVERIFY(model.isPending());
        QCOMPARE(model.storedLead().version, startVersion); // nothing left the computer
        QCOMPARE(storedLead(*b, m_conversationId).version, startVersion);

        a->link->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPending() && a->history->reader().outboxCount() == 0, kDeadlineMs);
        QVERIFY(!model.hasConflict());
        QTRY_COMPARE_WITH_TIMEOUT(storedLead(*b, m_conversationId).version, model.storedLead().version, kDeadlineMs);
        const store::LeadRow seen = storedLead(*b, m_conversationId);
        QCOMPARE(seen.stage, QStringLiteral("proposal"));
        QCOMPARE(seen.valueMinor, 125000);
        QCOMPARE(seen.currency, QStringLiteral("AED"));
        QCOMPARE(seen.businessName, QStringLiteral("Al-Farsi Trading"));
        QCOMPARE(seen.ownerId, m_omarId);
        QCOMPARE(seen.tags, QStringList{QStringLiteral("wholesale")});
        QCOMPARE(seen.notes, QStringLiteral("Prefers WhatsApp.\nCall after 4 pm."));
        const QJsonObject fields = QJsonDocument::fromJson(seen.customFieldsJson.toUtf8()).object();
        QCOMPARE(fields.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(fields.value(QStringLiteral("seats")).toInt(), 12);
        QVERIFY(seen.version > startVersion);
        QCOMPARE(seen.noteList.size(), 1);
        QCOMPARE(seen.noteList.constFirst().text, QStringLiteral("Asked for a quote for 12 seats."));
        QCOMPARE(m_agents.value(seen.noteList.constFirst().authorId), seen.noteList.constFirst().authorName);
        QVERIFY(!seen.noteList.constFirst().authorName.isEmpty());
        QVERIFY(seen.noteList.constFirst().createdAt > 0 && seen.noteList.constFirst().id > 0);
        QCOMPARE(model.notes().size(), 1);
        QVERIFY(model.notes().constFirst().id > 0);

        // B's panel follows live; the picture is of B's panel.
        models::LeadModel other(b->history.get());
        other.setAgents(m_agents);
        other.setOutbox(b->outbox.get());
        other.setConversation(m_conversationId);
        ui::LeadPane pane;
        pane.setModel(&other);
        pane.resize(360, 900);
        pane.show();
        QCOMPARE(pane.pipeline()->current(), QStringLiteral("proposal"));
        QCOMPARE(pane.tags()->tags(), QStringList{QStringLiteral("wholesale")});
        QCOMPARE(pane.ownerBox()->currentData().toLongLong(), m_omarId);
        QCOMPARE(pane.notesField()->toPlainText(), seen.notes);
        QVERIFY(pane.noteList()->text().contains(QStringLiteral("Asked for a quote for 12 seats.")));
        QVERIFY(pane.noteList()->text().contains(seen.noteList.constFirst().authorName.toHtmlEscaped()));
        // A note from B's panel reaches A live.
        pane.newNoteField()->setText(QStringLiteral("Sent the proposal PDF."));
        pane.addNoteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(model.notes().size(), 2, kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(model.notes().constLast().id > 0, kDeadlineMs);
        QVERIFY(!pane.conflictBox()->isVisible());
        QVERIFY(model.removeCustomField(QStringLiteral("plan")));
        QVERIFY(model.setStage(QStringLiteral("won")));
        QTRY_COMPARE_WITH_TIMEOUT(pane.pipeline()->current(), QStringLiteral("won"), kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!other.customFields().contains(QStringLiteral("plan")), kDeadlineMs);
        QVERIFY(model.setStage(QStringLiteral("proposal")));
        QTRY_COMPARE_WITH_TIMEOUT(pane.pipeline()->current(), QStringLiteral("proposal"), kDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPending(), kDeadlineMs);
        save(pane, QStringLiteral("leadpanel.png"));
        pane.resize(200, 900);
        QTest::qWait(50);
        // Nothing makes the panel wider than the splitter's narrowest.
        QVERIFY(pane.findChild<QScrollArea *>()->widget()->minimumSizeHint().width() <= 200);
        save(pane, QStringLiteral("leadpanel-narrow.png"));
    }

    void editsThroughThePanelGoToTheOutbox()
    {
        QTemporaryDir profile;
        auto a = onlineClient(profile, QStringLiteral("priya@shop.example"));
        QVERIFY(a);
        models::LeadModel model(a->history.get());
        model.setOutbox(a->outbox.get());
        model.setConversation(m_conversationId);
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.show();
        // A web-chat visitor's id is a token: the line says the channel only, the tooltip keeps it.
        QTRY_COMPARE(pane.channelLabel()->text(), QStringLiteral("Web chat"));
        QVERIFY(!model.channelId().isEmpty());
        QVERIFY(pane.channelLabel()->toolTip().endsWith(model.channelId()));
        goOffline(*a);

        pane.tags()->addField()->setText(QStringLiteral("returning"));
        QTest::keyClick(pane.tags()->addField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(pane.tags()->tags().contains(QStringLiteral("returning")), kDeadlineMs);
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("Saving")));
        pane.fieldNameEdit()->setText(QStringLiteral("region"));
        pane.fieldValueEdit()->setText(QStringLiteral("Gulf"));
        pane.addFieldButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(model.customFields().value(QStringLiteral("region")).toString(),
                                  QStringLiteral("Gulf"), kDeadlineMs);
        pane.valueField()->setText(QLocale().toString(99.5, 'f', 2));
        pane.currencyBox()->setCurrentIndex(pane.currencyBox()->findData(QStringLiteral("EUR")));
        QMetaObject::invokeMethod(pane.valueField(), "editingFinished");
        QTRY_COMPARE_WITH_TIMEOUT(model.lead().valueMinor, 9950, kDeadlineMs);
        QCOMPARE(model.lead().currency, QStringLiteral("EUR"));
        pane.pipeline()->setFocus();
        QTest::keyClick(pane.pipeline(), Qt::Key_End);
        QTRY_COMPARE_WITH_TIMEOUT(model.stage(), QStringLiteral("lost"), kDeadlineMs);

        a->link->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPending() && a->history->reader().outboxCount() == 0, kDeadlineMs);
        QVERIFY(!model.hasConflict());
        QCOMPARE(model.storedLead().stage, QStringLiteral("lost"));
        QCOMPARE(model.storedLead().valueMinor, 9950);
        QVERIFY(model.storedLead().tags.contains(QStringLiteral("returning")));
        // The tag's chip removes it.
        QToolButton *chip = nullptr;
        for (QToolButton *button : pane.tags()->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QStringLiteral("Remove tag returning"))
                chip = button;
        }
        QVERIFY(chip);
        chip->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model.storedLead().tags.contains(QStringLiteral("returning")), kDeadlineMs);
    }

    void aStageChangeCanBeUndoneAndThePanelSpeaksPlainly()
    {
        QTemporaryDir profile;
        auto a = onlineClient(profile, QStringLiteral("priya@shop.example"));
        QVERIFY(a);
        models::LeadModel model(a->history.get());
        model.setAgents(m_agents);
        model.setOutbox(a->outbox.get());
        model.setDefaultCurrency(QStringLiteral("IDR"));
        model.setConversation(m_conversationId);
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.resize(300, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // Every stage is named on its pill, inside the panel, none over another.
        const QVector<QRect> pills = pane.pipeline()->stageRects();
        QCOMPARE(pills.size(), int(model.stages().size()));
        for (int i = 0; i < pills.size(); ++i) {
            QVERIFY(pane.pipeline()->rect().contains(pills.at(i)));
            for (int j = i + 1; j < pills.size(); ++j)
                QVERIFY(!pills.at(i).intersects(pills.at(j)));
        }
        QVERIFY2(pills.constLast().bottom() > pills.constFirst().bottom(), "the pills wrap at 300 px");

        // A stage change shows Undo; Undo puts the stage back, on the server too.
        const QString before = model.stage();
        const QStringList stages = model.stages();
        const bool atEnd = before == stages.constLast();
        pane.pipeline()->setFocus();
        QTest::keyClick(pane.pipeline(), atEnd ? Qt::Key_Home : Qt::Key_End);
        QTRY_COMPARE(model.stage(), atEnd ? stages.constFirst() : stages.constLast());
        QVERIFY(pane.stageUndoBar()->isVisible());
        save(pane, QStringLiteral("leadpanel-undo.png"));
        pane.undoStageButton()->click();
        QTRY_COMPARE(model.stage(), before);
        QVERIFY(!pane.stageUndoBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPending() && a->history->reader().outboxCount() == 0, kDeadlineMs);
        QCOMPARE(model.storedLead().stage, before);
        // Ctrl+Z in the pipeline does the same.
        QTest::keyClick(pane.pipeline(), atEnd ? Qt::Key_Left : Qt::Key_End);
        QTRY_VERIFY(pane.stageUndoBar()->isVisible());
        QTest::keyClick(pane.pipeline(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(model.stage(), before);

        // Plain words: no internal version number; the owner and the assignee explained.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isPending(), kDeadlineMs);
        QVERIFY2(pane.statusLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(pane.statusLabel()->text()));
        QVERIFY2(!pane.statusLabel()->text().contains(QStringLiteral("version")),
                 qPrintable(pane.statusLabel()->text()));
        QVERIFY2(pane.ownerHint()->text().contains(QStringLiteral("assigned")), qPrintable(pane.ownerHint()->text()));

        // The workspace's currency for a lead that has none, from the full list.
        if (model.lead().currency.isEmpty())
            QCOMPARE(pane.currencyBox()->currentData().toString(), QStringLiteral("IDR"));
        QVERIFY(pane.currencyBox()->count() >= 100);
        QVERIFY(pane.currencyBox()->findData(QStringLiteral("IDR")) >= 0);

        // Another conversation opens at the panel's top.
        QScrollBar *scroll = pane.scrollArea()->verticalScrollBar();
        pane.resize(300, 300);
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        model.setConversation(0);
        model.setConversation(m_conversationId);
        QCOMPARE(scroll->value(), 0);
    }

    void conflictingEditsShowBothVersionsAndTheChoiceWins_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::addColumn<QString>("myStage");
        QTest::addColumn<QString>("theirStage");
        QTest::newRow("keep mine") << true << QStringLiteral("qualified") << QStringLiteral("contacted");
        QTest::newRow("keep theirs") << false << QStringLiteral("won") << QStringLiteral("lost");
    }

    void conflictingEditsShowBothVersionsAndTheChoiceWins()
    {
        QFETCH(bool, keepMine);
        QFETCH(QString, myStage);
        QFETCH(QString, theirStage);
        const QString myName = QStringLiteral("Mine Trading %1").arg(myStage);
        const QString theirName = QStringLiteral("Their Trading %1").arg(theirStage);
        QTemporaryDir profileA, profileB;
        auto a = onlineClient(profileA, QStringLiteral("priya@shop.example"));
        auto b = onlineClient(profileB, QStringLiteral("omar@shop.example"));
        QVERIFY(a && b);
        models::LeadModel mineModel(a->history.get());
        mineModel.setAgents(m_agents);
        mineModel.setOutbox(a->outbox.get());
        mineModel.setConversation(m_conversationId);
        models::LeadModel theirModel(b->history.get());
        theirModel.setOutbox(b->outbox.get());
        theirModel.setConversation(m_conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(theirModel.storedLead().version, mineModel.storedLead().version, kDeadlineMs);

        goOffline(*a);
        QVERIFY(mineModel.setStage(myStage));
        QVERIFY(mineModel.setBusinessName(myName));
        QTRY_VERIFY_WITH_TIMEOUT(mineModel.isPending(), kDeadlineMs);
        // Meanwhile the colleague, online, changes the same lead.
        QVERIFY(theirModel.setStage(theirStage));
        QVERIFY(theirModel.setBusinessName(theirName));
        QTRY_VERIFY_WITH_TIMEOUT(theirModel.storedLead().stage == theirStage
                                     && theirModel.storedLead().businessName == theirName && !theirModel.isPending(),
                                 kDeadlineMs);

        ui::LeadPane pane;
        pane.setModel(&mineModel);
        pane.resize(360, 900);
        pane.show();
        a->link->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(mineModel.hasConflict(), kDeadlineMs);
        QCOMPARE(mineModel.mine().stage, myStage);
        QCOMPARE(mineModel.mine().businessName, myName);
        QCOMPARE(mineModel.theirs().stage, theirStage);
        QCOMPARE(mineModel.theirs().businessName, theirName);
        QCOMPARE(mineModel.theirs().version, theirModel.storedLead().version);
        const QStringList differ = mineModel.conflictFields();
        QVERIFY(differ.contains(QStringLiteral("stage")) && differ.contains(QStringLiteral("business_name")));
        QTRY_VERIFY_WITH_TIMEOUT(pane.conflictBox()->isVisible(), kDeadlineMs);
        const QString shown = pane.conflictBox()->findChild<QLabel *>()->text();
        QVERIFY2(shown.contains(myName) && shown.contains(theirName), qPrintable(shown));
        if (keepMine)
            save(pane, QStringLiteral("leadpanel-conflict.png"));

        (keepMine ? pane.keepMineButton() : pane.keepTheirsButton())->click();
        QTRY_VERIFY_WITH_TIMEOUT(!mineModel.hasConflict() && !mineModel.isPending()
                                     && a->history->reader().outboxCount() == 0,
                                 kDeadlineMs);
        const QString expectedStage = keepMine ? myStage : theirStage;
        const QString expectedName = keepMine ? myName : theirName;
        QCOMPARE(mineModel.storedLead().stage, expectedStage);
        QCOMPARE(mineModel.storedLead().businessName, expectedName);
        QTRY_COMPARE_WITH_TIMEOUT(theirModel.storedLead().version, mineModel.storedLead().version, kDeadlineMs);
        QCOMPARE(theirModel.stage(), expectedStage);
        QCOMPARE(theirModel.lead().businessName, expectedName);
        QVERIFY(!pane.conflictBox()->isVisible());
    }

    void theCustomersConversationsAreListedAndOpenOnAClick()
    {
        QTemporaryDir dir;
        auto history = test::openLiveStore(dir.path());
        QVERIFY(history);
        protocol::Contact aisha;
        aisha.id = 501;
        aisha.name = QStringLiteral("Aisha Al-Farsi");
        aisha.phone = QStringLiteral("+971501234567");
        aisha.whatsappId = QStringLiteral("971501234567");
        aisha.email = QStringLiteral("aisha@alfarsi.example");
        protocol::Lead lead;
        lead.contactId = 501;
        lead.stage = QStringLiteral("qualified");
        lead.version = 3;
        protocol::Conversation open;
        open.id = 9001;
        open.contactId = 501;
        open.channel = protocol::Channel::WhatsApp;
        open.lastActivity = 1718000000100;
        open.lastPreview = QStringLiteral("Where is my order?");
        protocol::Conversation earlier = open;
        earlier.id = 9000;
        earlier.channel = protocol::Channel::Messenger;
        earlier.status = protocol::ConversationStatus::Resolved;
        earlier.lastActivity = 1710000000000;
        earlier.lastPreview = QStringLiteral("Thanks, all good!");
        QString error;
        QVERIFY2(test::applyAndNotify(*history, {aisha, lead, open, earlier}, &error), qPrintable(error));

        models::LeadModel model(history.get());
        model.setConversation(9001);
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.resize(300, 800);
        pane.show();
        QCOMPARE(model.channel(), QStringLiteral("whatsapp"));
        QCOMPARE(model.channelId(), QStringLiteral("971501234567"));
        QCOMPARE(pane.channelLabel()->text(), QStringLiteral("WhatsApp · 971501234567")); // a number the agent can use
        QListWidget *list = pane.conversationList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), 9001);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Thanks, all good!")));
        QVERIFY(!model.canEdit()); // no outbox: read-only, and says so
        QVERIFY(pane.businessField()->isReadOnly());

        QSignalSpy chosen(&pane, &ui::LeadPane::conversationChosen);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), 9000);
        // The open one is not opened again.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(chosen.size(), 1);
        // Keyboard: Enter on the item.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);

        // Every control has a name for screen readers.
        for (QWidget *control : pane.findChildren<QWidget *>()) {
            if ((control->focusPolicy() & Qt::TabFocus) && control->isVisibleTo(&pane)
                && !control->inherits("QScrollBar") && !control->inherits("QScrollArea") && control->parentWidget()
                && !control->parentWidget()->inherits("QComboBox") && !control->inherits("QListView"))
                QVERIFY2(!control->accessibleName().isEmpty() || qobject_cast<QListWidget *>(control),
                         qPrintable(
                             QStringLiteral("%1 has no accessible name").arg(control->metaObject()->className())));
        }
        // Tab goes from the business name to the stage, then the deal.
        auto nextTabStop = [](QWidget *from) {
            QWidget *next = from->nextInFocusChain();
            while (next != from && (!next->isVisible() || !next->isEnabled() || !(next->focusPolicy() & Qt::TabFocus)))
                next = next->nextInFocusChain();
            return next;
        };
        QCOMPARE(nextTabStop(pane.businessField()), static_cast<QWidget *>(pane.pipeline()));
        QCOMPARE(nextTabStop(pane.pipeline()), static_cast<QWidget *>(pane.valueField()));
    }

    // Renamed offline from the panel with the keyboard, with an e-mail and a
    // phone: shown at once as pending, then on the server and in the list.
    void contactEditedInThePanelReachesTheServerAndTheList()
    {
        QTemporaryDir profile;
        auto a = onlineClient(profile, QStringLiteral("priya@shop.example"));
        QVERIFY(a);
        models::LeadModel model(a->history.get());
        model.setOutbox(a->outbox.get());
        model.setConversation(m_conversationId);
        models::ConversationListModel list(a->history.get());
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.resize(360, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ui::LeadContact *contact = pane.contactEditor();
        QLineEdit *name = contact->field(Field::Name);
        QLineEdit *email = contact->field(Field::Email);
        QLineEdit *phone = contact->field(Field::Phone);
        const qint64 start = serverContact().value(QStringLiteral("version")).toInteger();
        QVERIFY(start >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().version, start, kDeadlineMs);
        QCOMPARE(name->text(), serverContact().value(QStringLiteral("name")).toString());
        QVERIFY(!name->accessibleName().isEmpty() && !email->accessibleName().isEmpty()
                && !phone->accessibleName().isEmpty());
        // The keyboard goes name, e-mail, phone, then the business.
        auto nextTabStop = [](QWidget *from) {
            QWidget *next = from->nextInFocusChain();
            while (next != from && (!next->isVisible() || !next->isEnabled() || !(next->focusPolicy() & Qt::TabFocus)))
                next = next->nextInFocusChain();
            return next;
        };
        QCOMPARE(nextTabStop(name), static_cast<QWidget *>(email));
        QCOMPARE(nextTabStop(email), static_cast<QWidget *>(phone));
        QCOMPARE(nextTabStop(phone), static_cast<QWidget *>(pane.businessField()));

        const QString newName = QStringLiteral("Aisha Al-Farsi");
        goOffline(*a);
        typeAndEnter(name, QStringLiteral("  ") + newName + QStringLiteral(" "));
        QTRY_COMPARE_WITH_TIMEOUT(model.contact().name, newName, kDeadlineMs); // trimmed, shown at once
        QCOMPARE(model.name(), newName);
        QVERIFY(model.isContactPending());
        typeAndEnter(email, QStringLiteral("aisha@alfarsi.example"));
        typeAndEnter(phone, QStringLiteral("+971 50 123 4567"));
        QTRY_COMPARE_WITH_TIMEOUT(model.contact().phone, QStringLiteral("+971 50 123 4567"), kDeadlineMs);
        QCOMPARE(a->history->reader().outboxCount(), 3);
        QVERIFY(contact->statusLabel()->isVisible());
        QVERIFY(name->font().italic());
        QCOMPARE(model.storedContact().version, start); // nothing left the computer
        QVERIFY(list.data(list.index(list.rowOf(m_conversationId)), models::ConversationListModel::NameRole).toString()
                != newName);
        save(pane, QStringLiteral("leadpanel-contact-pending.png"));

        a->link->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isContactPending() && a->history->reader().outboxCount() == 0, kDeadlineMs);
        QVERIFY(!model.hasContactRefusal());
        const QJsonObject kept = serverContact();
        QCOMPARE(kept.value(QStringLiteral("name")).toString(), newName);
        QCOMPARE(kept.value(QStringLiteral("email")).toString(), QStringLiteral("aisha@alfarsi.example"));
        QCOMPARE(kept.value(QStringLiteral("phone")).toString(), QStringLiteral("+971 50 123 4567"));
        QCOMPARE(kept.value(QStringLiteral("version")).toInteger(), start + 3); // one edit based on the other
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().version, start + 3, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            list.data(list.index(list.rowOf(m_conversationId)), models::ConversationListModel::NameRole).toString(),
            newName, kDeadlineMs);
        QCOMPARE(name->text(), newName);
        QVERIFY(!name->font().italic());
        QVERIFY(!contact->statusLabel()->isVisible());
        save(pane, QStringLiteral("leadpanel-contact.png"));

        // A desktop that stored the contact before it had versions (schema
        // step 10 reads 0): the server refuses the version, but nobody changed
        // what the agent saw, so the edit goes again without asking.
        a->history->write([contactId = m_contactId](store::StoreWriter &writer, store::ChangeSet &changes) {
            if (writer.connection().exec("UPDATE contacts SET version = 0"))
                changes.contacts.insert(contactId);
        });
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().version, 0, kDeadlineMs);
        typeAndEnter(phone, QStringLiteral("+971 4 555 0100"));
        QTRY_VERIFY_WITH_TIMEOUT(a->history->reader().outboxCount() == 0 && model.storedContact().version == start + 4,
                                 kDeadlineMs);
        QVERIFY(!model.hasContactRefusal());
        QCOMPARE(serverContact().value(QStringLiteral("phone")).toString(), QStringLiteral("+971 4 555 0100"));
        QCOMPARE(serverContact().value(QStringLiteral("name")).toString(), newName);
    }

    void contactConflictShowsBothVersionsAndTheChoiceWins_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("keep theirs") << false;
    }

    void contactConflictShowsBothVersionsAndTheChoiceWins()
    {
        QFETCH(bool, keepMine);
        const QString myName = keepMine ? QStringLiteral("Aisha Rahman") : QStringLiteral("Aisha R.");
        const QString theirName = keepMine ? QStringLiteral("Aisha bint Rahman") : QStringLiteral("A. Rahman");
        QTemporaryDir profile;
        auto a = onlineClient(profile, QStringLiteral("priya@shop.example"));
        QVERIFY(a);
        models::LeadModel model(a->history.get());
        model.setOutbox(a->outbox.get());
        model.setConversation(m_conversationId);
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.resize(360, 900);
        pane.show();
        ui::LeadContact *contact = pane.contactEditor();
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().version,
                                  serverContact().value(QStringLiteral("version")).toInteger(), kDeadlineMs);

        goOffline(*a);
        typeAndEnter(contact->field(Field::Name), myName);
        QTRY_VERIFY_WITH_TIMEOUT(model.isContactPending(), kDeadlineMs);
        // Meanwhile a colleague renames the same customer.
        QVERIFY(othersRename(theirName));
        QCOMPARE(serverContact().value(QStringLiteral("name")).toString(), theirName);

        a->link->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasContactRefusal(), kDeadlineMs);
        QVERIFY(model.isContactConflict());
        QCOMPARE(model.myContact().name, myName);
        QCOMPARE(model.storedContact().name, theirName); // the server's `current`, stored
        QCOMPARE(model.contactConflictFields(), QVector<Field>{Field::Name});
        QTRY_VERIFY_WITH_TIMEOUT(contact->refusalBox()->isVisible(), kDeadlineMs);
        const QString shown = contact->refusalText()->text();
        QVERIFY2(shown.contains(myName) && shown.contains(theirName), qPrintable(shown));
        QCOMPARE(contact->keepMineButton()->text(), QStringLiteral("Keep mine"));
        QCOMPARE(contact->field(Field::Name)->text(), theirName);
        if (keepMine)
            save(pane, QStringLiteral("leadpanel-contact-conflict.png"));

        (keepMine ? contact->keepMineButton() : contact->keepTheirsButton())->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasContactRefusal() && !model.isContactPending()
                                     && a->history->reader().outboxCount() == 0,
                                 kDeadlineMs);
        const QString expected = keepMine ? myName : theirName;
        QTRY_COMPARE_WITH_TIMEOUT(serverContact().value(QStringLiteral("name")).toString(), expected, kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().name, expected, kDeadlineMs);
        QCOMPARE(model.storedContact().version, serverContact().value(QStringLiteral("version")).toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(contact->field(Field::Name)->text(), expected, kDeadlineMs);
        QVERIFY(!contact->refusalBox()->isVisible());
    }

    // What the server would refuse is refused in the field, in words, and
    // nothing is sent; what it still refuses shows its reason, and keeps nothing.
    void aBadEmailIsRefusedInTheFieldBeforeAnythingIsSent()
    {
        QTemporaryDir profile;
        auto a = onlineClient(profile, QStringLiteral("priya@shop.example"));
        QVERIFY(a);
        models::LeadModel model(a->history.get());
        model.setOutbox(a->outbox.get());
        model.setConversation(m_conversationId);
        ui::LeadPane pane;
        pane.setModel(&model);
        pane.resize(360, 900);
        pane.show();
        ui::LeadContact *contact = pane.contactEditor();
        const QJsonObject before = serverContact();
        QTRY_COMPARE_WITH_TIMEOUT(model.storedContact().version, before.value(QStringLiteral("version")).toInteger(),
                                  kDeadlineMs);
        QLineEdit *email = contact->field(Field::Email);
        const QString savedEmail = email->text();

        typeAndEnter(email, QStringLiteral("aisha at alfarsi"));
        QLabel *problem = contact->problemLabel(Field::Email);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("name@example.com")), qPrintable(problem->text()));
        QVERIFY(email->accessibleDescription().contains(problem->text()));
        QCOMPARE(email->text(), QStringLiteral("aisha at alfarsi")); // kept to be corrected
        save(pane, QStringLiteral("leadpanel-contact-bad-email.png"));
        // Typing follows the check; Escape puts back what is saved.
        QTest::keyClicks(email, QStringLiteral("@x"));
        QVERIFY(problem->isVisible());
        email->setText(QString());
        QTest::keyClicks(email, QStringLiteral("aisha@alfarsi.example"));
        QVERIFY(!problem->isVisible());
        QTest::keyClick(email, Qt::Key_Escape);
        QCOMPARE(email->text(), savedEmail);

        struct
        {
            Field field;
            QString text;
            QString says;
        } refused[] = {{Field::Name, QStringLiteral("   "), QStringLiteral("cannot be empty")},
                       {Field::Name, QStringLiteral("Aisha") + QChar(0x202E) + QStringLiteral("lahsiA"),
                        QStringLiteral("direction")},
                       {Field::Name, QString(101, QLatin1Char('a')), QStringLiteral("100")},
                       {Field::Phone, QStringLiteral("call me"), QStringLiteral("digits")},
                       {Field::Email, QStringLiteral("a@b"), QStringLiteral("name@example.com")}};
        for (const auto &[field, text, says] : refused) {
            contact->field(field)->setText(text);
            QTest::keyClick(contact->field(field), Qt::Key_Return);
            QVERIFY2(contact->problemLabel(field)->text().contains(says),
                     qPrintable(contact->problemLabel(field)->text()));
            QTest::keyClick(contact->field(field), Qt::Key_Escape);
            QVERIFY(!contact->problemLabel(field)->isVisible());
        }
        QTest::qWait(200); // a write would have reached the outbox by now
        QCOMPARE(a->history->reader().outboxCount(), 0);
        QVERIFY(!model.isContactPending());
        QCOMPARE(serverContact(), before);

        // A desktop that skipped the check: the server's reason, in words;
        // discarding it leaves the contact as the server has it.
        a->outbox->sendCommand(m_conversationId, QStringLiteral("contact.update"),
                               {{QStringLiteral("contact_id"), m_contactId},
                                {QStringLiteral("email"), QStringLiteral("aisha@@alfarsi")}});
        QTRY_VERIFY_WITH_TIMEOUT(model.hasContactRefusal(), kDeadlineMs);
        QVERIFY(!model.isContactConflict());
        QVERIFY(contact->refusalBox()->isVisible());
        const QString said = contact->refusalText()->text();
        QVERIFY2(said.contains(QStringLiteral("email: expected an address such as name@example.com")),
                 qPrintable(said));
        QCOMPARE(model.contact().email, savedEmail);
        QCOMPARE(email->text(), savedEmail);
        QCOMPARE(contact->keepTheirsButton()->text(), QStringLiteral("Discard mine"));
        contact->keepTheirsButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasContactRefusal() && a->history->reader().outboxCount() == 0, kDeadlineMs);
        QVERIFY(!contact->refusalBox()->isVisible());
        QCOMPARE(serverContact(), before);
    }
};

QTEST_MAIN(TestLeadPanel)
#include "tst_leadpanel.moc"
