#include "cohorttext.h"

#include "texttable.h"

#include <QLocale>

namespace Funnelscope {

QString CohortText::periodLabel(LocalCalendar::Period period, int k)
{
    switch (period) {
    case LocalCalendar::Period::Day:
        return tr("Day %1").arg(k);
    case LocalCalendar::Period::Week:
        return tr("Week %1").arg(k);
    case LocalCalendar::Period::Month:
        return tr("Month %1").arg(k);
    }
    return QString::number(k);
}

QString CohortText::toText(const CohortQuery &query, const CohortResult &result)
{
    const QLocale locale;
    bool anyIncomplete = false;
    const auto cells = [&](const CohortRow &row) {
        QStringList cells;
        for (int k = 0; k < result.periods; ++k) {
            const std::optional<double> value = row.values.value(k);
            if (!value) {
                cells.append(QString());
                continue;
            }
            QString cell = result.revenue ? locale.toString(*value, 'f', 2) : locale.toString(*value, 'f', 1) + QLatin1Char('%');
            // A mark or a space after every figure, so the digits stay in line.
            cell += row.incomplete.value(k) ? QLatin1Char('*') : QLatin1Char(' ');
            anyIncomplete = anyIncomplete || row.incomplete.value(k);
            cells.append(cell);
        }
        return cells;
    };
    QString text;
    for (const CohortGrid &grid : result.grids) {
        QStringList header{grid.value.isEmpty() ? tr("Cohort") : tr("Cohort · %1").arg(grid.value), tr("Users")};
        for (int k = 0; k < result.periods; ++k)
            header.append(periodLabel(query.period, k));
        TextTable table(header);
        for (const CohortRow &row : grid.cohorts)
            table.addRow(QStringList{locale.toString(row.start, QLocale::ShortFormat), locale.toString(row.size)} + cells(row));
        table.addRule();
        table.addRow(QStringList{tr("Average"), locale.toString(grid.average.size)} + cells(grid.average));
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += table.toString();
    }
    if (anyIncomplete)
        text += tr("* The period is not over in the data yet: its figure can still grow.") + QLatin1Char('\n');
    return text;
}

} // namespace Funnelscope
