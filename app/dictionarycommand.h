#pragma once

#include "command.h"

namespace Funnelscope {

/**
 * `funnelscope dictionary export|import|check|log`: the tracking plan to and from JSON,
 * CSV or a Segment plan (an import prints its differences, then applies them as
 * change-log entries), and the data-quality findings with the change log's integrity
 * (exit 1 when the log was altered).
 */
class DictionaryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DictionaryCommand)

public:
    QString name() const override { return QStringLiteral("dictionary"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int exportPlan(const QCommandLineParser &parser, const QString &file, QTextStream &err);
    int importPlan(const QCommandLineParser &parser, const QString &file, QTextStream &out, QTextStream &err);
    int check(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    int checkReceipt(const QCommandLineParser &parser, const QString &receipt, QTextStream &out, QTextStream &err);
    int printLog(const QCommandLineParser &parser, QTextStream &out);
};

} // namespace Funnelscope
