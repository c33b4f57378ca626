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
 * The reading half of an import, on two threads of its own: one reads the input
 * (ImportInput: unpacking and hashing it on the way), splits it into records and maps them
 * to events, copied into the batch; the other encodes those (the writer's encoder is used
 * by that thread alone until the end) and gives them to the segment, in batches the
 * writing half takes with next() while the next batches are mapped and encoded. The
 * events' dedup keys are probed a batch at a time, in order, by whichever thread has
 * time: the encoding one when the writer is behind (batches wait for it), else the writer
 * in next(). Twelve batches at most, so memory stays small whatever the file's size (about
 * 2 MB each). With four, three threads on two cores often found none to take and slept
 * (the 10M shop's import 8.3-9.4 s, 12.8-13.2 s of user time; with twelve 6.9-7.2 s and
 * 10.8-11.3 s, 25 MB more at its peak; 100M events 112-117 s against 93 s). An error of
 * either thread (an unreadable file) is thrown again by next().
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
    static constexpr size_t batchCount = 12;

    /** The mapping thread: records into events, batch after batch, until the end or stop(). */
    void map();
    /** The encoding thread: the mapped batches' events by ids, and into the segment. */
    void encode();
    /** Records the first batch's bytes per record as the file's expected records. */
    void estimate(const ParsedBatch &batch);
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
    std::deque<ParsedBatch *> mFree;   // for the mapping thread
    std::deque<ParsedBatch *> mMapped; // for the encoding thread
    std::deque<ParsedBatch *> mFull;   // for the writer
    bool mMappingDone = false;
    bool mDone = false; // the encoding thread has handed over its last batch
    int mUnprobed = 0; // batches handed over whose keys the writer probes
    bool mStopped = false;
    std::exception_ptr mError;
    std::atomic<qint64> mBytesRead = 0;
    QString mSha256;
    std::thread mMapThread;
    std::thread mEncodeThread;
};

} // namespace Funnelscope
