#pragma once

#include "condition.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Funnelscope {

/**
 * What a friction report asks (DESIGN.md, "Friction"): which sessions show the moments the
 * journey-mapping articles name, counted per week and listed per person. Which events play
 * each role comes from roles (defaults: the usual GA4, Segment and demo names).
 */
struct FrictionQuery
{
    enum class Role { Search, ProductView, AddToCart, RemoveFromCart, Checkout, Purchase };
    enum class Signal { CartLoop, SearchStruggle, StalledCheckout, HighValueAbandonment };
    static constexpr int signalCount = 4;
    static constexpr qint64 minute = 60'000;

    QHash<Role, QStringList> roles = defaultRoles();
    qint64 sessionGapMs = 30 * minute; ///< without a session id, a longer pause starts a new session
    qint64 stallMs = 5 * minute;       ///< a checkout step followed by nothing for this long
    int loopTimes = 3;                 ///< the same product added and removed at least this often
    int searchTimes = 3;               ///< at least this many searches, no product view after the last
    double topShare = 0.10;            ///< high value: carts in this top share by value
    QList<Condition> where;            ///< applied to every event first
    std::optional<qint64> fromMs;      ///< sessions starting at or after (UTC ms) ...
    std::optional<qint64> toMs;        ///< ... and before
    QByteArray timezone = "UTC";       ///< whose weeks (from Monday) count

    static QHash<Role, QStringList> defaultRoles();
    /** "search", "product_view", "add_to_cart", "remove_from_cart", "checkout", "purchase". */
    static QString roleKey(Role role);
    static std::optional<Role> roleOf(const QString &key);
    /** "cart_loop", "search_struggle", "stalled_checkout", "high_value_abandonment". */
    static QString signalKey(Signal signal);
    void setDays(QDate first, QDate last, const QByteArray &zone);
    QByteArray cacheKey() const;
};

} // namespace Funnelscope
