#include "annotatecommand.h"

#include "analysis/localcalendar.h"
#include "document/workspacetables.h"
#include "export/annotationsexport.h"
#include "store/annotations.h"

#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

namespace Funnelscope {

QString AnnotateCommand::summary() const
{
    return tr("Mark days with campaigns, site and tracking changes (shown on every time axis).");
}

void AnnotateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove ID."), QStringLiteral("add|list|remove ID"));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("date"), tr("The day annotated (YYYY-MM-DD, workspace time zone)."), tr("date")},
        {QStringLiteral("to"), tr("The last day of a range, included."), tr("date")},
        {QStringLiteral("text"), tr("What happened, in a few words."), tr("text")},
        {QStringLiteral("category"), tr("campaign, site_change, tracking_change or other (default)."), tr("category")},
        {QStringLiteral("colour"), tr("A colour of its own, #RRGGBB."), tr("colour")},
        {QStringLiteral("json"), tr("list: print the annotations as JSON on standard output.")},
    });
}

int AnnotateCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace"));
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("remove"))
        throw UsageError(tr("say add, list or remove ID (not “%1”).").arg(action));
    const auto tables = WorkspaceTables::open(path);
    const QByteArray zone = tables->meta(QStringLiteral("timezone"), QStringLiteral("UTC")).toUtf8();

    if (action == QLatin1String("list")) {
        const QList<Annotation> annotations = Annotations::list(tables->connection());
        if (parser.isSet(QStringLiteral("json"))) {
            out << QString::fromUtf8(QJsonDocument(AnnotationsExport::toJson(annotations, zone)).toJson(QJsonDocument::Indented));
            return Success;
        }
        const QTimeZone timeZone = LocalCalendar::zoneNamed(zone);
        for (const Annotation &annotation : annotations) {
            const QString from = annotation.firstDay(timeZone).toString(Qt::ISODate);
            const QString to = annotation.lastDay(timeZone).toString(Qt::ISODate);
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(QString::number(annotation.id).rightJustified(4),
                            (from == to ? from : from + QStringLiteral("..") + to).leftJustified(22),
                            Annotations::categoryName(annotation.category).leftJustified(16), annotation.text);
        }
        return Success;
    }
    if (action == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = arguments.value(1).toLongLong(&ok);
        if (!ok)
            throw UsageError(tr("remove: name the annotation's number (annotate list shows them), not “%1”.").arg(arguments.value(1)));
        if (!Annotations::remove(tables->connection(), id))
            throw UsageError(tr("remove: there is no annotation %1.").arg(id));
        tables->save();
        err << tr("Removed annotation %1.").arg(id) << Qt::endl;
        return Success;
    }
    const QDate first = day(parser, QStringLiteral("date"));
    if (!first.isValid())
        throw UsageError(tr("--date is required: the day annotated."));
    const QDate last = parser.isSet(QStringLiteral("to")) ? day(parser, QStringLiteral("to")) : first;
    if (last < first)
        throw UsageError(tr("--to: %1 comes before --date %2.").arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    Annotation annotation;
    annotation.fromMs = LocalCalendar::dayStartMs(first, zone);
    annotation.toMs = LocalCalendar::dayStartMs(last.addDays(1), zone);
    annotation.text = required(parser, QStringLiteral("text"), tr("what happened"));
    if (parser.isSet(QStringLiteral("category")))
        annotation.category = parser.value(QStringLiteral("category"));
    annotation.colour = parser.value(QStringLiteral("colour"));
    if (const QString problem = Annotations::validate(annotation); !problem.isEmpty())
        throw UsageError(problem);
    const qint64 id = Annotations::add(tables->connection(), annotation);
    tables->save();
    err << tr("Added annotation %1.").arg(id) << Qt::endl;
    return Success;
}

} // namespace Funnelscope
