#include "tablefile.h"

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Funnelscope {

bool TableFile::handles(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

TableFile::Format TableFile::formatOf(const QString &path, bool excelCsv)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("xlsx"))
        return Format::Xlsx;
    return excelCsv ? Format::ExcelCsv : Format::Csv;
}

QJsonArray TableFile::toJson(const QList<QStringList> &rows)
{
    QJsonArray array;
    const QStringList header = rows.value(0);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QJsonObject object;
        for (qsizetype c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            const QString &cell = rows.at(r).at(c);
            if (cell.isEmpty())
                continue;
            object.insert(header.at(c), XlsxWriter::typeOf(cell) == XlsxWriter::CellType::Number ? QJsonValue(cell.toDouble())
                                                                                                  : QJsonValue(cell));
        }
        array.append(object);
    }
    return array;
}

QString TableFile::write(const QString &path, const QList<QStringList> &rows, Format format, const QString &sheet)
{
    if (format == Format::Xlsx)
        return XlsxWriter::write(path, rows, sheet);
    return CsvWriter::writeTable(path, rows, format == Format::ExcelCsv);
}

} // namespace Funnelscope
