#pragma once

#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Funnelscope {

class Connection;
class Statement;

/**
 * Source properties of events' properties JSON (the `events.properties` column), each as
 * SQLite's `json_extract(properties, '$."name"')` gives it as text: what every report and
 * the README's SQL read. The object is parsed once for all of them: a string without
 * escapes (nearly every value) is found by simdjson, three to four times faster than
 * json_extract; anything else (a number, true, an object, an escape, a key needing
 * quotes, JSON simdjson refuses) is asked of SQLite, so the text is the same either way.
 */
class PropertyValues
{
public:
    PropertyValues(Connection &connection, const QStringList &names);
    ~PropertyValues();
    PropertyValues(const PropertyValues &) = delete;
    PropertyValues &operator=(const PropertyValues &) = delete;

    /**
     * The values of the names in @p json (an object's text, empty for none), in the order
     * of the names, empty where it has none; valid until the next call. Throws StoreError
     * for JSON SQLite cannot read.
     */
    const std::vector<std::string_view> &of(std::string_view json);

private:
    struct Parser;
    struct Key
    {
        std::string name;
        bool plain = false; // no quote or backslash: matched as SQLite's path reads it
        std::unique_ptr<Statement> extract;
        std::string text; // what SQLite gave
    };
    std::string_view extracted(Key &key, std::string_view json);

    std::vector<Key> mKeys;
    std::unique_ptr<Parser> mParser;
    std::vector<std::string_view> mValues;
};

} // namespace Funnelscope
