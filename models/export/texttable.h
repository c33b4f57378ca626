#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * A table for the terminal: a header, a rule, the rows, columns padded to their widest
 * cell; a column whose cells are figures ("12,345", "43.8%", "+1.2", "–") is right-aligned,
 * so digits line up. Commands print their results with it on standard output.
 */
class TextTable
{
public:
    explicit TextTable(const QStringList &header);

    void addRow(const QStringList &cells);
    /** A rule before the next row (an average, a total). */
    void addRule();
    QString toString() const;

private:
    QStringList mHeader;
    QList<QStringList> mRows; // an empty row is a rule
};

} // namespace Funnelscope
