// libFuzzer target: the JSON / NDJSON reader on any bytes (arrays, NDJSON, broken lines).
#include "ingest/ingesterror.h"
#include "ingest/jsonreader.h"

#include <QBuffer>
#include <QByteArray>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        JsonReader reader(buffer, QStringLiteral("fuzz.ndjson"));
        SourceRecord record;
        while (reader.next(record))
            (void)reader.recordText(record);
    } catch (const IngestError &) {
    }
    return 0;
}
