#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * What a source's rows mean beyond its column mapping, as its vendor documents it
 * (SourcePreset gives them, ImportPlan carries them to the RecordMapper).
 */
struct SourceRules
{
    /**
     * Event names that are identity calls, not events: Segment's `identify` and `alias`,
     * Mixpanel's `$identify`, `$merge` and `$create_alias`. They link the ids they carry
     * (anonymous_id or distinct_id to user_id) and are counted apart, never as events.
     */
    QStringList identityEvents;
    /**
     * The events whose revenue counts (Segment's `Order Completed`, REES46's `purchase`);
     * other events keep the value in their properties only (a checkout's cart value is
     * no revenue). Empty: every event's revenue counts.
     */
    QStringList revenueEvents;
    /** Source keys kept in the properties under another name (GA4's traffic_source.* is the first touch). */
    QList<QPair<QString, QString>> renames;
    /** Rows whose refundColumn starts with refundPrefix are refunds: event `refund`, revenue negative (UCI's C invoices). */
    QString refundColumn;
    QString refundPrefix;
    /** A dotted category code (electronics.smartphone) also gives category_1, category_2, ... in the properties. */
    bool categoryLevels = false;

    bool operator==(const SourceRules &) const = default;
};

} // namespace Funnelscope
