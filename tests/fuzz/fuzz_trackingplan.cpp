// libFuzzer target: a tracking plan to import, as Funnelscope JSON, a Segment Protocols
// plan or CSV (FUZZ_PLAN_FORMAT picks which, at build time: one target each).
#include "governance/trackingplan.h"

#include <QBuffer>
#include <QByteArray>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
#if FUZZ_PLAN_FORMAT == 0
    (void)TrackingPlan::fromJson(bytes, QStringLiteral("plan.json"), &error);
#elif FUZZ_PLAN_FORMAT == 1
    (void)SegmentPlan::fromJson(bytes, QStringLiteral("plan.json"), &error);
#else
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)TrackingPlanCsv::read(buffer, QStringLiteral("plan.csv"), &error);
#endif
    return 0;
}
