#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Funnelscope {

class Connection;

/**
 * Hints from the workspace's own data for the self-assessment: a suggested stage for a
 * dimension with the reason shown (what no survey tool can do). The person decides; a
 * hint is only a hint. Rules:
 *
 * - Data Collection: only page and purchase events → 1; key micro-journey step events
 *   (product view, cart, checkout steps) carrying device or channel context → 2.
 * - Identity & Stitching: no anonymous ids → 1; anonymous and known ids on the same events
 *   for part of the users → 2.
 * - Analytics & Reporting: funnels and cohorts saved in the workspace → 2; one of them →
 *   1.5; neither → 1; half a stage more (at most 2.5) when insights are saved or an event
 *   was marked tier one with insights as its reason (the change log's "Insights: …").
 * - Experimentation: events carrying an experiment or variant property → 1.5.
 */
class MaturityEvidence
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::MaturityEvidence)

public:
    struct Hint
    {
        QString dimension;
        double stage = 0;
        QString reason;
    };

    static QList<Hint> suggest(Connection &connection);
};

} // namespace Funnelscope
