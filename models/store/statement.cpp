#include "statement.h"

#include "connection.h"

#include <sqlite3.h>

namespace Funnelscope {

Statement::Statement(Connection &connection, std::string_view sql)
    : mConnection(&connection)
{
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &mStatement, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, sql);
}

Statement::~Statement()
{
    sqlite3_finalize(mStatement);
}

Statement::Statement(Statement &&other) noexcept
    : mConnection(other.mConnection)
    , mStatement(other.mStatement)
{
    other.mStatement = nullptr;
}

void Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(mStatement, index, value); rc != SQLITE_OK)
        mConnection->fail(rc);
}

void Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(mStatement, index, value); rc != SQLITE_OK)
        mConnection->fail(rc);
}

void Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    bindText(index, std::string_view(utf8.constData(), size_t(utf8.size())), true);
}

void Statement::bindText(int index, std::string_view utf8, bool transient)
{
    // A non-null pointer even for an empty string, so '' is stored and not NULL.
    const char *data = utf8.data() ? utf8.data() : "";
    const int rc = sqlite3_bind_text64(mStatement, index, data, utf8.size(),
                                       transient ? SQLITE_TRANSIENT : SQLITE_STATIC,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK)
        mConnection->fail(rc);
}

void Statement::bindBlob(int index, const void *data, qint64 bytes)
{
    const int rc = sqlite3_bind_blob64(mStatement, index, data ? data : "", sqlite3_uint64(bytes), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        mConnection->fail(rc);
}

void Statement::bindTextOrNull(int index, const QString &value)
{
    if (value.isEmpty())
        bindNull(index);
    else
        bind(index, value);
}

void Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(mStatement, index); rc != SQLITE_OK)
        mConnection->fail(rc);
}

bool Statement::step()
{
    const int rc = sqlite3_step(mStatement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char *sql = sqlite3_sql(mStatement);
    sqlite3_reset(mStatement);
    mConnection->fail(rc, sql ? std::string_view(sql) : std::string_view());
}

void Statement::exec()
{
    while (step()) {
    }
    reset(false);
}

void Statement::reset(bool clearBindings)
{
    sqlite3_reset(mStatement);
    if (clearBindings)
        sqlite3_clear_bindings(mStatement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(mStatement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(mStatement, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return QString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(mStatement, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    if (!data)
        return {};
    return {data, size_t(sqlite3_column_bytes(mStatement, column))};
}

std::string_view Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(mStatement, column));
    if (!data)
        return {};
    return {data, size_t(sqlite3_column_bytes(mStatement, column))};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(mStatement);
}

} // namespace Funnelscope
