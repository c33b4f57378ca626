#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

#include <memory>

namespace Funnelscope {

class Connection;

/**
 * One workspace: one SQLite file (`*.funnelscope`) holding the events, the imports,
 * the event dictionary and its change log, assessments and saved reports.
 *
 * create() and open() check the file before anyone relies on it and throw a StoreError
 * whose message names the file and says what is wrong: missing, a folder, not a
 * workspace, damaged, from a newer Funnelscope, or read-only. open() migrates an older
 * file forward in one transaction. A Workspace and its connection belong to the thread
 * that opened it; a worker opens its own.
 */
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Workspace)

public:
    static constexpr const char *fileSuffix = "funnelscope";

    static std::unique_ptr<Workspace> create(const QString &path);
    /** Throws the StoreError create() would for @p path (exists, no folder, read-only). */
    static void checkCreatable(const QString &path);
    static std::unique_ptr<Workspace> open(const QString &path);
    /**
     * Who hears, on the opening thread, that opening a workspace of an older format upgrades
     * it (before: what it does and that it takes a while; after: how long it took and the
     * file's size before and after), since an upgrade that drops and compacts (format 14)
     * rewrites the whole file. The command line prints it, the window shows it.
     */
    static void setUpgradeNotifier(std::function<void(const QString &message)> notifier);
    /** Deletes a workspace file with its SQLite companions (-wal, -shm, -journal). */
    static void remove(const QString &path);
    /**
     * Writes a consistent copy of this workspace to @p target (SQLite's VACUUM INTO: safe
     * while the window or an import has it open, unlike copying the file and its -wal),
     * replacing @p target only when the copy is complete; never over an open workspace.
     * Throws StoreError with a sentence that names @p target.
     */
    void saveCopy(const QString &target);

    ~Workspace();

    QString path() const { return mPath; }
    /** The file name without its suffix, as the window title and status bar show it. */
    QString displayName() const;
    Connection &connection() { return *mConnection; }
    int schemaVersion() const;

    QString meta(const QString &key, const QString &fallback = QString());
    void setMeta(const QString &key, const QString &value);

private:
    Workspace(const QString &path, std::unique_ptr<Connection> connection);
    static void configure(Connection &connection);
    /** Migrates @p connection's file from @p version, compacting it after when that freed much of it. */
    static void upgrade(Connection &connection, const QString &path, int version);

    QString mPath;
    std::unique_ptr<Connection> mConnection;
};

} // namespace Funnelscope
