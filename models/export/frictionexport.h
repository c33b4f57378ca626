#pragma once

#include "analysis/frictionquery.h"
#include "analysis/frictionresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Funnelscope {

/** Friction as JSON (weeks and hits) and CSV (one row a hit: ready for a remarketing list), locale-free. */
class FrictionExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FrictionExport)

public:
    static QByteArray toJson(const FrictionQuery &query, const FrictionResult &result);
    static QList<QStringList> table(const FrictionResult &result);
};

} // namespace Funnelscope
