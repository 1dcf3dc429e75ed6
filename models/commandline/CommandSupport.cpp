#include "CommandSupport.h"

#include "CommandLine.h"
#include "core/Preferences.h"

#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QSettings>

namespace CommandSupport {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              QStringLiteral("The database file (default: %1).").arg(Database::defaultPath()),
                              QStringLiteral("FILE"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
           QTextStream &out, QTextStream &err, int *exit, const QStringList &positional)
{
    parser.setApplicationDescription(QStringLiteral("city2city-cli %1").arg(command));
    for (const QString &name : positional)
        parser.addPositionalArgument(name, QString());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << "city2city-cli " << command << ": " << parser.errorText() << '\n';
        *exit = CommandLine::Usage;
        return false;
    }
    if (parser.positionalArguments().size() > positional.size()) {
        err << "city2city-cli " << command << ": unexpected argument “"
            << parser.positionalArguments().at(positional.size()) << "”\n";
        *exit = CommandLine::Usage;
        return false;
    }
    if (!parser.isSet(help) && parser.positionalArguments().size() < positional.size()) {
        err << "city2city-cli " << command << ": " << positional.at(parser.positionalArguments().size())
            << " is missing\n";
        *exit = CommandLine::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("%1 [options]").arg(command));
        *exit = CommandLine::Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err)
{
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    Database::Options options;
    options.sharing = Database::Sharing::Respect; // read-only while a window has the file open
    options.keepBackups = keepBackups();
    auto database = Database::open(path, options);
    if (!database) {
        err << "city2city-cli: " << database.error() << '\n';
        return nullptr;
    }
    return std::move(database).value();
}

int keepBackups()
{
    return Preferences::backupsToKeep();
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}


// A session by its id, or as CODE#N (the pairing's code and the session's number, e.g. E-04#2).
Result<SessionRecord> sessionOf(const Database &database, const QString &text)
{
    const SessionStore store(database.connection(), database.clock());
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 id = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        auto session = store.fetch(id);
        if (!session)
            return Status::failure(QStringLiteral("no session with id %1").arg(trimmed));
        return session;
    }
    const int hash = trimmed.lastIndexOf(u'#');
    bool sequenceOk = false;
    const int sequence = hash > 0 ? trimmed.mid(hash + 1).toInt(&sequenceOk) : 0;
    if (!sequenceOk)
        return Status::failure(QStringLiteral("a session is given by its id or as CODE#N, e.g. E-04#2"));
    const auto pairing = PairingStore(database.connection(), database.clock()).resolve(trimmed.left(hash));
    if (!pairing)
        return pairing.status();
    const auto sessions = store.ofPairing(pairing.value());
    if (!sessions)
        return sessions.status();
    for (const SessionRecord &s : sessions.value()) {
        if (s.sequence == sequence)
            return store.fetch(s.id);
    }
    return Status::failure(QStringLiteral("%1 has no session number %2").arg(trimmed.left(hash)).arg(sequence));
}

} // namespace CommandSupport
