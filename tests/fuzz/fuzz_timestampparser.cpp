// libFuzzer target: timestamps as exports write them, in UTC and in a zone with DST.
#include "ingest/timestampparser.h"

#include <QTimeZone>

#include <string_view>
#include <vector>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TimestampParser utc;
    static const TimestampParser berlin(QTimeZone("Europe/Berlin"));
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)utc.parse(text);
    (void)berlin.parse(text);
    (void)TimestampParser::classify(text);
    // Samples as the plan looks at them: the text cut into lines.
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i <= size; ++i) {
        if (i == size || text[i] == '\n') {
            lines.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    (void)TimestampParser::detect(lines);
    return 0;
}
