#include "condition.h"

namespace Funnelscope {

namespace {

struct OpText
{
    const char *text;
    Condition::Op op;
};
// Longest first, so ">=" is not read as ">".
constexpr OpText ops[] = {
    {"!=", Condition::Op::NotEqual}, {">=", Condition::Op::GreaterOrEqual},
    {"<=", Condition::Op::LessOrEqual}, {"=", Condition::Op::Equal},
    {">", Condition::Op::Greater}, {"<", Condition::Op::Less}, {"~", Condition::Op::Contains},
};

} // namespace

std::optional<Condition> Condition::parse(const QString &text, QString *error)
{
    qsizetype best = -1;
    const OpText *found = nullptr;
    for (const OpText &candidate : ops) {
        const qsizetype at = text.indexOf(QLatin1String(candidate.text));
        if (at > 0 && (best < 0 || at < best || (at == best && qstrlen(candidate.text) > qstrlen(found->text)))) {
            best = at;
            found = &candidate;
        }
    }
    if (!found) {
        if (error)
            *error = tr("“%1” is not a filter: write PROPERTY OP VALUE with OP one of = != > >= < <= ~ "
                        "(for example device=mobile).")
                         .arg(text);
        return std::nullopt;
    }
    Condition condition;
    condition.property = text.left(best).trimmed();
    condition.op = found->op;
    condition.value = text.mid(best + qstrlen(found->text)).trimmed();
    if (condition.value.size() >= 2 && condition.value.startsWith(QLatin1Char('"'))
        && condition.value.endsWith(QLatin1Char('"')))
        condition.value = condition.value.mid(1, condition.value.size() - 2);
    if (condition.property.isEmpty()) {
        if (error)
            *error = tr("“%1” names no property before its operator.").arg(text);
        return std::nullopt;
    }
    return condition;
}

bool Condition::matches(QStringView actual) const
{
    if (!mNumberChecked) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            mNumber = number;
        mNumberChecked = true;
    }
    if (actual.isEmpty())
        return op == Op::NotEqual && !value.isEmpty();
    if (op == Op::Contains)
        return actual.contains(value, Qt::CaseInsensitive);
    int order;
    bool ok = false;
    const double number = mNumber ? actual.toDouble(&ok) : 0.0;
    if (mNumber && ok)
        order = number < *mNumber ? -1 : (number > *mNumber ? 1 : 0);
    else
        order = actual.compare(value);
    switch (op) {
    case Op::Equal:
        return order == 0;
    case Op::NotEqual:
        return order != 0;
    case Op::Greater:
        return order > 0;
    case Op::GreaterOrEqual:
        return order >= 0;
    case Op::Less:
        return order < 0;
    case Op::LessOrEqual:
        return order <= 0;
    case Op::Contains:
        break;
    }
    return false;
}

QString Condition::toString() const
{
    for (const OpText &candidate : ops) {
        if (candidate.op == op)
            return QStringLiteral("%1 %2 %3").arg(property, QLatin1String(candidate.text), value);
    }
    return property;
}

std::optional<QList<Condition>> Condition::parseList(const QString &text, QString *error)
{
    QList<Condition> conditions;
    QStringList errors;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString problem;
        if (const std::optional<Condition> condition = parse(part.trimmed(), &problem))
            conditions.append(*condition);
        else
            errors.append(problem);
    }
    if (errors.isEmpty())
        return conditions;
    if (error)
        *error = errors.join(QLatin1Char('\n'));
    return std::nullopt;
}

} // namespace Funnelscope
