#include "ReportCommands.h"

#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"
#include "charts/PilotCharts.h"
#include "commandline/CommandLine.h"
#include "commandline/CommandSupport.h"
#include "core/TextKey.h"
#include "report/ProgressReport.h"
#include "report/ReportFigures.h"
#include "store/PairingStore.h"
#include "store/ProgrammeQueries.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QRegularExpression>

using namespace CommandSupport;

namespace {

// Qt Charts are graphics widgets: without a QApplication they would abort the process.
bool canDraw(const QString &command, QTextStream &err)
{
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return true;
    err << "city2city-cli " << command
        << ": charts need a QApplication (run through city2city-cli).\n";
    return false;
}

// A theme by its code ("E") or its name, without regard to case or accents.
Result<qint64> themeOf(QSqlDatabase db, const QString &text)
{
    const auto themes = ProgrammeQueries(db).themes();
    if (!themes)
        return themes.status();
    const QString wanted = TextKey::fold(text.trimmed());
    QStringList known;
    for (const ProgrammeQueries::Choice &theme : themes.value()) {
        if (TextKey::fold(theme.code) == wanted || TextKey::fold(theme.label) == wanted)
            return theme.id;
        known << QStringLiteral("%1 (%2)").arg(theme.code, theme.label);
    }
    return Status::failure(QStringLiteral("no theme “%1”; the themes are %2")
                               .arg(text.trimmed(), known.join(QStringLiteral(", "))));
}

} // namespace

namespace ReportCommands {

void registerAll(CommandLine &commandLine)
{
    commandLine.addCommand(
        QStringLiteral("report"),
        QStringLiteral("Write the progress report (programme, theme or pairing) as PDF."), &report);
    commandLine.addCommand(
        QStringLiteral("chart"),
        QStringLiteral("Write a pilot's readiness chart (radar or trend) as PNG or PDF."), &chart);
}

int report(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption file(QStringLiteral("out"), QStringLiteral("The PDF file to write."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Only this theme (code or name)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption pairing(QStringLiteral("pairing"),
                                     QStringLiteral("Only this pairing (id or code)."),
                                     QStringLiteral("ID"));
    parser.addOptions({file, theme, pairing});
    int exit = CommandLine::Ok;
    if (!parse(parser, arguments, command, out, err, &exit))
        return exit;
    if (parser.value(file).trimmed().isEmpty()) {
        err << "city2city-cli report: give the file to write with --out FILE.pdf\n";
        return CommandLine::Usage;
    }
    if (parser.isSet(theme) && parser.isSet(pairing)) {
        err << "city2city-cli report: give --theme or --pairing, not both\n";
        return CommandLine::Usage;
    }
    if ((parser.isSet(theme) && parser.value(theme).trimmed().isEmpty()) ||
        (parser.isSet(pairing) && parser.value(pairing).trimmed().isEmpty())) {
        err << "city2city-cli report: the theme or pairing is empty\n";
        return CommandLine::Usage;
    }
    if (!canDraw(command, err))
        return CommandLine::Failed;
    const auto database = openDatabase(parser, err);
    if (!database)
        return CommandLine::Failed;

    ProgressScope scope;
    if (parser.isSet(theme)) {
        const auto id = themeOf(database->connection(), parser.value(theme));
        if (!id) {
            err << "city2city-cli report: " << id.error() << '\n';
            return CommandLine::Usage;
        }
        scope.themeId = id.value();
    } else if (parser.isSet(pairing)) {
        const auto id =
            PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
        if (!id) {
            err << "city2city-cli report: " << id.error() << '\n';
            return CommandLine::Usage;
        }
        scope.pairingId = id.value();
    }
    const auto data =
        ProgressReport::load(database->connection(), database->clock().nowUtc(), scope);
    if (!data) {
        err << "city2city-cli report: " << data.error() << '\n';
        return CommandLine::Failed;
    }
    const QString path = parser.value(file);
    if (Status written =
            ProgressReport::writePdf(data.value(), ReportFigures::build(data.value()), path);
        !written) {
        err << "city2city-cli report: " << written.error() << '\n';
        return CommandLine::Failed;
    }
    out << QDir::toNativeSeparators(path) << '\n';
    return CommandLine::Ok;
}

int chart(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("chart");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption pilot(QStringLiteral("pilot"), QStringLiteral("The pilot, by id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption file(
        QStringLiteral("out"),
        QStringLiteral("The file to write: .png, or .pdf for a vector page."),
        QStringLiteral("FILE"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("radar (dimensions, latest against previous; the default) or"
                       " trend (overall readiness over the cycle)."),
        QStringLiteral("KIND"), QStringLiteral("radar"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Width x height in pixels (default 960x600)."),
                                  QStringLiteral("WxH"), QStringLiteral("960x600"));
    parser.addOptions({pilot, file, kind, size});
    int exit = CommandLine::Ok;
    if (!parse(parser, arguments, command, out, err, &exit))
        return exit;
    bool isNumber = false;
    const qint64 pilotId = parser.value(pilot).trimmed().toLongLong(&isNumber);
    if (!parser.isSet(pilot) || !isNumber || pilotId <= 0) {
        err << "city2city-cli chart: give the pilot with --pilot ID (a number; see city2city-cli "
               "readiness)\n";
        return CommandLine::Usage;
    }
    const QString path = parser.value(file);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.trimmed().isEmpty() ||
        (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))) {
        err << "city2city-cli chart: give the file to write with --out FILE.png (or FILE.pdf)\n";
        return CommandLine::Usage;
    }
    const QString chartKind = parser.value(kind).trimmed().toLower();
    if (chartKind != QLatin1String("radar") && chartKind != QLatin1String("trend")) {
        err << "city2city-cli chart: --kind is radar or trend, not “" << parser.value(kind)
            << "”\n";
        return CommandLine::Usage;
    }
    const QRegularExpressionMatch dimensions =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"))
            .match(parser.value(size).trimmed());
    const QSize pixels = dimensions.hasMatch()
                             ? QSize(dimensions.captured(1).toInt(), dimensions.captured(2).toInt())
                             : QSize();
    if (!pixels.isValid() || pixels.width() < 200 || pixels.height() < 150 ||
        pixels.width() > 8000 || pixels.height() > 8000) {
        err << "city2city-cli chart: --size is WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000\n";
        return CommandLine::Usage;
    }
    if (!canDraw(command, err))
        return CommandLine::Failed;
    const auto database = openDatabase(parser, err);
    if (!database)
        return CommandLine::Failed;

    const ReadinessQueries queries(database->connection());
    const auto standing = queries.standing(pilotId);
    if (!standing) {
        err << "city2city-cli chart: no pilot with id " << pilotId << '\n';
        return CommandLine::Usage;
    }
    const auto history = queries.history(pilotId);
    if (!history) {
        err << "city2city-cli chart: " << history.error() << '\n';
        return CommandLine::Failed;
    }
    const ChartStyle style = ChartStyle::forPrint();
    std::unique_ptr<QChart> drawn =
        chartKind == QLatin1String("trend")
            ? PilotCharts::trend(history.value(), queries.rubric(), style)
            : PilotCharts::radar(history.value(), queries.rubric(), style);
    // A file on its own says whose chart it is.
    drawn->setTitle(QStringLiteral("%1 · %2 — %3")
                        .arg(standing->pairingCode, standing->cityName, drawn->title()));
    const Status written = suffix == QLatin1String("pdf")
                               ? ChartImage::savePdf(drawn.get(), pixels, path, drawn->title())
                               : ChartImage::savePng(drawn.get(), pixels, path, 1.0);
    if (!written) {
        err << "city2city-cli chart: " << written.error() << '\n';
        return CommandLine::Failed;
    }
    out << QDir::toNativeSeparators(path) << '\n';
    return CommandLine::Ok;
}

} // namespace ReportCommands
