#include "maturitymatrix.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Funnelscope {

QString MaturityMatrix::translated(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return QCoreApplication::translate("MaturityMatrix", utf8.constData());
}

MaturityMatrix MaturityMatrix::builtIn()
{
    QString error;
    const std::optional<MaturityMatrix> matrix = fromFile(QStringLiteral(":/data/maturity_matrix.json"), &error);
    Q_ASSERT_X(matrix, "MaturityMatrix::builtIn", qPrintable(error));
    return matrix.value_or(MaturityMatrix());
}

std::optional<MaturityMatrix> MaturityMatrix::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the matrix “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<MaturityMatrix> MaturityMatrix::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The matrix is not valid JSON: %1 (at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("The matrix must be a JSON object with “id”, “stages” and “dimensions”."));
    const QJsonObject root = document.object();
    MaturityMatrix matrix;
    matrix.id = root.value(QStringLiteral("id")).toString();
    matrix.title = root.value(QStringLiteral("title")).toString(matrix.id);
    if (matrix.id.isEmpty())
        return fail(tr("The matrix has no “id”."));
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    if (stages.size() < 2)
        return fail(tr("The matrix needs at least two “stages”; it has %1.").arg(stages.size()));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString name = stages.at(i).toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return fail(tr("Stage %1 has no “name”.").arg(i + 1));
        matrix.stageNames.append(name);
    }
    const QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    if (dimensions.isEmpty())
        return fail(tr("The matrix has no “dimensions”."));
    QSet<QString> ids;
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const QJsonObject object = dimensions.at(i).toObject();
        Dimension dimension;
        dimension.id = object.value(QStringLiteral("id")).toString();
        dimension.name = object.value(QStringLiteral("name")).toString();
        if (dimension.id.isEmpty() || dimension.name.isEmpty())
            return fail(tr("Dimension %1 needs an “id” and a “name”.").arg(i + 1));
        if (ids.contains(dimension.id))
            return fail(tr("Two dimensions have the id “%1”.").arg(dimension.id));
        ids.insert(dimension.id);
        const QJsonArray texts = object.value(QStringLiteral("stages")).toArray();
        if (texts.size() != stages.size())
            return fail(tr("Dimension “%1” describes %2 stages, but the matrix has %3.")
                            .arg(dimension.name)
                            .arg(texts.size())
                            .arg(stages.size()));
        for (qsizetype s = 0; s < texts.size(); ++s) {
            const QString text = texts.at(s).toString();
            if (text.trimmed().isEmpty())
                return fail(tr("Dimension “%1” says nothing for stage %2.").arg(dimension.name).arg(s + 1));
            dimension.stages.append(text);
        }
        matrix.dimensions.append(dimension);
    }
    return matrix;
}

const MaturityMatrix::Dimension *MaturityMatrix::dimension(const QString &id) const
{
    for (const Dimension &dimension : dimensions) {
        if (dimension.id == id)
            return &dimension;
    }
    return nullptr;
}

} // namespace Funnelscope
