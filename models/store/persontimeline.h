#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Funnelscope {

class Connection;

/** One event of a person's timeline, with the id it came with. */
struct TimelineEvent
{
    qint64 ts = 0;
    QString event;
    QString id;            ///< the id the event counts under (a known user's, or an anonymous one)
    bool anonymous = false;
    QString anonymousId;   ///< the anonymous id it also carried, if any
    QString device;
    QString channel;
    std::optional<double> revenue;
    QJsonObject properties; ///< every other source column
};

/**
 * Every event of one person over all their linked ids, in time order and grouped by
 * session (the source's session id, else a pause over the gap): the Timeline view, and the
 * tracking QA tool (walk a test journey, import, check every event and parameter arrived).
 */
struct PersonTimeline
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::PersonTimeline)

public:
    QString person;              ///< the person's key (the known user's id when there is one)
    QStringList ids;             ///< every id that counts for the person
    QList<QList<TimelineEvent>> sessions;

    static constexpr qint64 defaultGapMs = 30 * 60'000;
    /**
     * The person any of whose ids is @p key (a known user id first, else an anonymous id).
     * Throws ValidationError naming @p key when no id is, StoreError when it cannot be read.
     */
    static PersonTimeline load(Connection &connection, const QString &key, qint64 gapMs = defaultGapMs);
    qsizetype eventCount() const;
};

} // namespace Funnelscope
