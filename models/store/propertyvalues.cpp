#include "propertyvalue.h"

#include "connection.h"
#include "statement.h"

#include <simdjson.h>

namespace Funnelscope {

struct PropertyValue::Parser
{
    simdjson::dom::parser parser;
};

PropertyValue::PropertyValue(Connection &connection, const QString &name)
    : mKey(name.toStdString())
    , mParser(std::make_unique<Parser>())
    , mExtract(std::make_unique<Statement>(connection, "SELECT json_extract(?, ?)"))
{
    // A key with a quote or backslash is matched as SQLite's path reads it, by SQLite.
    mPlainKey = mKey.find_first_of("\"\\") == std::string::npos;
    QString path = name;
    path.replace(QLatin1Char('"'), QLatin1String("\\\""));
    mExtract->bind(2, QStringLiteral("$.\"%1\"").arg(path));
}

PropertyValue::~PropertyValue() = default;

std::string_view PropertyValue::of(std::string_view json)
{
    if (json.empty())
        return {};
    // Without a backslash anywhere, keys and strings are as written: simdjson's unescaped
    // key and string are SQLite's raw label and value.
    if (mPlainKey && json.find('\\') == std::string_view::npos) {
        simdjson::dom::object object;
        if (mParser->parser.parse(json.data(), json.size()).get_object().get(object) == simdjson::SUCCESS) {
            simdjson::dom::element element;
            const simdjson::error_code error = object.at_key(mKey).get(element);
            if (error == simdjson::NO_SUCH_FIELD)
                return {};
            std::string_view text;
            if (error == simdjson::SUCCESS && element.get_string().get(text) == simdjson::SUCCESS)
                return text;
        }
    }
    mExtract->bindText(1, json);
    mText.clear();
    if (mExtract->step() && !mExtract->isNull(0))
        mText.assign(mExtract->utf8(0));
    mExtract->reset(false); // the path stays bound
    return mText;
}

} // namespace Funnelscope
