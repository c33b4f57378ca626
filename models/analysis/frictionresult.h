#pragma once

#include "frictionquery.h"
#include "userkeys.h"

#include <QDate>
#include <QList>

#include <array>
#include <memory>

namespace Funnelscope {

/** One session showing a friction signal. */
struct FrictionHit
{
    FrictionQuery::Signal signal = FrictionQuery::Signal::CartLoop;
    int person = 0;        ///< in FrictionResult::persons
    qint64 sessionStartMs = 0;
    qint64 atMs = 0;       ///< the moment: the last add or remove, the last search, the stalled step, the first add
    QString detail;        ///< the product, the number of searches, the step, the cart's value
};

/** Sessions and persons per signal in one week (from Monday, in the query's time zone). */
struct FrictionWeek
{
    QDate monday;
    std::array<qint64, FrictionQuery::signalCount> sessions{};
    std::array<qint64, FrictionQuery::signalCount> persons{};
};

struct FrictionResult
{
    qint64 sessions = 0;         ///< sessions looked at
    double highValueFrom = 0;    ///< the cart value where the top share begins (0: no values)
    QStringList missingRoles;    ///< roles no event of the workspace plays: their signals are not counted
    QList<FrictionWeek> weeks;   ///< every week with a session, in order
    QList<FrictionHit> hits;     ///< by signal, then time
    std::shared_ptr<const UserKeys> persons;

    QString personOf(qsizetype hit) const { return persons ? persons->at(hits.at(hit).person) : QString(); }
};

} // namespace Funnelscope
