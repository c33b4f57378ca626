#pragma once

#include <QCoreApplication>

class QWidget;

namespace Funnelscope {

/**
 * Gives every control under a page a name for screen readers when it has none: the label
 * that names it on screen (its buddy, its form row, the label just before it in its row),
 * else what it says inside (placeholder, tooltip), else a chart's title. Controls that show
 * their own text (buttons, check boxes) need nothing. Run once the page is built.
 */
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::AccessibleNames)

public:
    static void assign(QWidget *root);
};

} // namespace Funnelscope
