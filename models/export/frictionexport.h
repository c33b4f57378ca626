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
    /** "In 1 session: 2 cart loops, 0 search struggles, …": each count with its plural. */
    static QString summary(const FrictionResult &result);
};

} // namespace Funnelscope
