#pragma once

#include "field.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Funnelscope {

/**
 * Which source column (or constant) gives each field. A field may name several
 * columns: the first non-empty one wins (Amplitude's user_id, else device_id).
 * Every column no field names is kept in the event's properties.
 */
class FieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FieldMapping)

public:
    void setColumns(Field field, const QStringList &columns);
    void setConstant(Field field, const QString &value);
    void clear(Field field);

    QStringList columns(Field field) const { return mColumns[size_t(field)]; }
    bool hasConstant(Field field) const { return !mConstants[size_t(field)].isNull(); }
    QString constant(Field field) const { return mConstants[size_t(field)]; }
    bool isMapped(Field field) const;

    /** A guess from column names alone (`event_time`, `visitorid`, `CustomerID`...). */
    static FieldMapping guess(const QStringList &keys);

    /**
     * Applies `--map FIELD=COLUMN` and `--const FIELD=VALUE`; throws IngestError naming
     * the argument when FIELD is unknown or COLUMN is not in @p keys (when keys are known).
     */
    void apply(const QStringList &maps, const QStringList &constants, const QStringList &keys);

    QString toJson() const;
    /** "timestamp ← event_time, event = purchase, ..." for people. */
    QString describe() const;

    bool operator==(const FieldMapping &other) const = default;

private:
    std::array<QStringList, fieldCount> mColumns;
    std::array<QString, fieldCount> mConstants;
};

} // namespace Funnelscope
