#include "annotations.h"

#include "connection.h"
#include "statement.h"
#include "tasks/validationerror.h"

#include <QDateTime>
#include <QRegularExpression>

#include <limits>

namespace Funnelscope {

const QStringList &Annotations::categories()
{
    static const QStringList names{QStringLiteral("campaign"), QStringLiteral("site_change"),
                                   QStringLiteral("tracking_change"), QStringLiteral("other")};
    return names;
}

QString Annotations::categoryName(const QString &category)
{
    if (category == QLatin1String("campaign"))
        return tr("Campaign");
    if (category == QLatin1String("site_change"))
        return tr("Site change");
    if (category == QLatin1String("tracking_change"))
        return tr("Tracking change");
    return tr("Other");
}

QString Annotations::categoryColour(const QString &category)
{
    // Okabe–Ito, apart from the charts' blue: orange, green, vermilion, grey.
    if (category == QLatin1String("campaign"))
        return QStringLiteral("#E69F00");
    if (category == QLatin1String("site_change"))
        return QStringLiteral("#009E73");
    if (category == QLatin1String("tracking_change"))
        return QStringLiteral("#D55E00");
    return QStringLiteral("#7F7F7F");
}

QString Annotation::shownColour() const
{
    return colour.isEmpty() ? Annotations::categoryColour(category) : colour;
}

namespace {

Annotation read(const Statement &row)
{
    Annotation annotation;
    annotation.id = row.int64(0);
    annotation.fromMs = row.int64(1);
    annotation.toMs = row.int64(2);
    annotation.text = row.text(3);
    annotation.category = row.text(4);
    annotation.colour = row.isNull(5) ? QString() : row.text(5);
    return annotation;
}

constexpr const char *columns = "SELECT id, ts, end_ts, text, category, colour FROM annotations";

} // namespace

QList<Annotation> Annotations::list(Connection &connection, std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    Statement select(connection, std::string(columns) + " WHERE end_ts > ?1 AND ts < ?2 ORDER BY ts, id");
    select.bind(1, fromMs.value_or(std::numeric_limits<qint64>::min()));
    select.bind(2, toMs.value_or(std::numeric_limits<qint64>::max()));
    QList<Annotation> annotations;
    while (select.step())
        annotations.append(read(select));
    return annotations;
}

std::optional<Annotation> Annotations::find(Connection &connection, qint64 id)
{
    Statement select(connection, std::string(columns) + " WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return read(select);
}

QString Annotations::validate(const Annotation &annotation)
{
    if (annotation.text.trimmed().isEmpty())
        return tr("an annotation needs a text.");
    if (annotation.text.size() > 200)
        return tr("an annotation's text is short: at most 200 characters, not %1.").arg(annotation.text.size());
    if (annotation.toMs <= annotation.fromMs)
        return tr("an annotation's last day cannot come before its first.");
    if (!categories().contains(annotation.category))
        return tr("“%1” is not a category (%2).").arg(annotation.category, categories().join(QLatin1String(", ")));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!annotation.colour.isEmpty() && !hex.match(annotation.colour).hasMatch())
        return tr("“%1” is not a colour (write #RRGGBB).").arg(annotation.colour);
    return QString();
}

qint64 Annotations::add(Connection &connection, const Annotation &annotation)
{
    if (const QString problem = validate(annotation); !problem.isEmpty())
        throw ValidationError(problem);
    Statement insert(connection, "INSERT INTO annotations (id, ts, end_ts, text, category, colour, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (annotation.id > 0)
        insert.bind(1, annotation.id);
    else
        insert.bindNull(1);
    insert.bind(2, annotation.fromMs);
    insert.bind(3, annotation.toMs);
    insert.bind(4, annotation.text.trimmed());
    insert.bind(5, annotation.category);
    insert.bindTextOrNull(6, annotation.colour);
    insert.bind(7, QDateTime::currentMSecsSinceEpoch());
    insert.exec();
    return connection.lastInsertRowId();
}

bool Annotations::remove(Connection &connection, qint64 id)
{
    Statement erase(connection, "DELETE FROM annotations WHERE id = ?");
    erase.bind(1, id);
    erase.exec();
    return connection.changes() > 0;
}

} // namespace Funnelscope
