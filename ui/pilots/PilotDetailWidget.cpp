#include "PilotDetailWidget.h"

#include "PilotAssessmentsWidget.h"
#include "PilotPlanWidget.h"
#include "charts/PilotChartsWidget.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "history/ChangeHistoryWidget.h"
#include "progress/ReadinessQueries.h"
#include "readiness/ReadinessText.h"
#include "store/CityStore.h"
#include "store/PilotStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

PilotDetailWidget::PilotDetailWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_empty(new QLabel(tr("Select a pilot to see its plan and readiness."), this)),
      m_body(new QWidget(this)), m_title(new QLabel(this)), m_place(new QLabel(this)),
      m_description(new QLabel(this)), m_facts(new QLabel(this)), m_headline(new QLabel(this)),
      m_verdict(new QLabel(this)), m_edit(new QPushButton(tr("Edi&t Pilot…"), this)),
      m_openPairing(new QPushButton(tr("Open &Pairing"), this)), m_tabs(new QTabWidget(this)),
      m_plan(new PilotPlanWidget(context, this)),
      m_assessments(new PilotAssessmentsWidget(context, this)), m_charts(new PilotChartsWidget(context, this)),
      m_history(new ChangeHistoryWidget(context, this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    ReadOnlyControls::hide(context, {m_edit});
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_place->setForegroundRole(QPalette::PlaceholderText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_verdict->setWordWrap(true);
    m_headline->setAccessibleName(tr("Readiness"));

    m_tabs->addTab(m_plan, tr("P&lan"));
    m_tabs->addTab(m_assessments, tr("Assess&ments"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(m_history, tr("History"));
    connect(m_history, &ChangeHistoryWidget::failed, this, &PilotDetailWidget::failed);
    connect(m_history, &ChangeHistoryWidget::done, this, &PilotDetailWidget::done);
    connect(m_charts, &PilotChartsWidget::openSession, this, &PilotDetailWidget::openSessionRequested);
    connect(m_charts, &PilotChartsWidget::failed, this, &PilotDetailWidget::failed);
    connect(m_charts, &PilotChartsWidget::done, this, &PilotDetailWidget::done);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openPairing);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    auto *readiness = new QVBoxLayout;
    readiness->setSpacing(2);
    readiness->addWidget(m_headline);
    readiness->addWidget(m_verdict);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_place);
    body->addWidget(m_description);
    body->addWidget(m_facts);
    body->addSpacing(6);
    body->addLayout(readiness);
    body->addLayout(buttons);
    body->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_pilotId); });
    connect(m_openPairing, &QPushButton::clicked, this,
            [this] { emit openPairingRequested(m_pairingId); });
    connect(m_plan, &PilotPlanWidget::done, this, &PilotDetailWidget::done);
    connect(m_assessments, &PilotAssessmentsWidget::done, this, &PilotDetailWidget::done);
    connect(m_assessments, &PilotAssessmentsWidget::failed, this, &PilotDetailWidget::failed);
    // Only what the pane shows: plan edits update the plan table alone.
    connect(&context.notifier, &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity entity, qint64 id) {
                using Entity = ChangeNotifier::Entity;
                if (m_pilotId <= 0)
                    return;
                if ((entity == Entity::Pilot && id == m_pilotId) || entity == Entity::Assessment ||
                    entity == Entity::City || entity == Entity::Pairing)
                    refresh();
            });
}

void PilotDetailWidget::setPilot(qint64 pilotId)
{
    if (pilotId == m_pilotId && pilotId > 0)
        return;
    m_pilotId = pilotId;
    refresh();
    m_plan->setPilot(pilotId, m_pairingId);
    m_assessments->setPilot(pilotId);
    m_charts->setPilot(pilotId);
    m_history->setScope(HistoryScope::Pilot, pilotId);
}

QString PilotDetailWidget::titleText() const
{
    return m_title->text();
}

QString PilotDetailWidget::placeText() const
{
    return m_place->text();
}

QString PilotDetailWidget::factsText() const
{
    return m_facts->text();
}

QString PilotDetailWidget::headlineText() const
{
    return m_headline->text();
}

QString PilotDetailWidget::verdictText() const
{
    return m_verdict->text();
}

void PilotDetailWidget::refresh()
{
    const QSqlDatabase db = m_context.database.connection();
    const auto pilot = m_pilotId > 0 ? PilotStore(db, m_context.clock).fetch(m_pilotId)
                                     : Result<PilotRecord>::failure(QString());
    const auto standing = pilot ? ReadinessQueries(db).standing(m_pilotId)
                                : Result<PilotStanding>::failure(QString());
    m_empty->setVisible(!standing);
    m_body->setVisible(bool(standing));
    if (!standing)
        return;
    const PilotRecord &p = pilot.value();
    const PilotStanding &s = standing.value();
    const Rubric &rubric = Rubric::shipped();
    m_pairingId = p.pairingId;
    m_title->setText(p.title);
    m_place->setText(QStringLiteral("%1 (%2) · %3 · %4")
                         .arg(s.cityName, s.countryCode, s.pairingCode, s.themeName));
    m_description->setText(p.description);
    m_description->setVisible(!p.description.isEmpty());

    auto fact = [](const QString &label, const QString &value) {
        return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList inspired;
    if (p.inspiredByCityId) {
        const auto city = CityStore(db, m_context.clock).fetch(*p.inspiredByCityId);
        if (city)
            inspired << QStringLiteral("%1 (%2)").arg(city->name, city->countryCode);
    }
    if (!p.inspiredByPractice.isEmpty())
        inspired << p.inspiredByPractice;
    QStringList facts;
    facts << fact(tr("Inspired by:"),
                  inspired.isEmpty() ? tr("not recorded") : inspired.join(QStringLiteral(" — ")));
    QStringList partners;
    if (!p.academicPartners.isEmpty())
        partners << fact(tr("Academia:"), p.academicPartners);
    if (!p.privatePartners.isEmpty())
        partners << fact(tr("Private sector:"), p.privatePartners);
    if (!p.otherPartners.isEmpty())
        partners << fact(tr("Others:"), p.otherPartners);
    facts << (partners.isEmpty() ? fact(tr("Partners:"), tr("none recorded"))
                                 : partners.join(QStringLiteral(" · ")));
    facts << fact(tr("Expected start:"),
                  p.expectedStart.isValid()
                      ? QLocale().toString(p.expectedStart, QStringLiteral("d MMMM yyyy"))
                      : tr("unknown"));
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    const Readiness &r = s.readiness;
    if (!s.latest) {
        m_headline->setText(tr("<b>Readiness:</b> not assessed yet"));
        m_verdict->setText(tr("Assess it on the rubric (Assessments tab) to see where it stands."));
        return;
    }
    QString stage;
    if (r.overall) {
        if (const RubricLevel *level = rubric.level(*r.overall))
            stage = level->stage;
    }
    m_headline->setText(
        tr("<b>Readiness %1</b> · stage: %2 · assessed %3")
            .arg(ReadinessText::overall(rubric, r).toHtmlEscaped(), stage.toHtmlEscaped(),
                 QLocale().toString(s.latest->assessedOn, QStringLiteral("d MMM yyyy"))));
    const QString verdict = ReadinessText::verdict(rubric, ReadinessText::levelsOf(*s.latest));
    m_verdict->setText(r.ready ? QStringLiteral("✔ %1").arg(verdict) : verdict);
    QFont font = m_verdict->font();
    font.setBold(r.ready);
    m_verdict->setFont(font);
}
