#include "AssessmentHistoryModel.h"
#include "RubricColumns.h"

#include "readiness/ReadinessText.h"
#include "store/PilotStore.h"

#include <QFont>
#include <QLocale>

using Entity = ChangeNotifier::Entity;

AssessmentHistoryModel::AssessmentHistoryModel(QSqlDatabase db, ChangeNotifier *notifier,
                                               const Rubric &rubric, QObject *parent)
    : KeyedRowsModel(parent), m_db(db), m_rubric(rubric), m_queries(db, rubric)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &AssessmentHistoryModel::onChanged);
}

void AssessmentHistoryModel::setPilot(qint64 pilotId)
{
    m_pilotId = pilotId;
    const auto history = pilotId > 0 ? m_queries.history(pilotId)
                                     : Result<QList<AssessmentPoint>>(QList<AssessmentPoint>());
    m_lastError = history.error();
    resetRows(history.value_or({}));
}

void AssessmentHistoryModel::reread()
{
    const auto history = m_queries.history(m_pilotId);
    m_lastError = history.error();
    if (history)
        syncRows(history.value());
}

void AssessmentHistoryModel::onChanged(Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (m_pilotId <= 0)
        return;
    switch (entity) {
    case Entity::Pilot:
        if (id == m_pilotId)
            reread();
        break;
    case Entity::Assessment:
        if (rowOfId(id) >= 0) {
            reread();
        } else if (change != ChangeNotifier::Change::Removed) {
            const auto a = AssessmentStore(m_db, SystemClock::instance()).fetch(id);
            if (a && a->pilotId == m_pilotId)
                reread();
        }
        break;
    case Entity::Session:
        // Its number or kind shows in the rows; a deleted session leaves them on their date.
        for (const AssessmentPoint &p : rows()) {
            if (p.assessment.sessionId == id) {
                reread();
                break;
            }
        }
        break;
    default: break;
    }
}

bool AssessmentHistoryModel::sameRow(const AssessmentPoint &a, const AssessmentPoint &b) const
{
    return a.assessment == b.assessment && a.sessionSequence == b.sessionSequence &&
           a.sessionKind == b.sessionKind;
}

qint64 AssessmentHistoryModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows().at(row).assessment.id : 0;
}

int AssessmentHistoryModel::dimensionColumn(const QString &dimension) const
{
    return RubricColumns(m_rubric, FirstDimension).dimensionColumn(dimension);
}

QString AssessmentHistoryModel::dimensionAt(int column) const
{
    return RubricColumns(m_rubric, FirstDimension).dimensionAt(column);
}

int AssessmentHistoryModel::overallColumn() const
{
    return RubricColumns(m_rubric, FirstDimension).overallColumn();
}

int AssessmentHistoryModel::readyColumn() const
{
    return RubricColumns(m_rubric, FirstDimension).readyColumn();
}

int AssessmentHistoryModel::summaryColumn() const
{
    return overallColumn() + 2;
}

int AssessmentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : summaryColumn() + 1;
}

QVariant AssessmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssessmentPoint &p = rows().at(index.row());
    const AssessmentRecord &a = p.assessment;
    const int column = index.column();
    const QString dimension = dimensionAt(column);
    const std::optional<int> level = dimension.isEmpty() ? std::nullopt : a.levelOf(dimension);
    switch (role) {
    case IdRole: return a.id;
    case SessionIdRole: return a.sessionId ? QVariant(*a.sessionId) : QVariant();
    case ReadyRole: return p.readiness.ready;
    case LevelRole:
        if (level)
            return *level;
        if (column == overallColumn() && p.readiness.overall)
            return *p.readiness.overall;
        return {};
    case Qt::DisplayRole:
        if (column == Date)
            return QLocale().toString(a.assessedOn, QStringLiteral("d MMM yyyy"));
        if (column == Session)
            return a.sessionId ? ReadinessText::sessionLabel(p.sessionSequence, p.sessionKind)
                               : tr("On a date");
        if (!dimension.isEmpty())
            return level ? QString::number(*level) : QStringLiteral("–");
        if (column == overallColumn())
            return ReadinessText::overallShort(m_rubric, p.readiness);
        if (column == readyColumn())
            return p.readiness.ready ? tr("✔ Ready") : tr("Not ready");
        if (column == summaryColumn())
            return a.summary.section(u'\n', 0, 0);
        return {};
    case Qt::ToolTipRole:
        if (column == Session && a.sessionId)
            return data(index, Qt::DisplayRole);
        if (!dimension.isEmpty()) {
            const RubricDimension *d = m_rubric.dimension(dimension);
            if (!level)
                return tr("%1: not assessed").arg(d->name);
            QString tip = QStringLiteral("%1: %2\n%3")
                              .arg(d->name, ReadinessText::levelLabel(m_rubric, *level),
                                   d->descriptor(*level, m_rubric.minLevel()));
            for (const DimensionLevel &l : a.levels) {
                if (l.dimension == dimension && !l.evidence.isEmpty())
                    tip += QStringLiteral("\n") + tr("Evidence: %1").arg(l.evidence);
            }
            return tip;
        }
        if (column == overallColumn() || column == readyColumn())
            return QStringLiteral("%1\n%2").arg(
                ReadinessText::overall(m_rubric, p.readiness),
                ReadinessText::verdict(m_rubric, ReadinessText::levelsOf(a)));
        if (column == summaryColumn())
            return a.summary.isEmpty() ? QVariant() : QVariant(a.summary);
        return {};
    case Qt::TextAlignmentRole:
        return dimension.isEmpty() ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::FontRole:
        if ((column == Session && !a.sessionId) || (column == readyColumn() && p.readiness.ready)) {
            QFont font;
            font.setItalic(!a.sessionId && column == Session);
            font.setBold(column == readyColumn());
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant AssessmentHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString dimension = dimensionAt(section);
    if (role == Qt::ToolTipRole && !dimension.isEmpty()) {
        const RubricDimension *d = m_rubric.dimension(dimension);
        return QStringLiteral("%1\n%2").arg(d->name, d->question);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == Date)
        return tr("Date");
    if (section == Session)
        return tr("Session");
    if (!dimension.isEmpty())
        return m_rubric.dimension(dimension)->shortName;
    if (section == overallColumn())
        return tr("Overall");
    if (section == readyColumn())
        return tr("Ready");
    return tr("Summary");
}
