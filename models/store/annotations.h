#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Funnelscope {

class Connection;

/** A day or a range of days marked with what happened then: a campaign, a site change. */
struct Annotation
{
    qint64 id = 0;
    qint64 fromMs = 0; ///< the first day's start (UTC ms)
    qint64 toMs = 0;   ///< the end of the last day (exclusive)
    QString text;
    QString category = QStringLiteral("other"); ///< one of Annotations::categories()
    QString colour;    ///< #rrggbb, or empty for the category's

    bool isRange(qint64 dayMs = 86'400'000) const { return toMs - fromMs > dayMs; }
    /** Its first and last day in @p zone (the workspace's, whose days it was given in). */
    QDate firstDay(const QTimeZone &zone) const { return QDateTime::fromMSecsSinceEpoch(fromMs, zone).date(); }
    QDate lastDay(const QTimeZone &zone) const { return QDateTime::fromMSecsSinceEpoch(toMs - 1, zone).date(); }
    /** The colour it is drawn in: its own, else its category's. */
    QString shownColour() const;
};

/**
 * The workspace's annotations (table annotations): listed for a period, added, removed.
 * Days are the workspace's: callers turn dates into milliseconds with its time zone
 * (LocalCalendar), as reports do.
 */
class Annotations
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Annotations)

public:
    /** campaign, site_change, tracking_change, other: as stored and as the command line takes them. */
    static const QStringList &categories();
    /** A category for people ("Site change"). */
    static QString categoryName(const QString &category);
    /** The colour a category is drawn in when the annotation has none. */
    static QString categoryColour(const QString &category);

    /** Every annotation, by time; those overlapping [@p fromMs, @p toMs) when given. */
    static QList<Annotation> list(Connection &connection, std::optional<qint64> fromMs = {}, std::optional<qint64> toMs = {});
    static std::optional<Annotation> find(Connection &connection, qint64 id);
    /** Adds @p annotation (under its id when it has one: a redo) and returns its id. Throws ValidationError. */
    static qint64 add(Connection &connection, const Annotation &annotation);
    /** Removes annotation @p id; false when there is none. */
    static bool remove(Connection &connection, qint64 id);
    /** Empty when @p annotation can be stored, else why not (for people). */
    static QString validate(const Annotation &annotation);
};

} // namespace Funnelscope
