#pragma once

// A thin RAII layer over SQLCipher's C API: one connection, prepared
// statements, and errors as text. The client never loads Qt's QSQLITE driver,
// because SQLCipher and the system SQLite export the same symbols.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace relaydesk::store {

class Statement;

// One open database connection. Move-only; closes on destruction.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    [[nodiscard]] bool open(const QString &path, Mode mode, QString *error);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements with no results. On failure sets `error`.
    [[nodiscard]] bool exec(const char *sql, QString *error = nullptr);
    [[nodiscard]] bool exec(const QByteArray &sql, QString *error = nullptr) { return exec(sql.constData(), error); }
    // For statements whose failure the caller can do nothing about and that
    // lose nothing (a rollback after a failure, a checkpoint, a pragma that
    // only tunes speed): runs it and logs a failure instead of returning it.
    void execBestEffort(const char *sql);

    // Prepares a statement; an invalid Statement on failure (see lastError()).
    Statement prepare(const char *sql);

    // Result of a single-value query, or nothing on error / no row.
    [[nodiscard]] std::optional<qint64> queryInt(const char *sql);
    [[nodiscard]] std::optional<QString> queryText(const char *sql);

    QString lastError() const;
    int lastErrorCode() const;
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *statement);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);    // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // as text; null binds NULL
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value, qint64 nullValue = 0)
    {
        return value == nullValue ? bindNull(index) : bind(index, value);
    }

    // Steps once: true while a row is available. Check ok() after false.
    [[nodiscard]] bool next();
    // Steps to completion (for statements without rows); true on success.
    [[nodiscard]] bool run();
    void reset();
    [[nodiscard]] bool ok() const { return m_ok; }
    QString error() const;

    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL gives a null QString
    QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = true;
};

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit(QString *error = nullptr);

private:
    Connection &m_connection;
    bool m_active = false;
};

} // namespace relaydesk::store
