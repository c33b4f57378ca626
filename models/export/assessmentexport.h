#pragma once

#include "maturity/assessment.h"
#include "maturity/maturityevidence.h"
#include "maturity/maturitymatrix.h"

#include <QCoreApplication>

#include <optional>

namespace Funnelscope {

/**
 * An assessment's scores as a table (CSV, XLSX): a row per dimension with the data's hint
 * beside it; and back: read() takes that CSV (as a team keeps it in a spreadsheet) as the
 * answers of a new assessment.
 */
class AssessmentExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::AssessmentExport)

public:
    static QList<QStringList> table(const MaturityMatrix &matrix, const Assessment &assessment,
                                    const QList<MaturityEvidence::Hint> &hints);
    /**
     * The scores of the CSV at @p path (the columns dimension and current_stage, optionally
     * target_stage, note and evidence; other columns are ignored; a stage may be written
     * 1.5 or 1,5; empty is not assessed). Every dimension id must be @p matrix's and each
     * at most once. An error names the file and line, and nothing is returned then.
     */
    static std::optional<Assessment> read(const QString &path, const MaturityMatrix &matrix, QString *error);
};

} // namespace Funnelscope
