#include "frictionquery.h"

#include "localcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

QHash<FrictionQuery::Role, QStringList> FrictionQuery::defaultRoles()
{
    return {
        {Role::Search, {QStringLiteral("search"), QStringLiteral("view_search_results"), QStringLiteral("Products Searched")}},
        {Role::ProductView, {QStringLiteral("product_view"), QStringLiteral("view_item"), QStringLiteral("Product Viewed")}},
        {Role::AddToCart, {QStringLiteral("add_to_cart"), QStringLiteral("Product Added"), QStringLiteral("cart")}},
        {Role::RemoveFromCart, {QStringLiteral("remove_from_cart"), QStringLiteral("Product Removed"), QStringLiteral("remove_from_cart")}},
        {Role::Checkout, {QStringLiteral("begin_checkout"), QStringLiteral("add_shipping_info"), QStringLiteral("add_payment_info"),
                          QStringLiteral("Checkout Started"), QStringLiteral("Checkout Step Viewed"),
                          QStringLiteral("Checkout Step Completed"), QStringLiteral("Payment Info Entered")}},
        {Role::Purchase, {QStringLiteral("purchase"), QStringLiteral("Order Completed")}},
    };
}

QString FrictionQuery::roleKey(Role role)
{
    switch (role) {
    case Role::Search: return QStringLiteral("search");
    case Role::ProductView: return QStringLiteral("product_view");
    case Role::AddToCart: return QStringLiteral("add_to_cart");
    case Role::RemoveFromCart: return QStringLiteral("remove_from_cart");
    case Role::Checkout: return QStringLiteral("checkout");
    case Role::Purchase: return QStringLiteral("purchase");
    }
    return QString();
}

std::optional<FrictionQuery::Role> FrictionQuery::roleOf(const QString &key)
{
    for (Role role : {Role::Search, Role::ProductView, Role::AddToCart, Role::RemoveFromCart, Role::Checkout, Role::Purchase}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString FrictionQuery::signalKey(Signal signal)
{
    switch (signal) {
    case Signal::CartLoop: return QStringLiteral("cart_loop");
    case Signal::SearchStruggle: return QStringLiteral("search_struggle");
    case Signal::StalledCheckout: return QStringLiteral("stalled_checkout");
    case Signal::HighValueAbandonment: return QStringLiteral("high_value_abandonment");
    }
    return QString();
}

void FrictionQuery::setDays(QDate first, QDate last, const QByteArray &zone)
{
    LocalCalendar::setDays(*this, first, last, zone);
}

QByteArray FrictionQuery::cacheKey() const
{
    QJsonObject roleObject;
    for (auto it = roles.begin(); it != roles.end(); ++it)
        roleObject.insert(roleKey(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonArray wheres;
    for (const Condition &condition : where)
        wheres.append(condition.toString());
    const QJsonObject object{
        {QStringLiteral("roles"), roleObject},
        {QStringLiteral("gap"), sessionGapMs},
        {QStringLiteral("stall"), stallMs},
        {QStringLiteral("loop"), loopTimes},
        {QStringLiteral("search"), searchTimes},
        {QStringLiteral("top"), topShare},
        {QStringLiteral("where"), wheres},
        {QStringLiteral("from"), fromMs ? QJsonValue(*fromMs) : QJsonValue()},
        {QStringLiteral("to"), toMs ? QJsonValue(*toMs) : QJsonValue()},
        {QStringLiteral("timezone"), QString::fromUtf8(timezone)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Funnelscope
