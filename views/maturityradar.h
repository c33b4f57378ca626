#pragma once

#include "maturity/assessment.h"
#include "maturity/maturitymatrix.h"

#include <QCoreApplication>

class QChart;

namespace Funnelscope {

/** The radar (polar) chart of an assessment: current against target on every dimension. */
class MaturityRadar
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::MaturityRadar)

public:
    static QChart *create(const MaturityMatrix &matrix, const Assessment &assessment, const QString &title);
    /** A dimension's name as the radar's axis shows it: escaped, long names on two lines. */
    static QString label(const QString &name);
    /** PNG (2x) or SVG by suffix; an error message, or empty. */
    static QString save(const MaturityMatrix &matrix, const Assessment &assessment, const QString &title,
                        const QString &path);
};

} // namespace Funnelscope
