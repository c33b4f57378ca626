#include "trackingplan.h"

#include "export/csvwriter.h"
#include "ingest/csvreader.h"
#include "ingest/ingesterror.h"

#include <QFile>
#include <QFileInfo>

namespace Funnelscope {

namespace {

// Event columns in EventDefinition::Field order, then parameter columns in
// ParameterDefinition::Field order ("parameter" for its name, "parameter_description").
const QStringList &eventColumns()
{
    static const QStringList columns = {QStringLiteral("event"), QStringLiteral("display_name"),
                                        QStringLiteral("description"), QStringLiteral("stage"),
                                        QStringLiteral("tier"), QStringLiteral("owner"),
                                        QStringLiteral("status"), QStringLiteral("counting"),
                                        QStringLiteral("last_reviewed"), QStringLiteral("tags")};
    return columns;
}

const QStringList &parameterColumns()
{
    static const QStringList columns = {QStringLiteral("parameter"), QStringLiteral("type"),
                                        QStringLiteral("required"), QStringLiteral("allowed_values"),
                                        QStringLiteral("pattern"), QStringLiteral("parameter_description"),
                                        QStringLiteral("example")};
    return columns;
}

/** A list in one cell: items separated by |, with \| and \\ inside an item. */
QString joinList(const QStringList &list)
{
    QStringList escaped;
    for (QString item : list) {
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        item.replace(QLatin1Char('|'), QLatin1String("\\|"));
        escaped.append(item);
    }
    return escaped.join(QLatin1Char('|'));
}

QStringList splitList(const QString &cell)
{
    QStringList list;
    if (cell.isEmpty())
        return list;
    QString item;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('\\') && i + 1 < cell.size()) {
            item += cell.at(++i);
        } else if (c == QLatin1Char('|')) {
            list.append(item);
            item.clear();
        } else {
            item += c;
        }
    }
    list.append(item);
    return list;
}

QString eventCell(const EventDefinition &event, int field)
{
    return field == EventDefinition::Tags ? joinList(event.tags) : event.value(EventDefinition::Field(field));
}

QString parameterCell(const ParameterDefinition &parameter, int field)
{
    return field == ParameterDefinition::AllowedValues ? joinList(parameter.allowedValues)
                                                       : parameter.value(ParameterDefinition::Field(field));
}

} // namespace

QList<QStringList> TrackingPlanCsv::toRows(const TrackingPlan &plan)
{
    QList<QStringList> rows = {eventColumns() + parameterColumns()};
    for (const EventDefinition &event : plan.events) {
        QStringList eventPart;
        for (int field = 0; field < EventDefinition::FieldCount; ++field)
            eventPart.append(eventCell(event, field));
        if (event.parameters.isEmpty()) {
            QStringList row = eventPart;
            for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
                row.append(QString());
            rows.append(row);
        }
        for (const ParameterDefinition &parameter : event.parameters) {
            QStringList row = eventPart;
            for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
                row.append(parameterCell(parameter, field));
            rows.append(row);
        }
    }
    return rows;
}

TrackingPlan TrackingPlanCsv::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return {};
    }
    return read(file, QFileInfo(path).fileName(), error);
}

TrackingPlan TrackingPlanCsv::read(QIODevice &file, const QString &name, QString *error)
{
    TrackingPlan plan;
    try {
        CsvReader reader(file, name, ',');
        SourceRecord record;
        QHash<QString, qint64> firstLine; // event name (lower case) → the line that defined it
        QList<int> eventColumn(EventDefinition::FieldCount, -1);
        QList<int> parameterColumn(ParameterDefinition::FieldCount, -1);
        bool headerRead = false;
        const auto readHeader = [&]() {
            headerRead = true;
            for (size_t column = 0; column < reader.header().size(); ++column) {
                const QString key = QString::fromStdString(reader.header()[column]).trimmed();
                if (const qsizetype field = eventColumns().indexOf(key); field >= 0) {
                    eventColumn[field] = int(column);
                    plan.eventFields.insert(int(field));
                } else if (const qsizetype field = parameterColumns().indexOf(key); field >= 0) {
                    parameterColumn[field] = int(column);
                    plan.parameterFields.insert(int(field));
                }
            }
            if (eventColumn[EventDefinition::Name] >= 0)
                return true;
            *error = tr("%1, line 1: there is no “event” column, so this is not a dictionary CSV.").arg(name);
            return false;
        };
        while (reader.next(record)) {
            if (!headerRead && !readHeader())
                return {};
            if (!record.rejection.empty()) {
                *error = tr("%1, line %2: %3").arg(name).arg(record.line).arg(QString::fromUtf8(record.rejection.data(), qsizetype(record.rejection.size())));
                return {};
            }
            const auto cell = [&record](int column) {
                if (column < 0 || size_t(column) >= record.values.size())
                    return QString();
                const std::string_view value = record.values[size_t(column)];
                return CsvWriter::unguard(QString::fromUtf8(value.data(), qsizetype(value.size())));
            };
            EventDefinition event;
            for (int field = 0; field < EventDefinition::FieldCount; ++field) {
                const QString text = cell(eventColumn[field]);
                if (field == EventDefinition::Tags)
                    event.tags = splitList(text);
                else if (eventColumn[field] >= 0)
                    event.setValue(EventDefinition::Field(field), text);
                if (field == EventDefinition::LastReviewed && !text.isEmpty() && !event.lastReviewed.isValid()) {
                    *error = tr("%1, line %2: the last_reviewed “%3” is not a date like 2026-03-31.")
                                 .arg(name).arg(record.line).arg(text);
                    return {};
                }
            }
            if (event.name.trimmed().isEmpty()) {
                *error = tr("%1, line %2: the event column is empty.").arg(name).arg(record.line);
                return {};
            }
            ParameterDefinition parameter;
            for (int field = 0; field < ParameterDefinition::FieldCount; ++field) {
                const QString text = cell(parameterColumn[field]);
                if (field == ParameterDefinition::AllowedValues)
                    parameter.allowedValues = splitList(text);
                else if (parameterColumn[field] >= 0 && !(field == ParameterDefinition::Type && text.isEmpty()))
                    parameter.setValue(ParameterDefinition::Field(field), text);
            }
            const QString key = event.name.toLower();
            int row = -1;
            for (int i = 0; i < plan.events.size(); ++i) {
                if (plan.events.at(i).name.toLower() == key)
                    row = i;
            }
            if (row < 0) {
                firstLine.insert(key, record.line);
                plan.events.append(event);
                row = int(plan.events.size()) - 1;
            } else {
                EventDefinition known = plan.events.at(row);
                known.parameters.clear();
                if (!(known == event)) {
                    *error = tr("%1, line %2: “%3” is described differently than on line %4; the event "
                                "columns must be the same on each of its rows.")
                                 .arg(name).arg(record.line).arg(event.name).arg(firstLine.value(key));
                    return {};
                }
            }
            if (!parameter.name.isEmpty())
                plan.events[row].parameters.append(parameter);
        }
        if (reader.header().empty()) {
            *error = tr("%1 is empty: a dictionary CSV starts with a header line.").arg(name);
            return {};
        }
        if (!headerRead && !readHeader())
            return {};
    } catch (const IngestError &failure) {
        *error = failure.message();
        return {};
    }
    return plan;
}

} // namespace Funnelscope
