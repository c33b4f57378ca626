#include "dictionarycommand.h"

#include "export/tablefile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "document/workspacetables.h"
#include "governance/changelog.h"
#include "governance/dataquality.h"
#include "governance/eventdictionary.h"
#include "governance/plandiff.h"
#include "governance/trackingplan.h"
#include "itemmodels/dataqualitymodel.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QTextStream>

namespace Funnelscope {

namespace {

TrackingPlan::Format formatFor(const QCommandLineParser &parser, const QString &file, bool reading)
{
    if (!parser.isSet(QStringLiteral("format")))
        return reading ? TrackingPlan::guessFormat(file)
                       : (QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                              ? TrackingPlan::Format::Csv
                              : TrackingPlan::Format::Json);
    const QString value = parser.value(QStringLiteral("format"));
    const std::optional<TrackingPlan::Format> format = TrackingPlan::formatOf(value);
    if (!format)
        throw Command::UsageError(
            QCoreApplication::translate("Funnelscope::DictionaryCommand", "--format “%1” is not a format; use json, segment or csv.")
                .arg(value));
    return *format;
}

QString sign(const DictionaryChange &change)
{
    switch (PlanDiff::categoryOf(change)) {
    case PlanDiff::Category::Added: return QStringLiteral("+");
    case PlanDiff::Category::Changed: return QStringLiteral("~");
    case PlanDiff::Category::Removed: return QStringLiteral("-");
    }
    return {};
}

} // namespace

QString DictionaryCommand::summary() const
{
    return tr("Export, import or check the event dictionary (tracking plan); print its change log or a receipt of it.");
}

void DictionaryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("export, import, check or log."), QStringLiteral("export|import|check|log"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan to write (export) or read (import)."), QStringLiteral("[FILE]"));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("format"), tr("json (Funnelscope's own, every field), segment (a Segment Protocols tracking "
                                      "plan) or csv (one row per parameter). Default: from the file."), tr("format")},
        {QStringLiteral("starter"), tr("import: adopt the starter dictionary of e-commerce micro-conversions instead of a file.")},
        {QStringLiteral("remove-missing"), tr("import: also delete events and parameters the plan does not have.")},
        {QStringLiteral("dry-run"), tr("import: print the differences, change nothing.")},
        {QStringLiteral("who"), tr("The name the change log records (default: the preference, else the OS user)."), tr("name")},
        {QStringLiteral("reason"), tr("A reason the change log records with each change."), tr("text")},
        {QStringLiteral("receipt"),
         tr("log: print a receipt of the change log to keep elsewhere. check --receipt RECEIPT: prove the log still "
            "holds the entries of that receipt, unchanged.")},
    });
    parser.addOptions(tableOptions(tr("the findings (check)")));
    parser.addOption({QStringLiteral("json"), tr("check, log: print the findings or the change log as JSON on standard output.")});
}

int DictionaryCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("export") || action == QLatin1String("import")) {
        const bool starter = action == QLatin1String("import") && parser.isSet(QStringLiteral("starter"));
        if (positional.size() != (starter ? 1 : 2))
            throw UsageError(starter ? tr("--starter takes no file.")
                                     : tr("name one file to %1, as in “funnelscope dictionary %1 --workspace W plan.json”.")
                                           .arg(action));
        return action == QLatin1String("export") ? exportPlan(parser, positional.at(1), err)
                                                 : importPlan(parser, positional.value(1), out, err);
    }
    if (action == QLatin1String("check")) {
        // check --receipt RECEIPT: the receipt follows as the second positional word.
        if (parser.isSet(QStringLiteral("receipt"))) {
            if (positional.size() < 2)
                throw UsageError(tr("--receipt: give the receipt to check, as in “funnelscope dictionary check --receipt "
                                    "'funnelscope-change-log 1 entries=N sha256=…' --workspace W”."));
            return checkReceipt(parser, positional.mid(1).join(QLatin1Char(' ')), out, err);
        }
        if (positional.size() != 1)
            throw UsageError(tr("check takes no file; use --csv F to write the findings."));
        return check(parser, out, err);
    }
    if (action == QLatin1String("log")) {
        if (positional.size() != 1)
            throw UsageError(tr("log takes no file."));
        return printLog(parser, out);
    }
    throw UsageError(action.isEmpty() ? tr("say what to do: export, import, check or log.")
                                      : tr("“%1” is not something the dictionary command does; use export, import, check or log.").arg(action));
}

int DictionaryCommand::exportPlan(const QCommandLineParser &parser, const QString &file, QTextStream &err)
{
    const TrackingPlan::Format format = formatFor(parser, file, false);
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    const auto tables = WorkspaceTables::open(path);
    const EventDictionary dictionary = EventDictionary::load(tables->connection());
    const QString error = TrackingPlan::write(file, TrackingPlan::withAllFields(dictionary.events(), dictionary.naming()), format);
    if (!error.isEmpty())
        throw UsageError(error);
    err << tr("Wrote %n events to %1 (%2).", nullptr, dictionary.count()).arg(file, TrackingPlan::formatKey(format)) << Qt::endl;
    return Success;
}

int DictionaryCommand::importPlan(const QCommandLineParser &parser, const QString &file, QTextStream &out,
                                  QTextStream &err)
{
    const bool starter = parser.isSet(QStringLiteral("starter"));
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to change"));
    TrackingPlan plan;
    if (starter) {
        plan = TrackingPlan::starter();
    } else {
        if (!QFileInfo::exists(file))
            throw UsageError(tr("Cannot read “%1”: the file does not exist.").arg(file));
        QString error;
        plan = TrackingPlan::read(file, formatFor(parser, file, true), &error);
        if (!error.isEmpty())
            throw UsageError(error);
    }
    const auto tables = WorkspaceTables::open(path);
    Connection &connection = tables->connection();
    const EventDictionary dictionary = EventDictionary::load(connection);
    const PlanDiff::Removals removals = parser.isSet(QStringLiteral("remove-missing")) ? PlanDiff::Removals::Remove
                                                                                      : PlanDiff::Removals::Keep;
    const QList<DictionaryChange> changes = PlanDiff::compute(dictionary, plan, removals);
    for (const DictionaryChange &change : changes)
        out << sign(change) << QLatin1Char(' ') << change.describe() << Qt::endl;

    EventDictionary::Context context;
    context.who = parser.isSet(QStringLiteral("who")) ? parser.value(QStringLiteral("who")) : ChangeLog::defaultWho();
    context.reason = parser.isSet(QStringLiteral("reason"))
        ? parser.value(QStringLiteral("reason"))
        : (starter ? tr("Adopted the starter dictionary") : tr("Imported from %1").arg(QFileInfo(file).fileName()));
    context.enforceNaming = false;
    // Checked before anything is written, so a plan the rules refuse changes nothing.
    if (const QString problem = dictionary.check(changes, context); !problem.isEmpty())
        throw UsageError(tr("the plan cannot be applied: %1 Nothing was changed.").arg(problem));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        err << tr("%n changes; nothing applied (--dry-run).", nullptr, int(changes.size())) << Qt::endl;
        return Success;
    }
    dictionary.applied(connection, changes, context);
    tables->save();
    err << tr("Applied %n changes, each in the change log.", nullptr, int(changes.size())) << Qt::endl;
    return Success;
}

int DictionaryCommand::printLog(const QCommandLineParser &parser, QTextStream &out)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    const auto tables = WorkspaceTables::open(path);
    if (parser.isSet(QStringLiteral("receipt"))) {
        out << ChangeLog::receipt(tables->connection()) << Qt::endl;
        return Success;
    }
    const QList<ChangeEntry> entries = ChangeLog::list(tables->connection());
    if (parser.isSet(QStringLiteral("json"))) {
        QList<QStringList> rows = {{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("action"),
                                    QStringLiteral("entity"), QStringLiteral("entity_name"), QStringLiteral("field"),
                                    QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("reason")}};
        for (const ChangeEntry &entry : entries)
            rows.append({QString::number(entry.id), entry.at.toString(Qt::ISODateWithMs), entry.who, entry.action, entry.entity,
                         entry.entityName, entry.field, entry.oldValue, entry.newValue, entry.reason});
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("entries"), TableFile::toJson(rows)}}).toJson());
        return Success;
    }
    for (const ChangeEntry &entry : entries) {
        out << QStringList{QString::number(entry.id), entry.at.toString(Qt::ISODateWithMs), entry.who, entry.action,
                           entry.entity, entry.entityName, entry.field, entry.oldValue, entry.newValue, entry.reason}
                   .join(QLatin1Char('\t'))
            << Qt::endl;
    }
    return Success;
}

int DictionaryCommand::checkReceipt(const QCommandLineParser &parser, const QString &receipt, QTextStream &out,
                                    QTextStream &err)
{
    Q_UNUSED(err);
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to check"));
    const auto tables = WorkspaceTables::open(path);
    const ChangeLog::Integrity proof = ChangeLog::checkReceipt(tables->connection(), receipt);
    out << (proof.intact ? tr("Change log: %1").arg(proof.message) : tr("Change log ALTERED: %1").arg(proof.message)) << Qt::endl;
    return proof.intact ? Success : BadInput;
}

int DictionaryCommand::check(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to check"));
    const auto tables = WorkspaceTables::open(path);
    Connection &connection = tables->connection();
    const EventDictionary dictionary = EventDictionary::load(connection);
    // The data-quality findings read the events of a file; on a server only the change log is checked.
    const bool quality = !tables->isServer();
    if (!quality && (parser.isSet(QStringLiteral("csv")) || parser.isSet(QStringLiteral("xlsx"))))
        throw UsageError(tr("--csv and --xlsx write data-quality findings, which a ClickHouse workspace (%1) cannot compute yet.")
                             .arg(path));
    QList<QualityFinding> findings;
    if (quality) {
        DataQuality::Options options;
        options.timezone = tables->meta(QStringLiteral("timezone"), QStringLiteral("UTC"));
        findings = DataQuality::check(connection, dictionary, options);
        writeFiles(parser, [&] { return DataQualityModel::toRows(findings); });
    }
    const ChangeLog::Integrity integrity = ChangeLog::verify(connection);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject log{{QStringLiteral("intact"), integrity.intact}, {QStringLiteral("message"), integrity.message}};
        QJsonObject answer{{QStringLiteral("dictionary_events"), int(dictionary.count())}, {QStringLiteral("change_log"), log}};
        if (quality)
            answer.insert(QStringLiteral("findings"), TableFile::toJson(DataQualityModel::toRows(findings)));
        out << QString::fromUtf8(QJsonDocument(answer).toJson());
        return integrity.intact ? Success : BadInput;
    }
    if (!quality)
        err << tr("Data quality is not checked on a ClickHouse workspace yet (it reads a workspace file's events); "
                  "the change log is.")
            << Qt::endl;
    if (dictionary.count() == 0)
        out << tr("The dictionary is empty: adopt the starter dictionary (dictionary import --starter) or import a plan.")
            << Qt::endl;
    for (const QualityFinding &finding : findings) {
        static const char *severities[] = {"error", "warning", "notice"};
        out << QLatin1String(severities[int(finding.severity())]) << QLatin1String(": ") << finding.message() << Qt::endl;
    }
    out << (integrity.intact ? tr("Change log: %1").arg(integrity.message)
                             : tr("Change log ALTERED: %1").arg(integrity.message))
        << Qt::endl;
    if (quality)
        err << tr("%n findings.", nullptr, int(findings.size())) << Qt::endl;
    return integrity.intact ? Success : BadInput;
}

} // namespace Funnelscope
