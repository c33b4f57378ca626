#pragma once

#include <QString>
#include <QStringList>

namespace Funnelscope {

/** What a person chose for an import (the command line's options, the dialog's fields). */
struct ImportOptions
{
    /** auto, csv, json, ndjson, or a preset id (ga4, segment, rees46, online-retail, ...). */
    QString format = QStringLiteral("auto");
    char delimiter = 0; ///< 0: detect
    QString timezone = QStringLiteral("UTC");
    QStringList maps;      ///< FIELD=COLUMN (COLUMN may list fallbacks: a|b)
    QStringList constants; ///< FIELD=VALUE
    bool allowDuplicateFile = false;
    /** Skip events with the same user, event, time and product when the source has no event id. */
    bool dedupByContent = false;
    /**
     * The events whose revenue counts (SourceRules::revenueEvents), named for the workspace:
     * remembered there and used by its later imports. Empty: the workspace's, else the preset's.
     */
    QStringList revenueEvents;
    /**
     * Write the workspace in place (InPlaceWrites) when no one else has it open: the
     * command line's imports. The window's keep the WAL, so its reports read meanwhile.
     */
    bool inPlace = false;
};

} // namespace Funnelscope
