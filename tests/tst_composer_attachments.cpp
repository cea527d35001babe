// The composer's attachments through the app's session against the real
// server and a private keychain: a file attached and sent shows its upload
// progress, then the reply shows the sent tick and the server holds the file;
// files over the protocol's limits are refused before any upload; a cancelled
// upload sends nothing; a pasted picture, a pasted file and a dropped one
// join the reply.

#include "imagecheck.h"
#include "linkclient.h"
#include "serverprocess.h"

#include "session.h"

#include "models/messagelistmodel.h"
#include "net/mediatransfers.h"
#include "panes/messagedelegate.h"
#include "panes/threadpane.h"
#include "platform/profile.h"
#include "protocol/limits.h"
#include "store/mediacache.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "widgets/attachmenttray.h"
#include "widgets/composer.h"

#include <QClipboard>
#include <QJsonArray>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace relaydesk;

class TestComposerAttachments : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_root;
    QByteArray m_bearer;
    std::optional<Profile> m_profile;
    std::unique_ptr<store::Store> m_history;
    std::unique_ptr<store::MediaCache> m_cache;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<models::MessageListModel> m_model;
    std::unique_ptr<ui::ThreadPane> m_pane;
    qint64 m_conversation = 0;

    QString makeFile(const QString &name, qint64 size, const QByteArray &head = {})
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        file.write(head);
        for (qint64 written = head.size(); written < size; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
        }
        return path;
    }

    QJsonArray serverMessages()
    {
        return test::httpCall(m_server.baseUrl(), "GET",
                              QStringLiteral("/v1/conversations/%1/messages").arg(m_conversation), {}, m_bearer)
            .body.value(QStringLiteral("messages"))
            .toArray();
    }

    int rowWithText(const QString &text)
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(models::MessageListModel::TextRole).toString() == text)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::addAgent(m_server.dataDirectory(), QStringLiteral("a1@shop.example"), QStringLiteral("Shop"),
                               test::kPassword));
        QVERIFY2(m_server.start(test::unlimitedWebchat()), qPrintable(m_server.output()));
        const QString widgetKey = test::widgetKeyOf(m_server.baseUrl(), QStringLiteral("a1@shop.example"));
        QVERIFY(test::customerWrites(m_server.baseUrl(), widgetKey, test::newVisitor(m_server.baseUrl(), widgetKey),
                                     QStringLiteral("Can you send me the report?")));

        m_profile = Profile::open(m_root.filePath(QStringLiteral("agent")), nullptr);
        QVERIFY(m_profile);
        store::OpenError openError;
        m_history = store::Store::open({m_profile->databasePath(), m_profile->searchIndexPath()},
                                       store::DatabaseKey::generateRaw(), &openError);
        QVERIFY2(m_history, qPrintable(openError.message));
        m_cache = std::make_unique<store::MediaCache>(m_profile->cacheDirectory() + QStringLiteral("/media"),
                                                      QByteArray(store::MediaCache::KeyBytes, 'k'), 64 * 1024 * 1024);
        m_session = std::make_unique<app::Session>(*m_profile, m_history.get(), m_server.baseUrl());
        m_model = std::make_unique<models::MessageListModel>(m_history.get());
        m_pane = std::make_unique<ui::ThreadPane>();
        m_pane->setModel(m_model.get());
        m_pane->setTemporaryDirectory(m_profile->cacheDirectory());
        // Wired as app/main.cpp wires them.
        m_session->setMediaCache(m_cache.get());
        connect(m_session.get(), &app::Session::servicesChanged, m_pane.get(), [this] {
            m_pane->setMedia(m_session->mediaCache(), m_session->mediaFetcher(), m_session->mediaTransfers());
        });
        connect(m_pane.get(), &ui::ThreadPane::sendWithAttachments, m_session.get(),
                [this](qint64 conversation, const QString &text, const QVector<protocol::Attachment> &attachments) {
                    QVERIFY(m_session->sendWithAttachments(conversation, text, attachments));
                });
        connect(m_pane.get(), &ui::ThreadPane::sendRequested, m_session.get(),
                [this](qint64 conversation, const QString &text) {
                    m_session->outbox()->sendText(conversation, text, 0, QString());
                });

        bool done = false, ok = false;
        m_session->signIn(m_server.baseUrl(), QStringLiteral("a1@shop.example"), QString::fromUtf8(test::kPassword),
                          [&](bool success, const QString &) {
                              done = true;
                              ok = success;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, test::kDeadlineMs);
        QVERIFY(ok);
        QVERIFY(m_session->mediaTransfers());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->statusText().startsWith(QStringLiteral("Online")), test::kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_history->reader().conversations({}, 10).size(), 1, test::kDeadlineMs);
        m_conversation = m_history->reader().conversations({}, 10).constFirst().id;
        m_bearer = "Bearer "
                   + test::httpCall(m_server.baseUrl(), "POST", QStringLiteral("/v1/auth/sign-in"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("a1@shop.example")},
                                                {QStringLiteral("password"), QString::fromUtf8(test::kPassword)}})
                         .body.value(QStringLiteral("token"))
                         .toString()
                         .toLatin1();

        m_pane->resize(640, 620);
        m_pane->showConversation(m_conversation, QStringLiteral("Visitor"));
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, test::kDeadlineMs);
    }

    void attachedFileShowsProgressThenTheSentTick()
    {
        const QString path = makeFile(QStringLiteral("report.bin"), 12 * 1024 * 1024);
        ui::AttachmentTray *tray = m_pane->attachmentTray();
        QCOMPARE(tray->addFiles({path}), 1);
        QCOMPARE(tray->fileNames(), QStringList{QStringLiteral("report.bin")});
        QVERIFY(tray->problem().isEmpty());

        QSignalSpy progress(tray->progressBar(0), &QProgressBar::valueChanged);
        QSignalSpy uploaded(tray, &ui::AttachmentTray::uploaded);
        QImage uploading;
        connect(tray->progressBar(0), &QProgressBar::valueChanged, this, [&](int value) {
            // The last picture taken part-way (or the first, if it all went at once).
            if (value > 0 && (uploading.isNull() || value < 1000))
                uploading = m_pane->grab().toImage();
        });
        m_pane->composer()->setFocus();
        QTest::keyClicks(m_pane->composer(), QStringLiteral("Here is the report"));
        QTest::keyClick(m_pane->composer(), Qt::Key_Return);
        QVERIFY(tray->isUploading());
        QVERIFY(tray->progressBar(0)->isVisible());
        QVERIFY(m_pane->composer()->isReadOnly()); // the text waits for the file
        QCOMPARE(m_pane->composer()->toPlainText(), QStringLiteral("Here is the report"));
        // The link's status moving on does not reopen Send mid-upload; a file
        // dropped meanwhile goes with the others.
        m_pane->setSendingEnabled(true);
        QVERIFY(!m_pane->findChild<QPushButton *>()->isEnabled());
        QCOMPARE(tray->addFiles({makeFile(QStringLiteral("summary.txt"), 1000, "summary")}), 1);
        QVERIFY(!tray->progressBar(1)->isHidden()); // shown with its row

        QVERIFY(uploaded.wait(test::kDeadlineMs));
        QCOMPARE(uploaded.at(0).at(0).value<QVector<protocol::Attachment>>().size(), 2);
        // Part-way progress was shown before the end (on loopback the
        // network reports few steps; one is enough).
        bool partWay = false;
        for (const auto &call : std::as_const(progress))
            partWay = partWay || (call.at(0).toInt() > 0 && call.at(0).toInt() < 1000);
        QVERIFY(partWay);
        QCOMPARE(progress.constLast().at(0).toInt(), 1000);
        QVERIFY(!uploading.isNull());
        QVERIFY(uploading.save(test::outputPath(QStringLiteral("composer-uploading.png"))));
        QCOMPARE(tray->count(), 0);
        QVERIFY(m_pane->composer()->toPlainText().isEmpty());
        QVERIFY(!m_pane->composer()->isReadOnly());

        // Shown at once, then the server's acknowledgement: the sent tick.
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(QStringLiteral("Here is the report")) >= 0, test::kDeadlineMs);
        const int row = rowWithText(QStringLiteral("Here is the report"));
        QCOMPARE(m_model->index(row).data(models::MessageListModel::AttachmentCountRole).toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(QStringList(
                                     {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")})
                                     .contains(m_model->index(rowWithText(QStringLiteral("Here is the report")))
                                                   .data(models::MessageListModel::StatusRole)
                                                   .toString()),
                                 test::kDeadlineMs);
        const QString status = m_model->index(rowWithText(QStringLiteral("Here is the report")))
                                   .data(models::MessageListModel::StatusRole)
                                   .toString();
        QVERIFY(ui::MessageDelegate::statusMark(status).startsWith(QStringLiteral("✓")));
        QTRY_VERIFY(!m_pane->isHidden());
        const QImage sent = m_pane->grab().toImage();
        QVERIFY(sent.save(test::outputPath(QStringLiteral("composer-sent.png"))));
        QVERIFY2(test::blankReason(sent).isEmpty(), qPrintable(test::blankReason(sent)));

        // The server holds the message with the file, filed as a document.
        const QJsonObject newest = serverMessages().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("text")).toString(), QStringLiteral("Here is the report"));
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("document"));
        const QJsonArray files = newest.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("report.bin"));
        QCOMPARE(qint64(files.at(0).toObject().value(QStringLiteral("size")).toDouble()), qint64(12 * 1024 * 1024));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("summary.txt"));
    }

    void oversizedFilesAreRefusedBeforeUploading()
    {
        // Sparse: a 101 MB document and a 6 MB picture cost nothing on disk.
        const QString huge = m_root.filePath(QStringLiteral("huge.bin"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(protocol::kMaxDocumentBytes + 1));
        }
        const QString photo = m_root.filePath(QStringLiteral("photo.png"));
        {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
            QVERIFY(file.resize(protocol::kMaxImageBytes + 1));
        }
        ui::AttachmentTray *tray = m_pane->attachmentTray();
        QSignalSpy uploads(m_session->mediaTransfers(), &net::MediaTransfers::progress);
        QCOMPARE(tray->addFiles({huge, photo}), 0);
        QCOMPARE(tray->count(), 0);
        const QString problem = tray->problem();
        QVERIFY2(problem.contains(QStringLiteral("“huge.bin”"))
                     && problem.contains(QStringLiteral("a file can be at most 104,857,600 bytes")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("“photo.png”"))
                     && problem.contains(QStringLiteral("a picture can be at most 5,242,880 bytes")),
                 qPrintable(problem));
        QVERIFY(tray->isVisible());
        const QImage picture = m_pane->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("composer-too-large.png"))));
        QCOMPARE(m_session->mediaTransfers()->active() + m_session->mediaTransfers()->queued(), 0);
        QVERIFY(uploads.isEmpty());
        // Enter with nothing written and nothing attached sends nothing.
        QSignalSpy sent(m_pane.get(), &ui::ThreadPane::sendRequested);
        QTest::keyClick(m_pane->composer(), Qt::Key_Return);
        QVERIFY(sent.isEmpty());
    }

    void cancelledUploadSendsNothing()
    {
        const int before = serverMessages().size();
        ui::AttachmentTray *tray = m_pane->attachmentTray();
        QCOMPARE(tray->addFiles({makeFile(QStringLiteral("draft.bin"), 12 * 1024 * 1024)}), 1);
        QSignalSpy cancelled(tray, &ui::AttachmentTray::cancelled);
        QSignalSpy uploaded(tray, &ui::AttachmentTray::uploaded);
        QSignalSpy withFiles(m_pane.get(), &ui::ThreadPane::sendWithAttachments);
        m_pane->composer()->setFocus();
        QTest::keyClicks(m_pane->composer(), QStringLiteral("do not send"));
        QTest::keyClick(m_pane->composer(), Qt::Key_Return);
        QVERIFY(tray->isUploading());
        QCOMPARE(tray->cancelButton(0)->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(tray->cancelButton(0), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!tray->isUploading());
        QCOMPARE(m_session->mediaTransfers()->active() + m_session->mediaTransfers()->queued(), 0);
        // Nothing is lost: the text is back for the agent.
        QCOMPARE(m_pane->composer()->toPlainText(), QStringLiteral("do not send"));
        QVERIFY(!m_pane->composer()->isReadOnly());

        // A reply sent after it arrives; the cancelled one never does.
        m_pane->composer()->clear();
        QTest::keyClicks(m_pane->composer(), QStringLiteral("marker after the cancel"));
        QTest::keyClick(m_pane->composer(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(serverMessages().size() == before + 1, test::kDeadlineMs);
        QCOMPARE(serverMessages().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("marker after the cancel"));
        QVERIFY(serverMessages().at(0).toObject().value(QStringLiteral("attachments")).toArray().isEmpty());
        QVERIFY(uploaded.isEmpty());
        QVERIFY(withFiles.isEmpty());
        QCOMPARE(rowWithText(QStringLiteral("do not send")), -1);
    }

    void pastedPictureAndFileJoinTheReply()
    {
        ui::AttachmentTray *tray = m_pane->attachmentTray();
        tray->clear();
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QGuiApplication::clipboard()->setImage(image);
        m_pane->composer()->clear();
        m_pane->composer()->paste();
        QTRY_COMPARE_WITH_TIMEOUT(tray->count(), 1, test::kDeadlineMs);
        QCOMPARE(tray->fileNames(), QStringList{QStringLiteral("Pasted picture.png")});
        QVERIFY(m_pane->composer()->toPlainText().isEmpty()); // not pasted as text
        // Kept, until it is sent, only under the profile's cache folder, for this user only.
        const QStringList waiting =
            QDir(m_profile->cacheDirectory() + QStringLiteral("/outgoing")).entryList(QDir::Files);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(
            QFileInfo(m_profile->cacheDirectory() + QStringLiteral("/outgoing/") + waiting.constFirst()).permissions()
                & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());

        // A file dropped or pasted on the composer (both arrive as its mime data).
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(makeFile(QStringLiteral("notes.txt"), 2000, "notes"))});
        QGuiApplication::clipboard()->setMimeData(files); // the clipboard owns it
        m_pane->composer()->paste();
        QCOMPARE(tray->fileNames(), (QStringList{QStringLiteral("Pasted picture.png"), QStringLiteral("notes.txt")}));

        // A file dropped on the thread itself.
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(makeFile(QStringLiteral("dropped.txt"), 300, "dropped"))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_pane.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_pane.get(), &drop);
        QCOMPARE(tray->fileNames(), (QStringList{QStringLiteral("Pasted picture.png"), QStringLiteral("notes.txt"),
                                                 QStringLiteral("dropped.txt")}));
        // Once the tray has laid out its new row.
        QTRY_VERIFY(tray->cancelButton(1)->isVisible()
                    && tray->cancelButton(1)->parentWidget()->geometry().top()
                           > tray->cancelButton(0)->parentWidget()->geometry().bottom());
        const QImage picture = m_pane->grab().toImage();
        QVERIFY(picture.save(test::outputPath(QStringLiteral("composer-attachments.png"))));

        tray->clear(); // removed: the pasted picture's file goes too
        QCOMPARE(tray->count(), 0);
        QVERIFY(QDir(m_profile->cacheDirectory() + QStringLiteral("/outgoing")).entryList(QDir::Files).isEmpty());
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_model.reset();
        m_session.reset();
        m_cache.reset();
        m_history.reset();
    }
};

QTEST_MAIN(TestComposerAttachments)
#include "tst_composer_attachments.moc"
