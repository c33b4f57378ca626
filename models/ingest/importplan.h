#pragma once

#include "fieldmapping.h"
#include "importinput.h"
#include "sourcerules.h"
#include "timestampparser.h"

#include <QList>
#include <QStringList>

namespace Funnelscope {

/**
 * What an import will do, found from the file's first records before anything is
 * written: the reader, the preset, the mapping, the timestamp form, and a preview of the
 * first rows. The import dialog shows it and lets the person change the mapping.
 */
struct ImportPlan
{
    ImportInput input;     ///< where the bytes come from
    QString path;          ///< the file on disk (a zip for its members, "-" for standard input)
    QString fileName;      ///< as people read it (ImportInput::displayName())
    qint64 fileSize = 0;   ///< what progress counts toward (compressed bytes; -1 unknown)
    QString container;     ///< csv, ndjson or json
    char delimiter = ',';  ///< CSV only
    QString presetId;      ///< empty: columns guessed from their names
    QString presetName;
    FieldMapping mapping;
    SourceRules rules;     ///< the preset's, with the workspace's revenue events
    QStringList keys;      ///< columns (CSV header) or keys seen in the first records
    TimestampParser::Format timestampFormat = TimestampParser::Format::Unknown;
    QString timestampExample;
    QList<QStringList> previewRows; ///< first rows, values in the order of keys
    QStringList warnings;
    /** Why the file cannot be imported with this mapping yet (lenient planning only). */
    QString problem;

    /** "REES46 e-commerce events (CSV, comma); times: ISO 8601 with time zone" */
    QString describe() const;
};

} // namespace Funnelscope
