#pragma once

#include "parsedbatch.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace Funnelscope {

class EventEncoder;
class EventTableBuilder;
class HashingFile;
class RecordMapper;
class RecordReader;
struct ImportOptions;
struct ImportPlan;

/**
 * The reading half of an import, on a thread of its own: reads the file (hashing it on
 * the way), splits it into records, maps them to events and encodes those (the
 * encoder is used by this thread alone until the end), in batches the writing half
 * takes with next() while the next batch is parsed. Two batches wait at most, so memory
 * stays small whatever the file's size. An error of the reader (an unreadable file) is
 * thrown again by next().
 */
class ParseStage
{
public:
    /** Opens the file and its reader; throws IngestError when it cannot. */
    /** @p snapshot, when given, gets every event encoded (the writer drops duplicates from it). */
    ParseStage(const ImportPlan &plan, const ImportOptions &options, EventEncoder &encoder,
               EventTableBuilder *snapshot = nullptr);
    ~ParseStage();
    ParseStage(const ParseStage &) = delete;
    ParseStage &operator=(const ParseStage &) = delete;

    /** The next batch, or nullptr after the last; give it back with recycle() when written. */
    ParsedBatch *next();
    void recycle(ParsedBatch *batch);
    /** Stops reading (the import was cancelled or failed). */
    void stop();

    qint64 bytesRead() const { return mBytesRead.load(std::memory_order_relaxed); }
    /** How many records the file holds, estimated from the first batch (once next() gave one). */
    size_t expectedRecords() const { return mExpectedRecords.load(std::memory_order_relaxed); }
    /** The SHA-256 of the whole file; valid once next() returned nullptr. */
    QString sha256() const;

private:
    static constexpr size_t batchRecords = 4096;
    static constexpr size_t batchCount = 3;

    void parse();

    std::unique_ptr<HashingFile> mFile;
    std::unique_ptr<RecordReader> mReader;
    std::unique_ptr<RecordMapper> mMapper;
    EventEncoder &mEncoder;
    EventTableBuilder *mSnapshot;
    qint64 mFileSize;
    std::vector<std::unique_ptr<ParsedBatch>> mBatches;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<ParsedBatch *> mFull;
    std::deque<ParsedBatch *> mFree;
    bool mDone = false;
    bool mStopped = false;
    std::exception_ptr mError;
    std::atomic<qint64> mBytesRead = 0;
    std::atomic<size_t> mExpectedRecords = 0;
    QString mSha256;
    std::thread mThread;
};

} // namespace Funnelscope
