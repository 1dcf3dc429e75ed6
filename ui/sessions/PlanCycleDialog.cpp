#include "PlanCycleDialog.h"

#include "SessionDialog.h"
#include "common/AppContext.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/Editor.h"
#include "planning/CyclePlanner.h"
#include "planning/SessionSchedule.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"
#include "store/WorkingHoursStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PlanCycleDialog::PlanCycleDialog(AppContext &context, qint64 pairingId, QWidget *parent)
    : QDialog(parent), m_context(context), m_pairingId(pairingId), m_start(new QDateEdit(this)),
      m_list(new QListWidget(this)), m_message(new QLabel(this))
{
    const auto pairing = ProgrammeQueries(context.database.connection()).pairing(pairingId);
    setWindowTitle(tr("Plan Cycle of %1").arg(pairing ? pairing->code : QString()));
    const QDate today = context.clock.nowUtc().date();
    m_start->setDate(today.addDays(8 - today.dayOfWeek())); // next Monday
    m_start->setCalendarPopup(true);
    m_list->setAccessibleName(tr("Proposed sessions"));
    m_list->setWordWrap(true);
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("Four sessions over twelve months — matchmaking, sharing, learning and "
                                "showcasing — each in the week of its date at the best time for every "
                                "member city, with the default agenda of its kind. Double-click one to "
                                "change it before the sessions are created."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("First session in the &week of:"), m_start);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Sessions"));
    auto *edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(m_start, &QDateEdit::dateChanged, this, &PlanCycleDialog::startChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { editProposal(m_list->row(item)); });
    connect(edit, &QPushButton::clicked, this, [this] { editProposal(m_list->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanCycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    propose();
}

void PlanCycleDialog::propose()
{
    QSqlDatabase db = m_context.database.connection();
    const auto cities = WorkingHoursStore(db, m_context.clock).citiesOfPairing(m_pairingId).value_or({});
    const auto templates = TemplateStore(db, m_context.clock).templates().value_or({});
    const int next = SessionStore(db, m_context.clock).nextSequence(m_pairingId);
    m_proposal = CyclePlanner::propose(m_pairingId, m_start->date(), cities, templates, next);
    m_message->setText(next > 1 ? tr("The pairing already has %n session(s); these follow them.", nullptr, next - 1)
                                : QString());
    showProposal();
}

// A new start date moves the proposed times; what the facilitator edited in a proposal stays.
void PlanCycleDialog::startChanged()
{
    if (!m_edited) {
        propose();
        return;
    }
    const auto cities = WorkingHoursStore(m_context.database.connection(), m_context.clock)
                            .citiesOfPairing(m_pairingId).value_or({});
    const QList<int> offsets = CyclePlanner::monthOffsets();
    for (int i = 0; i < m_proposal.size() && i < offsets.size(); ++i)
        m_proposal[i].startUtc = CyclePlanner::bestStartInWeek(cities, m_start->date().addMonths(offsets.at(i)),
                                                               m_proposal.at(i).durationMinutes);
    showProposal();
}

void PlanCycleDialog::showProposal()
{
    const auto members = ProgrammeQueries(m_context.database.connection()).membersOf(m_pairingId).value_or({});
    const int current = m_list->currentRow();
    m_list->clear();
    for (const SessionRecord &s : std::as_const(m_proposal)) {
        const QString when = s.startUtc.isValid()
            ? QStringLiteral("%1 %2 UTC\n%3").arg(QLocale().toString(s.startUtc.date(), QStringLiteral("ddd d MMM yyyy")),
                                                 s.startUtc.time().toString(QStringLiteral("HH:mm")),
                                                 SessionSchedule::localTimesLine(s.startUtc, members))
            : tr("No time yet");
        m_list->addItem(tr("Session %1 · %2 · %3 min\n%4")
                            .arg(s.sequence).arg(Vocabulary::sessionKindLabel(s.kind)).arg(s.durationMinutes).arg(when));
    }
    m_list->setCurrentRow(qBound(0, current, int(m_proposal.size()) - 1));
}

void PlanCycleDialog::editProposal(int row)
{
    if (row < 0 || row >= m_proposal.size())
        return;
    SessionDialog dialog(m_context, this);
    dialog.setSession(m_proposal.at(row));
    dialog.setPairingLocked(true);
    dialog.setSave([&] {
        const SessionRecord edited = dialog.session();
        if (Status s = Validation::session(edited); !s)
            return s;
        m_proposal[row] = edited;
        return Status();
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_edited = true;
        showProposal();
    }
}

void PlanCycleDialog::accept()
{
    const auto pairing = ProgrammeQueries(m_context.database.connection()).pairing(m_pairingId);
    const auto ids = m_context.editor.addSessions(m_proposal, tr("Plan cycle of %1").arg(pairing ? pairing->code : QString()));
    if (!ids) {
        m_message->setText(ids.error());
        return;
    }
    m_created = ids.value();
    QDialog::accept();
}
