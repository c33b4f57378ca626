#include "command.h"

#include "export/tablefile.h"
#include "itemmodels/figures.h"

#include "analysis/duration.h"
#include "analysis/eventtable.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseworkspace.h"
#include "document/workspacetables.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QCoreApplication>

namespace Funnelscope {

std::unique_ptr<ReportBackend> Command::backendFor(const QString &workspace)
{
    if (ClickHouseUrl::isUrl(workspace))
        return std::make_unique<ClickHouseBackend>(ClickHouseUrl::parse(workspace));
    return std::make_unique<LocalBackend>(workspace, QString());
}

Command::ReportSource Command::openSource(const QString &workspace)
{
    ReportSource source;
    source.tables = WorkspaceTables::open(workspace);
    source.zone = source.tables->meta(QStringLiteral("timezone"), QStringLiteral("UTC")).toUtf8();
    source.displayName = source.tables->displayName();
    return source;
}

void Command::refuseServer(const QString &workspace, const QString &what)
{
    if (ClickHouseUrl::isUrl(workspace))
        throw ClickHouseWorkspace::cannotYet(ClickHouseUrl::parse(workspace), what);
}

QList<Annotation> Command::ReportSource::annotations(std::optional<qint64> fromMs, std::optional<qint64> toMs) const
{
    return Annotations::list(tables->connection(), fromMs, toMs);
}

QString Command::required(const QCommandLineParser &parser, const QString &option,
                          const QString &what)
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        throw UsageError(tr("--%1 is required: %2.")
                             .arg(option, what));
    return value;
}

qint64 Command::integer(const QCommandLineParser &parser, const QString &option, qint64 low,
                        qint64 high, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(tr("--%1: “%2” is not a whole number from %3 to %4.")
                             .arg(option, text)
                             .arg(low)
                             .arg(high));
    return value;
}

bool Command::asksForChart(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--png")) || argument.startsWith(QLatin1String("--svg"))
            || argument.startsWith(QLatin1String("--trend")))
            return true;
    }
    return false;
}

QList<Condition> Command::conditions(const QCommandLineParser &parser, const QString &option)
{
    QList<Condition> list;
    const QStringList texts = parser.values(option);
    for (const QString &text : texts) {
        QString error;
        const std::optional<Condition> condition = Condition::parse(text, &error);
        if (!condition)
            throw UsageError(QStringLiteral("--%1: ").arg(option) + error);
        list.append(*condition);
    }
    return list;
}

QDate Command::day(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid())
        throw UsageError(tr("--%1: “%2” is not a date (write YYYY-MM-DD).").arg(option, parser.value(option)));
    return date;
}

QList<QCommandLineOption> Command::tableOptions(const QString &what)
{
    return {
        {QStringLiteral("csv"), tr("Write %1 as CSV.").arg(what), tr("file")},
        {QStringLiteral("xlsx"), tr("Write %1 as an Excel workbook (typed numbers and dates).").arg(what), tr("file")},
        {QStringLiteral("bom"), tr("Start the CSV with a UTF-8 byte-order mark, so Excel shows accents and other scripts correctly.")},
    };
}

void Command::writeFiles(const QCommandLineParser &parser, const std::function<QList<QStringList>()> &table,
                         const std::function<QString(const QString &path)> &chart)
{
    if (parser.isSet(QStringLiteral("bom")) && !parser.isSet(QStringLiteral("csv")))
        throw UsageError(tr("--bom: it applies to --csv, which is not given."));
    std::optional<QList<QStringList>> rows;
    for (const char *option : {"csv", "xlsx"}) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        if (!rows)
            rows = table();
        const TableFile::Format format = name == QLatin1String("xlsx") ? TableFile::Format::Xlsx
                                         : parser.isSet(QStringLiteral("bom")) ? TableFile::Format::ExcelCsv
                                                                              : TableFile::Format::Csv;
        if (const QString error = TableFile::write(parser.value(name), *rows, format); !error.isEmpty())
            throw UsageError(error);
    }
    if (!chart)
        return;
    for (const char *option : {"png", "svg"}) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        if (const QString error = chart(parser.value(QLatin1String(option))); !error.isEmpty())
            throw UsageError(error);
    }
}

qint64 Command::duration(const QCommandLineParser &parser, const QString &option, qint64 low, qint64 high, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const std::optional<qint64> value = Duration::parse(parser.value(option));
    if (!value || *value < low || *value > high)
        throw UsageError(tr("--%1: “%2” is not a duration from %3 to %4 (write 30m, 12h, 7d or 2w).")
                             .arg(option, parser.value(option), Figures::duration(low), Figures::duration(high)));
    return *value;
}

} // namespace Funnelscope
