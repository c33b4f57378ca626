#include "workspace.h"

#include "connection.h"
#include "protectedfiles.h"
#include "schema.h"
#include "statement.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace Funnelscope {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

namespace {

std::function<void(const QString &)> &upgradeNotifier()
{
    static std::function<void(const QString &)> notifier;
    return notifier;
}

void notifyUpgrade(const QString &message)
{
    if (upgradeNotifier())
        upgradeNotifier()(message);
}

/** The file and its write-ahead log, in bytes. */
qint64 bytesOf(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

void Workspace::setUpgradeNotifier(std::function<void(const QString &)> notifier)
{
    upgradeNotifier() = std::move(notifier);
}

void Workspace::upgrade(Connection &connection, const QString &path, int version)
{
    // Format 14 drops the events' rows, the file's largest table: said before (it takes a
    // while), compacted after, said again with what it took.
    const bool dropsRows = version >= 1 && version < 14 && connection.queryInt("SELECT EXISTS (SELECT 1 FROM events)") != 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 before = bytesOf(path);
    if (dropsRows)
        notifyUpgrade(tr("Upgrading “%1” to workspace format %2: its events are kept as columns only, and the file "
                         "is compacted. This happens once and may take a minute…")
                          .arg(shown(path))
                          .arg(Schema::currentVersion()));
    {
        Transaction transaction(connection);
        Schema::migrate(connection, version);
        transaction.commit();
    }
    if (!dropsRows)
        return;
    QString compacted;
    try {
        // Not in a transaction (VACUUM cannot be); the file is whole with or without it.
        connection.exec("VACUUM");
        connection.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError &error) {
        compacted = QLatin1Char(' ')
            + tr("It could not be compacted (%1); File ▸ Save a Copy writes a compact copy.").arg(error.message());
    }
    const QLocale locale;
    notifyUpgrade(tr("Upgraded “%1” to workspace format %2 in %3 s: %4 before, %5 now.")
                      .arg(shown(path))
                      .arg(Schema::currentVersion())
                      .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                      .arg(locale.formattedDataSize(before), locale.formattedDataSize(bytesOf(path)))
                  + compacted);
}

Workspace::Workspace(const QString &path, std::unique_ptr<Connection> connection)
    : mPath(path)
    , mConnection(std::move(connection))
{
    ProtectedFiles::add(mPath);
}

Workspace::~Workspace()
{
    ProtectedFiles::remove(mPath);
}

void Workspace::configure(Connection &connection)
{
    connection.exec("PRAGMA journal_mode = WAL");
    connection.exec("PRAGMA synchronous = NORMAL");
    connection.exec("PRAGMA foreign_keys = ON");
    connection.exec("PRAGMA cache_size = -8192");
}

std::unique_ptr<Workspace> Workspace::create(const QString &path)
{
    checkCreatable(path);
    try {
        auto connection = std::make_unique<Connection>(path, Connection::Mode::ReadWriteCreate);
        connection->exec("PRAGMA page_size = 16384"); // before the first table
        configure(*connection);
        Transaction transaction(*connection);
        Schema::migrate(*connection, 0);
        auto workspace = std::unique_ptr<Workspace>(new Workspace(path, std::move(connection)));
        workspace->setMeta(QStringLiteral("created_at"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        workspace->setMeta(QStringLiteral("created_by"),
                           QStringLiteral("Funnelscope %1").arg(QCoreApplication::applicationVersion()));
        transaction.commit();
        return workspace;
    } catch (const StoreError &error) {
        remove(path);
        if (error.kind() == StoreError::Kind::ReadOnly)
            throw StoreError(StoreError::Kind::ReadOnly,
                             tr("Cannot create “%1”: the location is read-only.").arg(shown(path)));
        throw;
    }
}

void Workspace::checkCreatable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StoreError(StoreError::Kind::AlreadyExists,
                         tr("“%1” already exists. Choose another name, or open it instead.")
                             .arg(shown(path)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw StoreError(StoreError::Kind::Missing,
                         tr("Cannot create “%1”: the folder “%2” does not exist.")
                             .arg(shown(path), shown(folder.absoluteFilePath())));
    if (!folder.isWritable())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("Cannot create “%1”: the folder “%2” is read-only. Choose a folder "
                            "you can write to.")
                             .arg(shown(path), shown(folder.absoluteFilePath())));
}

std::unique_ptr<Workspace> Workspace::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Kind::Missing,
                         tr("The workspace “%1” does not exist. It may have been moved or "
                            "deleted.")
                             .arg(shown(path)));
    if (info.isDir())
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         tr("“%1” is a folder, not a workspace file.").arg(shown(path)));
    if (info.size() == 0)
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         tr("“%1” is empty: it is not a Funnelscope workspace.").arg(shown(path)));
    if (!info.isReadable())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("“%1” cannot be read: you do not have permission to open it.")
                             .arg(shown(path)));
    // The header is checked through SQLite (a file that is no database fails its first
    // query), never by opening the file beside it: on Linux closing any descriptor of a
    // file drops every POSIX lock the process holds on it, SQLite's included, and another
    // process could then delete the write-ahead log under this one's feet.
    const QFileInfo folder(info.absolutePath());
    if (!info.isWritable() || !folder.isWritable())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("“%1” is in a read-only location (%2 cannot be written). Funnelscope "
                            "writes to a workspace and beside it; copy the file to a folder you "
                            "can write to.")
                             .arg(shown(path),
                                  info.isWritable() ? tr("its folder") : tr("the file")));

    try {
        auto connection = std::make_unique<Connection>(path, Connection::Mode::ReadWrite);
        qint64 applicationId = 0;
        try {
            applicationId = connection->queryInt("PRAGMA application_id");
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::NotAWorkspace)
                throw;
            throw StoreError(StoreError::Kind::NotAWorkspace,
                             tr("“%1” is not a Funnelscope workspace: it is not an SQLite database, "
                                "or its first bytes are damaged.")
                                 .arg(shown(path)));
        }
        const qint64 version = connection->queryInt("PRAGMA user_version");
        if (applicationId != Schema::applicationId) {
            const qint64 tables = connection->queryInt("SELECT count(*) FROM sqlite_master");
            if (tables == 0 && version == 0)
                throw StoreError(StoreError::Kind::NotAWorkspace,
                                 tr("“%1” is an empty SQLite database, not a Funnelscope "
                                    "workspace.")
                                     .arg(shown(path)));
            throw StoreError(StoreError::Kind::NotAWorkspace,
                             tr("“%1” is an SQLite database of another program, not a "
                                "Funnelscope workspace.")
                                 .arg(shown(path)));
        }
        if (version > Schema::currentVersion())
            throw StoreError(StoreError::Kind::NewerVersion,
                             tr("“%1” was saved by a newer version of Funnelscope (workspace "
                                "format %2; this version reads formats up to %3). Update "
                                "Funnelscope to open it.")
                                 .arg(shown(path))
                                 .arg(version)
                                 .arg(Schema::currentVersion()));
        configure(*connection);
        if (version < Schema::currentVersion())
            upgrade(*connection, path, int(version));
        // Reading the schema catches a damaged table list before anyone relies on it; a
        // table or view gone (dropped by hand, a bad copy) is damage too, said as such.
        QStringList present;
        Statement objects(*connection, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')");
        while (objects.step())
            present.append(objects.text(0));
        QStringList missing;
        for (const QString &name : Schema::objects()) {
            if (!present.contains(name))
                missing.append(name);
        }
        if (!missing.isEmpty())
            throw StoreError(StoreError::Kind::Corrupt,
                             tr("these tables are missing: %1").arg(missing.join(QLatin1String(", "))));
        connection->queryInt("SELECT count(*) FROM meta");
        return std::unique_ptr<Workspace>(new Workspace(path, std::move(connection)));
    } catch (const StoreError &error) {
        switch (error.kind()) {
        case StoreError::Kind::Corrupt:
            throw StoreError(StoreError::Kind::Corrupt,
                             tr("“%1” is damaged and cannot be read (%2). Restore it from a "
                                "backup, or import its data into a new workspace.")
                                 .arg(shown(path), error.message()));
        case StoreError::Kind::NotAWorkspace:
        case StoreError::Kind::NewerVersion:
            throw;
        case StoreError::Kind::ReadOnly:
            throw StoreError(StoreError::Kind::ReadOnly,
                             tr("“%1” is in a read-only location. Copy it to a folder you can "
                                "write to.")
                                 .arg(shown(path)));
        default:
            throw StoreError(error.kind(),
                             tr("“%1” could not be opened as a workspace: %2")
                                 .arg(shown(path), error.message()));
        }
    }
}

void Workspace::remove(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void Workspace::saveCopy(const QString &target)
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(mPath).absoluteFilePath())
        throw StoreError(StoreError::Kind::AlreadyExists, tr("“%1” is this workspace: choose another name for the copy.").arg(target));
    if (const QString refusal = ProtectedFiles::refusal(target); !refusal.isEmpty())
        throw StoreError(StoreError::Kind::AlreadyExists, refusal);
    if (!info.absoluteDir().exists())
        throw StoreError(StoreError::Kind::Missing, tr("Cannot save a copy as “%1”: the folder does not exist.").arg(target));
    // Into a new file beside the target, then renamed: a failed copy leaves the old file as it was.
    const QString partial = info.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(info.fileName()));
    remove(partial);
    Statement vacuum(*mConnection, "VACUUM INTO ?");
    vacuum.bind(1, partial);
    try {
        vacuum.exec();
    } catch (const StoreError &) {
        remove(partial);
        throw;
    }
    remove(target);
    if (!QFile::rename(partial, target)) {
        remove(partial);
        throw StoreError(StoreError::Kind::ReadOnly, tr("Cannot save a copy as “%1”: it cannot be replaced.").arg(target));
    }
}

QString Workspace::displayName() const
{
    return QFileInfo(mPath).completeBaseName();
}

int Workspace::schemaVersion() const
{
    return int(mConnection->queryInt("PRAGMA user_version"));
}

QString Workspace::meta(const QString &key, const QString &fallback)
{
    Statement statement(*mConnection, "SELECT value FROM meta WHERE key = ?");
    statement.bind(1, key);
    return statement.step() ? statement.text(0) : fallback;
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    Statement statement(*mConnection,
                        "INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key);
    statement.bind(2, value);
    statement.exec();
}

} // namespace Funnelscope
