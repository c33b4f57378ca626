#pragma once

#include <QCoreApplication>
#include <QString>

namespace Funnelscope {

/**
 * The workspaces this process has open, which no output may overwrite: an export named
 * like the workspace (or its -wal, -shm or -journal) would replace it. Compared by file
 * identity (device and inode) where the file exists, by canonical path where it does not,
 * so a link or another spelling of the path is caught too. Workspace and WorkspaceSession
 * register what they open; OutputFile asks before it writes.
 */
class ProtectedFiles
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ProtectedFiles)

public:
    static void add(const QString &workspace);
    static void remove(const QString &workspace);
    /** Why @p output must not be written, or empty when it may. */
    static QString refusal(const QString &output);

    /** Protects a workspace while it lives (a command's --workspace, say). */
    class Guard
    {
    public:
        explicit Guard(const QString &workspace)
            : mWorkspace(workspace)
        {
            if (!mWorkspace.isEmpty())
                add(mWorkspace);
        }
        ~Guard()
        {
            if (!mWorkspace.isEmpty())
                remove(mWorkspace);
        }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;

    private:
        QString mWorkspace;
    };
};

} // namespace Funnelscope
