// city2city-cli generate: a large synthetic database for measuring the app.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "generate/SyntheticProgramme.h"

#include <QElapsedTimer>

using namespace CommandSupport;

int CommandLine::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The new database file (must not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption pairings(QStringLiteral("pairings"), QStringLiteral("How many pairings to generate."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random choices (default 1): the same seed gives the same data."), QStringLiteral("S"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on standard error."));
    parser.addOptions({out, pairings, seed, quiet});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("generate"), m_out, m_err, &exit))
        return exit;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli generate: " << message << '\n';
        return int(Usage);
    };
    if (!parser.isSet(out) || !parser.isSet(pairings))
        return usage(QStringLiteral("--out and --pairings are required"));
    SyntheticProgramme::Options options;
    bool ok = false;
    options.pairings = parser.value(pairings).toInt(&ok);
    if (!ok || options.pairings < 1 || options.pairings > SyntheticProgramme::MaxPairings)
        return usage(QStringLiteral("--pairings must be a number from 1 to %1").arg(SyntheticProgramme::MaxPairings));
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be a whole number"));
    }
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = !parser.isSet(quiet);
    const auto counts = SyntheticProgramme::generate(parser.value(out), options, [&](int done, int total) {
        if (!showProgress)
            return;
        m_err << "generate: " << done << " of " << total << " pairings (" << (100 * qint64(done) / total) << " %), "
              << timer.elapsed() / 1000.0 << " s\n";
        m_err.flush();
    });
    if (!counts) {
        m_err << "city2city-cli generate: " << counts.error() << '\n';
        return Failed;
    }
    const auto &c = counts.value();
    m_out << parser.value(out) << ": " << c.pairings << " pairings, " << c.cities << " cities, " << c.people
          << " people, " << c.sessions << " sessions, " << c.agendaItems << " agenda items, " << c.attendance
          << " attendance records, " << c.notes << " notes, " << c.actions << " action items, " << c.pilots
          << " pilots with " << c.planActions << " plan actions and " << c.assessments << " assessments, in "
          << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return Ok;
}
