#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace Funnelscope {

/**
 * Keeps the disk writing while a long transaction computes. Linux holds written pages in
 * memory until a tenth of it is dirty or they are 30 s old, so an import of 10M events
 * wrote its 1.1 GB of WAL, and the checkpoint its 1.1 GB of workspace, to the disk only
 * when the commit's fsync asked: 2 to 9 s of waiting at the end. For the scope, a thread
 * starts the write-out of what is dirty in the workspace and its WAL four times a second
 * (sync_file_range without waiting, as RocksDB's bytes_per_sync does), so the disk works
 * beside the parsing and the fsync finds most pages written. It changes no guarantee: the
 * commit still waits for its fsync. Elsewhere than on Linux it does nothing.
 */
class WriteBehind
{
public:
    /** Writes out @p workspacePath and its "-wal" file (opened when they appear). */
    explicit WriteBehind(const QString &workspacePath);
    ~WriteBehind();
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

    /** Calls that started a write-out (for tests). */
    int writeOuts() const;

private:
    void run();

    std::vector<std::string> mPaths;
    mutable std::mutex mMutex;
    std::condition_variable mWake;
    bool mStop = false;
    int mWriteOuts = 0;
    std::thread mThread;
};

} // namespace Funnelscope
