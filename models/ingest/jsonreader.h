#pragma once

#include "readbuffer.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QIODevice;

namespace Funnelscope {

/**
 * A streaming reader of JSON events: one object per line (NDJSON), a top-level array of
 * objects, or objects one after another. It cuts the stream into top-level values with a
 * small scanner (strings and escapes respected) and parses each with simdjson, so memory
 * holds one read buffer and one record, whatever the file's size.
 *
 * Nested objects are flattened to dotted keys (`context.device.type`); an array of
 * `{key, value: {string_value | int_value | ...}}` (GA4's event_params) becomes
 * `event_params.<key>`; other arrays are kept as JSON text. Nulls are left out.
 * A record that is not valid JSON is rejected with its line; in NDJSON (once a record was
 * a line of its own) a broken or cut-off line is one rejected record and the rest of the
 * file imports; elsewhere a file that ends inside a record is an IngestError.
 */
class JsonReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::JsonReader)

public:
    JsonReader(QIODevice &device, const QString &fileName);
    ~JsonReader() override;

    bool next(SourceRecord &record) override;
    qint64 bytesRead() const override { return mBytesConsumed; }
    /** Whether the file is one top-level array (else NDJSON or a sequence of objects). */
    bool isArray() const { return mArray; }

private:
    struct Parser;

    bool refill();
    /** The next top-level value's place in mIn and the line it starts on; @p parsed when it is in the parser already. */
    bool nextValue(size_t &start, size_t &end, bool &parsed, qint64 &line);
    /**
     * Where the value at mIn.pos ends (depth counting outside strings), reading on as needed;
     * false at the file's end, or past @p limit bytes when that is less than the largest record.
     */
    bool scanValue(size_t &offset, qint64 &lines, size_t limit);
    [[noreturn]] void fail(const QString &why) const;

    ReadBuffer mIn;
    QString mFileName;
    bool mArray = false;
    bool mArrayClosed = false;
    bool mOneLinePerRecord = false; ///< a record has been a line of its own: NDJSON
    qint64 mLine = 1;
    qint64 mBytesConsumed = 0;
    std::unique_ptr<Parser> mParser;
};

} // namespace Funnelscope
