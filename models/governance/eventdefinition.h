#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Funnelscope {

/**
 * One parameter of a dictionary event: what a tracking call must (or may) send along.
 * Every field has a text form (`value()`/`setValue()`), the one the change log records
 * and the editors show; lists are JSON arrays in that form so nothing is lost.
 */
struct ParameterDefinition
{
    enum Field { Name, Type, Required, AllowedValues, Pattern, Description, Example, FieldCount };

    QString name;
    QString type = QStringLiteral("string"); ///< string, integer, number, boolean, timestamp
    bool required = false;
    QStringList allowedValues;
    QString pattern; ///< a regular expression the whole value must match
    QString description;
    QString example;

    static QString key(Field field);
    static std::optional<Field> fieldOf(const QString &key);
    QString value(Field field) const;
    void setValue(Field field, const QString &value);

    QJsonObject toJson() const;
    /** Reads what toJson() writes; unknown keys are ignored, wrong types reported. */
    static ParameterDefinition fromJson(const QJsonObject &object, QString *error);

    bool operator==(const ParameterDefinition &other) const = default;
};

/**
 * One event of the dictionary (tracking plan): its name and meaning, where it sits in
 * the funnel, who owns it, whether it is live, how it counts, and its parameters.
 */
struct EventDefinition
{
    enum Field {
        Name,
        DisplayName,
        Description,
        Stage,
        Tier,
        Owner,
        Status,
        Counting,
        LastReviewed,
        Tags,
        FieldCount
    };

    QString name;
    QString displayName;
    QString description;
    QString stage;  ///< discovery, consideration, conversion, retention, advocacy, or empty
    int tier = 0;   ///< 1 core, 2 diagnostic, 0 not set
    QString owner;
    QString status = QStringLiteral("draft");  ///< draft, active, deprecated
    QString counting = QStringLiteral("every"); ///< every, once_per_session
    QDate lastReviewed;
    QStringList tags;
    QList<ParameterDefinition> parameters;

    /** Events not reviewed for this many days are due for review. */
    static constexpr int reviewIntervalDays = 90;

    static QString key(Field field);
    static std::optional<Field> fieldOf(const QString &key);
    QString value(Field field) const;
    void setValue(Field field, const QString &value);

    /** The parameter called @p parameter (regardless of case), or -1. */
    int parameterIndex(const QString &parameter) const;
    bool isDueForReview(const QDate &today) const;

    QJsonObject toJson() const;
    static EventDefinition fromJson(const QJsonObject &object, QString *error);

    bool operator==(const EventDefinition &other) const = default;
};

/** A list as it is written in a field's text form: a compact JSON array, or empty. */
QString listToText(const QStringList &list);
QStringList listFromText(const QString &text);

} // namespace Funnelscope
