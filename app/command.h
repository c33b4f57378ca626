#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include "analysis/condition.h"
#include "analysis/localbackend.h"
#include "store/annotations.h"
#include "document/workspacetables.h"
#include "store/workspace.h"
#include "terminalprogress.h"

#include <functional>
#include <optional>
#include <stdexcept>

class QTextStream;

namespace Funnelscope {


/**
 * A subcommand of the `funnelscope` executable (`demo`, `import`, `funnel`, ...).
 * Each declares its own options and runs headless; what it prints for people goes to
 * `err` (progress, summaries) unless it is the requested output (`--json` to `out`).
 */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Command)

public:
    /** Exit codes of every command (DESIGN.md). */
    enum ExitCode { Success = 0, BadInput = 1, InternalFailure = 2 };

    /** Thrown for a bad argument or input: the message names it and says why. */
    class UsageError : public std::runtime_error
    {
    public:
        explicit UsageError(const QString &message)
            : std::runtime_error(message.toStdString())
            , mMessage(message)
        {
        }
        QString message() const { return mMessage; }

    private:
        QString mMessage;
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /** Whether the command draws (charts to PNG/SVG) and so needs QApplication. */
    virtual bool needsWidgets(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

protected:
    /** The value of a required option, or a UsageError naming it. */
    static QString required(const QCommandLineParser &parser, const QString &option,
                            const QString &what);
    /** An integer option within [low, high], or a UsageError naming it. */
    static qint64 integer(const QCommandLineParser &parser, const QString &option, qint64 low,
                          qint64 high, qint64 fallback);
    static constexpr qint64 minute = 60'000;
    static constexpr qint64 dayMs = 24 * 60 * minute;
    /** A duration option within [@p low, @p high], or @p fallback when not set; a UsageError naming it otherwise. */
    static qint64 duration(const QCommandLineParser &parser, const QString &option, qint64 low, qint64 high, qint64 fallback);
    /** Whether the arguments ask for --png or --svg (charts need QApplication). */
    static bool asksForChart(const QStringList &arguments);
    /** Every --@p option (--where by default), parsed; a UsageError names the one that is not a filter. */
    static QList<Condition> conditions(const QCommandLineParser &parser, const QString &option = QStringLiteral("where"));
    /** The day --@p option names (YYYY-MM-DD), invalid when it is not set; a UsageError when it is no date. */
    static QDate day(const QCommandLineParser &parser, const QString &option);
    /** --csv FILE, --xlsx FILE and --bom, the table options of every reporting command; @p what is "every figure". */
    static QList<QCommandLineOption> tableOptions(const QString &what);
    /**
     * Writes what --csv and --xlsx (the rows @p table returns, header first; --bom for
     * Excel's CSV) and --png/--svg (with @p chart) ask for; a writer returns an error or
     * empty, and a failure is a UsageError with that sentence.
     */
    static void writeFiles(const QCommandLineParser &parser, const std::function<QList<QStringList>()> &table,
                           const std::function<QString(const QString &path)> &chart = {});
    /** The workspace's answer to @p query; meanwhile, on a terminal, @p label and the seconds it has taken. */
    template<typename Query>
    static auto report(const QString &workspace, const Query &query, const QString &label)
    {
        const std::unique_ptr<ReportBackend> backend = backendFor(workspace);
        TerminalProgress progress(label);
        progress.ticking();
        return backend->run(query);
    }
    /** The backend of @p workspace: a file's (LocalBackend) or a ClickHouse URL's (ClickHouseBackend). */
    static std::unique_ptr<ReportBackend> backendFor(const QString &workspace);
    /** What a report's command reads of its workspace besides the report: its zone, name, annotations. */
    struct ReportSource
    {
        std::unique_ptr<WorkspaceTables> tables; ///< its annotations, saved reports, ...
        QByteArray zone = "UTC";
        QString displayName;
        /** The workspace's annotations in [@p fromMs, @p toMs). */
        QList<Annotation> annotations(std::optional<qint64> fromMs = {}, std::optional<qint64> toMs = {}) const;
    };
    /** Opens the file or the server @p workspace names (a StoreError when it cannot). */
    static ReportSource openSource(const QString &workspace);
    /** Refuses a ClickHouse @p workspace for @p what, which only a workspace file has yet. */
    static void refuseServer(const QString &workspace, const QString &what);
};

} // namespace Funnelscope
