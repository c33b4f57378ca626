#include "dataqualitymodel.h"

#include <QBrush>
#include <QLocale>

namespace Funnelscope {

namespace {

QString severityName(QualityFinding::Severity severity)
{
    switch (severity) {
    case QualityFinding::Severity::Error: return DataQualityModel::tr("Error");
    case QualityFinding::Severity::Warning: return DataQualityModel::tr("Warning");
    case QualityFinding::Severity::Notice: return DataQualityModel::tr("Notice");
    }
    return {};
}

bool hasShare(const QualityFinding &finding)
{
    return finding.kind == QualityFinding::MissingRequired || finding.kind == QualityFinding::TypeMismatch
        || finding.kind == QualityFinding::NotAllowed;
}

} // namespace

void DataQualityModel::setFindings(const QList<QualityFinding> &findings)
{
    beginResetModel();
    mFindings = findings;
    endResetModel();
}

QList<QStringList> DataQualityModel::toRows(const QList<QualityFinding> &findings)
{
    QList<QStringList> rows = {{QStringLiteral("severity"), QStringLiteral("kind"), QStringLiteral("event"),
                                QStringLiteral("parameter"), QStringLiteral("rows"), QStringLiteral("of_rows"),
                                QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("example"),
                                QStringLiteral("message")}};
    for (const QualityFinding &finding : findings) {
        static const char *severities[] = {"error", "warning", "notice"};
        rows.append({QLatin1String(severities[int(finding.severity())]), QualityFinding::kindKey(finding.kind),
                     finding.event, finding.parameter, QString::number(finding.rows), QString::number(finding.total),
                     finding.since.isValid() ? finding.since.toString(Qt::ISODate) : QString(),
                     finding.until.isValid() ? finding.until.toString(Qt::ISODate) : QString(), finding.example,
                     finding.message()});
    }
    return rows;
}

int DataQualityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFindings.size());
}

int DataQualityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QualityFinding &finding = mFindings.at(index.row());
    const QLocale locale;
    if (role == EventRole)
        return finding.event;
    if (role == Qt::ToolTipRole)
        return finding.message() + (finding.example.isEmpty() ? QString() : QStringLiteral("\n") + finding.example);
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        switch (finding.severity()) {
        case QualityFinding::Severity::Error: return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case QualityFinding::Severity::Warning: return QBrush(QColor(0xa8, 0x5a, 0x00));
        case QualityFinding::Severity::Notice: return QBrush(Qt::darkGray);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rows || index.column() == Share))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity: return severityName(finding.severity());
    case Event:
        return finding.parameter.isEmpty() ? finding.event : finding.event + QLatin1Char('.') + finding.parameter;
    case Finding: return finding.kindLabel();
    case Rows: return finding.kind == QualityFinding::NeverSeen ? QString() : locale.toString(finding.rows);
    case Share:
        return hasShare(finding) ? locale.toString(finding.rate() * 100, 'f', 1) + QLatin1Char('%') : QString();
    case Since:
        return finding.since.isValid() ? locale.toString(finding.since.date(), QLocale::ShortFormat) : QString();
    case Detail: return finding.message();
    }
    return {};
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Event: return tr("Event");
    case Finding: return tr("Finding");
    case Rows: return tr("Rows");
    case Share: return tr("Share");
    case Since: return tr("Since");
    case Detail: return tr("Detail");
    }
    return {};
}

} // namespace Funnelscope
