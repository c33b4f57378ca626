#pragma once

#include "store/annotations.h"

#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Funnelscope {

/**
 * A funnel's result as data for other programs: JSON (DESIGN.md's shape, extended with
 * intervals, segments, time to convert and trend), CSV of every figure, and the CSV of
 * dropped users for remarketing. Locale-independent: dot decimals, ISO dates, seconds.
 */
class FunnelExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelExport)

public:
    static QByteArray toJson(const FunnelQuery &query, const FunnelResult &result,
                             const QList<Annotation> &annotations = {});
    /** The persons who dropped (user_id, last step, its event and time, the next step's event), header first. */
    static QList<QStringList> droppedTable(const FunnelQuery &query, const FunnelResult &result);
    /** Every figure as a table, header first (TableFile writes it as CSV or XLSX). */
    static QList<QStringList> table(const FunnelResult &result);
};

} // namespace Funnelscope
