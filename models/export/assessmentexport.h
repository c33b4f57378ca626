#pragma once

#include "maturity/assessment.h"
#include "maturity/maturityevidence.h"
#include "maturity/maturitymatrix.h"

namespace Funnelscope {

/** An assessment's scores as CSV: a row per dimension with the data's hint beside it. */
class AssessmentExport
{
public:
    static QList<QStringList> table(const MaturityMatrix &matrix, const Assessment &assessment,
                                    const QList<MaturityEvidence::Hint> &hints);
};

} // namespace Funnelscope
