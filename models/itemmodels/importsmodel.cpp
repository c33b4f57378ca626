#include "importsmodel.h"

#include <QLocale>

namespace Funnelscope {

void ImportsModel::setImports(const QList<ImportRecord> &imports)
{
    beginResetModel();
    mImports = imports;
    endResetModel();
}

int ImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mImports.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRecord &record = mImports.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return record.source.fileName;
        case Format:
            return record.source.format;
        case Size:
            return record.source.fileSize >= 0 ? locale.formattedDataSize(record.source.fileSize)
                                               : QString();
        case RowsRead:
            return locale.toString(record.counts.rowsRead);
        case Imported:
            return locale.toString(record.counts.imported);
        case Rejected:
            return locale.toString(record.counts.rejected);
        case Duplicates:
            return locale.toString(record.counts.duplicates);
        case IdentityCalls:
            return locale.toString(record.counts.identityCalls);
        case Started:
            return locale.toString(record.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Duration:
            if (!record.finishedAt.isValid())
                return QString();
            return tr("%1 s").arg(locale.toString(
                double(record.startedAt.msecsTo(record.finishedAt)) / 1000.0, 'f', 1));
        }
    } else if (role == Qt::ToolTipRole && index.column() == File) {
        QStringList lines = {record.source.filePath.isEmpty() ? record.source.fileName
                                                              : record.source.filePath};
        if (record.source.fileSize >= 0)
            lines.append(tr("Size: %1").arg(locale.formattedDataSize(record.source.fileSize)));
        if (!record.source.sha256.isEmpty())
            lines.append(tr("SHA-256: %1").arg(record.source.sha256));
        if (!record.source.mappingJson.isEmpty())
            lines.append(tr("Mapping: %1").arg(record.source.mappingJson));
        if (!record.source.timezone.isEmpty())
            lines.append(tr("Time zone: %1").arg(record.source.timezone));
        return lines.join(QLatin1Char('\n'));
    } else if (role == Qt::ToolTipRole && index.column() == IdentityCalls) {
        return tr("Rows that only link ids (Segment identify, Mixpanel $identify): no events, so not counted as imported");
    } else if (role == Qt::TextAlignmentRole && index.column() >= RowsRead && index.column() <= IdentityCalls) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("Source");
    case Format:
        return tr("Format");
    case Size:
        return tr("Size");
    case RowsRead:
        return tr("Rows read");
    case Imported:
        return tr("Imported");
    case Rejected:
        return tr("Rejected");
    case Duplicates:
        return tr("Duplicates");
    case IdentityCalls:
        return tr("Identity calls");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    }
    return {};
}

} // namespace Funnelscope
