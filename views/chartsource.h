#pragma once

class QWidget;

namespace Funnelscope {

/**
 * A page that shows a chart: Edit ▸ Copy Chart puts the one on screen on the clipboard
 * (ClipboardCopy::copyChart), as people paste it into slides and mails.
 */
class ChartSource
{
public:
    virtual ~ChartSource() = default;
    /** The chart shown now (the current tab's), or nullptr when the page shows none yet. */
    virtual QWidget *currentChart() const = 0;
};

} // namespace Funnelscope
