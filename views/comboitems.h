#pragma once

#include <QString>

class QComboBox;

namespace Funnelscope {

/**
 * Greys out item @p index of @p combo when @p available is false (with a tooltip saying
 * that the workspace's report backend cannot answer it), and brings it back otherwise;
 * a chosen item that became unavailable falls back to the first item.
 */
void setItemAvailable(QComboBox *combo, int index, bool available);
/** The tooltip of an option the workspace's reports cannot compute. */
QString notAvailableText();

} // namespace Funnelscope
