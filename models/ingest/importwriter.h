#pragma once

#include "analysis/eventtablebuilder.h"
#include "store/eventwriter.h"

#include <QString>

#include <vector>

namespace Funnelscope {

class Connection;
struct EventRecord;

/**
 * Writes one import's events: EventWriter stores what every import keeps beside its
 * events (dictionaries, dedup keys, texts, links, counts), EventTableBuilder collects its
 * segment, the events themselves (DESIGN.md, "What is written where"), which finish()
 * stores with the rest. Every writer of events goes through it: an Importer's parse stage
 * encodes on its own thread and feeds both halves (events(), segment()); the demo shop and
 * the tests write records.
 */
class ImportWriter
{
public:
    /** @p besidePath and @p keysExpected: EventWriter's. The segment spills next to the workspace. */
    ImportWriter(Connection &connection, qint64 importId, const QString &besidePath = {}, bool keysExpected = false);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    /** Encodes and writes @p record; false when it was skipped as a duplicate (or only links two ids). */
    bool write(const EventRecord &record);
    /**
     * Writes an event encoded by events().encoder() (its new values given to
     * events().addValues() first): to both halves. False when it was a duplicate.
     */
    bool write(const EventEncoder::Encoded &event);
    /** The same, for an event whose key events().probeKey() probed. */
    bool write(const EventEncoder::Encoded &event, const KeyCheck &check);

    EventWriter &events() { return mEvents; }
    EventTableBuilder &segment() { return mSegment; }

    /**
     * Stores the import: its range of ids, keys, texts and counts (EventWriter::recordImport()),
     * then its segment, sorted, in parts, and the events counted by the id they came under.
     * Throws a StoreError when the segment cannot be built (its temporary file met a full
     * disk): an import without its segment would have no events. Writes nothing after.
     */
    void finish();

    qint64 written() const { return mEvents.written(); }
    qint64 duplicates() const { return mEvents.duplicates(); }

private:
    Connection &mConnection;
    qint64 mImportId;
    EventWriter mEvents;
    EventTableBuilder mSegment;
    size_t mOffered = 0; ///< events given to the segment
    /** Leaves out of the segment the event just given to it when @p written is false. */
    bool kept(bool written);
    EventEncoder::Encoded mEncoded;
    std::vector<EventEncoder::NewValue> mAdded;
};

} // namespace Funnelscope
