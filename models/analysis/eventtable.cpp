#include "eventtable.h"

#include "store/connection.h"
#include "store/statement.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Funnelscope {

namespace {

/** Builds a dictionary-encoded column value by value. */
class ColumnBuilder
{
public:
    void append(const QString &value)
    {
        if (value.isEmpty()) {
            mColumn->codes.push_back(-1);
            return;
        }
        auto found = mCodes.constFind(value);
        if (found == mCodes.cend()) {
            found = mCodes.insert(value, qint32(mColumn->values.size()));
            mColumn->values.append(value);
        }
        mColumn->codes.push_back(*found);
    }
    std::shared_ptr<EventTable::TextColumn> take() { return std::move(mColumn); }

private:
    std::shared_ptr<EventTable::TextColumn> mColumn = std::make_shared<EventTable::TextColumn>();
    QHash<QString, qint32> mCodes;
};

} // namespace

const QStringList &EventTable::fieldColumns()
{
    static const QStringList columns = {
        QStringLiteral("device"),   QStringLiteral("channel"), QStringLiteral("country"),
        QStringLiteral("product_id"), QStringLiteral("category"), QStringLiteral("currency"),
        QStringLiteral("price"),    QStringLiteral("revenue"),
    };
    return columns;
}

EventTable EventTable::fromRows(std::vector<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.user != b.user ? a.user < b.user : a.ts < b.ts;
    });
    EventTable table;
    QHash<QString, qint32> types;
    QHash<QString, qint32> sessions;
    QSet<QString> propertyNames;
    for (const Row &row : rows) {
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            propertyNames.insert(it.key());
    }
    for (const QString &name : fieldColumns())
        propertyNames.insert(name);
    QHash<QString, ColumnBuilder> builders;
    for (const QString &name : std::as_const(propertyNames))
        builders[name];

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (table.mUserKeys.isEmpty() || table.mUserKeys.last() != row.user) {
            table.mUserBegin.push_back(i);
            table.mUserKeys.append(row.user);
        }
        table.mTs.push_back(row.ts);
        auto type = types.constFind(row.event);
        if (type == types.cend()) {
            type = types.insert(row.event, qint32(table.mTypeNames.size()));
            table.mTypeNames.append(row.event);
        }
        table.mType.push_back(*type);
        if (row.session.isEmpty()) {
            table.mSession.push_back(-1);
        } else {
            auto session = sessions.constFind(row.session);
            if (session == sessions.cend())
                session = sessions.insert(row.session, qint32(sessions.size()));
            table.mSession.push_back(*session);
        }
        for (auto it = builders.begin(); it != builders.end(); ++it)
            it.value().append(row.properties.value(it.key()));
    }
    table.mUserBegin.push_back(rows.size());
    for (auto it = builders.begin(); it != builders.end(); ++it)
        table.mColumns.insert(it.key(), it.value().take());
    return table;
}

EventTable EventTable::load(Connection &connection, const std::function<bool(int)> &progress)
{
    EventTable table;
    const qint64 total = connection.queryInt("SELECT count(*) FROM events");
    table.mTs.reserve(size_t(total));
    table.mType.reserve(size_t(total));
    table.mSession.reserve(size_t(total));

    // Event names and dimension values come as codes: their own ids, renumbered densely.
    QHash<qint64, qint32> typeCodes;
    {
        Statement types(connection, "SELECT id, name FROM event_types ORDER BY id");
        while (types.step()) {
            typeCodes.insert(types.int64(0), qint32(table.mTypeNames.size()));
            table.mTypeNames.append(types.text(1));
        }
    }
    struct Dimension
    {
        const char *field;
        std::shared_ptr<TextColumn> column = std::make_shared<TextColumn>();
        QHash<qint64, qint32> codes;
    };
    std::vector<Dimension> dimensions;
    for (const char *field : {"device", "channel", "country", "product", "category", "currency"})
        dimensions.push_back({field});
    {
        Statement values(connection, "SELECT id, field, value FROM dimension_values ORDER BY id");
        while (values.step()) {
            const std::string_view field = values.utf8(1);
            for (Dimension &dimension : dimensions) {
                if (field == dimension.field) {
                    dimension.codes.insert(values.int64(0), qint32(dimension.column->values.size()));
                    dimension.column->values.append(values.text(2));
                }
            }
        }
    }
    auto price = std::make_shared<TextColumn>();
    auto revenue = std::make_shared<TextColumn>();
    QHash<double, qint32> priceCodes;
    QHash<double, qint32> revenueCodes;
    const auto numberCode = [](TextColumn &column, QHash<double, qint32> &codes, double value) {
        auto found = codes.constFind(value);
        if (found == codes.cend()) {
            found = codes.insert(value, qint32(column.values.size()));
            column.values.append(QString::number(value, 'g', 15));
        }
        return *found;
    };

    Statement events(connection,
                     "SELECT e.user_id, u.key, e.ts, e.event_type_id, e.session_id, e.device_id, "
                     "e.channel_id, e.country_id, e.product_id, e.category_id, e.currency_id, "
                     "e.price, e.revenue FROM events e JOIN users u ON u.id = e.user_id "
                     "ORDER BY e.user_id, e.ts, e.id");
    qint64 lastUser = -1;
    size_t row = 0;
    while (events.step()) {
        const qint64 user = events.int64(0);
        if (user != lastUser) {
            table.mUserBegin.push_back(row);
            table.mUserKeys.append(events.text(1));
            lastUser = user;
        }
        table.mTs.push_back(events.int64(2));
        table.mType.push_back(typeCodes.value(events.int64(3), -1));
        table.mSession.push_back(events.isNull(4) ? -1 : qint32(events.int64(4)));
        for (size_t d = 0; d < dimensions.size(); ++d) {
            const int column = 5 + int(d);
            dimensions[d].column->codes.push_back(
                events.isNull(column) ? -1 : dimensions[d].codes.value(events.int64(column), -1));
        }
        price->codes.push_back(events.isNull(11) ? -1 : numberCode(*price, priceCodes, events.real(11)));
        revenue->codes.push_back(events.isNull(12) ? -1 : numberCode(*revenue, revenueCodes, events.real(12)));
        ++row;
        if (progress && (row & 0xffff) == 0 && total > 0 && !progress(int(qint64(row) * 100 / total)))
            return {};
    }
    table.mUserBegin.push_back(row);
    const char *names[] = {"device", "channel", "country", "product_id", "category", "currency"};
    for (size_t d = 0; d < dimensions.size(); ++d)
        table.mColumns.insert(QLatin1String(names[d]), dimensions[d].column);
    table.mColumns.insert(QStringLiteral("price"), price);
    table.mColumns.insert(QStringLiteral("revenue"), revenue);
    return table;
}

const EventTable::TextColumn *EventTable::column(const QString &name) const
{
    const auto found = mColumns.constFind(name);
    return found == mColumns.cend() ? nullptr : found->get();
}

bool EventTable::loadProperty(Connection &connection, const QString &name)
{
    if (mColumns.contains(name))
        return true;
    // The same order as load(): (user, ts, id); json_extract reads one key per event.
    QString path = name;
    path.replace(QLatin1Char('"'), QLatin1String("\\\""));
    Statement select(connection, "SELECT json_extract(properties, ?) FROM events "
                                 "ORDER BY user_id, ts, id");
    select.bind(1, QStringLiteral("$.\"%1\"").arg(path));
    ColumnBuilder builder;
    size_t rows = 0;
    bool any = false;
    while (select.step()) {
        const QString value = select.isNull(0) ? QString() : select.text(0);
        any = any || !value.isEmpty();
        builder.append(value);
        ++rows;
    }
    if (!any || rows != size())
        return false;
    mColumns.insert(name, builder.take());
    return true;
}

} // namespace Funnelscope
