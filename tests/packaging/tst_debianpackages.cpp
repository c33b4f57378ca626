// A fresh Debian 12 machine gets, from `make deps`, every package the build reads from.
//
// Every file the build took from outside the source and build trees (the headers the
// compiler read, as `ninja -t deps` lists them; the CMake package files and programs the
// cache points at; the libraries linked) must belong to a Debian package in the closure of
// the Makefile's PACKAGES over Depends and Pre-Depends (never Recommends, which
// `--no-install-recommends` leaves out: libqt6opengl6-dev was missed that way). The test
// fails with each missing package's name and the file that needed it.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString sourceDir = QStringLiteral(FUNNELSCOPE_SOURCE_DIR);
const QString binaryDir = QStringLiteral(FUNNELSCOPE_BINARY_DIR);

struct Output
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

Output run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Output output;
    if (!process.waitForFinished(300000))
        return output;
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    output.standardOutput = process.readAllStandardOutput();
    output.standardError = process.readAllStandardError();
    return output;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

/** "libfoo:amd64" and "perl:any" name the packages libfoo and perl. */
QString packageName(QString name)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        name.truncate(colon);
    return name.trimmed();
}

bool isOutsideTrees(const QString &path)
{
    const auto under = [&path](const QString &dir) {
        return path == dir || path.startsWith(dir + QLatin1Char('/'));
    };
    return QDir::isAbsolutePath(path) && !under(sourceDir) && !under(binaryDir)
        && !under(QDir(sourceDir).canonicalPath()) && !under(QDir(binaryDir).canonicalPath());
}

/** The names a file may be listed under in dpkg's database: as given, with its symbolic
 *  links resolved, and on either side of Debian's merged /usr (/lib is /usr/lib). */
QStringList dpkgNames(const QString &path)
{
    QStringList names{QDir::cleanPath(path)};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && !names.contains(canonical))
        names.append(canonical);
    const QStringList given = names;
    for (const QString &name : given) {
        for (const char *top : {"/lib/", "/lib64/", "/bin/", "/sbin/"}) {
            const QString prefix = QLatin1String(top);
            if (name.startsWith(prefix))
                names.append(QStringLiteral("/usr") + name);
            else if (name.startsWith(QStringLiteral("/usr") + prefix))
                names.append(name.mid(4));
        }
    }
    names.removeDuplicates();
    return names;
}

} // namespace

class tst_DebianPackages : public QObject
{
    Q_OBJECT

private:
    /** What `make print-packages` lists: the Makefile's PACKAGES, expanded by make. */
    QStringList makefilePackages()
    {
        const Output output = run(tool("make"), {QStringLiteral("-s"), QStringLiteral("--no-print-directory"),
                                                 QStringLiteral("-C"), sourceDir, QStringLiteral("print-packages")});
        if (output.exitCode != 0)
            return {};
        return QString::fromUtf8(output.standardOutput).split(QRegularExpression(QStringLiteral("\\s+")),
                                                              Qt::SkipEmptyParts);
    }

    /** The packages apt installs for \a roots with --no-install-recommends: Depends and
     *  Pre-Depends, recursively; of an or-group only the first alternative, of a virtual
     *  package any of its providers. */
    QSet<QString> dependencyClosure(const QStringList &roots)
    {
        QSet<QString> closure;
        QStringList frontier;
        for (const QString &root : roots) {
            if (!closure.contains(root)) {
                closure.insert(root);
                frontier.append(root);
            }
        }
        const QRegularExpression dependsLine(QStringLiteral("^  (\\|?)(Depends|PreDepends): (.+)$"));
        while (!frontier.isEmpty()) {
            const Output output = run(tool("apt-cache"), QStringList{QStringLiteral("depends"),
                                      QStringLiteral("--no-recommends"), QStringLiteral("--no-suggests"),
                                      QStringLiteral("--no-conflicts"), QStringLiteral("--no-breaks"),
                                      QStringLiteral("--no-replaces"), QStringLiteral("--no-enhances")} + frontier);
            frontier.clear();
            bool previousWasAlternative = false;
            bool takeProviders = false;
            const auto add = [&](const QString &name) {
                const QString package = packageName(name);
                if (!package.isEmpty() && !closure.contains(package)) {
                    closure.insert(package);
                    frontier.append(package);
                }
            };
            for (const QByteArray &rawLine : output.standardOutput.split('\n')) {
                const QString line = QString::fromUtf8(rawLine);
                if (line.startsWith(QStringLiteral("    "))) {
                    // A provider of the virtual package on the line above.
                    if (takeProviders)
                        add(line.trimmed());
                    continue;
                }
                takeProviders = false;
                const QRegularExpressionMatch match = dependsLine.match(line);
                if (!match.hasMatch()) {
                    previousWasAlternative = false;
                    continue;
                }
                const bool firstOfGroup = !previousWasAlternative;
                previousWasAlternative = !match.captured(1).isEmpty();
                if (!firstOfGroup)
                    continue;
                const QString target = match.captured(3).trimmed();
                if (target.startsWith(QLatin1Char('<')))
                    takeProviders = true; // virtual: its providers follow, indented
                else
                    add(target);
            }
        }
        return closure;
    }

    /** Each file outside the trees the build read, with what needed it. */
    QMap<QString, QString> filesTheBuildRead()
    {
        QMap<QString, QString> files;
        const auto note = [&files](const QString &path, const QString &reason) {
            if (isOutsideTrees(path) && QFileInfo(path).isFile() && !files.contains(path))
                files.insert(QDir::cleanPath(path), reason);
        };

        // The headers the compiler read, per object file.
        const Output deps = run(tool("ninja"), {QStringLiteral("-C"), binaryDir, QStringLiteral("-t"),
                                                QStringLiteral("deps")});
        QString target;
        for (const QByteArray &rawLine : deps.standardOutput.split('\n')) {
            const QString line = QString::fromUtf8(rawLine);
            if (line.isEmpty())
                continue;
            if (!line.startsWith(QLatin1Char(' '))) {
                target = line.section(QLatin1Char(':'), 0, 0);
                continue;
            }
            note(line.trimmed(), QStringLiteral("a header of ") + target);
        }

        // The CMake packages and programs the cache points at.
        const QSet<QString> programsTheBuildRuns{QStringLiteral("CMAKE_CXX_COMPILER"), QStringLiteral("CMAKE_MAKE_PROGRAM"),
                                                 QStringLiteral("CMAKE_AR"), QStringLiteral("CMAKE_RANLIB"),
                                                 QStringLiteral("CMAKE_LINKER"), QStringLiteral("PKG_CONFIG_EXECUTABLE")};
        QFile cache(binaryDir + QStringLiteral("/CMakeCache.txt"));
        if (cache.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9_.+-]+):(PATH|FILEPATH)=(/.*)$"));
            while (!cache.atEnd()) {
                const QString line = QString::fromUtf8(cache.readLine()).trimmed();
                const QRegularExpressionMatch match = entry.match(line);
                if (!match.hasMatch())
                    continue;
                const QString key = match.captured(1);
                const QString value = match.captured(3);
                const QString why = QStringLiteral("CMake's cache entry ") + key;
                if (key.endsWith(QStringLiteral("_DIR")) && QFileInfo(value).isDir()) {
                    const QString name = key.chopped(4);
                    for (const QString &config : {name + QStringLiteral("Config.cmake"),
                                                  name.toLower() + QStringLiteral("-config.cmake")})
                        note(value + QLatin1Char('/') + config, why);
                } else if (programsTheBuildRuns.contains(key)) {
                    // Not every FILEPATH: find modules also record what they saw and nothing
                    // uses (FindOpenGL's libGLU.so). ccache, the launcher, is in PACKAGES.
                    note(value, why);
                }
            }
        }

        // The libraries linked (absolute paths and -l names on the link lines) and Qt's
        // tools the build runs (moc, rcc, lrelease...).
        QFile ninjaFile(binaryDir + QStringLiteral("/build.ninja"));
        if (ninjaFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
            QSet<QString> names;
            const QRegularExpression qtTool(QStringLiteral("/usr/lib/qt6/(?:libexec|bin)/[A-Za-z0-9_.-]+"));
            while (!ninjaFile.atEnd()) {
                const QString line = QString::fromUtf8(ninjaFile.readLine()).trimmed();
                for (const QRegularExpressionMatch &match : qtTool.globalMatch(line))
                    note(match.captured(), QStringLiteral("a Qt tool the build runs"));
                if (!line.startsWith(QStringLiteral("LINK_LIBRARIES = ")))
                    continue;
                for (QString word : line.mid(17).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (word.startsWith(QStringLiteral("-l")))
                        names.insert(word.mid(2));
                    else if (word.startsWith(QLatin1Char('/')))
                        note(word, QStringLiteral("a library linked"));
                }
            }
            for (const QString &name : std::as_const(names)) {
                const Output found = run(tool("c++"), {QStringLiteral("-print-file-name=lib") + name + QStringLiteral(".so")});
                note(QString::fromUtf8(found.standardOutput).trimmed(), QStringLiteral("a library linked (-l") + name + QLatin1Char(')'));
            }
        }
        return files;
    }

    /** The packages dpkg's database names for each file (under any of its names). */
    QHash<QString, QStringList> owners(const QMap<QString, QString> &files)
    {
        QStringList queries;
        QHash<QString, QString> fileOfName;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            for (const QString &name : dpkgNames(it.key())) {
                if (!fileOfName.contains(name)) {
                    fileOfName.insert(name, it.key());
                    queries.append(name);
                }
            }
        }
        QHash<QString, QStringList> result;
        // dpkg-query looks exact paths up in a hash; it exits 1 when some are not found.
        for (qsizetype start = 0; start < queries.size(); start += 2000) {
            const Output output = run(tool("dpkg-query"), QStringList{QStringLiteral("--search")}
                                                              + queries.mid(start, 2000));
            for (const QByteArray &rawLine : output.standardOutput.split('\n')) {
                const QString line = QString::fromUtf8(rawLine);
                const qsizetype separator = line.indexOf(QStringLiteral(": /"));
                if (separator < 0 || line.startsWith(QStringLiteral("diversion ")))
                    continue;
                const QString file = fileOfName.value(line.mid(separator + 2));
                if (file.isEmpty())
                    continue;
                for (const QString &package : line.left(separator).split(QStringLiteral(", ")))
                    result[file].append(packageName(package));
            }
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (tool("dpkg-query").isEmpty() || tool("apt-cache").isEmpty())
            QSKIP("Not a Debian system (no dpkg-query or apt-cache): the package list cannot be checked here.");
        if (!QFile::exists(binaryDir + QStringLiteral("/build.ninja")))
            QSKIP("The build was not made with Ninja (as `make` does): no `ninja -t deps` to read.");
    }

    void readmeListsTheMakefilesPackages()
    {
        const QStringList packages = makefilePackages();
        QVERIFY2(!packages.isEmpty(), "`make print-packages` printed nothing");
        QFile readme(sourceDir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype table = text.indexOf(QStringLiteral("### Debian packages"));
        QVERIFY2(table >= 0, "README.md has no \"### Debian packages\" section");
        QSet<QString> listed;
        const QStringList lines = text.mid(table).split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(1)) {
            if (line.startsWith(QStringLiteral("## ")) || line.startsWith(QStringLiteral("### ")))
                break;
            if (!line.startsWith(QStringLiteral("| ")) || line.startsWith(QStringLiteral("| package")))
                continue;
            for (const QString &name : line.section(QLatin1Char('|'), 1, 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                listed.insert(name.trimmed());
        }
        const QSet<QString> inMakefile(packages.cbegin(), packages.cend());
        QStringList problems;
        for (const QString &package : inMakefile - listed)
            problems.append(package + QStringLiteral(" is in the Makefile's PACKAGES but not in the README's table"));
        for (const QString &package : listed - inMakefile)
            problems.append(package + QStringLiteral(" is in the README's table but not in the Makefile's PACKAGES"));
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyFileTheBuildReadComesFromMakeDeps()
    {
        const QStringList packages = makefilePackages();
        QVERIFY2(!packages.isEmpty(), "`make print-packages` printed nothing");
        const QSet<QString> closure = dependencyClosure(packages);
        // A package apt-cache does not know would leave the closure at the list itself.
        QVERIFY2(closure.size() > packages.size() * 2, "apt-cache depends gave no dependencies; is the package index there?");

        const QMap<QString, QString> files = filesTheBuildRead();
        // A build of Qt programs reads hundreds of system headers; none means the lists were not read.
        QVERIFY2(files.size() > 200, qPrintable(QStringLiteral("only %1 files outside the source tree found").arg(files.size())));
        QVERIFY2(files.contains(QStringLiteral("/usr/include/sqlite3.h")), "sqlite3.h was not among the headers read");

        const QHash<QString, QStringList> owner = owners(files);
        QMap<QString, QStringList> missingPackages; // package -> files that needed it
        QStringList unowned;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QStringList packagesOfFile = owner.value(it.key());
            if (packagesOfFile.isEmpty()) {
                unowned.append(it.key() + QStringLiteral(" (") + it.value() + QLatin1Char(')'));
                continue;
            }
            bool installed = false;
            for (const QString &package : packagesOfFile)
                installed = installed || closure.contains(package);
            if (!installed)
                missingPackages[packagesOfFile.constFirst()].append(it.key() + QStringLiteral(" (") + it.value() + QLatin1Char(')'));
        }
        QStringList problems;
        for (auto it = missingPackages.cbegin(); it != missingPackages.cend(); ++it) {
            problems.append(QStringLiteral("%1 is needed but `make deps` does not install it (add it to the Makefile's PACKAGES "
                                           "and the README's table): %2%3")
                                .arg(it.key(), it.value().constFirst(),
                                     it.value().size() > 1 ? QStringLiteral(" and %1 more files").arg(it.value().size() - 1) : QString()));
        }
        for (const QString &file : std::as_const(unowned))
            problems.append(QStringLiteral("no Debian package holds %1: a build on a fresh machine will not find it").arg(file));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_DebianPackages)
#include "tst_debianpackages.moc"
