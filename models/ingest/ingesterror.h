#pragma once

#include "tasks/messageerror.h"

namespace Funnelscope {

/**
 * A file that cannot be imported at all (empty, binary, not UTF-8, a quote that never
 * closes, no timestamps, ...). The message names the file, the line where it matters,
 * and why; the import that meets it changes nothing in the workspace.
 */
class IngestError : public MessageError
{
public:
    using MessageError::MessageError;
};

} // namespace Funnelscope
