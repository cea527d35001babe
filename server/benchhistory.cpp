#include "benchhistory.h"

#include "accounts.h"
#include "serverconfig.h"
#include "serverdb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace relaydesk::server {

namespace {

const char *const kTexts[] = {
    "Hello! Is my order on its way? I paid on Monday and the page still says it is being prepared.",
    "Can I change the delivery address to my office?",
    "क्या मेरा ऑर्डर भेज दिया गया है?",
    "Olá! Vocês têm este modelo em azul?",
    "Terima kasih, pesanan sudah sampai dengan baik.",
    "I need a refund for order 4411, the kettle arrived cracked.",
    "Your parcel left our warehouse this morning; here is the tracking number.",
    "¿Hacen envíos a Guadalajara?",
};

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool fill(ServerDb &db, qint64 workspaceId, qint64 messages, int conversations, QString *error)
{
    QSqlDatabase &sql = db.db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Spread over the last year, one message a minute at most per conversation.
    const qint64 perConversation = (messages + conversations - 1) / conversations;
    const qint64 start = now - perConversation * 60000 - qint64(conversations) * 1000;
    QSqlQuery contact(sql), conversation(sql), message(sql);
    contact.prepare(QStringLiteral("INSERT INTO contacts (workspace_id, name, phone, whatsapp_id, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?)"));
    conversation.prepare(QStringLiteral(
        "INSERT INTO conversations (workspace_id, contact_id, channel, status, last_activity, last_preview)"
        " VALUES (?, ?, 'whatsapp', ?, ?, ?)"));
    message.prepare(QStringLiteral("INSERT INTO messages (workspace_id, conversation_id, author, author_name, kind,"
                                   " text, status, created_at) VALUES (?, ?, ?, ?, 'text', ?, ?, ?)"));
    const char *const statuses[] = {"open", "open", "pending", "resolved"};
    qint64 written = 0;
    for (int c = 0; c < conversations && written < messages; ++c) {
        if (c % 500 == 0 && !sql.transaction()) {
            *error = sql.lastError().text();
            return false;
        }
        const QString phone = QStringLiteral("62811%1").arg(c, 7, 10, QLatin1Char('0'));
        contact.bindValue(0, workspaceId);
        const QString customerName = QStringLiteral("Customer %1").arg(c + 1);
        contact.bindValue(1, customerName);
        contact.bindValue(2, QLatin1Char('+') + phone);
        contact.bindValue(3, phone);
        contact.bindValue(4, now);
        if (!exec(contact, error))
            return false;
        const qint64 contactId = contact.lastInsertId().toLongLong();
        const qint64 count = std::min(perConversation, messages - written);
        const qint64 last = start + qint64(c) * 1000 + (count - 1) * 60000;
        conversation.bindValue(0, workspaceId);
        conversation.bindValue(1, contactId);
        conversation.bindValue(2, QLatin1String(statuses[c % 4]));
        conversation.bindValue(3, last);
        conversation.bindValue(4, QString::fromUtf8(kTexts[(count - 1) % 8]).left(80));
        if (!exec(conversation, error))
            return false;
        const qint64 conversationId = conversation.lastInsertId().toLongLong();
        for (qint64 i = 0; i < count; ++i) {
            const bool customer = i % 3 != 2;
            message.bindValue(0, workspaceId);
            message.bindValue(1, conversationId);
            message.bindValue(2, customer ? QStringLiteral("customer") : QStringLiteral("agent"));
            message.bindValue(3, customer ? customerName : QStringLiteral("Bench Agent"));
            message.bindValue(4, QStringLiteral("%1 (%2)").arg(QString::fromUtf8(kTexts[i % 8])).arg(written + i));
            message.bindValue(5, customer ? QStringLiteral("delivered") : QStringLiteral("read"));
            message.bindValue(6, start + qint64(c) * 1000 + i * 60000);
            if (!exec(message, error))
                return false;
        }
        written += count;
        if ((c % 500 == 499 || c + 1 == conversations || written >= messages) && !sql.commit()) {
            *error = sql.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int runBenchHistory(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a workspace with a large history, for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The server's data <folder>."),
                                     QStringLiteral("folder"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace <name>."),
                                       QStringLiteral("name"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in all (default 1000000)."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations (default 10000)."), QStringLiteral("n"),
                                           QStringLiteral("10000"));
    parser.addOptions({dataDir, workspace, messages, conversations});
    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "bench-history"
    parser.process(arguments);

    const qint64 messageCount = parser.value(messages).toLongLong();
    const int conversationCount = parser.value(conversations).toInt();
    if (!parser.isSet(dataDir) || parser.value(workspace).trimmed().isEmpty() || messageCount < 1
        || conversationCount < 1) {
        std::fprintf(stderr, "relaydesk-server bench-history: needs --data-dir, --workspace and positive counts\n");
        return 2;
    }
    ServerConfig config;
    config.dataDirectory = parser.value(dataDir);
    ServerDb db;
    QString error;
    if (!db.open(config.databasePath(), &error)) {
        std::fprintf(stderr, "relaydesk-server bench-history: %s\n", qPrintable(error));
        return 1;
    }
    Accounts accounts(db, config.tokenLifetimeMs);
    AccountError failure;
    const std::optional<qint64> workspaceId = accounts.ensureWorkspace(parser.value(workspace), &failure);
    if (!workspaceId) {
        std::fprintf(stderr, "relaydesk-server bench-history: %s\n", qPrintable(failure.message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(db, *workspaceId, messageCount, conversationCount, &error)) {
        std::fprintf(stderr, "relaydesk-server bench-history: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("relaydesk-server bench-history: %lld messages in %d conversations in %.1f s\n",
                static_cast<long long>(messageCount), conversationCount, double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace relaydesk::server
