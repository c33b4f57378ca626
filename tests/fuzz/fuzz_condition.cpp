// libFuzzer target: a --where filter as people type it, then matched against a few values.
#include "analysis/condition.h"

#include <QString>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Condition> condition = Condition::parse(text, &error);
    if (condition) {
        for (const char *value : {"", "mobile", "42", "-3.5", "1e308", "nan", "DE"})
            (void)condition->matches(QString::fromLatin1(value));
        (void)condition->matches(text);
    }
    return 0;
}
