#include "texttable.h"

#include <QRegularExpression>

#include <algorithm>

namespace Funnelscope {

namespace {

bool isFigure(const QString &cell)
{
    static const QRegularExpression figure(QStringLiteral("^[-+−<>≈]?\\s?[0-9][0-9.,\\s\\x{00a0}\\x{202f}']*(%| ?pp| ?%)?[* ]?$|^[–-]$"));
    return cell.isEmpty() || figure.match(cell).hasMatch();
}

} // namespace

TextTable::TextTable(const QStringList &header)
    : mHeader(header)
{
}

void TextTable::addRow(const QStringList &cells)
{
    mRows.append(cells.isEmpty() ? QStringList{QString()} : cells);
}

void TextTable::addRule()
{
    mRows.append(QStringList());
}

QString TextTable::toString() const
{
    qsizetype columns = mHeader.size();
    for (const QStringList &row : mRows)
        columns = std::max(columns, row.size());
    QList<qsizetype> widths(columns, 0);
    QList<bool> right(columns, true);
    for (qsizetype c = 0; c < mHeader.size(); ++c)
        widths[c] = mHeader.at(c).size();
    QList<bool> seen(columns, false);
    for (const QStringList &row : mRows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row.at(c).size());
            seen[c] = seen[c] || !row.at(c).isEmpty();
            right[c] = right[c] && isFigure(row.at(c));
        }
    }
    for (qsizetype c = 0; c < columns; ++c)
        right[c] = right[c] && seen[c];
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = cells.value(c);
            if (c > 0)
                text += QStringLiteral("  ");
            text += right[c] ? cell.rightJustified(widths[c]) : (c + 1 == columns ? cell : cell.leftJustified(widths[c]));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    qsizetype total = 0;
    for (qsizetype c = 0; c < columns; ++c)
        total += widths[c] + (c > 0 ? 2 : 0);
    const QString rule = QString(total, QChar(0x2500)) + QLatin1Char('\n');
    QString text = line(mHeader) + rule;
    for (const QStringList &row : mRows)
        text += row.isEmpty() ? rule : line(row);
    return text;
}

} // namespace Funnelscope
