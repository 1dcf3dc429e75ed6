// c2c-benchmark: measures what a facilitator waits for, on a database made by
// `city2city-cli generate`, and prints one Markdown table (see BENCHMARKS.md).
//   c2c-benchmark --database big.c2c [--runs N]
//   c2c-benchmark --quick      (a tiny generated database, one run: keeps the benchmark working)
#include "Bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#ifndef C2C_APP_PATH
#error "C2C_APP_PATH must name the city2city executable"
#endif
#ifndef C2C_CLI_PATH
#error "C2C_CLI_PATH must name the city2city-cli executable"
#endif

namespace {

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 logical cores, %3")
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures City2City Facilitator on a generated database."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("A file made by city2city-cli generate."), QStringLiteral("FILE"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each operation (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Generate a tiny database and run everything once."));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Exit non-zero when a target is missed."));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Run only these groups, comma-separated: startup, queries, window, documents, import."),
        QStringLiteral("GROUPS"));
    parser.addOptions({database, runs, quick, strict, only});
    parser.process(app);

    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "c2c-benchmark: no temporary folder\n");
        return 2;
    }
    BenchContext context;
    context.workDir = work.path();
    context.appPath = QStringLiteral(C2C_APP_PATH);
    context.sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    context.quick = parser.isSet(quick);
    context.runs = context.quick ? 1 : qMax(1, parser.value(runs).toInt());
    if (context.quick) {
        context.database = work.filePath(QStringLiteral("quick.c2c"));
        QProcess generate;
        generate.start(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("generate"), QStringLiteral("--out"), context.database,
                                                      QStringLiteral("--pairings"), QStringLiteral("20"), QStringLiteral("--quiet")});
        if (!generate.waitForFinished(120000) || generate.exitCode() != 0) {
            std::fprintf(stderr, "c2c-benchmark: generate failed: %s\n", generate.readAllStandardError().constData());
            return 2;
        }
    } else if (parser.isSet(database)) {
        context.database = QFileInfo(parser.value(database)).absoluteFilePath();
    } else {
        std::fprintf(stderr, "c2c-benchmark: --database FILE or --quick is needed\n");
        return 2;
    }

    std::printf("Database: %s (%.0f MB)\nMachine: %s\nRuns: %d%s\n\n", qPrintable(QDir::toNativeSeparators(context.database)),
                double(QFileInfo(context.database).size()) / 1e6, qPrintable(machine()), context.runs,
                context.sqlite3.isEmpty() ? ", no sqlite3 shell found: no comparison" : "");
    std::fflush(stdout);
    BenchTable table;
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&groups](const char *group) { return groups.isEmpty() || groups.contains(QLatin1String(group)); };
    if (wanted("startup"))
        StartupBench::run(context, table);
    if (wanted("queries"))
        QueryBench::run(context, table);
    if (wanted("window"))
        WindowBench::run(context, table);
    if (wanted("documents"))
        DocumentBench::run(context, table);
    if (wanted("import"))
        ImportBench::run(context, table);
    std::printf("%s\n", qPrintable(table.markdown()));
    if (table.failures() > 0) {
        std::fprintf(stderr, "c2c-benchmark: %d operations failed\n", table.failures());
        return 1;
    }
    if (parser.isSet(strict) && table.missedTargets() > 0) {
        std::fprintf(stderr, "c2c-benchmark: %d targets missed\n", table.missedTargets());
        return 1;
    }
    return 0;
}
