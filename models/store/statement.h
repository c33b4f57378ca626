#pragma once

#include <QString>

#include <string_view>

struct sqlite3_stmt;

namespace Funnelscope {

class Connection;

/**
 * A prepared statement (RAII over sqlite3_stmt*). Parameters are 1-based as in SQLite,
 * columns 0-based. Text is bound as UTF-8 without boxing values in QVariant, so bulk
 * inserts stay cheap; bindText() with a string_view copies nothing when @p transient is
 * false, which is only safe while the bytes outlive the next step().
 */
class Statement
{
public:
    Statement(Connection &connection, std::string_view sql);
    ~Statement();

    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindText(int index, std::string_view utf8, bool transient = true);
    void bindNull(int index);
    /** Binds @p bytes bytes at @p data as a blob, not copied: they must stay until the statement ran. */
    void bindBlob(int index, const void *data, qint64 bytes);
    /** Binds @p value, or NULL when it is empty. */
    void bindTextOrNull(int index, const QString &value);

    /** Advances to the next row: true when there is one, false when done. */
    bool step();
    /** Steps a statement that returns no rows. */
    void exec();
    /** Makes the statement ready to run again; bindings are kept unless cleared. */
    void reset(bool clearBindings = true);

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    std::string_view blob(int column) const;
    int columnCount() const;

private:
    Connection *mConnection;
    sqlite3_stmt *mStatement = nullptr;
};

} // namespace Funnelscope
