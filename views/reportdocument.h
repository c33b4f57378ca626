#pragma once

#include "export/reportcontent.h"

#include <QCoreApplication>

namespace Funnelscope {

/**
 * Writes the report as one PDF (QPdfWriter, A4 landscape): a cover with what the
 * workspace holds, the funnel (chart and figures), the cohort grid as a heatmap, the
 * insights (the phi chart and the ranked figures), the
 * maturity radar with the scores, and the data-quality summary with the change log's
 * integrity. Each section is titled with the workspace, the query and the date. Everything
 * is drawn as vectors (text, charts, cells), never as a screen grab, so it prints sharp
 * at any resolution.
 */
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ReportDocument)

public:
    /** An error message, or empty when written. Needs a QApplication (charts are widgets). */
    static QString writePdf(const QString &path, const ReportContent &content);
};

} // namespace Funnelscope
