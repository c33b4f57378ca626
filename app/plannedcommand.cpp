#include "plannedcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Funnelscope {

PlannedCommand::PlannedCommand(const QString &name, const QString &summary,
                               const QString &positional, const QList<QCommandLineOption> &options)
    : mName(name)
    , mSummary(summary)
    , mPositional(positional)
    , mOptions(options)
{
}

void PlannedCommand::addOptions(QCommandLineParser &parser) const
{
    if (!mPositional.isEmpty())
        parser.addPositionalArgument(mPositional, QString());
    parser.addOptions(mOptions);
}

int PlannedCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(parser);
    Q_UNUSED(out);
    err << tr("funnelscope %1: this command is not available in Funnelscope %2 yet.")
               .arg(mName, QCoreApplication::applicationVersion())
        << Qt::endl;
    return InternalFailure;
}

} // namespace Funnelscope
