// Exports as they are delivered: a .gz of the REES46 head, a zip of gzipped Amplitude JSON
// and a folder of GA4 daily files import with the counts of their plain files; the format
// is told by the bytes, not the name; files Funnelscope does not read get a sentence
// naming what they are; a cut-off or damaged .gz is an error, not a silent partial import;
// several files import all or nothing.
#include "testpaths.h"

#include "ingest/importer.h"
#include "ingest/importinput.h"
#include "ingest/ingesterror.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

using namespace Funnelscope;

namespace {

const QString datasets = QStringLiteral(FUNNELSCOPE_DATASETS);
const QString identity = QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** @p bytes as one gzip member (zlib, level 6). */
QByteArray gzip(const QByteArray &bytes)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QString write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

/** A zip archive of @p members (names inside it) read from @p folder, written with libarchive. */
bool zip(const QString &path, const QStringList &members, const QString &folder)
{
    archive *out = archive_write_new();
    archive_write_set_format_zip(out);
    bool ok = archive_write_open_filename(out, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const QString &member : members) {
        const QByteArray bytes = readAll(folder + QLatin1Char('/') + member);
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, member.toUtf8().constData());
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        ok = ok && archive_write_header(out, entry) == ARCHIVE_OK
            && archive_write_data(out, bytes.constData(), size_t(bytes.size())) == bytes.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    return ok;
}

struct Counts
{
    qint64 events = 0;
    qint64 users = 0;
    QString types;
    bool operator==(const Counts &other) const { return events == other.events && users == other.users && types == other.types; }
};

char *toString(const Counts &counts)
{
    return qstrdup(QStringLiteral("%1 events, %2 users, %3").arg(counts.events).arg(counts.users).arg(counts.types).toUtf8().constData());
}

} // namespace

class tst_ImportInput : public QObject
{
    Q_OBJECT

private:
    Counts imported(const QStringList &arguments)
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("w%1.funnelscope").arg(++mCounter)));
        QList<ImportPlan> plans;
        for (const QString &argument : arguments) {
            for (const ImportInput &input : ImportInput::expand(argument))
                plans.append(Importer::plan(input, {}));
        }
        Importer::run(*workspace, plans, {});
        Connection &db = workspace->connection();
        return {db.queryInt("SELECT count(*) FROM events"), db.queryInt("SELECT count(DISTINCT user_id) FROM events"),
                db.queryText("SELECT group_concat(name || '=' || n, ' ') FROM (SELECT t.name, count(*) AS n FROM events e "
                             "JOIN event_types t ON t.id = e.event_type_id GROUP BY t.name ORDER BY t.name)")};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void gzipImportsAsThePlainFile()
    {
        const QString plain = datasets + QStringLiteral("/rees46-multicategory-2019oct-head/2019-Oct_head.csv");
        if (!QFile::exists(plain))
            QSKIP("../shared/datasets is not beside this checkout: the REES46 head is needed");
        // Named .dat: the bytes say it is gzip, not the name.
        const QString packed = write(mDir.filePath(QStringLiteral("rees46.dat")), gzip(readAll(plain)));
        const ImportInput input = ImportInput::single(packed);
        QVERIFY(input.isCompressed());
        QCOMPARE(input.size(), QFileInfo(packed).size());
        const Counts want = imported({plain});
        QCOMPARE(want.events, 17434);
        QCOMPARE(imported({packed}), want);

        // Two gzip members one after the other (cat a.gz b.gz) are one stream.
        const QByteArray text = readAll(plain);
        const qsizetype cut = text.indexOf('\n', text.size() / 2) + 1;
        const QString twoMembers = write(mDir.filePath(QStringLiteral("two.csv.gz")), gzip(text.left(cut)) + gzip(text.mid(cut)));
        QCOMPARE(imported({twoMembers}), want);
        // Zeros after the last member are padding, not a damaged file.
        const QString padded = write(mDir.filePath(QStringLiteral("padded.csv.gz")), gzip(text) + QByteArray(512, '\0'));
        QCOMPARE(imported({padded}), want);
    }

    void theContentIsHashedAsItIsRead()
    {
        // The SHA-256 an import records (what tells a file imported before) is of the
        // whole content, read in many chunks and hashed beside the reading, for a plain
        // file and the same content gzipped; reads of odd sizes, and a read after the end.
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; csv.size() < 5 * (1 << 20) + 12345; ++i)
            csv += "u" + QByteArray::number(i * 7919 % 100003) + ",view,2024-01-01T00:00:" + QByteArray::number(10 + i % 50) + "Z\n";
        const QByteArray expected = QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex();
        const QString plain = write(mDir.filePath(QStringLiteral("hashed.csv")), csv);
        const QString packed = write(mDir.filePath(QStringLiteral("hashed.csv.gz")), gzip(csv));
        for (const QString &path : {plain, packed}) {
            const std::unique_ptr<InputStream> stream = ImportInput::single(path).openForImport();
            QByteArray read;
            for (qint64 size = 1;; size = size * 3 % 1500007 + 1) {
                const QByteArray piece = stream->read(size);
                if (piece.isEmpty())
                    break;
                read += piece;
            }
            QVERIFY(stream->read(100).isEmpty());
            QCOMPARE(read.size(), csv.size());
            QCOMPARE(stream->sha256().toLatin1(), expected);
            QCOMPARE(stream->sha256().toLatin1(), expected); // asked again
            QCOMPARE(Importer::sha256(ImportInput::single(path)).toLatin1(), expected); // what "imported before?" asks
        }
    }

    void progressCountsCompressedBytes()
    {
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 200000; ++i)
            csv += "u" + QByteArray::number(i % 5000) + ",view,2024-01-01T00:00:" + QByteArray::number(10 + i % 50) + "Z\n";
        const QString packed = write(mDir.filePath(QStringLiteral("progress.csv.gz")), gzip(csv));
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("progress.funnelscope")));
        qint64 lastBytes = 0;
        qint64 lastTotal = 0;
        const ImportPlan plan = Importer::plan(packed, {});
        QCOMPARE(plan.fileSize, QFileInfo(packed).size());
        Importer::run(*workspace, plan, {}, [&](const ImportProgress &at) {
            if (at.stage == ImportProgress::Stage::Reading) {
                lastBytes = at.bytes;
                lastTotal = at.total;
            }
            return true;
        });
        QCOMPARE(lastTotal, QFileInfo(packed).size());
        QVERIFY2(lastBytes > 0 && lastBytes <= lastTotal, qPrintable(QStringLiteral("%1 of %2").arg(lastBytes).arg(lastTotal)));
    }

    void zipOfGzippedJsonImportsAsThePlainFile()
    {
        // Amplitude's export: a zip of gzipped NDJSON files, one per hour.
        const QByteArray lines = readAll(identity + QStringLiteral("/amplitude.ndjson"));
        const QList<QByteArray> records = lines.split('\n');
        const QString folder = mDir.filePath(QStringLiteral("amplitude"));
        QStringList members;
        for (int part = 0; part * 15 < records.size(); ++part) {
            const QString name = QStringLiteral("123456/2024-03-0%1_%2#0.json.gz").arg(part + 4).arg(part);
            write(folder + QLatin1Char('/') + name, gzip(records.mid(part * 15, 15).join('\n') + '\n'));
            members.append(name);
        }
        const QString archive = mDir.filePath(QStringLiteral("amplitude-export.zip"));
        QVERIFY(zip(archive, members, folder));
        const QList<ImportInput> inputs = ImportInput::expand(archive);
        QCOMPARE(inputs.size(), members.size());
        QVERIFY(inputs.first().displayName().startsWith(QStringLiteral("amplitude-export.zip › 123456/")));
        QCOMPARE(imported({archive}), imported({identity + QStringLiteral("/amplitude.ndjson")}));
    }

    void folderOfDailyFilesImportsAsOneFile()
    {
        // GA4 exports a file a day; the folder imports them in name order.
        const QList<QByteArray> lines = readAll(identity + QStringLiteral("/ga4.ndjson")).split('\n');
        QMap<QByteArray, QByteArray> days;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const qsizetype at = line.indexOf("\"event_date\": \"") + 15;
            days[line.mid(at, 8)] += line + '\n';
        }
        QVERIFY(days.size() > 5);
        const QString folder = mDir.filePath(QStringLiteral("ga4-daily"));
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            // Some days compressed, as exports mix.
            const bool packed = it.key().endsWith('5');
            write(folder + QStringLiteral("/events_%1.json%2").arg(QString::fromLatin1(it.key()), packed ? QStringLiteral(".gz") : QString()),
                  packed ? gzip(it.value()) : it.value());
        }
        write(folder + QStringLiteral("/README.md"), "not events\n");
        const QList<ImportInput> inputs = ImportInput::expand(folder);
        QCOMPARE(inputs.size(), days.size());
        QVERIFY(inputs.first().displayName() < inputs.last().displayName());
        QCOMPARE(imported({folder}), imported({identity + QStringLiteral("/ga4.ndjson")}));
    }

    void filesFunnelscopeDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("Parquet") << QByteArray("PAR1\x15\x04\x15\x10\x15\x14", 10) << QStringLiteral("it is a Parquet file");
        QTest::newRow("Parquet inside gzip") << gzip(QByteArray("PAR1\x15\x04\x15\x10", 8)) << QStringLiteral("it is a Parquet file");
        QTest::newRow("UTF-16 with its byte-order mark") << QByteArray("\xFF\xFEu\0s\0e\0r\0", 10) << QStringLiteral("it is UTF-16 text");
        QTest::newRow("an SQLite database") << QByteArray("SQLite format 3\0\x10\0", 18) << QStringLiteral("it is an SQLite database");
        QTest::newRow("xz") << QByteArray("\xFD" "7zXZ\0\0\x04", 8) << QStringLiteral("compressed with xz, bzip2, zstd or 7-Zip");
        QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n") << QStringLiteral("it is a PDF document");
    }

    void filesFunnelscopeDoesNotRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = write(mDir.filePath(QStringLiteral("unreadable-%1.csv").arg(++mCounter)), bytes);
        try {
            Importer::plan(path, {});
            QFAIL("planned a file it cannot read");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().contains(says), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QFileInfo(path).fileName()), qPrintable(error.message()));
        }
    }

    void anExcelWorkbookSaysSo()
    {
        const QString folder = mDir.filePath(QStringLiteral("xlsx"));
        write(folder + QStringLiteral("/[Content_Types].xml"), "<Types/>");
        write(folder + QStringLiteral("/xl/workbook.xml"), "<workbook/>");
        const QString book = mDir.filePath(QStringLiteral("orders.xlsx"));
        QVERIFY(zip(book, {QStringLiteral("[Content_Types].xml"), QStringLiteral("xl/workbook.xml")}, folder));
        try {
            ImportInput::expand(book);
            QFAIL("expanded a workbook");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().contains(QLatin1String("Excel workbook (XLSX)")) && error.message().contains(QLatin1String("CSV")),
                     qPrintable(error.message()));
        }
    }

    void aCutOffGzipIsAnError()
    {
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 50000; ++i)
            csv += "u" + QByteArray::number(i) + ",view,2024-01-01T00:00:00Z\n";
        const QByteArray packed = gzip(csv);
        const QString cut = write(mDir.filePath(QStringLiteral("cut.csv.gz")), packed.left(packed.size() * 2 / 3));
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("cut.funnelscope")));
        try {
            Importer::run(*workspace, Importer::plan(cut, {}), {});
            QFAIL("imported part of a cut-off file");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().contains(QLatin1String("cut-off")), qPrintable(error.message()));
        }
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM events"), 0);
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM imports"), 0);
    }

    void severalFilesAreAllOrNothing()
    {
        const QString good = write(mDir.filePath(QStringLiteral("a.csv")), "user_id,event,timestamp\nu1,view,2024-01-01T00:00:00Z\n");
        // Every row of b.csv is rejected: nothing of a.csv may stay behind.
        const QString bad = write(mDir.filePath(QStringLiteral("b.csv")), "user_id,event,timestamp\nu1,view,yesterday\nu2,view,never\n");
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("both.funnelscope")));
        const QList<ImportPlan> plans{Importer::plan(good, {}), Importer::plan(bad, {}, true)};
        try {
            Importer::run(*workspace, plans, {});
            QFAIL("imported a file whose every row was rejected");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().contains(QLatin1String("b.csv")) && error.message().contains(QLatin1String("line 2")),
                     qPrintable(error.message()));
        }
        Connection &db = workspace->connection();
        QCOMPARE(db.queryInt("SELECT count(*) FROM events"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM imports"), 0);
        // The first file alone imports, and is not refused as "already imported".
        QCOMPARE(Importer::run(*workspace, Importer::plan(good, {}), {}).counts.imported, 1);
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_ImportInput)
#include "tst_importinput.moc"
