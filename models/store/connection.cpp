#include "connection.h"

#include "eventmodule.h"

#include "statement.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QThread>

#include <atomic>

#include <sqlite3.h>

namespace Funnelscope {

namespace {

StoreError::Kind kindOf(int rc)
{
    // A write refused (ENOSPC is SQLITE_FULL; a quota or file size limit, EFBIG, comes as
    // an I/O error of a write): the disk is full for this file.
    if (rc == SQLITE_IOERR_WRITE)
        return StoreError::Kind::Full;
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
        return StoreError::Kind::Corrupt;
    case SQLITE_NOTADB:
        return StoreError::Kind::NotAWorkspace;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::Kind::ReadOnly;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::Constraint;
    case SQLITE_CANTOPEN:
        return StoreError::Kind::Missing;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Busy;
    case SQLITE_FULL:
        return StoreError::Kind::Full;
    case SQLITE_IOERR:
        return StoreError::Kind::Io;
    default:
        return StoreError::Kind::Internal;
    }
}

} // namespace

Connection::Connection(const QString &path, Mode mode)
    : mPath(path)
{
    // Before SQLite's first use: no memory statistics, so allocations take no global lock
    // (measured: 6 % of an import's writing thread). Each connection stays on one thread.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const QByteArray file = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &mDb, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = mDb ? QString::fromUtf8(sqlite3_errmsg(mDb)) : QString();
        sqlite3_close_v2(mDb);
        mDb = nullptr;
        throw StoreError(kindOf(rc),
                         QCoreApplication::translate("Funnelscope::Connection",
                                                     "Cannot open “%1”: %2.")
                             .arg(QDir::toNativeSeparators(path), detail));
    }
    sqlite3_extended_result_codes(mDb, 1);
    sqlite3_busy_handler(mDb, &Connection::busy, this);
    try {
        EventModule::registerOn(mDb); // the events table (schema 14)
    } catch (...) {
        sqlite3_close_v2(mDb);
        mDb = nullptr;
        throw;
    }
}

namespace {

std::function<void(const QString &)> &busyNotifier()
{
    static std::function<void(const QString &)> notifier;
    return notifier;
}

qint64 busyTimeout()
{
    // Tests wait less than people do.
    static const qint64 ms = qEnvironmentVariableIsSet("FUNNELSCOPE_BUSY_TIMEOUT_MS")
        ? qEnvironmentVariableIntValue("FUNNELSCOPE_BUSY_TIMEOUT_MS")
        : Connection::defaultBusyTimeoutMs;
    return ms;
}

} // namespace

void Connection::setBusyNotifier(std::function<void(const QString &path)> notifier)
{
    busyNotifier() = std::move(notifier);
}

namespace {
std::atomic<QThread *> windowThread = nullptr;
}

void Connection::setWindowThread(QThread *thread)
{
    windowThread = thread;
}

int Connection::busy(void *self, int attempt)
{
    auto *connection = static_cast<Connection *>(self);
    if (attempt == 0) {
        connection->mBusySince.start();
        connection->mBusyNotified = false;
    }
    const qint64 waited = connection->mBusySince.elapsed();
    // The window's own thread never waits long: it would freeze.
    const qint64 limit = QThread::currentThread() == windowThread ? std::min<qint64>(busyTimeout(), 5000) : busyTimeout();
    if (waited >= limit) {
        connection->mBusyWaited = waited;
        return 0; // SQLITE_BUSY: fail() says for how long
    }
    // Once a wait lasts, say so (once per wait): "waiting for another import into W…".
    if (waited >= 1000 && !connection->mBusyNotified) {
        connection->mBusyNotified = true;
        if (busyNotifier())
            busyNotifier()(connection->mPath);
    }
    sqlite3_sleep(std::min(100, 1 + attempt * 5));
    return 1;
}

Connection::Connection(sqlite3 *borrowed)
    : mDb(borrowed)
    , mOwned(false)
{
    const char *file = sqlite3_db_filename(borrowed, "main");
    mPath = file ? QString::fromUtf8(file) : QString();
}

Connection::~Connection()
{
    if (mOwned)
        sqlite3_close_v2(mDb);
}

bool Connection::tryExec(std::string_view sql)
{
    sqlite3_busy_handler(mDb, nullptr, nullptr);
    const auto waitAgain = qScopeGuard([this] { sqlite3_busy_handler(mDb, &Connection::busy, this); });
    try {
        exec(sql);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Busy) // SQLITE_BUSY and SQLITE_LOCKED (kindOf())
            throw;
        return false;
    }
    return true;
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(mDb, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc, sql);
    }
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

qint64 Connection::queryInt(std::string_view sql, qint64 fallback)
{
    Statement statement(*this, sql);
    return statement.step() && !statement.isNull(0) ? statement.int64(0) : fallback;
}

QString Connection::queryText(std::string_view sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.text(0) : QString();
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(mDb);
}

int Connection::changes() const
{
    return sqlite3_changes(mDb);
}

void Connection::fail(int rc, std::string_view context) const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(mDb));
    const StoreError::Kind kind = kindOf(rc);
    const QString file = QDir::toNativeSeparators(mPath);
    switch (kind) {
    case StoreError::Kind::Busy:
        throw StoreError(kind, QCoreApplication::translate("Funnelscope::Connection",
                                                           "“%1” is busy: another import or edit has been writing to it "
                                                           "for %2 seconds. Try again when it has finished.")
                                   .arg(file)
                                   .arg(std::max<qint64>(1, mBusyWaited / 1000)));
    case StoreError::Kind::Full: {
        const QStorageInfo disk(QFileInfo(mPath).absolutePath());
        throw StoreError(kind, QCoreApplication::translate("Funnelscope::Connection",
                                                           "The disk that holds “%1” (%2) is full, or refuses a file "
                                                           "this large: %3 free. Free some space and try again; the "
                                                           "workspace is as it was.")
                                   .arg(file, QDir::toNativeSeparators(disk.rootPath()),
                                        QLocale().formattedDataSize(disk.bytesAvailable())));
    }
    case StoreError::Kind::Io:
        throw StoreError(kind, QCoreApplication::translate("Funnelscope::Connection",
                                                           "“%1” could not be read or written (%2): the disk or the "
                                                           "file system refused it.")
                                   .arg(file, message));
    default:
        break;
    }
    if (kind == StoreError::Kind::Internal && !context.empty()) {
        message += QStringLiteral(" (in: %1)")
                       .arg(QString::fromUtf8(context.data(), qsizetype(context.size()))
                                .simplified()
                                .left(120));
    }
    throw StoreError(kind,
                     QCoreApplication::translate("Funnelscope::Connection", "%1: %2.")
                         .arg(QDir::toNativeSeparators(mPath), message));
}

} // namespace Funnelscope
