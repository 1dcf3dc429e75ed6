#include "DirectoryImport.h"

#include "core/TextKey.h"
#include "database/SqlErrors.h"
#include "database/WriteTransaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "store/CityStore.h"
#include "store/PersonStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString SelectCountries = QStringLiteral("SELECT id, code, name FROM country");
const QString SelectCountryAliases = QStringLiteral("SELECT alias, country_id FROM country_alias");
const QString SelectCities = QStringLiteral(
    "SELECT c.id, c.name, c.country_id, c.uuid, co.code FROM city c JOIN country co ON co.id = c.country_id"
    " ORDER BY c.id");
const QString SelectPeople = QStringLiteral("SELECT id, name, city_id, email, uuid FROM person");

constexpr int ProgressStep = 500;

// Matches a typed key or label of the vocabulary: "City representative", "city_representative"
// and "CITY-REPRESENTATIVE" are the same.
QString termKey(const QString &text)
{
    QString key = TextKey::fold(text);
    for (QChar &c : key) {
        if (c == u'_' || c == u'-')
            c = u' ';
    }
    return key.simplified();
}

QHash<QString, QString> termsOf(const QStringList &keys, QString (*label)(const QString &))
{
    QHash<QString, QString> terms;
    for (const QString &key : keys) {
        terms.insert(key, key); // found without folding, as most files spell it
        terms.insert(termKey(key), key);
        terms.insert(termKey(label(key)), key);
    }
    return terms;
}

QString cityKey(const QString &name, qint64 countryId)
{
    return TextKey::fold(name) + u'\x1f' + QString::number(countryId);
}

QString personNameKey(const QString &name, std::optional<qint64> cityId)
{
    return TextKey::fold(name) + u'\x1f' + QString::number(cityId.value_or(0));
}

// Settings of the connection for a large import, put back afterwards.
// - Room in SQLite's page cache: random uuids and names touch index pages all over the file, and
//   with the default 2 MB cache the transaction keeps writing pages to the WAL and reading them
//   back.
// - Statement journals in memory: every insert fires its change-log trigger, so each of the
//   100,000 statements keeps a journal of its own to undo it alone, which SQLite writes to a
//   temporary file by default (a third of the import's time went to those writes).
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(QSqlDatabase db) : m_db(std::move(db))
    {
        m_cacheSize = set(QStringLiteral("cache_size"), QStringLiteral("-262144")); // KiB
        m_tempStore = set(QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
    }
    ~BulkWriteSettings()
    {
        restore(QStringLiteral("cache_size"), m_cacheSize);
        restore(QStringLiteral("temp_store"), m_tempStore);
    }
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    // PRAGMA takes no bound values: the names and values are this class's own.
    QVariant set(const QString &pragma, const QString &value)
    {
        QSqlQuery q(m_db);
        QVariant was;
        if (q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) && q.next())
            was = q.value(0);
        q.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, value));
        return was;
    }
    void restore(const QString &pragma, const QVariant &was)
    {
        if (was.isValid())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(was.toLongLong()));
    }

    QSqlDatabase m_db;
    QVariant m_cacheSize;
    QVariant m_tempStore;
};

struct CityRef
{
    qint64 id;
    qint64 countryId;
};

struct Existing
{
    qint64 id;
    QString name;
};

} // namespace

QString ImportProblem::text() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("DirectoryImport", "line %1: %2").arg(line).arg(reason);
    return QCoreApplication::translate("DirectoryImport", "line %1, column \"%2\": %3").arg(line).arg(column, reason);
}

QList<qint64> ImportRecords::ids() const
{
    QList<qint64> ids;
    ids.reserve(size());
    for (const CityRecord &c : cities)
        ids << c.id;
    for (const PersonRecord &p : people)
        ids << p.id;
    return ids;
}

int ImportPreview::lineOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_table.line(m_rows.at(row).record) : 0;
}

QString ImportPreview::fieldText(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? m_table.text(m_rows.at(row).record, column) : QString();
}

QList<ImportProblem> ImportPreview::problemsOf(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return m_problems.mid(r.firstProblem, r.problemCount);
}

bool ImportPreview::isBad(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).problemCount > 0;
}

bool ImportPreview::canApply() const
{
    return m_fileError.isEmpty() && !m_cancelled && !m_rows.isEmpty() && m_badRows == 0;
}

// Checks a file row by row against the rules and against what the database holds, which it
// reads once up front (countries, cities, people) so that each row costs a few hash lookups.
class DirectoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryImport)

public:
    DirectoryImporter(QSqlDatabase db, DirectoryKind kind, const DirectoryImport::Options &options)
        : m_db(std::move(db)), m_kind(kind), m_options(options)
    {
    }

    ImportPreview run(const QByteArray &data);

private:
    Status readHeader();
    Status loadDatabase();
    void checkRow(qsizetype record);
    void checkCity(qsizetype record);
    void checkPerson(qsizetype record);
    void checkUuid(qsizetype record, const QString &text, QString *uuid);
    QString value(qsizetype record, const QString &column) const;
    void addProblem(qsizetype record, const QString &column, const QString &reason);
    bool hasProblemIn(const QString &column) const;
    std::optional<qint64> countryOf(const QString &text);
    // TextKey::fold of a city or country as typed, folded once per distinct text: a file
    // names the same few places on thousands of rows.
    const QString &folded(const QString &text);

    QSqlDatabase m_db;
    DirectoryKind m_kind;
    const DirectoryImport::Options &m_options;
    ImportPreview m_preview;
    QHash<QString, int> m_columns; // our column name -> index in the file
    int m_rowProblems = 0;         // problems of the row being checked
    int m_rowFirstProblem = 0;

    // The database, as read once.
    QHash<QString, qint64> m_countries; // folded code, alias or name -> id
    QHash<qint64, QString> m_countryCodes;
    QHash<QString, QString> m_uuids; // uuid -> what has it, for messages
    QHash<QString, Existing> m_cityKeys;           // cityKey -> the city
    QHash<QString, QList<CityRef>> m_citiesByName; // folded name -> cities
    QHash<QString, Existing> m_emails;             // lower-case address -> the person
    QHash<QString, Existing> m_personNames;        // personNameKey -> the person
    QHash<QString, QString> m_roles;
    QHash<QString, QString> m_cohortStatuses;
    QHash<QString, QString> m_folded;

    // Earlier rows of the file: key -> line.
    QHash<QString, int> m_fileUuids;
    QHash<QString, int> m_fileKeys;
    QHash<QString, int> m_fileEmails;
};

ImportPreview DirectoryImporter::run(const QByteArray &data)
{
    m_preview.m_kind = m_kind;
    m_preview.m_records.kind = m_kind;
    auto table = Csv::parse(data);
    if (!table) {
        m_preview.m_fileError = table.error();
        return m_preview;
    }
    m_preview.m_table = std::move(table).value();
    if (Status s = readHeader(); !s) {
        m_preview.m_fileError = s.error();
        return m_preview;
    }
    if (Status s = loadDatabase(); !s) {
        m_preview.m_fileError = s.error();
        return m_preview;
    }
    const qsizetype records = m_preview.m_table.recordCount();
    m_preview.m_rows.reserve(records - 1);
    if (m_kind == DirectoryKind::Cities)
        m_preview.m_records.cities.reserve(records - 1);
    else
        m_preview.m_records.people.reserve(records - 1);
    for (qsizetype record = 1; record < records; ++record) {
        if (record % ProgressStep == 0) {
            if (m_options.cancelled && *m_options.cancelled) {
                m_preview.m_cancelled = true;
                break;
            }
            if (m_options.progress)
                m_options.progress(int(record), int(records - 1));
        }
        if (!m_preview.m_table.isBlank(record))
            checkRow(record);
    }
    if (m_options.progress && !m_preview.m_cancelled)
        m_options.progress(int(records - 1), int(records - 1));
    return m_preview;
}

Status DirectoryImporter::readHeader()
{
    const Csv::Table &table = m_preview.m_table;
    if (table.recordCount() == 0 || table.isBlank(0))
        return Status::failure(tr("The file is empty: its first line should name the columns."));
    m_preview.m_headers = table.texts(0);
    QStringList unknown;
    for (int i = 0; i < m_preview.m_headers.size(); ++i) {
        const QString header = m_preview.m_headers.at(i).trimmed();
        const QString column = DirectoryFormat::columnOf(m_kind, header);
        if (column.isEmpty()) {
            if (!header.isEmpty())
                unknown << QStringLiteral("\"%1\"").arg(header);
            continue;
        }
        if (m_columns.contains(column))
            return Status::failure(tr("The columns \"%1\" and \"%2\" are the same column (%3).")
                                       .arg(m_preview.m_headers.at(m_columns.value(column)).trimmed(), header, column));
        m_columns.insert(column, i);
    }
    QStringList missing;
    for (const QString &column : DirectoryFormat::requiredColumns(m_kind)) {
        if (!m_columns.contains(column))
            missing << QStringLiteral("\"%1\"").arg(column);
    }
    if (!missing.isEmpty())
        return Status::failure(tr("The file has no column %1. The first line must name the columns; %2 need %3.")
                                   .arg(missing.join(QStringLiteral(", ")), DirectoryFormat::kindName(m_kind),
                                        DirectoryFormat::requiredColumns(m_kind).join(QStringLiteral(", "))));
    if (!unknown.isEmpty())
        m_preview.m_warnings << tr("Not imported (unknown columns): %1. Known columns: %2.")
                                    .arg(unknown.join(QStringLiteral(", ")),
                                         DirectoryFormat::columns(m_kind).join(QStringLiteral(", ")));
    return {};
}

Status DirectoryImporter::loadDatabase()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(SelectCountries))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_countryCodes.insert(id, q.value(1).toString());
        m_countries.insert(TextKey::fold(q.value(1).toString()), id);
        m_countries.insert(TextKey::fold(q.value(2).toString()), id);
    }
    if (!q.exec(SelectCountryAliases))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next())
        m_countries.insert(TextKey::fold(q.value(0).toString()), q.value(1).toLongLong());

    if (!q.exec(SelectCities))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next()) {
        const Existing city{q.value(0).toLongLong(), q.value(1).toString()};
        const qint64 countryId = q.value(2).toLongLong();
        m_cityKeys.insert(cityKey(city.name, countryId), city);
        m_citiesByName[TextKey::fold(city.name)].append(CityRef{city.id, countryId});
        if (m_kind == DirectoryKind::Cities)
            m_uuids.insert(q.value(3).toString(), city.name);
    }
    if (m_kind == DirectoryKind::People) {
        if (!q.exec(SelectPeople))
            return Status::failure(sqlErrorMessage(q.lastError()));
        while (q.next()) {
            const Existing person{q.value(0).toLongLong(), q.value(1).toString()};
            m_personNames.insert(personNameKey(person.name, SqlValues::optionalId(q.value(2))), person);
            if (const QString email = q.value(3).toString().trimmed().toLower(); !email.isEmpty())
                m_emails.insert(email, person);
            m_uuids.insert(q.value(4).toString(), person.name);
        }
    }
    m_roles = termsOf(Vocabulary::personRoles(), &Vocabulary::personRoleLabel);
    m_cohortStatuses = termsOf(Vocabulary::cohortStatuses(), &Vocabulary::cohortStatusLabel);
    return {};
}

QString DirectoryImporter::value(qsizetype record, const QString &column) const
{
    const auto it = m_columns.constFind(column);
    return it == m_columns.cend() ? QString() : m_preview.m_table.text(record, *it).trimmed();
}

// Problems name the column as the file's header does.
void DirectoryImporter::addProblem(qsizetype record, const QString &column, const QString &reason)
{
    const auto it = m_columns.constFind(column);
    const QString header = it == m_columns.cend() ? QString() : m_preview.m_headers.at(*it).trimmed();
    m_preview.m_problems.append(ImportProblem{m_preview.m_table.line(record), header, reason});
    ++m_rowProblems;
}

bool DirectoryImporter::hasProblemIn(const QString &column) const
{
    const auto it = m_columns.constFind(column);
    const QString header = it == m_columns.cend() ? QString() : m_preview.m_headers.at(*it).trimmed();
    for (int i = m_rowFirstProblem; i < m_preview.m_problems.size(); ++i) {
        if (m_preview.m_problems.at(i).column == header)
            return true;
    }
    return false;
}

const QString &DirectoryImporter::folded(const QString &text)
{
    auto it = m_folded.find(text);
    if (it == m_folded.end())
        it = m_folded.insert(text, TextKey::fold(text));
    return *it;
}

std::optional<qint64> DirectoryImporter::countryOf(const QString &text)
{
    const auto it = m_countries.constFind(folded(text));
    return it == m_countries.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void DirectoryImporter::checkRow(qsizetype record)
{
    const Csv::Table &table = m_preview.m_table;
    m_rowFirstProblem = int(m_preview.m_problems.size());
    m_rowProblems = 0;
    const qsizetype fields = table.fieldCount(record);
    const qsizetype columns = m_preview.m_headers.size();
    bool extraValues = false;
    for (qsizetype i = columns; i < fields && !extraValues; ++i)
        extraValues = !table.field(record, i).isEmpty();
    if (fields < columns)
        addProblem(record, QString(), tr("%n value(s) where the first line names %1 columns.", nullptr, fields).arg(columns));
    else if (extraValues)
        addProblem(record, QString(), tr("more values (%1) than the first line names columns (%2).").arg(fields).arg(columns));
    else if (m_kind == DirectoryKind::Cities)
        checkCity(record);
    else
        checkPerson(record);
    m_preview.m_rows.append(ImportPreview::Row{record, m_rowFirstProblem, m_rowProblems});
    if (m_rowProblems > 0)
        ++m_preview.m_badRows;
}

void DirectoryImporter::checkUuid(qsizetype record, const QString &text, QString *uuid)
{
    if (text.isEmpty())
        return;
    const QUuid parsed = QUuid::fromString(text);
    if (parsed.isNull()) {
        addProblem(record, QStringLiteral("uuid"), tr("“%1” is not a UUID; leave it empty for a new one.").arg(text));
        return;
    }
    *uuid = parsed.toString(QUuid::WithoutBraces);
    if (const auto it = m_uuids.constFind(*uuid); it != m_uuids.cend())
        addProblem(record, QStringLiteral("uuid"), tr("“%1” in the database has this uuid already.").arg(*it));
    else if (const int line = m_fileUuids.value(*uuid); line > 0)
        addProblem(record, QStringLiteral("uuid"), tr("line %1 has the same uuid.").arg(line));
    else
        m_fileUuids.insert(*uuid, m_preview.m_table.line(record));
}

void DirectoryImporter::checkCity(qsizetype record)
{
    CityRecord city;
    city.name = value(record, QStringLiteral("name"));
    const QString country = value(record, QStringLiteral("country"));
    if (country.isEmpty())
        addProblem(record, QStringLiteral("country"), tr("the country is missing (an ISO code such as UA, or its name)."));
    else if (const auto id = countryOf(country))
        city.countryId = *id;
    else
        addProblem(record, QStringLiteral("country"), tr("unknown country “%1”; give its ISO code (such as UA) or its name.").arg(country));
    if (const QString population = value(record, QStringLiteral("population")); !population.isEmpty()) {
        if (const auto count = DirectoryFormat::parseCount(population))
            city.population = *count;
        else
            addProblem(record, QStringLiteral("population"), tr("“%1” is not a population (a whole number above zero).").arg(population));
    }
    for (const auto &[column, flag] : {std::pair{QStringLiteral("gcom_signatory"), &city.gcomSignatory},
                                       std::pair{QStringLiteral("plan_citywide"), &city.planCitywide}}) {
        const QString text = value(record, column);
        if (const auto parsed = DirectoryFormat::parseFlag(text))
            *flag = *parsed;
        else
            addProblem(record, column, tr("“%1” is not yes or no (leave it empty when unknown).").arg(text));
    }
    city.planType = value(record, QStringLiteral("plan_type"));
    city.timeZone = value(record, QStringLiteral("time_zone"));
    const QString cohort = value(record, QStringLiteral("cohort_status"));
    city.cohortStatus = cohort.isEmpty() ? QString() : m_cohortStatuses.value(cohort, m_cohortStatuses.value(termKey(cohort), cohort));
    checkUuid(record, value(record, QStringLiteral("uuid")), &city.uuid);

    if (const auto problem = Validation::cityProblem(city)) {
        const QString column = problem->field == QLatin1String("country_id") ? QStringLiteral("country") : problem->field;
        if (!hasProblemIn(column))
            addProblem(record, column, problem->message);
    }
    if (city.countryId > 0 && !city.name.isEmpty()) {
        const QString key = cityKey(city.name, city.countryId);
        const QString where = m_countryCodes.value(city.countryId);
        if (const auto it = m_cityKeys.constFind(key); it != m_cityKeys.cend())
            addProblem(record, QStringLiteral("name"), tr("%1 (%2) is already in the database.").arg(it->name, where));
        else if (const int line = m_fileKeys.value(key); line > 0)
            addProblem(record, QStringLiteral("name"), tr("line %1 has %2 (%3) already.").arg(line).arg(city.name, where));
        else
            m_fileKeys.insert(key, m_preview.m_table.line(record));
    }
    if (m_rowProblems == 0)
        m_preview.m_records.cities.append(city);
}

void DirectoryImporter::checkPerson(qsizetype record)
{
    PersonRecord person;
    person.name = value(record, QStringLiteral("name"));
    const QString role = value(record, QStringLiteral("role"));
    person.role = m_roles.value(role);
    if (person.role.isEmpty())
        person.role = m_roles.value(termKey(role));
    if (person.role.isEmpty()) {
        const QString known = Vocabulary::personRoles().join(QStringLiteral(", "));
        addProblem(record, QStringLiteral("role"), role.isEmpty()
                       ? tr("the role is missing; one of: %1.").arg(known)
                       : tr("unknown role “%1”; one of: %2.").arg(role, known));
        person.role = role;
    }
    person.organisation = value(record, QStringLiteral("organisation"));
    const QString cityName = value(record, QStringLiteral("city"));
    const QString country = value(record, QStringLiteral("country"));
    if (cityName.isEmpty() && !country.isEmpty()) {
        addProblem(record, QStringLiteral("country"), tr("a country without a city; the country only tells cities of the same name apart."));
    } else if (!cityName.isEmpty()) {
        std::optional<qint64> countryId;
        if (!country.isEmpty()) {
            countryId = countryOf(country);
            if (!countryId)
                addProblem(record, QStringLiteral("country"), tr("unknown country “%1”; give its ISO code (such as UA) or its name.").arg(country));
        }
        QList<CityRef> matches;
        for (const CityRef &city : m_citiesByName.value(folded(cityName))) {
            if (!countryId || city.countryId == *countryId)
                matches << city;
        }
        if (!country.isEmpty() && !countryId) {
            // the country's problem says it all
        } else if (matches.size() == 1) {
            person.cityId = matches.constFirst().id;
        } else if (matches.isEmpty()) {
            addProblem(record, QStringLiteral("city"), countryId
                ? tr("no city “%1” in %2 in the database; import or add it first.").arg(cityName, m_countryCodes.value(*countryId))
                : tr("no city “%1” in the database; import or add it first.").arg(cityName));
        } else {
            QStringList codes;
            for (const CityRef &city : std::as_const(matches))
                codes << m_countryCodes.value(city.countryId);
            addProblem(record, QStringLiteral("city"), tr("several cities are called “%1” (%2); add a \"country\" column.")
                                                           .arg(cityName, codes.join(QStringLiteral(", "))));
        }
    }
    person.email = value(record, QStringLiteral("email"));
    checkUuid(record, value(record, QStringLiteral("uuid")), &person.uuid);

    if (const auto problem = Validation::personProblem(person); problem && !hasProblemIn(problem->field))
        addProblem(record, problem->field, problem->message);
    if (!person.name.isEmpty()) {
        const int line = m_preview.m_table.line(record);
        const QString email = person.email.toLower();
        const QString nameKey = personNameKey(person.name, person.cityId);
        if (!email.isEmpty()) {
            if (hasProblemIn(QStringLiteral("email"))) {
                // an address that is not one is reported as such, not as a repeat
            } else if (const auto it = m_emails.constFind(email); it != m_emails.cend())
                addProblem(record, QStringLiteral("email"), tr("%1 in the database has this address already.").arg(it->name));
            else if (const int first = m_fileEmails.value(email); first > 0)
                addProblem(record, QStringLiteral("email"), tr("line %1 has the same address.").arg(first));
            else
                m_fileEmails.insert(email, line);
        } else if (const auto it = m_personNames.constFind(nameKey); it != m_personNames.cend()) {
            addProblem(record, QStringLiteral("name"), tr("%1 of the same city is in the database already; give an e-mail address to tell them apart.").arg(it->name));
        } else if (const int first = m_fileKeys.value(nameKey); first > 0) {
            addProblem(record, QStringLiteral("name"), tr("line %1 has the same name and city; give an e-mail address to tell them apart.").arg(first));
        }
        if (!m_fileKeys.contains(nameKey))
            m_fileKeys.insert(nameKey, line);
    }
    if (m_rowProblems == 0)
        m_preview.m_records.people.append(person);
}

namespace DirectoryImport {

ImportPreview preview(QSqlDatabase db, DirectoryKind kind, const QByteArray &data, const Options &options)
{
    return DirectoryImporter(std::move(db), kind, options).run(data);
}

Result<int> apply(QSqlDatabase db, const Clock &clock, ImportPreview &preview)
{
    if (!preview.fileError().isEmpty())
        return Status::failure(preview.fileError());
    if (preview.badRowCount() > 0)
        return Status::failure(QCoreApplication::translate("DirectoryImport",
            "%1 of %2 rows have problems; nothing was imported.").arg(preview.badRowCount()).arg(preview.rowCount()));
    if (preview.wasCancelled())
        return Status::failure(QCoreApplication::translate("DirectoryImport", "The check was cancelled; nothing was imported."));
    if (!preview.canApply())
        return Status::failure(QCoreApplication::translate("DirectoryImport", "The file has no rows to import."));
    if (Status s = write(std::move(db), clock, preview.records()); !s)
        return s;
    return int(preview.records().size());
}

Status write(QSqlDatabase db, const Clock &clock, ImportRecords &records)
{
    ImportRecords written = records; // given ids and uuids only once committed
    const BulkWriteSettings settings(db);
    WriteTransaction transaction(db, clock);
    if (!transaction.begun())
        return transaction.begun();
    const Status s = records.kind == DirectoryKind::Cities ? CityStore(db, clock).insertAll(written.cities)
                                                           : PersonStore(db, clock).insertAll(written.people);
    if (!s)
        return s;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    records = std::move(written);
    return {};
}

Status remove(QSqlDatabase db, const Clock &clock, const ImportRecords &records)
{
    WriteTransaction transaction(db, clock);
    if (!transaction.begun())
        return transaction.begun();
    const QList<qint64> ids = records.ids();
    const Status s = records.kind == DirectoryKind::Cities ? CityStore(db, clock).removeAll(ids)
                                                           : PersonStore(db, clock).removeAll(ids);
    if (!s)
        return s;
    return transaction.commit();
}

} // namespace DirectoryImport
