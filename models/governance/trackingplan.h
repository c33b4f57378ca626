#pragma once

#include "dictionaryrules.h"
#include "eventdefinition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

class QIODevice;

namespace Funnelscope {

/**
 * A dictionary as a file: Funnelscope's own JSON (every field, a lossless round trip),
 * CSV (one row per event parameter, for spreadsheets) and a Segment-Protocols-style
 * tracking plan (a JSON Schema per event: its properties, their types and which are
 * required). A plan read from a file knows which fields its format carries, so a
 * comparison with the dictionary leaves the others alone.
 */
struct TrackingPlan
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TrackingPlan)

public:
    enum class Format { Json, Segment, Csv };

    QList<EventDefinition> events;
    std::optional<DictionaryRules::Naming> naming;
    QSet<int> eventFields;     ///< EventDefinition::Field values the source carried
    QSet<int> parameterFields; ///< ParameterDefinition::Field values the source carried

    static QString formatKey(Format format);
    static std::optional<Format> formatOf(const QString &key);
    /** The format a file's name suggests: .csv is CSV, otherwise JSON (Segment if it looks like one). */
    static Format guessFormat(const QString &path);

    /** Writes @p plan to @p path (atomically); an error message, or empty. */
    static QString write(const QString &path, const TrackingPlan &plan, Format format);
    /** Reads @p path; on failure @p error names the file and, where it can, the line. */
    static TrackingPlan read(const QString &path, Format format, QString *error);

    /** Parses JSON; on failure @p error names the file and the line. */
    static QJsonDocument parseJson(const QByteArray &bytes, const QString &fileName, QString *error);
    static QByteArray toJson(const TrackingPlan &plan);
    static TrackingPlan fromJson(const QByteArray &bytes, const QString &fileName, QString *error);

    /**
     * The starter dictionary: the core e-commerce micro-conversions (product_view,
     * search, add_to_cart, ... purchase, newsletter_signup) with stages, tiers and
     * typical parameters, for a new workspace to adopt in one action.
     */
    static TrackingPlan starter();

    /** Every field: what the own JSON format carries. */
    static TrackingPlan withAllFields(const QList<EventDefinition> &events,
                                      std::optional<DictionaryRules::Naming> naming = std::nullopt);
};

/** The CSV form of a tracking plan: one row per event parameter. */
class TrackingPlanCsv
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TrackingPlanCsv)

public:
    static QList<QStringList> toRows(const TrackingPlan &plan);
    static TrackingPlan read(const QString &path, QString *error);
    /** Reads the plan from @p device, naming it @p name in messages. */
    static TrackingPlan read(QIODevice &device, const QString &name, QString *error);
};

/** The Segment Protocols form: JSON Schema rules per event. */
class SegmentPlan
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::SegmentPlan)

public:
    static QByteArray toJson(const TrackingPlan &plan, const QString &name);
    static TrackingPlan fromJson(const QByteArray &bytes, const QString &fileName, QString *error);
};

} // namespace Funnelscope
