#include "csvwriter.h"

namespace Funnelscope {

namespace {

bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.contains(QLatin1Char(' '));
}

} // namespace

CsvWriter::CsvWriter(const QString &path)
    : mFile(path)
{
}

bool CsvWriter::open()
{
    if (!mFile.open(QIODevice::WriteOnly)) {
        mError = tr("Cannot write “%1”: %2.").arg(mFile.fileName(), mFile.errorString());
        return false;
    }
    return true;
}

QString CsvWriter::escape(const QString &field)
{
    QString text = field;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+')
            || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !isPlainNumber(text))
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escape(fields.at(i));
    }
    line += QLatin1String("\r\n");
    mFile.write(line.toUtf8());
}

QString CsvWriter::writeTable(const QString &path, const QList<QStringList> &rows)
{
    CsvWriter writer(path);
    if (!writer.open())
        return writer.errorString();
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return writer.commit() ? QString() : writer.errorString();
}

bool CsvWriter::commit()
{
    if (!mFile.commit()) {
        mError = tr("Cannot write “%1”: %2.").arg(mFile.fileName(), mFile.errorString());
        return false;
    }
    return true;
}

} // namespace Funnelscope
