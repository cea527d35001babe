#include "store/sqlite.h"

#include "store/log.h"
#include "store/sqlcipher_api.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>

#ifdef __GLIBC__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace relaydesk::store {

#ifdef __GLIBC__
namespace {

// SQLite's large buffers straight from the system. FTS4 merges build each
// term's whole doclist in buffers that double as they grow (megabytes for a
// common word in a big index). glibc maps the first such block, but freeing
// it raises its threshold for mapping to that block's size, so the next ones
// come from its arenas, and the holes they leave there are kept: the first
// large merge (at 1.8M messages) left the process 16 MB bigger for good.
// Mapped here, they go back to the system when freed.
namespace sqlitememory {

constexpr std::size_t kMappedFrom = 256 * 1024;
constexpr std::size_t kHeader = 16; // the size, and the mapping's length (0: from malloc); keeps 16-byte alignment

std::size_t pageRounded(std::size_t bytes)
{
    static const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
    return (bytes + page - 1) / page * page;
}

void *allocate(int n)
{
    const auto size = std::size_t(n);
    std::size_t *header = nullptr;
    std::size_t mapped = 0;
    if (size >= kMappedFrom) {
        mapped = pageRounded(size + kHeader);
        void *block = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED)
            return nullptr;
        header = static_cast<std::size_t *>(block);
    } else {
        header = static_cast<std::size_t *>(std::malloc(size + kHeader));
        if (!header)
            return nullptr;
    }
    header[0] = size;
    header[1] = mapped;
    return header + 2;
}

std::size_t *headerOf(void *p)
{
    return static_cast<std::size_t *>(p) - 2;
}

void release(void *p)
{
    if (!p)
        return;
    std::size_t *header = headerOf(p);
    if (header[1] != 0)
        munmap(header, header[1]);
    else
        std::free(header);
}

int sizeOf(void *p)
{
    return p ? int(headerOf(p)[0]) : 0;
}

void *reallocate(void *p, int n)
{
    const auto size = std::size_t(n);
    std::size_t *header = headerOf(p);
    if (header[1] == 0 && size < kMappedFrom) {
        auto *moved = static_cast<std::size_t *>(std::realloc(header, size + kHeader));
        if (!moved)
            return nullptr;
        moved[0] = size;
        return moved + 2;
    }
    if (header[1] != 0 && size >= kMappedFrom) {
        const std::size_t mapped = pageRounded(size + kHeader);
        void *block = mremap(header, header[1], mapped, MREMAP_MAYMOVE);
        if (block == MAP_FAILED)
            return nullptr;
        auto *moved = static_cast<std::size_t *>(block);
        moved[0] = size;
        moved[1] = mapped;
        return moved + 2;
    }
    void *fresh = allocate(n);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, p, std::min(header[0], size));
    release(p);
    return fresh;
}

int roundedUp(int n)
{
    return (n + 7) & ~7;
}

int initialise(void *)
{
    return SQLITE_OK;
}

void shutDown(void *)
{
}

} // namespace sqlitememory
} // namespace
#endif

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

bool Connection::open(const QString &path, Mode mode, QString *error)
{
    static std::once_flag configured;
    std::call_once(configured, [] {
        // Memory statistics take one process-wide mutex on every allocation,
        // which the writer and indexer threads would fight over. Must come
        // before SQLite initialises; SQLCipher still wipes freed memory.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#ifdef __GLIBC__
        static const sqlite3_mem_methods methods{sqlitememory::allocate,   sqlitememory::release,
                                                 sqlitememory::reallocate, sqlitememory::sizeOf,
                                                 sqlitememory::roundedUp,  sqlitememory::initialise,
                                                 sqlitememory::shutDown,   nullptr};
        if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK)
            qCWarning(lcStore) << "SQLite was started before its memory could be set up";
#endif
    });
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Connection::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return false;
    }
    return true;
}

void Connection::execBestEffort(const char *sql)
{
    QString error;
    if (!exec(sql, &error))
        qCWarning(lcStore) << "could not run" << sql << ":" << error;
}

Statement Connection::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return {};
    }
    return Statement(m_db, statement);
}

std::optional<qint64> Connection::queryInt(const char *sql)
{
    Statement statement = prepare(sql);
    if (!statement.isValid() || !statement.next())
        return std::nullopt;
    return statement.int64(0);
}

std::optional<QString> Connection::queryText(const char *sql)
{
    Statement statement = prepare(sql);
    if (!statement.isValid() || !statement.next())
        return std::nullopt;
    return statement.text(0);
}

QString Connection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database is not open");
}

int Connection::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_ok(other.m_ok)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_ok = other.m_ok;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::next()
{
    if (!m_statement) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    const bool success = m_ok;
    reset();
    m_ok = success;
    return success;
}

void Statement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_ok = true;
}

QString Statement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("statement not prepared");
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{
    m_active = m_connection.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_active)
        m_connection.execBestEffort("ROLLBACK");
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = QStringLiteral("no transaction is active");
        return false;
    }
    if (!m_connection.exec("COMMIT", error)) {
        m_connection.execBestEffort("ROLLBACK");
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}

} // namespace relaydesk::store
