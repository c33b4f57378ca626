// libFuzzer target: the CSV reader on any bytes (split records, quotes, line ends, NULs).
#include "ingest/csvreader.h"
#include "ingest/ingesterror.h"

#include <QBuffer>
#include <QByteArray>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(buffer, QStringLiteral("fuzz.csv"));
        SourceRecord record;
        while (reader.next(record))
            (void)reader.recordText(record);
    } catch (const IngestError &) {
        // A file the reader refuses, with a message: fine.
    }
    return 0;
}
