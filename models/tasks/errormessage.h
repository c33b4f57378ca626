#pragma once

#include <QString>

#include <exception>

namespace Funnelscope {

/**
 * The sentence for people that an exception thrown inside models carries (StoreError,
 * ValidationError, IngestError); "internal error: …" for anything else. Used where
 * exceptions become an Outcome (Worker) and nowhere else in the window.
 */
QString errorMessage(const std::exception_ptr &error);

} // namespace Funnelscope
