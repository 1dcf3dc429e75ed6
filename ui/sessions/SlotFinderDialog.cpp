#include "SlotFinderDialog.h"

#include "common/AppContext.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/SlotListModel.h"
#include "store/WorkingHoursStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum HoursColumn { CityColumn, FromColumn, ToColumn, DaysColumn };

QString daysText(const QList<int> &days)
{
    QStringList names;
    for (int day : days)
        names << QLocale().dayName(day, QLocale::ShortFormat);
    return names.join(QStringLiteral(" "));
}
} // namespace

SlotFinderDialog::SlotFinderDialog(AppContext &context, qint64 pairingId, QDate from,
                                   int durationMinutes, QWidget *parent)
    : QDialog(parent), m_context(context), m_pairingId(pairingId), m_hours(new QTableWidget(this)),
      m_from(new QDateEdit(from, this)), m_to(new QDateEdit(from.addDays(13), this)),
      m_duration(new QSpinBox(this)), m_summary(new QLabel(this)), m_results(new SlotListModel(this)),
      m_view(new QTableView(this))
{
    setWindowTitle(tr("Find a Time"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_duration->setRange(15, SlotFinder::MaxDurationMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(durationMinutes);

    m_hours->setColumnCount(4);
    m_hours->setHorizontalHeaderLabels({tr("City"), tr("From"), tr("To"), tr("Working days")});
    m_hours->verticalHeader()->hide();
    m_hours->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hours->horizontalHeader()->setStretchLastSection(true);
    m_hours->setSelectionMode(QAbstractItemView::NoSelection);
    m_hours->setToolTip(tr("Each city's working hours in its own local time; changes are remembered."));

    m_summary->setWordWrap(true);
    m_view->setModel(m_results);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Proposed times"));

    auto *searchButton = new QPushButton(tr("&Search"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Duration:"), m_duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Time"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Working hours</b> (local time of each city)"), this));
    layout->addWidget(m_hours);
    layout->addLayout(form);
    layout->addWidget(searchButton, 0, Qt::AlignRight);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(searchButton, &QPushButton::clicked, this, &SlotFinderDialog::search);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenStart().isValid());
    });
    loadCities();
    search();
}

void SlotFinderDialog::loadCities()
{
    WorkingHoursStore store(m_context.database.connection(), m_context.clock);
    m_cities = store.citiesOfPairing(m_pairingId).value_or({});
    m_cityIds = store.cityIdsOfPairing(m_pairingId).value_or({});
    m_hours->setRowCount(int(m_cities.size()));
    for (int row = 0; row < m_cities.size(); ++row) {
        const SlotCity &city = m_cities.at(row);
        auto *name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(city.name, city.timeZone));
        name->setFlags(Qt::ItemIsEnabled);
        m_hours->setItem(row, CityColumn, name);
        auto *from = new QTimeEdit(city.hours.start, m_hours);
        auto *to = new QTimeEdit(city.hours.end, m_hours);
        for (QTimeEdit *edit : {from, to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            connect(edit, &QTimeEdit::editingFinished, this, [this, row] { saveHours(row); });
        }
        m_hours->setCellWidget(row, FromColumn, from);
        m_hours->setCellWidget(row, ToColumn, to);
        // The working days as a menu of checkable days on a button that names them.
        auto *days = new QToolButton(m_hours);
        days->setPopupMode(QToolButton::InstantPopup);
        days->setText(daysText(city.hours.days));
        days->setAccessibleName(tr("Working days of %1").arg(city.name));
        auto *menu = new QMenu(days);
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            QAction *action = menu->addAction(QLocale().dayName(day));
            action->setCheckable(true);
            action->setChecked(city.hours.days.contains(day));
            action->setData(day);
            connect(action, &QAction::toggled, this, [this, row] { saveHours(row); });
        }
        days->setMenu(menu);
        m_hours->setCellWidget(row, DaysColumn, days);
    }
}

void SlotFinderDialog::saveHours(int row)
{
    auto *from = qobject_cast<QTimeEdit *>(m_hours->cellWidget(row, FromColumn));
    auto *to = qobject_cast<QTimeEdit *>(m_hours->cellWidget(row, ToColumn));
    auto *days = qobject_cast<QToolButton *>(m_hours->cellWidget(row, DaysColumn));
    if (!from || !to || !days || row >= m_cityIds.size())
        return;
    WorkingHours hours = m_cities.at(row).hours;
    hours.start = from->time();
    hours.end = to->time();
    hours.days.clear();
    for (const QAction *action : days->menu()->actions()) {
        if (action->isChecked())
            hours.days << action->data().toInt();
    }
    days->setText(daysText(hours.days));
    if (const Status s = m_context.editor.setWorkingHours(m_cityIds.at(row), hours); !s) {
        // Half-typed (e.g. From already 19:00, To still 18:00): keep what was typed, say why
        // it is not used yet; the search goes on with the hours last saved.
        m_summary->setText(tr("%1: %2").arg(m_cities.at(row).name, s.error()));
        return;
    }
    m_cities[row].hours = hours;
    search();
}

void SlotFinderDialog::search()
{
    QStringList names;
    for (const SlotCity &city : std::as_const(m_cities))
        names << city.name;
    if (const Status s = SlotFinder::validate(m_cities, m_from->date(), m_to->date(), m_duration->value()); !s) {
        m_results->setSearch({}, names);
        m_summary->setText(s.error());
        return;
    }
    const SlotSearch found = SlotFinder::find(m_cities, m_from->date(), m_to->date(), m_duration->value());
    m_results->setSearch(found, names);
    if (found.anyFits)
        m_summary->setText(tr("Times inside every city's working hours, best first (the city closest "
                              "to the edge of its day has the most room):"));
    else
        m_summary->setText(tr("<b>No time in these days falls inside every city's working hours.</b> "
                              "The closest, with who would be outside their hours:"));
    if (m_results->rowCount() > 0)
        m_view->selectRow(0);
}

QDateTime SlotFinderDialog::chosenStart() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QDateTime() : m_results->startAt(rows.first().row());
}

int SlotFinderDialog::durationMinutes() const
{
    return m_duration->value();
}

QString SlotFinderDialog::summaryText() const
{
    return m_summary->text();
}
