// city2city-cli history: the change log of a pairing or a session, newest first.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "history/ChangeLog.h"
#include "history/ChangeText.h"
#include "store/PairingStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace CommandSupport;

namespace {

constexpr int PageSize = 1000;

QJsonValue jsonOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject jsonOf(const ChangeEntry &e, const ChangeText &text)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("changedAt"), e.changedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("operation"), e.operation},
        {QStringLiteral("table"), e.table},
        {QStringLiteral("record"), textOrNull(e.recordUuid)},
        {QStringLiteral("recordLabel"), textOrNull(e.recordLabel)},
        {QStringLiteral("recordText"), text.recordText(e)},
        {QStringLiteral("field"), textOrNull(e.field)},
        {QStringLiteral("fieldText"), textOrNull(text.fieldText(e))},
        {QStringLiteral("old"), jsonOf(e.oldValue)},
        {QStringLiteral("new"), jsonOf(e.newValue)},
        {QStringLiteral("change"), text.changeText(e)},
        {QStringLiteral("pairing"), textOrNull(e.pairingUuid)},
        {QStringLiteral("session"), textOrNull(e.sessionUuid)},
        {QStringLiteral("pilot"), textOrNull(e.pilotUuid)}};
}

} // namespace

int CommandLine::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing(QStringLiteral("pairing"),
        QStringLiteral("The changes of this pairing, its sessions, minutes and pilots (id or code)."), QStringLiteral("ID"));
    const QCommandLineOption session(QStringLiteral("session"),
        QStringLiteral("The changes of this session, its agenda, minutes, attendance and actions (id or CODE#N)."),
        QStringLiteral("ID"));
    parser.addOptions({pairing, session});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("history"), m_out, m_err, &exit))
        return exit;
    if (parser.isSet(pairing) == parser.isSet(session)) {
        m_err << "city2city-cli history: give either --pairing ID or --session ID\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto fail = [this](const QString &message, int code) {
        m_err << "city2city-cli history: " << message << '\n';
        return code;
    };
    const HistoryScope scope = parser.isSet(pairing) ? HistoryScope::Pairing : HistoryScope::Session;
    qint64 id = 0;
    if (scope == HistoryScope::Pairing) {
        const auto found = PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
        if (!found)
            return fail(found.error(), Usage);
        id = found.value();
    } else {
        const auto found = sessionOf(*database, parser.value(session));
        if (!found)
            return fail(found.error(), Usage);
        id = found->id;
    }
    const ChangeLog log(database->connection());
    const auto uuid = log.uuidOf(scope, id);
    if (!uuid)
        return fail(uuid.error(), Usage);
    QList<ChangeEntry> entries;
    for (qint64 before = 0;;) {
        const auto page = log.page(scope, uuid.value(), PageSize, before);
        if (!page)
            return fail(page.error(), Failed);
        entries += page.value();
        if (page->size() < PageSize)
            break;
        before = page->constLast().id;
    }

    const ChangeText text(database->connection());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChangeEntry &e : std::as_const(entries))
            list.append(jsonOf(e, text));
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const ChangeEntry &e : std::as_const(entries)) {
        const QString field = text.fieldText(e);
        m_out << padded(e.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), 18)
              << padded(e.actor, 16) << ' ' << text.recordText(e)
              << (field.isEmpty() ? QString() : QStringLiteral(" · ") + field) << ": "
              << text.changeText(e).simplified() << '\n';
    }
    m_out << entries.size() << (entries.size() == 1 ? " change\n" : " changes\n");
    return Ok;
}
