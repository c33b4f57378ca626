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
class EventWriter;
class InputStream;
class RecordMapper;
class RecordReader;
struct ImportOptions;
struct ImportPlan;

/**
 * The reading half of an import, on a thread of its own: reads the input (ImportInput:
 * unpacking and hashing it on the way), splits it into records, maps them to events and encodes those (the writer's
 * encoder is used by this thread alone until the end), in batches the writing half takes
 * with next() while the next batch is parsed. The events' dedup keys are probed a batch
 * at a time, in order, by whichever thread has time: this one when the writer is behind
 * (batches wait for it), else the writer in next(). Two batches wait at most, so memory
 * stays small whatever the file's size. An error of the reader (an unreadable file) is
 * thrown again by next().
 */
class ParseStage
{
public:
    /** Opens the file and its reader; throws IngestError when it cannot. */
    /** @p segment, when given, gets every event encoded (the writer drops duplicates from it). */
    ParseStage(const ImportPlan &plan, const ImportOptions &options, EventWriter &writer,
               EventTableBuilder *segment = nullptr);
    ~ParseStage();
    ParseStage(const ParseStage &) = delete;
    ParseStage &operator=(const ParseStage &) = delete;

    /** The next batch, or nullptr after the last; give it back with recycle() when written. */
    ParsedBatch *next();
    void recycle(ParsedBatch *batch);
    /** Stops reading (the import was cancelled or failed). */
    void stop();

    /** How far into the input it is (compressed bytes for a .gz: ImportInput::size()'s). */
    qint64 bytesRead() const { return mBytesRead.load(std::memory_order_relaxed); }
    /**
     * The records the file holds, estimated from the first batch (0 before it, and for a
     * pipe): what the dedup keys' table is sized for, once.
     */
    size_t expectedRecords() const { return mExpectedRecords.load(std::memory_order_relaxed); }
    /** The SHA-256 of the whole file; valid once next() returned nullptr. */
    QString sha256() const;

private:
    static constexpr size_t batchRecords = 4096;
    static constexpr size_t batchCount = 3;

    void parse();
    /** Probes the dedup keys of a batch's events (see EventWriter::dedupKeys()), the batches in order. */
    void probeKeys(ParsedBatch &batch);

    std::unique_ptr<InputStream> mInput;
    std::unique_ptr<RecordReader> mReader;
    std::unique_ptr<RecordMapper> mMapper;
    EventEncoder &mEncoder;
    EventWriter &mWriter; // its dedup keys are probed here (EventWriter::probeKey())
    // Used by one probing thread at a time (see probeKeys()):
    qint64 mOffered = 0; // events probed
    std::atomic<size_t> mExpectedRecords = 0; // the file's, estimated from the first batch
    bool mReserved = false;
    EventTableBuilder *mSegment;
    qint64 mFileSize;
    std::vector<std::unique_ptr<ParsedBatch>> mBatches;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<ParsedBatch *> mFull;
    std::deque<ParsedBatch *> mFree;
    bool mDone = false;
    int mUnprobed = 0; // batches handed over whose keys the writer probes
    bool mStopped = false;
    std::exception_ptr mError;
    std::atomic<qint64> mBytesRead = 0;
    QString mSha256;
    std::thread mThread;
};

} // namespace Funnelscope
