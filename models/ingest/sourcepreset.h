#pragma once

#include "fieldmapping.h"
#include "sourcerules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * A known shape of event export (GA4, Segment, REES46, UCI Online Retail, ...): how to
 * recognise it from its first records' keys, and how its columns map to fields.
 */
struct SourcePreset
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::SourcePreset)

public:
    enum class Container { Csv, Json };

    QString id;          ///< as --format takes it: rees46, ga4, segment, ...
    QString name;        ///< for people
    Container container = Container::Csv;
    QStringList required; ///< keys that must all be present to recognise it
    FieldMapping mapping;
    SourceRules rules;

    /** Every preset, most specific first. */
    static const QList<SourcePreset> &all();
    static const SourcePreset *find(const QString &id);
    /** The preset whose required keys the @p keys hold, or null. */
    static const SourcePreset *detect(const QStringList &keys, Container container);
};

} // namespace Funnelscope
