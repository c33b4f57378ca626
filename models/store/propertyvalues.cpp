#include "propertyvalues.h"

#include "connection.h"
#include "statement.h"

#include <simdjson.h>

namespace Funnelscope {

struct PropertyValues::Parser
{
    simdjson::dom::parser parser;
};

PropertyValues::PropertyValues(Connection &connection, const QStringList &names)
    : mKeys(size_t(names.size()))
    , mParser(std::make_unique<Parser>())
    , mValues(size_t(names.size()))
{
    for (qsizetype k = 0; k < names.size(); ++k) {
        Key &key = mKeys[size_t(k)];
        key.name = names[k].toStdString();
        key.plain = key.name.find_first_of("\"\\") == std::string::npos;
        QString path = names[k];
        path.replace(QLatin1Char('"'), QLatin1String("\\\""));
        key.extract = std::make_unique<Statement>(connection, "SELECT json_extract(?, ?)");
        key.extract->bind(2, QStringLiteral("$.\"%1\"").arg(path));
    }
}

PropertyValues::~PropertyValues() = default;

std::string_view PropertyValues::extracted(Key &key, std::string_view json)
{
    key.extract->bindText(1, json);
    key.text.clear();
    if (key.extract->step() && !key.extract->isNull(0))
        key.text.assign(key.extract->utf8(0));
    key.extract->reset(false); // the path stays bound
    return key.text;
}

const std::vector<std::string_view> &PropertyValues::of(std::string_view json)
{
    if (json.empty()) {
        std::fill(mValues.begin(), mValues.end(), std::string_view());
        return mValues;
    }
    // Without a backslash anywhere, keys and strings are as written: simdjson's unescaped
    // key and string are SQLite's raw label and value.
    simdjson::dom::object object;
    const bool parsed = json.find('\\') == std::string_view::npos
        && mParser->parser.parse(json.data(), json.size()).get_object().get(object) == simdjson::SUCCESS;
    for (size_t k = 0; k < mKeys.size(); ++k) {
        Key &key = mKeys[k];
        if (parsed && key.plain) {
            simdjson::dom::element element;
            const simdjson::error_code error = object.at_key(key.name).get(element);
            std::string_view text;
            if (error == simdjson::NO_SUCH_FIELD) {
                mValues[k] = {};
                continue;
            }
            if (error == simdjson::SUCCESS && element.get_string().get(text) == simdjson::SUCCESS) {
                mValues[k] = text;
                continue;
            }
        }
        mValues[k] = extracted(key, json);
    }
    return mValues;
}

} // namespace Funnelscope
