#include "funneltext.h"

#include "texttable.h"
#include "itemmodels/figures.h"
#include "itemmodels/funneltablemodel.h"

#include <QLocale>

namespace Funnelscope {

QString FunnelText::unitName(FunnelQuery::Count count)
{
    switch (count) {
    case FunnelQuery::Count::Users: return tr("Persons");
    case FunnelQuery::Count::Sessions: return tr("Sessions");
    case FunnelQuery::Count::Totals: return tr("Events");
    }
    return QString();
}

QString FunnelText::toText(const FunnelQuery &query, const FunnelResult &result)
{
    const QLocale locale;
    TextTable steps({tr("Step"), unitName(query.count), tr("Conversion"), tr("From previous"), tr("Median time")});
    for (int i = 0; i < result.steps.size(); ++i) {
        const FunnelStepResult &step = result.steps.at(i);
        steps.addRow({tr("%1. %2").arg(i + 1).arg(step.event), locale.toString(step.count), Figures::percent(step.conversion),
                      i == 0 ? QString() : Figures::percent(step.conversionFromPrevious),
                      i == 0 ? QString() : FunnelTableModel::duration(step.medianFromPrevious)});
    }
    QString text = steps.toString();

    if (!result.segments.isEmpty()) {
        QStringList header{tr("By %1").arg(result.breakdown)};
        for (const FunnelStepResult &step : result.steps)
            header.append(step.event);
        header << tr("Conversion") << tr("Against the others");
        TextTable segments(header);
        for (const FunnelSegment &segment : result.segments) {
            QStringList row{segment.value};
            for (const FunnelStepResult &step : segment.steps)
                row.append(locale.toString(step.count));
            row.append(segment.steps.isEmpty() ? QString() : Figures::percent(segment.steps.last().conversion));
            row.append(segment.tooFew ? tr("too few to test")
                                      : Figures::pValue(segment.pValue) + (segment.significant() ? QStringLiteral(" ★") : QString()));
            segments.addRow(row);
        }
        text += QLatin1Char('\n') + segments.toString();
    }

    if (result.comparison && !result.comparison->steps.isEmpty()) {
        const FunnelResult::Comparison &compare = *result.comparison;
        TextTable other({tr("%1 – %2").arg(locale.toString(compare.firstDay, QLocale::ShortFormat),
                                           locale.toString(compare.lastDay, QLocale::ShortFormat)),
                         unitName(query.count), tr("Conversion"), tr("Change")});
        for (int i = 0; i < compare.steps.size(); ++i) {
            const FunnelStepResult &step = compare.steps.at(i);
            other.addRow({tr("%1. %2").arg(i + 1).arg(step.event), locale.toString(step.count), Figures::percent(step.conversion),
                          i == 0 ? QString() : tr("%1 pp").arg(Figures::points(compare.deltaPoints.value(i)))});
        }
        text += QLatin1Char('\n') + other.toString();
        text += (compare.tooFew ? tr("Too few to test the change.")
                 : compare.pValue < 0.05 ? tr("A real change in overall conversion (%1).").arg(Figures::pValue(compare.pValue))
                                         : tr("Within chance (%1).").arg(Figures::pValue(compare.pValue)))
            + QLatin1Char('\n');
    }
    return text;
}

QString FunnelText::segmentName(const QString &breakdown, const QString &value)
{
    if (value == QLatin1String("other"))
        return tr("other", "the segment of every value beyond the top N");
    if (value == QLatin1String("(none)"))
        return tr("(none)", "the segment of the units without a value");
    if (breakdown == FunnelQuery::newVsReturning()) {
        if (value == QLatin1String("new"))
            return tr("new", "a unit in the person's first session");
        if (value == QLatin1String("returning"))
            return tr("returning", "a unit in a later session of the person");
    }
    return value;
}

} // namespace Funnelscope
