#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Funnelscope {

/**
 * A maturity matrix: dimensions (rows) and stages (columns), each cell describing what
 * a stage means for a dimension. The definition is data (resources/data/
 * maturity_matrix.json ships the six-dimension, three-stage micro-journey matrix); a team
 * can load its own file, which is checked with messages that name the field and why.
 * Texts of the shipped matrix are translated (context "MaturityMatrix").
 */
class MaturityMatrix
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::MaturityMatrix)

public:
    struct Dimension
    {
        QString id;
        QString name;
        QStringList stages; ///< what each stage means, one per stage
    };

    QString id;
    QString title;
    QStringList stageNames;
    QList<Dimension> dimensions;

    /** The matrix that ships with Funnelscope. */
    static MaturityMatrix builtIn();
    /** Parses a definition; nothing, and @p error naming what is wrong, when it is not valid. */
    static std::optional<MaturityMatrix> fromJson(const QByteArray &json, QString *error);
    static std::optional<MaturityMatrix> fromFile(const QString &path, QString *error);

    int stageCount() const { return int(stageNames.size()); }
    const Dimension *dimension(const QString &id) const;
    /** A text of the matrix in the person's language, when a translation exists. */
    static QString translated(const QString &text);
};

} // namespace Funnelscope
