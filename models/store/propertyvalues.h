#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace Funnelscope {

class Connection;
class Statement;

/**
 * One source property of events' properties JSON (the `events.properties` column), as
 * SQLite's `json_extract(properties, '$."name"')` gives it as text: what every report
 * and the README's SQL read. A string without escapes (nearly every value) is found by
 * simdjson, three to four times faster than json_extract; anything else (a number, true,
 * an object, an escape, a key needing quotes, JSON simdjson refuses) is asked of SQLite,
 * so the text is the same either way.
 */
class PropertyValue
{
public:
    PropertyValue(Connection &connection, const QString &name);
    ~PropertyValue();
    PropertyValue(const PropertyValue &) = delete;
    PropertyValue &operator=(const PropertyValue &) = delete;

    /**
     * The value in @p json (an object's text, empty for none), empty when it has none;
     * valid until the next call. Throws StoreError for JSON SQLite cannot read.
     */
    std::string_view of(std::string_view json);

private:
    struct Parser;
    std::string mKey;
    bool mPlainKey = false;
    std::unique_ptr<Parser> mParser;
    std::unique_ptr<Statement> mExtract;
    std::string mText;
};

} // namespace Funnelscope
