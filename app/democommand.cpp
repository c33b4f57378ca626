#include "democommand.h"

#include "demo/demoshop.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <limits>

namespace Funnelscope {

QString DemoCommand::summary() const
{
    return tr("Create a workspace with the sample shop's events.");
}

void DemoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace file to create."), tr("file")},
        {QStringLiteral("users"), tr("How many shoppers (default 20000)."), tr("count")},
        {QStringLiteral("seed"), tr("Random seed; the same seed gives the same shop (default 42)."),
         tr("number")},
        {QStringLiteral("force"), tr("Replace the workspace file if it exists.")},
        {QStringLiteral("furnished"), tr("As the window's first start has it: the starter dictionary adopted, a change log, "
                                         "a saved assessment, a saved funnel and annotations.")},
        {QStringLiteral("csv"), tr("Write the events as a shop's CSV export instead of a workspace (12 columns)."), tr("file")},
        {QStringLiteral("ndjson"), tr("Write the events as NDJSON instead of a workspace."), tr("file")},
    });
}

int DemoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    DemoShop::Options options;
    options.users = int(integer(parser, QStringLiteral("users"), DemoShop::minUsers,
                                DemoShop::maxUsers, options.users));
    options.seed = quint64(integer(parser, QStringLiteral("seed"), 0,
                                   std::numeric_limits<qint64>::max(), qint64(options.seed)));
    for (const char *format : {"csv", "ndjson"}) {
        const QString option = QLatin1String(format);
        if (!parser.isSet(option))
            continue;
        const QString file = parser.value(option);
        const DemoShop::Result result = DemoShop::writeFile(
            file, option == QLatin1String("csv") ? DemoShop::FileFormat::Csv : DemoShop::FileFormat::Ndjson, options);
        err << tr("Wrote %1: %2 events of %3 users.").arg(QDir::toNativeSeparators(file)).arg(result.events).arg(result.users)
            << Qt::endl;
        return Success;
    }
    const QString path = required(parser, QStringLiteral("workspace"),
                                  tr("the workspace file to create"));

    if (QFileInfo::exists(path) && parser.isSet(QStringLiteral("force"))) {
        if (QFileInfo(path).isDir())
            throw UsageError(tr("--workspace: “%1” is a folder.").arg(QDir::toNativeSeparators(path)));
        Workspace::remove(path);
    }

    options.furnished = parser.isSet(QStringLiteral("furnished"));
    const DemoShop::Result result = DemoShop::createWorkspace(path, options);
    err << tr("Created %1: %2 users, %3 sessions, %4 events from %5 over %6 weeks.")
               .arg(QDir::toNativeSeparators(path))
               .arg(result.users)
               .arg(result.sessions)
               .arg(result.events)
               .arg(DemoShop::firstDay().date().toString(Qt::ISODate))
               .arg(DemoShop::weeks())
        << Qt::endl;
    return Success;
}

} // namespace Funnelscope
