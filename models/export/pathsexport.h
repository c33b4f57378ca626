#pragma once

#include "analysis/pathsquery.h"
#include "analysis/pathsresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Funnelscope {

/** Paths as JSON (DESIGN.md's shape) and CSV (one row an edge), locale-free. */
class PathsExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::PathsExport)

public:
    static QByteArray toJson(const PathsQuery &query, const PathsResult &result);
    static QList<QStringList> table(const PathsResult &result);
};

} // namespace Funnelscope
