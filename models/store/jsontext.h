#pragma once

#include <string>
#include <string_view>

namespace Funnelscope {

/** Writing the JSON of event properties by hand, without boxing values (bulk paths). */
class JsonText
{
public:
    /** Appends @p text as a JSON string literal, quoted and escaped (RFC 8259). */
    static void appendString(std::string &json, std::string_view text);
};

} // namespace Funnelscope
