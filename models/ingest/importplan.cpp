#include "importplan.h"

#include "csvreader.h"

namespace Funnelscope {

QString ImportPlan::describe() const
{
    const QString reader = container == QLatin1String("csv")
        ? QCoreApplication::translate("Funnelscope::ImportPlan", "CSV, %1-separated")
              .arg(CsvReader::delimiterName(delimiter))
        : container == QLatin1String("ndjson")
            ? QCoreApplication::translate("Funnelscope::ImportPlan", "NDJSON, one object per line")
            : QCoreApplication::translate("Funnelscope::ImportPlan", "JSON");
    const QString shape = presetName.isEmpty()
        ? QCoreApplication::translate("Funnelscope::ImportPlan", "columns matched by name")
        : presetName;
    return QCoreApplication::translate("Funnelscope::ImportPlan", "%1 (%2); times: %3, e.g. “%4”")
        .arg(shape, reader, TimestampParser::describe(timestampFormat), timestampExample);
}

} // namespace Funnelscope
