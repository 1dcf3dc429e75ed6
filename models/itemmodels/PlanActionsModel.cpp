#include "PlanActionsModel.h"

#include "core/IsoDate.h"
#include "edit/Editor.h"
#include "store/PilotStore.h"

#include <QLocale>

#include <cmath>

using Entity = ChangeNotifier::Entity;

namespace {

const QString DateFormat = QStringLiteral("d MMM yyyy");

// Whole amounts without decimals: plans are budgeted in round figures. Grouped for reading,
// not for editing (a validator would trip over the separators).
QString amountText(double amount, bool grouped = true)
{
    QLocale locale;
    if (!grouped)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const bool whole = std::floor(amount) == amount;
    return locale.toString(amount, 'f', whole ? 0 : 2);
}

QDate dateFrom(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return IsoDate::parse(value.toString()); // "" gives no date; "2027-09-01x" none either
}

} // namespace

PlanActionsModel::PlanActionsModel(QSqlDatabase db, const Clock &clock, Editor *editor,
                                   ChangeNotifier *notifier, QObject *parent)
    : KeyedRowsModel(parent), m_db(std::move(db)), m_clock(clock), m_editor(editor)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &PlanActionsModel::onChanged);
}

void PlanActionsModel::setPilot(qint64 pilotId)
{
    m_pilotId = pilotId;
    const auto plan = pilotId > 0 ? PlanActionStore(m_db, m_clock).ofPilot(pilotId)
                                  : Result<QList<PlanActionRecord>>(QList<PlanActionRecord>());
    m_lastError = plan.error();
    resetRows(plan.value_or({}));
}

void PlanActionsModel::reread()
{
    const auto plan = m_pilotId > 0 ? PlanActionStore(m_db, m_clock).ofPilot(m_pilotId)
                                    : Result<QList<PlanActionRecord>>(QList<PlanActionRecord>());
    m_lastError = plan.error();
    if (plan)
        syncRows(plan.value());
}

void PlanActionsModel::onChanged(Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (m_pilotId <= 0)
        return;
    if (entity == Entity::Pilot && id == m_pilotId) {
        reread(); // a deleted pilot takes its plan with it; an undone delete brings it back
        return;
    }
    if (entity != Entity::PlanAction)
        return;
    if (rowOfId(id) >= 0) {
        reread();
        return;
    }
    if (change == ChangeNotifier::Change::Removed)
        return;
    const auto action = PlanActionStore(m_db, m_clock).fetch(id);
    if (action && action->pilotId == m_pilotId)
        reread();
}

qint64 PlanActionsModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows().at(row).id : 0;
}

int PlanActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanActionRecord &a = rows().at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole && index.column() == Cost)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Cost && a.costAmount)
            return QStringLiteral("%1 %2").arg(amountText(*a.costAmount), a.costCurrency);
        if (index.column() == Title || index.column() == Indicator || index.column() == Risk ||
            index.column() == Funding)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Title: return a.title;
    case Start:
        return edit ? QVariant(a.startDate) : QVariant(QLocale().toString(a.startDate, DateFormat));
    case End:
        return edit ? QVariant(a.endDate) : QVariant(QLocale().toString(a.endDate, DateFormat));
    case Responsible: return a.responsible;
    case Cost: return a.costAmount ? amountText(*a.costAmount, !edit) : QString();
    case Currency: return a.costCurrency;
    case Funding: return a.fundingSource;
    case Indicator: return a.indicator;
    case Risk: return a.risk;
    }
    return {};
}

bool PlanActionsModel::fail(const QString &message)
{
    m_lastError = message;
    emit editFailed(message);
    return false;
}

// The currency most actions of the plan use: typing a cost in a plan budgeted in one currency
// should not also require typing the currency.
QString PlanActionsModel::planCurrency() const
{
    QHash<QString, int> uses;
    QString best;
    for (const PlanActionRecord &a : rows()) {
        if (a.costCurrency.isEmpty())
            continue;
        const int n = ++uses[a.costCurrency];
        if (best.isEmpty() || n > uses.value(best))
            best = a.costCurrency;
    }
    return best;
}

bool PlanActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PlanActionRecord a = rows().at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Title: a.title = text; break;
    case Start:
    case End: {
        const QDate date = dateFrom(value);
        // Pasted "12/03/2027" must not quietly clear the date; empty text does.
        if (!date.isValid() && !text.isEmpty())
            return fail(tr("“%1” is not a date: write it as YYYY-MM-DD, e.g. 2027-09-01.").arg(text));
        (index.column() == Start ? a.startDate : a.endDate) = date;
        break;
    }
    case Responsible: a.responsible = text; break;
    case Cost: {
        if (text.isEmpty()) {
            a.costAmount.reset();
            break;
        }
        bool ok = false;
        double amount = QLocale().toDouble(text, &ok);
        if (!ok)
            amount = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return fail(tr("“%1” is not an amount: type a number such as 12500.").arg(text));
        a.costAmount = amount;
        if (a.costCurrency.isEmpty())
            a.costCurrency = planCurrency();
        break;
    }
    case Currency: a.costCurrency = text.toUpper(); break;
    case Funding: a.fundingSource = text; break;
    case Indicator: a.indicator = text; break;
    case Risk: a.risk = text; break;
    default: return false;
    }
    const Status written = m_editor->editPlanAction(a);
    if (!written)
        return fail(written.error());
    m_lastError.clear();
    return true; // the notifier updates the row
}

QVariant PlanActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Action");
    case Start: return tr("Start");
    case End: return tr("End");
    case Responsible: return tr("Responsible");
    case Cost: return tr("Cost");
    case Currency: return tr("Currency");
    case Funding: return tr("Funding source");
    case Indicator: return tr("Indicator");
    case Risk: return tr("Risk");
    }
    return {};
}

Qt::ItemFlags PlanActionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor)
        f |= Qt::ItemIsEditable;
    return f;
}
