#pragma once

#include "userkeys.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Funnelscope {

/** One node of a paths diagram: at one step, an event (or "(other)", or the session's end). */
struct PathsNode
{
    enum class Kind { Event, Other, End };

    QString name;        ///< "add_to_cart", "product_view · Shoes", "(other)", "(end)"
    Kind kind = Kind::Event;
    qint64 persons = 0;
};

/** Persons going from a node at step - 1 to a node at step. */
struct PathsEdge
{
    int step = 1;    ///< 1..steps
    int from = 0;    ///< index into PathsResult::steps[step - 1]
    int to = 0;      ///< index into PathsResult::steps[step]
    qint64 persons = 0;
};

/**
 * A paths report's answer. steps[0] holds the start (the anchor event, one node per
 * expanded value); steps[k] the k-th event after it (before it, backward). Every number is
 * persons, and they add up: a node that is not an end has as many persons as its edges to
 * the next step carry.
 */
struct PathsResult
{
    QString start;      ///< the anchor's event
    bool backward = false;
    qint64 persons = 0; ///< with an anchor
    QList<QList<PathsNode>> steps;
    QList<PathsEdge> edges;

    /** Every anchored person's key (shared with the backend's table) ... */
    std::shared_ptr<const UserKeys> personKeys;
    std::vector<int> personIndex;       ///< ... their index in personKeys ...
    std::vector<qint8> personNodes;     ///< ... and node per step: [p * steps.size() + step], -1 past their end

    /** The keys of the persons at node @p node of step @p step, in key order. */
    QStringList personsAt(int step, int node) const;
};

} // namespace Funnelscope
