// libFuzzer target: a streaming reader on any bytes (split records, quotes, line ends, NULs,
// broken NDJSON lines). FUZZ_READER_JSON picks the JSON / NDJSON reader, else the CSV one.
#include "ingest/ingesterror.h"
#if FUZZ_READER_JSON
#include "ingest/jsonreader.h"
using Reader = Funnelscope::JsonReader;
#define FUZZ_FILE_NAME "fuzz.ndjson"
#else
#include "ingest/csvreader.h"
using Reader = Funnelscope::CsvReader;
#define FUZZ_FILE_NAME "fuzz.csv"
#endif

#include <QBuffer>
#include <QByteArray>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        Reader reader(buffer, QStringLiteral(FUZZ_FILE_NAME));
        SourceRecord record;
        while (reader.next(record))
            (void)reader.recordText(record);
    } catch (const IngestError &) {
        // A file the reader refuses, with a message: fine.
    }
    return 0;
}
