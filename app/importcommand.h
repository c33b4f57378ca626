#pragma once

#include "command.h"
#include "clickhouse/clickhouseurl.h"
#include "ingest/importer.h"
#include "ingest/importoptions.h"

namespace Funnelscope {

/** `funnelscope import FILE... --workspace W`: imports event files, one import each. */
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    /** --watch: imports what lands in @p folder until SIGINT or SIGTERM; then exit 0. */
    static int watch(const QString &path, const QString &folder, const ImportOptions &options, QTextStream &err);
    /** The import into a ClickHouse workspace (ClickHouseImporter). */
    static int importToServer(const ClickHouseUrl &url, const QList<ImportPlan> &plans, const ImportOptions &options,
                              const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    /** Says what @p batch imported (and prints it as JSON with --json). */
    static int report(const Importer::Batch &batch, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
};

} // namespace Funnelscope
