#pragma once

#include <QString>

#include <optional>

namespace Funnelscope {

/** Durations as people write them (30m, 12h, 7d, 2w) for windows and gaps. */
namespace Duration {

/** @p text in milliseconds: a whole number with m (or min), h, d (the default) or w; nullopt otherwise. */
std::optional<qint64> parse(const QString &text);
/** @p ms as parse() reads it back, in the largest whole unit: 90m, 2h, 3d, 2w. */
QString compact(qint64 ms);

} // namespace Duration

} // namespace Funnelscope
