// city2city-cli commands for the minutes: add-note, add-action, actions.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "core/IsoDate.h"
#include "core/TextKey.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/ActionStore.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace CommandSupport;

namespace {

// A word of the vocabulary by its key ("good_practice") or its label ("Good practice"),
// regardless of case, accents, and of '-', '_' or ' ' between words.
QString termOf(const QString &text, const QStringList &keys, QString (*label)(const QString &))
{
    const auto normal = [](const QString &s) {
        QString folded = TextKey::fold(s);
        folded.replace(u'-', u' ').replace(u'_', u' ');
        return folded.simplified();
    };
    const QString wanted = normal(text);
    for (const QString &key : keys) {
        if (wanted == normal(key) || wanted == normal(label(key)))
            return key;
    }
    return {};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

int CommandLine::addNote(const QStringList &arguments)
{
    const QString command = QStringLiteral("add-note");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("The session, by id or as CODE#N (e.g. E-04#2)."), QStringLiteral("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("discussion, decision, insight, good_practice or challenge."), QStringLiteral("KIND"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("The entry's text (Markdown)."), QStringLiteral("TEXT"));
    const QCommandLineOption agendaItem(QStringLiteral("agenda-item"), QStringLiteral("The agenda block it is written under, by id."), QStringLiteral("ID"));
    const QCommandLineOption city(QStringLiteral("city"), QStringLiteral("The city it concerns, by id or name."), QStringLiteral("CITY"));
    parser.addOptions({session, kind, text, agendaItem, city});
    int exit = Ok;
    if (!parse(parser, arguments, command, m_out, m_err, &exit))
        return exit;
    if (!parser.isSet(session) || !parser.isSet(kind) || !parser.isSet(text)) {
        m_err << "city2city-cli add-note: --session, --kind and --text are required\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli add-note: " << message << '\n';
        return int(Usage);
    };

    const auto target = sessionOf(*database, parser.value(session));
    if (!target)
        return usage(target.error());
    NoteRecord note;
    note.sessionId = target->id;
    note.kind = termOf(parser.value(kind), Vocabulary::noteKinds(), &Vocabulary::noteKindLabel);
    if (note.kind.isEmpty())
        return usage(QStringLiteral("unknown kind “%1”; use one of %2").arg(parser.value(kind),
                         Vocabulary::noteKinds().join(QStringLiteral(", "))));
    note.body = parser.value(text);
    if (parser.isSet(agendaItem)) {
        bool isNumber = false;
        const qint64 id = parser.value(agendaItem).toLongLong(&isNumber);
        const bool inSession = std::any_of(target->agenda.cbegin(), target->agenda.cend(),
                                           [id](const AgendaItemRecord &item) { return item.id == id; });
        if (!isNumber || !inSession)
            return usage(QStringLiteral("session %1 has no agenda block with id “%2”")
                             .arg(target->id).arg(parser.value(agendaItem)));
        note.agendaItemId = id;
    }
    if (parser.isSet(city)) {
        const auto cityId = NameLookup::city(database->connection(), parser.value(city));
        if (!cityId)
            return usage(cityId.error());
        note.cityId = cityId.value();
    }
    if (Status s = Validation::note(note); !s)
        return usage(s.error());

    // The same edit the window makes, so the same rules and one transaction apply.
    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor(*database, &undoStack, &notifier);
    const auto id = editor.addNote(note);
    if (!id) {
        m_err << "city2city-cli add-note: " << id.error() << '\n';
        return Failed;
    }
    m_out << id.value() << '\n';
    return Ok;
}

int CommandLine::addAction(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("The session it was agreed in, by id or as CODE#N."), QStringLiteral("ID"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("What is to be done."), QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("Who does it, by id or name."), QStringLiteral("PERSON"));
    const QCommandLineOption city(QStringLiteral("city"), QStringLiteral("The city it concerns, by id or name."), QStringLiteral("CITY"));
    const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("Due date, YYYY-MM-DD."), QStringLiteral("DATE"));
    parser.addOptions({session, text, owner, city, due});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("add-action"), m_out, m_err, &exit))
        return exit;
    if (!parser.isSet(session) || !parser.isSet(text)) {
        m_err << "city2city-cli add-action: --session and --text are required\n";
        return Usage;
    }
    ActionItemRecord action;
    if (parser.isSet(due)) {
        action.dueDate = IsoDate::parse(parser.value(due));
        if (!action.dueDate.isValid()) {
            m_err << "city2city-cli add-action: dates are written YYYY-MM-DD, e.g. 2027-04-30\n";
            return Usage;
        }
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli add-action: " << message << '\n';
        return int(Usage);
    };
    const auto target = sessionOf(*database, parser.value(session));
    if (!target)
        return usage(target.error());
    action.sessionId = target->id;
    action.description = parser.value(text);
    if (parser.isSet(owner)) {
        const auto personId = NameLookup::person(database->connection(), parser.value(owner));
        if (!personId)
            return usage(personId.error());
        action.ownerPersonId = personId.value();
    }
    if (parser.isSet(city)) {
        const auto cityId = NameLookup::city(database->connection(), parser.value(city));
        if (!cityId)
            return usage(cityId.error());
        action.cityId = cityId.value();
    }
    if (Status s = Validation::action(action); !s)
        return usage(s.error());

    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor(*database, &undoStack, &notifier);
    const auto id = editor.addAction(action);
    if (!id) {
        m_err << "city2city-cli add-action: " << id.error() << '\n';
        return Failed;
    }
    m_out << id.value() << '\n';
    return Ok;
}

int CommandLine::actions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing(QStringLiteral("pairing"), QStringLiteral("Only this pairing's action items (id or code)."), QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only items with this status: open, in_progress, done, dropped."), QStringLiteral("STATUS"));
    const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("Only items this person owns (id or name)."), QStringLiteral("PERSON"));
    const QCommandLineOption city(QStringLiteral("city"), QStringLiteral("Only items about this city (id or name)."), QStringLiteral("CITY"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Only open or in-progress items past their due date."));
    parser.addOptions({pairing, status, owner, city, overdue});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("actions"), m_out, m_err, &exit))
        return exit;
    ActionFilter filter;
    if (parser.isSet(status)) {
        filter.status = termOf(parser.value(status), Vocabulary::actionStatuses(), &Vocabulary::actionStatusLabel);
        if (filter.status.isEmpty()) {
            m_err << "city2city-cli actions: unknown status “" << parser.value(status) << "”; use one of "
                  << Vocabulary::actionStatuses().join(QStringLiteral(", ")) << '\n';
            return Usage;
        }
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli actions: " << message << '\n';
        return int(Usage);
    };
    if (parser.isSet(pairing)) {
        const auto id = PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
        if (!id)
            return usage(id.error());
        filter.pairingId = id.value();
    }
    if (parser.isSet(owner)) {
        const auto id = NameLookup::person(database->connection(), parser.value(owner));
        if (!id)
            return usage(id.error());
        filter.ownerPersonId = id.value();
    }
    if (parser.isSet(city)) {
        const auto id = NameLookup::city(database->connection(), parser.value(city));
        if (!id)
            return usage(id.error());
        filter.cityId = id.value();
    }
    filter.overdueOnly = parser.isSet(overdue);
    filter.today = ActionStore::today(database->clock());
    const auto rows = ActionStore(database->connection(), database->clock()).list(filter);
    if (!rows) {
        m_err << "city2city-cli: " << rows.error() << '\n';
        return Failed;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ActionListing &row : rows.value()) {
            const ActionItemRecord &a = row.action;
            list.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("pairing"), row.pairingCode},
                {QStringLiteral("session"), row.sessionSequence},
                {QStringLiteral("description"), a.description},
                {QStringLiteral("owner"), textOrNull(row.ownerName)},
                {QStringLiteral("city"), textOrNull(row.cityName)},
                {QStringLiteral("due"), a.dueDate.isValid() ? QJsonValue(a.dueDate.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("status"), a.status},
                {QStringLiteral("overdue"), row.overdue}});
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const ActionListing &row : rows.value()) {
        const ActionItemRecord &a = row.action;
        QStringList who;
        if (!row.ownerName.isEmpty())
            who << row.ownerName;
        if (!row.cityName.isEmpty())
            who << row.cityName;
        m_out << padded(QStringLiteral("%1 #%2").arg(row.pairingCode).arg(row.sessionSequence), 10)
              << padded(a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QStringLiteral("no due date"), 12)
              << padded(Vocabulary::actionStatusLabel(a.status), 12)
              << (row.overdue ? "OVERDUE  " : "         ") << a.description;
        if (!who.isEmpty())
            m_out << " — " << who.join(QStringLiteral(", "));
        m_out << "  [" << a.id << "]\n";
    }
    m_out << rows->size() << (rows->size() == 1 ? " action item\n" : " action items\n");
    return Ok;
}
