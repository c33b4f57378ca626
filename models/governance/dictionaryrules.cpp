#include "dictionaryrules.h"

#include "ingest/timestampparser.h"

#include <QRegularExpression>

#include <cmath>

namespace Funnelscope {

namespace {

constexpr int maxNameLength = 64;

const QRegularExpression &snakeCase()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return pattern;
}

const QRegularExpression &camelCase()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-zA-Z0-9]*$"));
    return pattern;
}

const QRegularExpression &objectAction()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Za-z0-9]*( [A-Z][A-Za-z0-9]*)+$"));
    return pattern;
}

/** The words of a name in any of the conventions: add_to_cart, addToCart, Add To Cart. */
QStringList wordsOf(const QString &name)
{
    QStringList words;
    QString word;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty() && !word.back().isUpper()) {
            words.append(word);
            word.clear();
        }
        word += c.toLower();
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

QString DictionaryRules::namingKey(Naming naming)
{
    switch (naming) {
    case Naming::SnakeCase: return QStringLiteral("snake_case");
    case Naming::CamelCase: return QStringLiteral("camelCase");
    case Naming::ObjectAction: return QStringLiteral("Object Action");
    }
    return {};
}

std::optional<DictionaryRules::Naming> DictionaryRules::namingOf(const QString &key)
{
    for (const Naming naming : namings()) {
        if (namingKey(naming) == key)
            return naming;
    }
    return std::nullopt;
}

QString DictionaryRules::namingLabel(Naming naming)
{
    switch (naming) {
    case Naming::SnakeCase: return tr("snake_case (add_to_cart)");
    case Naming::CamelCase: return tr("camelCase (addToCart)");
    case Naming::ObjectAction: return tr("Object Action (Product Added)");
    }
    return {};
}

const QStringList &DictionaryRules::stages()
{
    static const QStringList keys = {QStringLiteral("discovery"), QStringLiteral("consideration"),
                                     QStringLiteral("conversion"), QStringLiteral("retention"),
                                     QStringLiteral("advocacy")};
    return keys;
}

const QStringList &DictionaryRules::statuses()
{
    static const QStringList keys = {QStringLiteral("draft"), QStringLiteral("active"),
                                     QStringLiteral("deprecated")};
    return keys;
}

const QStringList &DictionaryRules::countings()
{
    static const QStringList keys = {QStringLiteral("every"), QStringLiteral("once_per_session")};
    return keys;
}

const QStringList &DictionaryRules::types()
{
    static const QStringList keys = {QStringLiteral("string"), QStringLiteral("integer"),
                                     QStringLiteral("number"), QStringLiteral("boolean"),
                                     QStringLiteral("timestamp")};
    return keys;
}

QString DictionaryRules::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("discovery"), QT_TR_NOOP("Discovery")},
        {QStringLiteral("consideration"), QT_TR_NOOP("Consideration")},
        {QStringLiteral("conversion"), QT_TR_NOOP("Conversion")},
        {QStringLiteral("retention"), QT_TR_NOOP("Retention")},
        {QStringLiteral("advocacy"), QT_TR_NOOP("Advocacy")},
        {QStringLiteral("draft"), QT_TR_NOOP("Draft")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("deprecated"), QT_TR_NOOP("Deprecated")},
        {QStringLiteral("every"), QT_TR_NOOP("Every occurrence")},
        {QStringLiteral("once_per_session"), QT_TR_NOOP("Once per session")},
        {QStringLiteral("string"), QT_TR_NOOP("Text")},
        {QStringLiteral("integer"), QT_TR_NOOP("Integer")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("boolean"), QT_TR_NOOP("True/false")},
        {QStringLiteral("timestamp"), QT_TR_NOOP("Timestamp")},
    };
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

QString DictionaryRules::convert(const QString &name, Naming naming)
{
    const QStringList words = wordsOf(name);
    QString result;
    for (int i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        switch (naming) {
        case Naming::SnakeCase:
            if (i > 0)
                result += QLatin1Char('_');
            break;
        case Naming::CamelCase:
            if (i > 0)
                word[0] = word.at(0).toUpper();
            break;
        case Naming::ObjectAction:
            if (i > 0)
                result += QLatin1Char(' ');
            word[0] = word.at(0).toUpper();
            break;
        }
        result += word;
    }
    return result;
}

QString DictionaryRules::checkName(const QString &name, Naming naming, bool parameter)
{
    const QString what = parameter ? tr("A parameter name") : tr("An event name");
    if (name.trimmed().isEmpty())
        return tr("%1 cannot be empty.").arg(what);
    if (name.size() > maxNameLength)
        return tr("%1 can have at most %2 characters; “%3…” has %4.")
            .arg(what).arg(maxNameLength).arg(name.left(20)).arg(name.size());
    if (name != name.trimmed())
        return tr("“%1” starts or ends with a space.").arg(name);
    // Parameter names of the Object Action convention stay snake_case, as Segment's do.
    const Naming rule = parameter && naming == Naming::ObjectAction ? Naming::SnakeCase : naming;
    const QRegularExpression &pattern = rule == Naming::SnakeCase ? snakeCase()
        : rule == Naming::CamelCase                               ? camelCase()
                                                                  : objectAction();
    if (pattern.match(name).hasMatch())
        return {};
    const QString suggestion = convert(name, rule);
    const QString hint = rule == Naming::SnakeCase
        ? tr("lower-case letters, digits and single underscores, starting with a letter")
        : rule == Naming::CamelCase ? tr("letters and digits, starting with a lower-case letter, each "
                                         "further word starting with a capital")
                                    : tr("two or more capitalised words separated by single spaces");
    if (suggestion.isEmpty() || suggestion == name)
        return tr("“%1” does not follow the %2 convention: use %3.").arg(name, namingKey(rule), hint);
    return tr("“%1” does not follow the %2 convention: use %3 (for example “%4”).")
        .arg(name, namingKey(rule), hint, suggestion);
}

QString DictionaryRules::checkEvent(const EventDefinition &event, Naming naming, const QDate &today,
                                    bool names)
{
    if (names) {
        if (const QString problem = checkName(event.name, naming); !problem.isEmpty())
            return problem;
    } else if (event.name.trimmed().isEmpty()) {
        return tr("An event name cannot be empty.");
    }
    if (!event.stage.isEmpty() && !stages().contains(event.stage))
        return tr("The stage of “%1” must be one of %2, not “%3”.")
            .arg(event.name, stages().join(QStringLiteral(", ")), event.stage);
    if (event.tier != 0 && event.tier != 1 && event.tier != 2)
        return tr("The tier of “%1” must be 1 (core) or 2 (diagnostic), not %2.").arg(event.name).arg(event.tier);
    if (!statuses().contains(event.status))
        return tr("The status of “%1” must be one of %2, not “%3”.")
            .arg(event.name, statuses().join(QStringLiteral(", ")), event.status);
    if (!countings().contains(event.counting))
        return tr("The counting rule of “%1” must be “every” or “once_per_session”, not “%2”.")
            .arg(event.name, event.counting);
    if (event.lastReviewed.isValid() && today.isValid() && event.lastReviewed > today)
        return tr("“%1” cannot have been reviewed in the future (%2).")
            .arg(event.name, event.lastReviewed.toString(Qt::ISODate));
    for (const QString &tag : event.tags) {
        if (tag.trimmed().isEmpty())
            return tr("The tags of “%1” include an empty one.").arg(event.name);
    }
    if (QStringList unique = event.tags; unique.removeDuplicates() > 0)
        return tr("The tags of “%1” repeat a tag.").arg(event.name);
    for (int i = 0; i < event.parameters.size(); ++i) {
        const ParameterDefinition &parameter = event.parameters.at(i);
        if (const QString problem = checkParameter(parameter, naming, names); !problem.isEmpty())
            return tr("%1: %2").arg(event.name, problem);
        for (int j = 0; j < i; ++j) {
            if (event.parameters.at(j).name.compare(parameter.name, Qt::CaseInsensitive) == 0)
                return tr("“%1” has two parameters called “%2”.").arg(event.name, parameter.name);
        }
    }
    return {};
}

QString DictionaryRules::checkParameter(const ParameterDefinition &parameter, Naming naming, bool names)
{
    if (names) {
        if (const QString problem = checkName(parameter.name, naming, true); !problem.isEmpty())
            return problem;
    } else if (parameter.name.trimmed().isEmpty()) {
        return tr("A parameter name cannot be empty.");
    }
    if (!types().contains(parameter.type))
        return tr("The type of “%1” must be one of %2, not “%3”.")
            .arg(parameter.name, types().join(QStringLiteral(", ")), parameter.type);
    if (!parameter.pattern.isEmpty()) {
        const QRegularExpression pattern(parameter.pattern);
        if (!pattern.isValid())
            return tr("The pattern of “%1” is not a valid regular expression: %2.")
                .arg(parameter.name, pattern.errorString());
    }
    for (const QString &allowed : parameter.allowedValues) {
        if (!fitsType(parameter.type, allowed))
            return tr("The allowed value “%1” of “%2” is not a valid %3 value.")
                .arg(allowed, parameter.name, label(parameter.type).toLower());
    }
    if (!parameter.example.isEmpty()) {
        if (const QString problem = checkValue(parameter, parameter.example); !problem.isEmpty())
            return tr("The example of “%1”: %2").arg(parameter.name, problem);
    }
    return {};
}

bool DictionaryRules::fitsType(const QString &type, const QString &value)
{
    if (type == QLatin1String("integer")) {
        static const QRegularExpression integer(QStringLiteral("^[+-]?\\d+$"));
        return integer.match(value.trimmed()).hasMatch();
    }
    if (type == QLatin1String("number")) {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        return ok && std::isfinite(number);
    }
    if (type == QLatin1String("boolean")) {
        static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"),
                                          QStringLiteral("1"), QStringLiteral("0")};
        return words.contains(value.trimmed().toLower());
    }
    if (type == QLatin1String("timestamp")) {
        const QByteArray utf8 = value.trimmed().toUtf8();
        return TimestampParser(QTimeZone::utc()).parse(std::string_view(utf8.constData(), size_t(utf8.size()))).has_value();
    }
    return true;
}

QString DictionaryRules::checkValue(const ParameterDefinition &parameter, const QString &value)
{
    if (!fitsType(parameter.type, value))
        return tr("“%1” is not a valid %2 value.").arg(value, label(parameter.type).toLower());
    if (!parameter.allowedValues.isEmpty() && !parameter.allowedValues.contains(value))
        return tr("“%1” is not one of the allowed values (%2).")
            .arg(value, parameter.allowedValues.join(QStringLiteral(", ")));
    if (!parameter.pattern.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(parameter.pattern));
        if (pattern.isValid() && !pattern.match(value).hasMatch())
            return tr("“%1” does not match the pattern %2.").arg(value, parameter.pattern);
    }
    return {};
}

} // namespace Funnelscope
