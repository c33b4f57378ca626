#include "maturitymatrix.h"

// The texts of the shipped matrix (resources/data/maturity_matrix.json), listed here so
// that lupdate offers them for translation; MaturityMatrix::translated() looks them up.

namespace Funnelscope {

[[maybe_unused]] static const char *const maturityMatrixTexts[] = {
    QT_TRANSLATE_NOOP("MaturityMatrix", "Micro-journey tracking maturity"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Basic Funnel"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Step-Level Journeys"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Predictive Micro-Journeys"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Data Collection"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Basic page and purchase tracking only."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Event tracking for key micro-journey steps across web and app."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Rich behavioural events plus context (device, offers, tests) in real time."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Identity & Stitching"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Sessions treated as anonymous, little cross-device visibility."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Known users stitched across sessions, partial anonymous-to-known linking."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "A robust identity graph combining anonymous, known and offline signals."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Analytics & Reporting"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Topline conversion rate and revenue by channel."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Step-based funnels, cohorts and journey reports by segment."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Predictive scoring for cart abandonment, purchase likelihood and lifetime value."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Activation"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Generic cart-abandon emails and broad retargeting."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Segmented cart, browse and price-drop triggers."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Real-time, multi-channel orchestration tuned to micro-journey state."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Experimentation"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Occasional A/B tests on homepage or product pages."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Structured tests at high-drop-off steps in the funnel."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "An always-on test program linked to micro-journey KPIs and revenue."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Decision-Making"),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Decisions driven by opinion and aggregate KPIs."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Decisions driven by funnel drop-off and segment performance."),
    QT_TRANSLATE_NOOP("MaturityMatrix", "Decisions driven by predicted impact on revenue, margin and lifetime value."),
};

} // namespace Funnelscope
