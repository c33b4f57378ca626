#pragma once

#include "sourcerecord.h"

namespace Funnelscope {

/** What the importer reads records from: a CSV or a JSON/NDJSON reader. */
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    /** The next record, or false at the end. Throws IngestError on an unreadable file. */
    virtual bool next(SourceRecord &record) = 0;
    virtual qint64 bytesRead() const = 0;
    /**
     * The current record as it was written (cut at 2,000 characters), for a rejected row.
     * Readers may leave SourceRecord::text empty on records they accept and build it here.
     */
    virtual std::string_view recordText(const SourceRecord &record) { return record.text; }
};

} // namespace Funnelscope
