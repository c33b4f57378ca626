#include "csvwriter.h"

namespace Funnelscope {

namespace {

bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.contains(QLatin1Char(' '));
}

bool isRisky(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

/** Whether @p text is apostrophes followed by a formula character ('=1, ''@x). */
bool isGuardLike(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i > 0 && i < text.size() && isRisky(text.at(i));
}

} // namespace

CsvWriter::CsvWriter(const QString &path)
    : mFile(path)
{
}

bool CsvWriter::open()
{
    if (!mFile.begin()) {
        mError = mFile.errorMessage();
        return false;
    }
    if (mByteOrderMark)
        mFile.write("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::escape(const QString &field)
{
    QString text = field;
    // A text that already looks guarded gets one more apostrophe, so unguard() is exact.
    if (!text.isEmpty() && ((isRisky(text.front()) && !isPlainNumber(text)) || isGuardLike(text)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvWriter::unguard(const QString &field)
{
    return isGuardLike(field) ? field.mid(1) : field;
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

QString CsvWriter::writeTable(const QString &path, const QList<QStringList> &rows, bool byteOrderMark)
{
    CsvWriter writer(path);
    writer.setByteOrderMark(byteOrderMark);
    if (!writer.open())
        return writer.errorString();
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return writer.commit() ? QString() : writer.errorString();
}

bool CsvWriter::commit()
{
    if (!mFile.finish()) {
        mError = mFile.errorMessage();
        return false;
    }
    return true;
}

} // namespace Funnelscope
