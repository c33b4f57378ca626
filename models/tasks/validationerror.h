#pragma once

#include "messageerror.h"

namespace Funnelscope {

/**
 * A request the rules refuse: a dictionary edit that breaks a naming rule, a report
 * asking for an event or property the data does not have. The message says which and
 * why, for people; nothing was changed. (StoreError is for the file, IngestError for
 * what is read, Cancelled for work that was asked to stop.)
 */
class ValidationError : public MessageError
{
public:
    using MessageError::MessageError;
};

} // namespace Funnelscope
