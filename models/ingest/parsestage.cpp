#include "parsestage.h"

#include "analysis/eventtablebuilder.h"
#include "importer.h"
#include "importinput.h"
#include "importplan.h"
#include "ingesterror.h"
#include "recordmapper.h"
#include "recordreader.h"
#include "sha256.h"
#include "store/eventwriter.h"

#include <QFile>

#include <algorithm>

#if defined(__linux__)
#include <pthread.h>
#endif

namespace Funnelscope {

ParseStage::ParseStage(const ImportPlan &plan, const ImportOptions &options, EventWriter &writer,
                       EventTableBuilder *segment)
    : mInput(plan.input.openForImport())
    , mEncoder(writer.encoder())
    , mWriter(writer)
    , mSegment(segment)
    , mFileSize(plan.fileSize)
{
    mReader = Importer::openReader(*mInput, plan);
    mMapper = std::make_unique<RecordMapper>(plan, options);
    for (size_t i = 0; i < batchCount; ++i) {
        mBatches.push_back(std::make_unique<ParsedBatch>());
        mFree.push_back(mBatches.back().get());
    }
    mMapThread = std::thread([this] {
#if defined(__linux__)
        pthread_setname_np(pthread_self(), "import-parse"); // shown by top -H and gdb
#endif
        map();
    });
    mEncodeThread = std::thread([this] {
#if defined(__linux__)
        pthread_setname_np(pthread_self(), "import-encode");
#endif
        encode();
    });
}

ParseStage::~ParseStage()
{
    stop();
    mMapThread.join();
    mEncodeThread.join();
}

void ParseStage::stop()
{
    const std::lock_guard lock(mMutex);
    mStopped = true;
    mChanged.notify_all();
}

ParsedBatch *ParseStage::next()
{
    std::unique_lock lock(mMutex);
    mChanged.wait(lock, [this] { return !mFull.empty() || mDone; });
    if (!mFull.empty()) {
        ParsedBatch *batch = mFull.front();
        mFull.pop_front();
        if (!batch->keysProbed) {
            lock.unlock();
            probeKeys(*batch); // the parsing thread probes nothing until this one is done
            lock.lock();
            --mUnprobed;
        }
        return batch;
    }
    if (mError)
        std::rethrow_exception(mError);
    return nullptr;
}

void ParseStage::recycle(ParsedBatch *batch)
{
    batch->clear();
    const std::lock_guard lock(mMutex);
    mFree.push_back(batch);
    mChanged.notify_all();
}

QString ParseStage::sha256() const
{
    return mSha256;
}

void ParseStage::probeKeys(ParsedBatch &batch)
{
    const std::span<ParsedItem> items = batch.items();
    const auto isEvent = [](const ParsedItem &item) { return item.rejection.empty() && !item.event.linkOnly; };
    const auto hasKey = [&isEvent](const ParsedItem &item) { return isEvent(item) && !item.event.dedupKey.empty(); };
    if (!mReserved && std::any_of(items.begin(), items.end(), hasKey)) {
        // Room for the keys of the whole file: the table is then made once instead of
        // growing as it fills (while it grew whole, the old and the new table were both
        // held: 212 MB at 11.8M events, two thirds of the import's peak). A part of it
        // that fills anyway (the file's later records are shorter) grows alone. A file
        // without event ids never reads the stored events' keys.
        mWriter.prepareKeys(mExpectedRecords.load(std::memory_order_relaxed));
        mReserved = true;
    }
    // The key table is too big for the cache, so a probe waits for memory: in a loop of
    // their own (each slot also asked for a few events before) the waits overlap, where
    // between parsing records they came one after another (4.5 s of 10M events' import
    // against 1.7 s).
    // The stored keys' directory is asked for earlier: where to look in them comes from it.
    constexpr size_t ahead = 8;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i + 2 * ahead < items.size() && hasKey(items[i + 2 * ahead]))
            mWriter.dedupKeys().prefetchDirectory(items[i + 2 * ahead].event.dedupHash);
        if (i + ahead < items.size() && hasKey(items[i + ahead]))
            mWriter.dedupKeys().prefetch(items[i + ahead].event.dedupHash);
        ParsedItem &item = items[i];
        if (isEvent(item))
            mWriter.probeKey(item.event, mOffered++, item.keyCheck);
    }
}

void ParseStage::map()
{
    SourceRecord record;
    bool more = true;
    try {
        while (more) {
            ParsedBatch *batch = nullptr;
            {
                std::unique_lock lock(mMutex);
                mChanged.wait(lock, [this] { return !mFree.empty() || mStopped; });
                if (mStopped)
                    break;
                batch = mFree.front();
                mFree.pop_front();
            }
            while (batch->size() < batchRecords && (more = mReader->next(record))) {
                ParsedItem &item = batch->add();
                item.line = record.line;
                item.rejection = record.rejection.empty() ? mMapper->map(record, item.record) : record.rejection;
                if (item.rejection.empty()) {
                    batch->keep(item.record, record.backing); // the reader's and the mapper's texts change with the next record
                } else {
                    item.rejection = batch->keep(item.rejection);
                    item.text = batch->keep(mReader->recordText(record));
                }
            }
            batch->progress = mInput->progressBytes();
            if (mExpectedRecords.load(std::memory_order_relaxed) == 0)
                estimate(*batch);
            if (!more)
                mSha256 = mInput->sha256(); // read by the writer after next() gave nullptr
            const std::lock_guard lock(mMutex);
            mMapped.push_back(batch);
            mChanged.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(mMutex);
        mError = std::current_exception();
    }
    const std::lock_guard lock(mMutex);
    mMappingDone = true;
    mChanged.notify_all();
}

void ParseStage::estimate(const ParsedBatch &batch)
{
    if (batch.progress <= 0 || mFileSize <= 0 || mReader->bytesRead() <= 0 || batch.size() == 0)
        return;
    // The file's size at the first batch's bytes per record: the bytes its records took
    // (the reader has read ahead, a MiB of a CSV of 100-byte lines is 10,000 records, not
    // this batch's 4,096), as compressed bytes for a .gz.
    const double compression = double(batch.progress) / double(std::max<qint64>(1, mInput->contentBytes()));
    const double bytesPerRecord = double(mReader->bytesRead()) * compression / double(batch.size());
    mExpectedRecords.store(std::max<size_t>(1, size_t(double(mFileSize) / bytesPerRecord)), std::memory_order_relaxed);
}

void ParseStage::encode()
{
    try {
        while (true) {
            ParsedBatch *batch = nullptr;
            {
                std::unique_lock lock(mMutex);
                mChanged.wait(lock, [this] { return !mMapped.empty() || mMappingDone || mStopped; });
                if (mStopped || mMapped.empty())
                    break; // stopped, or every batch handed over (or the mapping failed)
                batch = mMapped.front();
                mMapped.pop_front();
            }
            for (ParsedItem &item : batch->items()) {
                if (!item.rejection.empty())
                    continue;
                mEncoder.encode(item.record, item.event, batch->added);
                if (mSegment && !item.event.linkOnly)
                    mSegment->append(item.event);
            }
            {
                // Probing here while batches wait for the writer (a CSV) takes work off the
                // writer; while the writer waits for this thread (JSON) it would slow both.
                std::unique_lock lock(mMutex);
                batch->keysProbed = !mFull.empty() && mUnprobed == 0;
                if (!batch->keysProbed)
                    ++mUnprobed;
            }
            if (batch->keysProbed)
                probeKeys(*batch);
            mBytesRead.store(batch->progress, std::memory_order_relaxed);
            const std::lock_guard lock(mMutex);
            mFull.push_back(batch);
            mChanged.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(mMutex);
        if (!mError)
            mError = std::current_exception();
    }
    const std::lock_guard lock(mMutex);
    mDone = true;
    mChanged.notify_all();
}

} // namespace Funnelscope
