#include "fieldmapping.h"

#include "ingesterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

namespace {

/** Lower case, letters and digits only: "Customer ID" and "customer_id" meet. */
QString normalized(const QString &key)
{
    QString result;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

// Names each field is known by in exports, in order of preference (normalised).
struct Synonyms
{
    Field field;
    std::initializer_list<const char *> names;
};
const Synonyms synonyms[] = {
    {Field::Timestamp, {"timestamp", "eventtime", "eventtimestamp", "time", "ts", "datetime", "when",
                        "occurredat", "createdat", "invoicedate", "eventdate", "date"}},
    {Field::UserId, {"userid", "user", "customerid", "customer", "visitorid",
                     "clientid", "memberid", "accountid"}},
    {Field::DistinctId, {"distinctid"}},
    {Field::Event, {"event", "eventname", "eventtype", "action", "eventaction"}},
    {Field::SessionId, {"sessionid", "usersession", "session", "visitid"}},
    {Field::AnonymousId, {"anonymousid", "deviceid", "cookieid", "anonid"}},
    {Field::Device, {"device", "devicetype", "devicecategory", "platform"}},
    {Field::Channel, {"channel", "source", "utmsource", "trafficsource", "medium"}},
    {Field::Country, {"country", "countrycode", "geocountry"}},
    {Field::ProductId, {"productid", "itemid", "sku", "stockcode", "product"}},
    {Field::Category, {"category", "categorycode", "productcategory", "categoryname"}},
    {Field::Price, {"price", "unitprice", "itemprice"}},
    {Field::Revenue, {"revenue", "value", "amount", "total", "purchaserevenue"}},
    {Field::Currency, {"currency", "currencycode"}},
    {Field::EventId, {"eventid", "messageid", "insertid", "id"}},
    {Field::Quantity, {"quantity", "qty"}},
};

} // namespace

void FieldMapping::setColumns(Field field, const QStringList &columns)
{
    mColumns[size_t(field)] = columns;
    mConstants[size_t(field)] = QString();
}

void FieldMapping::setConstant(Field field, const QString &value)
{
    mColumns[size_t(field)].clear();
    mConstants[size_t(field)] = value.isNull() ? QLatin1String("") : value;
}

void FieldMapping::clear(Field field)
{
    mColumns[size_t(field)].clear();
    mConstants[size_t(field)] = QString();
}

bool FieldMapping::isMapped(Field field) const
{
    return hasConstant(field) || !mColumns[size_t(field)].isEmpty();
}

FieldMapping FieldMapping::guess(const QStringList &keys)
{
    FieldMapping mapping;
    QStringList taken;
    for (const Synonyms &entry : synonyms) {
        for (const char *name : entry.names) {
            QString match;
            for (const QString &key : keys) {
                if (!taken.contains(key) && normalized(key) == QLatin1String(name)) {
                    match = key;
                    break;
                }
            }
            if (!match.isEmpty()) {
                mapping.setColumns(entry.field, {match});
                taken.append(match);
                break;
            }
        }
    }
    return mapping;
}

void FieldMapping::apply(const QStringList &maps, const QStringList &constants,
                         const QStringList &keys)
{
    const auto split = [](const QString &argument, const char *option) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0)
            throw IngestError(tr("--%1 “%2”: write it as FIELD=%3.")
                                  .arg(QLatin1String(option), argument,
                                       QLatin1String(qstrcmp(option, "map") == 0 ? "COLUMN" : "VALUE")));
        const QString name = argument.left(equals).trimmed();
        const std::optional<Field> field = fieldFromName(name);
        if (!field) {
            QStringList known;
            for (const char *fieldName : fieldNames)
                known.append(QLatin1String(fieldName));
            throw IngestError(tr("--%1 “%2”: “%3” is not a field; the fields are %4.")
                                  .arg(QLatin1String(option), argument, name, known.join(QLatin1String(", "))));
        }
        return std::make_pair(*field, argument.mid(equals + 1));
    };
    for (const QString &argument : maps) {
        const auto [field, column] = split(argument, "map");
        const QStringList columns = column.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &name : columns) {
            if (!keys.isEmpty() && !keys.contains(name))
                throw IngestError(tr("--map “%1”: the file has no column “%2” (its columns: %3).")
                                      .arg(argument, name, keys.join(QLatin1String(", "))));
        }
        if (columns.isEmpty())
            clear(field);
        else
            setColumns(field, columns);
    }
    for (const QString &argument : constants) {
        const auto [field, value] = split(argument, "const");
        setConstant(field, value);
    }
}

QString FieldMapping::toJson() const
{
    QJsonObject object;
    for (int i = 0; i < fieldCount; ++i) {
        if (hasConstant(Field(i)))
            object.insert(fieldName(Field(i)), QJsonObject{{QStringLiteral("const"), mConstants[size_t(i)]}});
        else if (!mColumns[size_t(i)].isEmpty())
            object.insert(fieldName(Field(i)), QJsonArray::fromStringList(mColumns[size_t(i)]));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString FieldMapping::describe() const
{
    QStringList parts;
    for (int i = 0; i < fieldCount; ++i) {
        if (hasConstant(Field(i)))
            parts.append(QStringLiteral("%1 = “%2”").arg(fieldName(Field(i)), mConstants[size_t(i)]));
        else if (!mColumns[size_t(i)].isEmpty())
            parts.append(QStringLiteral("%1 ← %2").arg(fieldName(Field(i)),
                                                      mColumns[size_t(i)].join(QLatin1String(" | "))));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace Funnelscope
