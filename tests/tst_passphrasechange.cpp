// Changing the history passphrase through the app's flow: the current
// passphrase is confirmed (asked again when wrong), the files are re-keyed off
// the UI thread, the history opens again with the new passphrase only, and
// nothing in it is lost. Cancelling changes nothing.

#include "passphrasechange.h"

#include "platform/historysecret.h"
#include "platform/profile.h"
#include "store/databasekey.h"
#include "store/reader.h"
#include "store/store.h"
#include "store/writer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relaydesk;
using Outcome = app::PassphraseChange::Outcome;

namespace {

constexpr int kRekeyTimeoutMs = 60000; // a deadline for a hang, not a pause
const auto kOld = QStringLiteral("old passphrase 1");
const auto kNew = QStringLiteral("new passphrase 2");

std::unique_ptr<store::Store> openWith(const Profile &profile, const QString &passphrase, store::OpenError *error)
{
    return store::Store::open({profile.databasePath(), profile.searchIndexPath()},
                              store::DatabaseKey::fromPassphrase(passphrase), error);
}

bool writeOneMessage(store::Store &history, QString *error)
{
    protocol::Contact contact;
    contact.id = 1;
    contact.name = QStringLiteral("Ana Souza");
    protocol::Conversation conversation;
    conversation.id = 10;
    conversation.contactId = 1;
    conversation.channel = protocol::Channel::WhatsApp;
    protocol::Message message;
    message.id = 100;
    message.conversationId = 10;
    message.author = protocol::Author::Customer;
    message.text = QStringLiteral("Olá, o pedido chegou?");
    message.status = protocol::MessageStatus::Delivered;
    message.createdAt = 1700000000000;
    bool ok = false;
    history.writeAndWait([&](store::StoreWriter &writer, store::ChangeSet &changes) {
        ok = writer.applySnapshot({contact, conversation, message}, -1, &changes, error);
    });
    return ok;
}

} // namespace

class TestPassphraseChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The signal names a class its header only forward-declares.
        qRegisterMetaType<store::Store *>();
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        QString error;
        auto profile = Profile::open(m_root->filePath(QStringLiteral("agent")), &error);
        QVERIFY2(profile, qPrintable(error));
        m_profile = std::make_unique<Profile>(*profile);
        store::OpenError openError;
        m_history = openWith(*m_profile, kOld, &openError);
        QVERIFY2(m_history, qPrintable(openError.message));
        QVERIFY2(writeOneMessage(*m_history, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_history.reset();
        m_profile.reset();
        m_root.reset();
    }

    void wrongCurrentPassphraseIsAskedAgainThenTheHistoryIsRekeyed()
    {
        QStringList problems;
        app::PassphraseChange change(*m_profile, m_history, [&problems](const QString &problem) {
            problems.append(problem);
            const QString current = problems.size() == 1 ? QStringLiteral("not the passphrase") : kOld;
            return std::optional(app::PassphraseChange::Request{current, kNew});
        });
        QSignalSpy closing(&change, &app::PassphraseChange::historyClosing);
        QSignalSpy reopened(&change, &app::PassphraseChange::historyReopened);
        QSignalSpy finished(&change, &app::PassphraseChange::finished);
        change.start();
        // The UI thread came back before the re-key was done.
        QCOMPARE(closing.size(), 1);
        QVERIFY(change.isRunning());
        QVERIFY(!m_history);
        QVERIFY(finished.wait(kRekeyTimeoutMs));

        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY(!problems.at(1).isEmpty());
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Changed);
        QCOMPARE(reopened.size(), 1);
        QVERIFY(m_history);
        QCOMPARE(reopened.at(0).at(0).value<QObject *>(), static_cast<QObject *>(m_history.get()));
        QVERIFY(m_history->isOpenedWith(store::DatabaseKey::fromPassphrase(kNew)));
        QVERIFY(m_history->waitForSearchIndex(kRekeyTimeoutMs));
        QCOMPARE(m_history->reader().searchMessages(QStringLiteral("pedido"), 10).size(), 1);
        QVERIFY(platform::HistorySecretSource(*m_profile, {}).usesPassphrase());

        m_history.reset();
        store::OpenError openError;
        QVERIFY(!openWith(*m_profile, kOld, &openError));
        QCOMPARE(openError.code, store::OpenError::Code::WrongKeyOrDamaged);
        auto reopenedWithNew = openWith(*m_profile, kNew, &openError);
        QVERIFY2(reopenedWithNew, qPrintable(openError.message));
        QVERIFY(reopenedWithNew->waitForSearchIndex(kRekeyTimeoutMs));
        QCOMPARE(reopenedWithNew->reader().searchMessages(QStringLiteral("chegou"), 10).size(), 1);
    }

    void cancellingChangesNothing()
    {
        store::Store *before = m_history.get();
        app::PassphraseChange change(*m_profile, m_history,
                                     [](const QString &) { return std::optional<app::PassphraseChange::Request>(); });
        QSignalSpy closing(&change, &app::PassphraseChange::historyClosing);
        QSignalSpy finished(&change, &app::PassphraseChange::finished);
        change.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(closing.size(), 0);
        QCOMPARE(m_history.get(), before);
        QVERIFY(m_history->isOpenedWith(store::DatabaseKey::fromPassphrase(kOld)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<store::Store> m_history;
};

QTEST_MAIN(TestPassphraseChange)
#include "tst_passphrasechange.moc"
