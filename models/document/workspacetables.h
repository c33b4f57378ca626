#pragma once

#include "clickhouse/clickhousetables.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Funnelscope {

class ClickHouseWorkspace;
class Connection;
class Workspace;

/**
 * The small tables of a workspace (its dictionary and change log, assessments, saved
 * reports and annotations), wherever the workspace lives (DESIGN.md, "A ClickHouse
 * workspace"): for a file, the file itself; for a ClickHouse URL, a local copy of the
 * server's newest revision (ClickHouseTables), made by open() and sent back by save().
 * Either way connection() is a workspace file's SQLite connection, so the code that reads
 * and writes those tables is the same for both.
 *
 * For the calling thread only (a command's, a worker's): open() and save() of a server
 * wait for it. The window's document keeps its copy on the GUI thread, where a worker
 * fetches it (copyOf()) and sends each edit (unsaved()), never waiting on the server.
 */
class WorkspaceTables
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::WorkspaceTables)

public:
    /** Opens the tables of the file or server @p path names; throws StoreError or ValidationError naming it. */
    static std::unique_ptr<WorkspaceTables> open(const QString &path, const TaskContext &task = {});
    /** A copy of @p content, which a worker fetched from @p server (no network here). */
    static std::unique_ptr<WorkspaceTables> copyOf(const ClickHouseWorkspace &server, const ClickHouseTables::Content &content);
    ~WorkspaceTables();

    bool isServer() const;
    /** The file's name without its suffix, or the server's URL (without a password). */
    QString displayName() const;
    /** A setting of the workspace (its time zone, say; a server's is copied at open()). */
    QString meta(const QString &key, const QString &fallback = QString()) const;
    /**
     * Writes the setting @p key of the file or server @p path names (its time zone, say)
     * straight into its meta table; throws StoreError or ValidationError naming it.
     */
    static void setMeta(const QString &path, const QString &key, const QString &value, const TaskContext &task = {});
    /** The server's workspace, or null for a file. */
    const ClickHouseWorkspace *server() const;
    Connection &connection();
    /**
     * Sends what was written through connection() since open() or the last save() to the
     * server (a file has it already); throws StoreError naming the server when it cannot,
     * or when someone else saved first (then nothing of this save counts).
     */
    void save(const TaskContext &task = {});
    /**
     * A server's: what was written through connection() since open() or the last call, for
     * a worker to send (ClickHouseTables::send()) after the revision it read or sent last.
     */
    ClickHouseTables::Content unsaved();

private:
    struct Server;
    WorkspaceTables();

    std::unique_ptr<Workspace> mWorkspace; ///< the file, or the server's copy
    std::unique_ptr<Server> mServer;
};

} // namespace Funnelscope
