#pragma once

#include <QElapsedTimer>

class QThread;
#include <QString>

#include <functional>

#include <string_view>

struct sqlite3;

namespace Funnelscope {

class Statement;

/**
 * One SQLite connection (RAII over sqlite3*). A connection belongs to the thread that
 * opened it: never hand it to another thread; open another one there instead.
 *
 * Errors are thrown as StoreError with SQLite's message and the file's name.
 */
class Connection
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Connection(const QString &path, Mode mode);
    /**
     * A connection someone else opened and closes (the sqlite3 shell that loads the
     * extension, funnelscope_events): used as it is, its busy handler left alone.
     */
    explicit Connection(sqlite3 *borrowed);
    ~Connection();

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return mDb; }
    QString path() const { return mPath; }

    /** Runs one or more statements that return no rows. */
    void exec(std::string_view sql);
    /**
     * exec() without waiting for another connection's lock: false when the file is
     * locked or another connection keeps it from the change (SQLITE_BUSY, SQLITE_LOCKED).
     */
    bool tryExec(std::string_view sql);
    Statement prepare(std::string_view sql);

    /** The first column of the first row of a query, or @p fallback when there is no row. */
    qint64 queryInt(std::string_view sql, qint64 fallback = 0);
    QString queryText(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    /** Throws the StoreError that matches SQLite result @p rc on this connection. */
    [[noreturn]] void fail(int rc, std::string_view context = {}) const;

    /**
     * How long a connection waits for another one's write lock (another import, an edit in
     * the window) before it gives up with a StoreError of kind Busy. FUNNELSCOPE_BUSY_TIMEOUT_MS
     * overrides it (tests).
     */
    static constexpr qint64 defaultBusyTimeoutMs = 3 * 60 * 1000;
    /** Called (on the waiting thread) once a wait for a lock has lasted a second: for "waiting…" messages. */
    static void setBusyNotifier(std::function<void(const QString &path)> notifier);
    /** The window's GUI thread: connections used there wait 5 seconds at most, not to freeze it. */
    static void setWindowThread(QThread *thread);

private:
    static int busy(void *self, int attempt);

    sqlite3 *mDb = nullptr;
    bool mOwned = true;
    QString mPath;
    QElapsedTimer mBusySince;
    qint64 mBusyWaited = 0;
    bool mBusyNotified = false;
};

} // namespace Funnelscope
