#pragma once

#include "governance/dataquality.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/** Data-quality findings as a table, worst first. */
class DataQualityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Event, Finding, Rows, Share, Since, Detail, ColumnCount };
    enum Role { EventRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QList<QualityFinding> &findings);
    const QList<QualityFinding> &findings() const { return mFindings; }
    /** The findings as CSV rows (with a header), locale-independent. */
    static QList<QStringList> toRows(const QList<QualityFinding> &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QualityFinding> mFindings;
};

} // namespace Funnelscope
