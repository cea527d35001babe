// relaydesk-bench store: builds a large encrypted history through the real
// write path (event batches with their seq) and times the reads the UI makes.

#include "benchcommand.h"

#include "store/database.h"
#include "store/reader.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "store/writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace relaydesk::bench {

namespace {

using namespace relaydesk::store;
using namespace relaydesk::protocol;

const char *const kRareWord = "zanzibarite";
const char *const kWords[] = {"hello",   "order",    "delivery", "thanks",     "please",   "price",   "invoice",
                              "today",   "tomorrow", "payment",  "received",   "shipping", "address", "question",
                              "product", "size",     "colour",   "available",  "stock",    "refund",  "return",
                              "week",    "morning",  "evening",  "store",      "open",     "closed",  "pesanan",
                              "terima",  "kasih",    "harga",    "pengiriman", "obrigado", "entrega", "pedido",
                              "gracias", "envío",    "precio",   "धन्यवाद",     "ऑर्डर",     "कीमत",    "when",
                              "where",   "can",      "you",      "help",       "me",       "with",    "my",
                              "the",     "a",        "is",       "it",         "still",    "ok",      "great"};

struct Options
{
    qint64 messages = 1000000;
    int conversations = 10000;
    qint64 bigConversation = 100000;
    int batch = StoreWriter::kRecommendedBatch;
    QString directory;
};

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

QString messageText(QRandomGenerator &random, bool rare)
{
    QString text;
    text.reserve(220);
    const int rareAt = rare ? int(random.bounded(20)) : -1;
    int words = 0;
    while (text.size() < 190) {
        if (words == rareAt)
            text += QLatin1String(kRareWord);
        else
            text += QString::fromUtf8(kWords[random.bounded(int(std::size(kWords)))]);
        text += QLatin1Char(' ');
        ++words;
    }
    if (rare && rareAt >= words)
        text += QLatin1String(kRareWord);
    return text;
}

struct IngestFigures
{
    double seconds = 0;
    double writerSeconds = 0; // until the history writer was done (search may lag)
    qint64 messages = 0;
};

bool seedConversations(StoreWriter &writer, const Options &options, qint64 now, QString *error)
{
    // A thousand at a time, as history pages would bring them: the bench
    // holds no list as long as the conversations.
    constexpr int kPerSnapshot = 1000;
    QVector<EventPayload> records;
    records.reserve(kPerSnapshot * 2);
    for (int i = 1; i <= options.conversations; ++i) {
        Contact contact;
        contact.id = i;
        contact.name = QStringLiteral("Customer %1").arg(i);
        contact.phone = QStringLiteral("+62 812 %1").arg(100000 + i);
        records.append(contact);
        Conversation conversation;
        conversation.id = i;
        conversation.contactId = i;
        conversation.channel = Channel(i % 3);
        conversation.status = ConversationStatus(i % 4);
        conversation.assigneeId = i % 5;
        conversation.unreadCount = i % 7 == 0 ? 2 : 0;
        conversation.lastActivity = now - qint64(options.conversations - i) * 1000;
        records.append(conversation);
        if (i % kPerSnapshot == 0 || i == options.conversations) {
            if (!writer.applySnapshot(records, 0, nullptr, error))
                return false;
            records.clear();
        }
    }
    return true;
}

// Ingests through the app's Store (writer thread + search indexer thread)
// and times until every message is stored and searchable.
bool ingest(const Store::Paths &paths, const DatabaseKey &key, const Options &options, IngestFigures *figures,
            QString *error)
{
    OpenError openError;
    std::unique_ptr<Store> store = Store::open(paths, key, &openError);
    if (!store) {
        *error = openError.message;
        return false;
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
    bool ok = true;
    store->writeAndWait(
        [&](StoreWriter &writer, ChangeSet &) { ok = seedConversations(writer, options, start, error); });
    if (!ok || !store->waitForSearchIndex(60000))
        return false;

    // Texts come from a pool so that making up messages costs next to nothing
    // and the timed section is the store's work.
    QRandomGenerator random(42);
    QVector<QString> pool;
    QVector<QString> rarePool;
    for (int i = 0; i < 4096; ++i)
        pool.append(messageText(random, false));
    for (int i = 0; i < 64; ++i)
        rarePool.append(messageText(random, true));

    const qint64 bigEvery = std::max<qint64>(1, options.messages / std::max<qint64>(1, options.bigConversation));
    QElapsedTimer timer;
    timer.start();
    qint64 seq = 0;
    QVector<Event> batch;
    batch.reserve(options.batch);
    for (qint64 i = 0; i < options.messages && ok; ++i) {
        Message message;
        message.id = i + 1;
        message.conversationId = (i % bigEvery == 0) ? 1 : 2 + qint64(random.bounded(options.conversations - 1));
        message.author = i % 3 == 0 ? Author::Agent : Author::Customer;
        message.kind = MessageKind::Text;
        message.status = MessageStatus::Delivered;
        message.createdAt = start + i * 25;
        message.text = i % 100 == 37 ? rarePool.at(int(i % rarePool.size()))
                                     : pool.at(int(random.bounded(pool.size())));
        batch.append(Event{++seq, message});
        if (batch.size() == options.batch || i + 1 == options.messages) {
            store->writeAndWait([&, events = std::move(batch)](StoreWriter &writer, ChangeSet &changes) {
                ok = writer.applyEvents(events, &changes, error) == StoreWriter::ApplyResult::Applied;
            });
            batch = QVector<Event>();
            batch.reserve(options.batch);
            // Deliver the store's change notices as the app's event loop
            // would; left queued, they pile up (one per batch) and the peak
            // RSS would measure the bench's backlog, not the store.
            QCoreApplication::sendPostedEvents(store.get());
        }
    }
    if (!ok)
        return false;
    figures->writerSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!store->waitForSearchIndex(600000)) {
        *error = QStringLiteral("the search index did not catch up");
        return false;
    }
    figures->seconds = double(timer.nsecsElapsed()) / 1e9;
    figures->messages = options.messages;
    return true;
}

} // namespace

bool buildBenchHistory(const store::Store::Paths &paths, const store::DatabaseKey &key, qint64 messages,
                       int conversations, qint64 bigConversation, QString *error)
{
    Options options;
    options.messages = messages;
    options.conversations = std::max(2, conversations);
    options.bigConversation = bigConversation;
    IngestFigures figures;
    return ingest(paths, key, options, &figures, error);
}

namespace {

template<typename F>
double medianMs(int runs, F &&work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int runStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds a large encrypted history and times it."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in all."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations."),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption big(QStringLiteral("big"), QStringLiteral("Messages in the one large conversation."),
                                 QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Events per transaction (default: what the sync uses)."),
                                   QStringLiteral("n"), QString::number(StoreWriter::kRecommendedBatch));
    const QCommandLineOption directory(QStringLiteral("dir"),
                                       QStringLiteral("Where to build the files (default: a temporary folder)."),
                                       QStringLiteral("folder"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON (always on; accepted for clarity)."));
    const QCommandLineOption skipUnkeyed(QStringLiteral("skip-unkeyed"),
                                         QStringLiteral("Do not run the unencrypted comparison."));
    parser.addOptions({messages, conversations, big, batch, directory, json, skipUnkeyed});
    parser.process(QStringList{QStringLiteral("relaydesk-bench store")} + arguments);

    Options options;
    options.messages = parser.value(messages).toLongLong();
    options.conversations = std::max(2, parser.value(conversations).toInt());
    options.bigConversation = parser.value(big).toLongLong();
    options.batch = std::max(1, parser.value(batch).toInt());
    QTemporaryDir temporary;
    const QString folder = parser.isSet(directory) ? parser.value(directory) : temporary.path();
    QDir().mkpath(folder);
    const Store::Paths encryptedPaths{folder + QStringLiteral("/bench-encrypted.db"),
                                      folder + QStringLiteral("/bench-encrypted-search.db")};
    const Store::Paths plainPaths{folder + QStringLiteral("/bench-unkeyed.db"),
                                  folder + QStringLiteral("/bench-unkeyed-search.db")};
    const QString encryptedPath = encryptedPaths.history;
    for (const Store::Paths &paths : {encryptedPaths, plainPaths}) {
        for (const QString &path : {paths.history, paths.searchIndex}) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    }

    const DatabaseKey key = DatabaseKey::generateRaw();
    QString error;
    IngestFigures encrypted;
    if (!ingest(encryptedPaths, key, options, &encrypted, &error)) {
        std::fprintf(stderr, "relaydesk-bench store: %s\n", qPrintable(error));
        return 1;
    }
    IngestFigures unkeyed;
    if (!parser.isSet(skipUnkeyed)
        && !ingest(plainPaths, DatabaseKey::unencryptedForBenchmark(), options, &unkeyed, &error)) {
        std::fprintf(stderr, "relaydesk-bench store: %s\n", qPrintable(error));
        return 1;
    }
    for (const QString &path : {plainPaths.history, plainPaths.searchIndex}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }

    // Open with the key and show the first page of the conversation list.
    QElapsedTimer openTimer;
    openTimer.start();
    OpenError openError;
    std::unique_ptr<Store> store = Store::open(encryptedPaths, key, &openError);
    if (!store) {
        std::fprintf(stderr, "relaydesk-bench store: %s\n", qPrintable(openError.message));
        return 1;
    }
    StoreReader &reader = store->reader();
    const auto firstPage = reader.conversations({}, 50);
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;

    qint64 middleId = 0;
    {
        const auto newest = reader.newestMessages(1, 1);
        const auto all = newest.isEmpty() ? 0 : newest.constFirst().id;
        // Walk to the middle once by keyset pages (not timed).
        qint64 cursor = all;
        qint64 walked = 0;
        while (walked < options.bigConversation / 2) {
            const auto page = reader.messagesBefore(1, cursor, 1000);
            if (page.isEmpty())
                break;
            cursor = page.constFirst().id;
            walked += page.size();
        }
        middleId = cursor;
    }
    int newestCount = 0, middleCount = 0, hitCount = 0;
    const double newestMs = medianMs(21, [&] { newestCount = reader.newestMessages(1, 50).size(); });
    const double middleMs = medianMs(21, [&] { middleCount = reader.messagesBefore(1, middleId, 50).size(); });
    QElapsedTimer firstSearch;
    firstSearch.start();
    hitCount = reader.searchMessages(QString::fromLatin1(kRareWord), 50).size();
    const double searchFirstMs = double(firstSearch.nsecsElapsed()) / 1e6;
    const double searchMs = medianMs(11, [&] {
        hitCount = reader.searchMessages(QString::fromLatin1(kRareWord), 50).size();
    });

    // The list's tabs and the window's title: one read on the UI thread per burst of changes.
    int countedOpen = 0;
    const double countsMs = medianMs(21, [&] { countedOpen = reader.conversationCounts(1).open.all; });

    QFileInfo file(encryptedPath);
    QFileInfo indexFile(encryptedPaths.searchIndex);
    QJsonObject result{
        {QStringLiteral("messages"), options.messages},
        {QStringLiteral("conversations"), options.conversations},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("sqlcipher"), Database::cipherVersion()},
        {QStringLiteral("ingest_seconds"), encrypted.seconds},
        {QStringLiteral("ingest_writer_seconds"), encrypted.writerSeconds},
        {QStringLiteral("ingest_msgs_per_s"), qRound64(double(encrypted.messages) / encrypted.seconds)},
        {QStringLiteral("open_ms"), openMs},
        {QStringLiteral("first_page_rows"), firstPage.size()},
        {QStringLiteral("newest_page_ms"), newestMs},
        {QStringLiteral("newest_page_rows"), newestCount},
        {QStringLiteral("middle_page_ms"), middleMs},
        {QStringLiteral("middle_page_rows"), middleCount},
        {QStringLiteral("search_ms"), searchMs},
        {QStringLiteral("search_first_ms"), searchFirstMs},
        {QStringLiteral("search_hits"), hitCount},
        {QStringLiteral("counts_ms"), countsMs},
        {QStringLiteral("counts_open"), countedOpen},
        {QStringLiteral("database_mb"), double(file.size()) / (1024.0 * 1024.0)},
        {QStringLiteral("search_index_mb"), double(indexFile.size()) / (1024.0 * 1024.0)},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
    };
    if (unkeyed.seconds > 0) {
        const double plainRate = double(unkeyed.messages) / unkeyed.seconds;
        result.insert(QStringLiteral("ingest_unkeyed_msgs_per_s"), qRound64(plainRate));
        result.insert(QStringLiteral("encrypted_vs_unkeyed"),
                      (double(encrypted.messages) / encrypted.seconds) / plainRate);
    }
    printJson(result);
    return 0;
}

} // namespace

BenchCommand storeCommand()
{
    return {QStringLiteral("store"),
            QStringLiteral("Ingest a large encrypted history and time the UI's reads and search."), runStore};
}

} // namespace relaydesk::bench
