#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Funnelscope {

/**
 * One filter, `PROPERTY OP VALUE` (DESIGN.md's --where): OP is one of = != > >= < <= ~
 * (~ is "contains", case-insensitive). PROPERTY is a mapped field (device, channel,
 * country, product_id, category, currency, price, revenue, event) or any source column.
 * Comparisons are numeric when both sides are numbers, else text.
 */
struct Condition
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Condition)

public:
    enum class Op { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, Contains };

    QString property;
    Op op = Op::Equal;
    QString value;

    /** Parses "device = mobile", "Quantity>0", "page ~ /product"; nothing (and @p error) if not a filter. */
    static std::optional<Condition> parse(const QString &text, QString *error = nullptr);
    /**
     * Filters as a person types them in a page: several separated by semicolons
     * ("device = mobile; channel != email"). Nothing (and @p error: every wrong one, a line
     * each) when one is not a filter; an empty text is no filter.
     */
    static std::optional<QList<Condition>> parseList(const QString &text, QString *error = nullptr);
    /** Whether a value (empty when the event has none) passes. A missing value passes only != . */
    bool matches(QStringView actual) const;
    QString toString() const;

private:
    mutable std::optional<double> mNumber;
    mutable bool mNumberChecked = false;
};

} // namespace Funnelscope
