// city2city-cli commands that export documents: export-minutes.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QDir>

using namespace CommandSupport;

int CommandLine::exportMinutes(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-minutes");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption session(QStringLiteral("session"),
                                     QStringLiteral("One session, by id."), QStringLiteral("ID"));
    const QCommandLineOption pairing(
        QStringLiteral("pairing"),
        QStringLiteral("Every session with a date of the pairing (id or code)."),
        QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The PDF file to write (with --session)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption outDir(
        QStringLiteral("out-dir"),
        QStringLiteral("The folder for one PDF per session (with --pairing);"
                       " created when missing."),
        QStringLiteral("DIR"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          QStringLiteral("Shown in the footer of every page."),
                                          QStringLiteral("TEXT"));
    parser.addOptions({session, pairing, out, outDir, organisation});
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit))
        return exit;
    const bool one = parser.isSet(session) && !parser.isSet(pairing) && parser.isSet(out) &&
                     !parser.isSet(outDir);
    const bool many = parser.isSet(pairing) && !parser.isSet(session) && parser.isSet(outDir) &&
                      !parser.isSet(out);
    if (!one && !many) {
        m_err << "city2city-cli export-minutes: give either --session ID --out FILE.pdf"
                 " or --pairing ID --out-dir DIR\n";
        return Usage;
    }
    if ((one && parser.value(out).trimmed().isEmpty()) ||
        (many && parser.value(outDir).trimmed().isEmpty())) {
        m_err << "city2city-cli export-minutes: the file or folder name is empty\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;

    // (session id, file to write)
    QList<QPair<qint64, QString>> exports;
    if (one) {
        bool isNumber = false;
        const qint64 id = parser.value(session).toLongLong(&isNumber);
        const auto found =
            isNumber ? SessionStore(database->connection(), database->clock()).fetch(id)
                     : Result<SessionRecord>::failure(QStringLiteral("a session id is a number"));
        if (!found) {
            m_err << "city2city-cli export-minutes: " << found.error() << '\n';
            return Usage;
        }
        exports.append({id, parser.value(out)});
    } else {
        const auto id =
            PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
        if (!id) {
            m_err << "city2city-cli export-minutes: " << id.error() << '\n';
            return Usage;
        }
        const auto sessions =
            SessionStore(database->connection(), database->clock()).ofPairing(id.value());
        if (!sessions) {
            m_err << "city2city-cli: " << sessions.error() << '\n';
            return Failed;
        }
        const QDir dir(parser.value(outDir));
        for (const SessionRecord &s : sessions.value()) {
            if (s.startUtc.isValid()) // a session without a date has no minutes yet
                exports.append({s.id, QString()});
        }
        if (exports.isEmpty()) {
            m_err << "city2city-cli export-minutes: " << parser.value(pairing)
                  << " has no session with a date.\n";
            return Failed;
        }
        if (!dir.mkpath(QStringLiteral("."))) {
            m_err << "city2city-cli export-minutes: cannot create the folder "
                  << QDir::toNativeSeparators(dir.path()) << '\n';
            return Failed;
        }
    }

    for (auto &[sessionId, path] : exports) {
        const auto data = MinutesData::load(database->connection(), sessionId);
        if (!data) {
            m_err << "city2city-cli export-minutes: " << data.error() << '\n';
            return Failed;
        }
        if (path.isEmpty())
            path = QDir(parser.value(outDir)).filePath(data->fileName());
        if (Status written =
                MinutesDocument::writePdf(data.value(), path, parser.value(organisation));
            !written) {
            m_err << "city2city-cli export-minutes: " << written.error() << '\n';
            return Failed;
        }
        m_out << QDir::toNativeSeparators(path) << '\n';
    }
    return Ok;
}
