#include "PilotTableModel.h"
#include "RubricColumns.h"

#include "core/TextKey.h"
#include "readiness/ReadinessText.h"
#include "store/PilotStore.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <vector>

using Entity = ChangeNotifier::Entity;

namespace {

const QString DateFormat = QStringLiteral("d MMM yyyy");

// A row being sorted, with its names folded once rather than at every comparison.
struct SortRow
{
    PilotStanding standing;
    QString cityKey;   // the folded city name
    QString columnKey; // the folded text of the sorted column, when it is theme or title
};

// Pairing code, then city name as people read it, then id.
bool readingOrder(const SortRow &a, const SortRow &b)
{
    if (a.standing.pairingCode != b.standing.pairingCode)
        return a.standing.pairingCode < b.standing.pairingCode;
    if (a.standing.cityName != b.standing.cityName)
        return QString::compare(a.cityKey, b.cityKey) < 0; // Çorlu among the C's
    return a.standing.pilotId < b.standing.pilotId;
}

} // namespace

bool PilotTableModel::Filter::operator==(const Filter &o) const
{
    return themeId == o.themeId && pairingId == o.pairingId && readiness == o.readiness &&
           text == o.text;
}

PilotTableModel::PilotTableModel(QSqlDatabase db, ChangeNotifier *notifier, const Rubric &rubric,
                                 QObject *parent, Load load)
    : KeyedRowsModel(parent), m_db(db), m_rubric(rubric), m_queries(db, rubric)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &PilotTableModel::onChanged);
    if (load == Load::Now)
        reload();
}

void PilotTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_foldedText = TextKey::fold(filter.text.trimmed());
    if (m_loaded)
        reload();
}

void PilotTableModel::reload()
{
    m_changedUnloaded = false;
    setStandings(m_queries.standings(readFilter()));
}

PilotFilter PilotTableModel::readFilter() const
{
    return PilotFilter{m_filter.pairingId, m_filter.themeId, 0};
}

void PilotTableModel::setStandings(Result<QList<PilotStanding>> standings)
{
    const Arrangement now = arrangement();
    if (standings)
        standings = now.apply(std::move(standings).value());
    setArrangedStandings(std::move(standings), now);
}

void PilotTableModel::setArrangedStandings(Result<QList<PilotStanding>> standings, const Arrangement &used)
{
    m_loaded = true;
    if (m_changedUnloaded) { // an edit came while the rows were read elsewhere
        reload();
        return;
    }
    m_lastError = standings.error();
    QList<PilotStanding> rows = std::move(standings).value_or({});
    const Arrangement now = arrangement();
    resetRows(used == now ? std::move(rows) : now.apply(std::move(rows)));
}

PilotTableModel::Arrangement PilotTableModel::arrangement() const
{
    Arrangement a;
    a.filter = m_filter;
    a.foldedText = m_foldedText;
    a.sortColumn = m_sortColumn;
    a.sortOrder = m_sortOrder;
    a.dimension = m_sortColumn >= 0 ? dimensionAt(m_sortColumn) : QString();
    a.byReadiness = m_sortColumn >= 0 && m_sortColumn == readyColumn();
    return a;
}

bool PilotTableModel::Arrangement::operator==(const Arrangement &o) const
{
    return filter == o.filter && foldedText == o.foldedText && sortColumn == o.sortColumn &&
           sortOrder == o.sortOrder && dimension == o.dimension && byReadiness == o.byReadiness;
}

QList<PilotStanding> PilotTableModel::Arrangement::apply(QList<PilotStanding> rows) const
{
    rows.removeIf([this](const PilotStanding &s) { return !matches(s); });
    return sorted(std::move(rows));
}

bool PilotTableModel::Arrangement::matches(const PilotStanding &s) const
{
    if (filter.themeId > 0 && s.themeId != filter.themeId)
        return false;
    if (filter.pairingId > 0 && s.pairingId != filter.pairingId)
        return false;
    if (filter.readiness == ReadyFilter::Ready && !s.readiness.ready)
        return false;
    if (filter.readiness == ReadyFilter::NotReady && s.readiness.ready)
        return false;
    if (!foldedText.isEmpty()) {
        const QString haystack = TextKey::fold(
            QStringList{s.title, s.cityName, s.pairingCode, s.countryCode}.join(u' '));
        if (!haystack.contains(foldedText))
            return false;
    }
    return true;
}

QList<PilotStanding> PilotTableModel::Arrangement::sorted(QList<PilotStanding> rows) const
{
    const int column = sortColumn;
    std::vector<SortRow> keyed;
    keyed.reserve(rows.size());
    for (PilotStanding &s : rows) {
        QString cityKey = TextKey::fold(s.cityName);
        QString columnKey = column == Theme ? TextKey::fold(s.themeName)
                            : column == Title ? TextKey::fold(s.title)
                                              : QString();
        keyed.push_back({std::move(s), std::move(cityKey), std::move(columnKey)});
    }
    std::sort(keyed.begin(), keyed.end(), readingOrder);
    // Negative: a before b. Pilots never assessed sort below every level.
    auto compare = [&](const SortRow &ka, const SortRow &kb) -> int {
        const PilotStanding &a = ka.standing;
        const PilotStanding &b = kb.standing;
        switch (column) {
        case City: return QString::compare(ka.cityKey, kb.cityKey);
        case Pairing: return QString::compare(a.pairingCode, b.pairingCode);
        case Theme:
        case Title: return QString::compare(ka.columnKey, kb.columnKey);
        case Assessed: {
            const QDate da = a.latest ? a.latest->assessedOn : QDate();
            const QDate db = b.latest ? b.latest->assessedOn : QDate();
            return da == db ? 0 : (!da.isValid() ? -1 : (!db.isValid() ? 1 : (da < db ? -1 : 1)));
        }
        default: break;
        }
        if (!dimension.isEmpty()) {
            const int la = a.latest ? a.latest->levelOf(dimension).value_or(0) : 0;
            const int lb = b.latest ? b.latest->levelOf(dimension).value_or(0) : 0;
            return la - lb;
        }
        const double oa =
            a.readiness.overall ? *a.readiness.overall * 100 + a.readiness.beside.value_or(0) : -1;
        const double ob =
            b.readiness.overall ? *b.readiness.overall * 100 + b.readiness.beside.value_or(0) : -1;
        if (byReadiness && a.readiness.ready != b.readiness.ready)
            return a.readiness.ready ? 1 : -1;
        return oa < ob ? -1 : (oa > ob ? 1 : 0);
    };
    if (column >= 0) {
        std::stable_sort(keyed.begin(), keyed.end(), [&](const SortRow &a, const SortRow &b) {
            const int c = compare(a, b);
            return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    QList<PilotStanding> result;
    result.reserve(qsizetype(keyed.size()));
    for (SortRow &k : keyed)
        result << std::move(k.standing);
    return result;
}

void PilotTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorderRows(arrangement().sorted(rows()));
}

void PilotTableModel::refresh(const std::function<bool(const PilotStanding &)> &inScope,
                              const QList<PilotStanding> &fresh)
{
    const Arrangement now = arrangement();
    QList<PilotStanding> next;
    for (const PilotStanding &s : rows()) {
        if (!inScope(s))
            next << s;
    }
    for (const PilotStanding &s : fresh) {
        if (now.matches(s))
            next << s;
    }
    syncRows(now.sorted(next));
}

void PilotTableModel::refreshPilot(qint64 pilotId)
{
    const auto standing = m_queries.standing(pilotId);
    // A failed read leaves the row as it was; a pilot that is gone leaves the list.
    const bool gone = !standing && !PilotStore(m_db, SystemClock::instance()).fetch(pilotId);
    if (!standing && !gone)
        return;
    refresh([pilotId](const PilotStanding &s) { return s.pilotId == pilotId; },
            standing ? QList<PilotStanding>{standing.value()} : QList<PilotStanding>());
}

void PilotTableModel::onChanged(Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (!m_loaded) {
        m_changedUnloaded = true; // the first read reads every row, unless it began before this
        return;
    }
    switch (entity) {
    case Entity::Pilot: refreshPilot(id); break;
    case Entity::Assessment:
        if (change == ChangeNotifier::Change::Removed) {
            // The assessment is gone, and with it the link to its pilot. When it was a pilot's
            // latest, that row changes; an earlier one changes some pilot's count of
            // assessments, which only reading them all again can tell (deleting history is
            // rare). Rows are synchronised, not reset: the selection stays.
            QList<qint64> pilots;
            for (const PilotStanding &s : rows()) {
                if (s.latest && s.latest->id == id)
                    pilots << s.pilotId;
            }
            if (pilots.isEmpty()) {
                if (const auto fresh = m_queries.standings(PilotFilter{m_filter.pairingId, m_filter.themeId, 0}))
                    refresh([](const PilotStanding &) { return true; }, fresh.value());
            }
            for (qint64 pilot : pilots)
                refreshPilot(pilot);
        } else if (const auto a = AssessmentStore(m_db, SystemClock::instance()).fetch(id)) {
            refreshPilot(a->pilotId);
        }
        break;
    case Entity::City:
        if (const auto fresh = m_queries.standings(PilotFilter{0, 0, id}))
            refresh([id](const PilotStanding &s) { return s.cityId == id; }, fresh.value());
        break;
    case Entity::Pairing:
        if (const auto fresh = m_queries.standings(PilotFilter{id, 0, 0}))
            refresh([id](const PilotStanding &s) { return s.pairingId == id; }, fresh.value());
        break;
    default: break;
    }
}

bool PilotTableModel::sameRow(const PilotStanding &a, const PilotStanding &b) const
{
    return a.pilotId == b.pilotId && a.title == b.title && a.cityName == b.cityName &&
           a.countryCode == b.countryCode && a.pairingCode == b.pairingCode &&
           a.themeName == b.themeName && a.expectedStart == b.expectedStart &&
           a.assessments == b.assessments && a.latest == b.latest;
}

int PilotTableModel::dimensionColumn(const QString &dimension) const
{
    return RubricColumns(m_rubric, FirstDimension).dimensionColumn(dimension);
}

QString PilotTableModel::dimensionAt(int column) const
{
    return RubricColumns(m_rubric, FirstDimension).dimensionAt(column);
}

int PilotTableModel::overallColumn() const
{
    return RubricColumns(m_rubric, FirstDimension).overallColumn();
}

int PilotTableModel::readyColumn() const
{
    return RubricColumns(m_rubric, FirstDimension).readyColumn();
}

qint64 PilotTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows().at(row).pilotId : 0;
}

int PilotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : readyColumn() + 1;
}

QVariant PilotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PilotStanding &s = rows().at(index.row());
    const int column = index.column();
    const QString dimension = dimensionAt(column);
    const std::optional<int> level =
        s.latest && !dimension.isEmpty() ? s.latest->levelOf(dimension) : std::nullopt;
    switch (role) {
    case IdRole: return s.pilotId;
    case PairingIdRole: return s.pairingId;
    case CityIdRole: return s.cityId;
    case ReadyRole: return s.readiness.ready;
    case LevelRole:
        if (level)
            return *level;
        if (column == overallColumn() && s.readiness.overall)
            return *s.readiness.overall;
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case City: return s.cityName;
        case Pairing: return s.pairingCode;
        case Theme: return s.themeName;
        case Title: return s.title;
        case Assessed:
            return s.latest ? QLocale().toString(s.latest->assessedOn, DateFormat) : tr("Not yet");
        default: break;
        }
        if (!dimension.isEmpty())
            return level ? QString::number(*level) : (s.latest ? QStringLiteral("–") : QString());
        if (column == overallColumn())
            return s.latest ? ReadinessText::overallShort(m_rubric, s.readiness) : QString();
        if (column == readyColumn())
            return !s.latest ? QString() : (s.readiness.ready ? tr("✔ Ready") : tr("Not ready"));
        return {};
    case Qt::ToolTipRole:
        if (column == City)
            return QStringLiteral("%1 (%2)").arg(s.cityName, s.countryCode);
        if (column == Assessed)
            return tr("Assessments so far: %1").arg(s.assessments);
        if (!dimension.isEmpty()) {
            const RubricDimension *d = m_rubric.dimension(dimension);
            if (!level)
                return s.latest ? tr("%1: not assessed").arg(d->name) : QString();
            QString tip = QStringLiteral("%1: %2\n%3")
                              .arg(d->name, ReadinessText::levelLabel(m_rubric, *level),
                                   d->descriptor(*level, m_rubric.minLevel()));
            for (const DimensionLevel &l : s.latest->levels) {
                if (l.dimension == dimension && !l.evidence.isEmpty())
                    tip += QStringLiteral("\n") + tr("Evidence: %1").arg(l.evidence);
            }
            return tip;
        }
        if (column == Title)
            return s.title;
        if (column == overallColumn() || column == readyColumn())
            return s.latest
                       ? QStringLiteral("%1\n%2").arg(
                             ReadinessText::overall(m_rubric, s.readiness),
                             ReadinessText::verdict(m_rubric, ReadinessText::levelsOf(*s.latest)))
                       : QString();
        return {};
    case Qt::TextAlignmentRole:
        if (!dimension.isEmpty())
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if ((column == Assessed && !s.latest) || (column == readyColumn() && s.readiness.ready)) {
            QFont font;
            font.setItalic(!s.latest);
            font.setBold(s.readiness.ready);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PilotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString dimension = dimensionAt(section);
    if (role == Qt::ToolTipRole && !dimension.isEmpty()) {
        const RubricDimension *d = m_rubric.dimension(dimension);
        return QStringLiteral("%1\n%2").arg(d->name, d->question);
    }
    if (role == Qt::ToolTipRole && section == overallColumn())
        return m_rubric.rulesText();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case City: return tr("City");
    case Pairing: return tr("Pairing");
    case Theme: return tr("Theme");
    case Title: return tr("Pilot");
    case Assessed: return tr("Assessed");
    default: break;
    }
    if (!dimension.isEmpty())
        return m_rubric.dimension(dimension)->shortName;
    if (section == overallColumn())
        return tr("Overall");
    return tr("Ready");
}
