#include "AssessmentDialog.h"

#include "RubricDialog.h"
#include "common/AppContext.h"
#include "common/TabOrder.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "edit/Editor.h"
#include "readiness/ReadinessText.h"
#include "readiness/Rubric.h"
#include "store/PilotStore.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

AssessmentDialog::AssessmentDialog(AppContext &context, qint64 pilotId, QWidget *parent)
    : RecordDialog(parent), m_context(context), m_rubric(Rubric::shipped()),
      m_header(new QLabel(this)), m_session(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_summary(new QPlainTextEdit(this)), m_result(new QLabel(this)),
      m_rubricButton(new QPushButton(tr("About the &Rubric…"), this))
{
    setWindowTitle(tr("Assess Readiness"));
    const QSqlDatabase db = context.database.connection();
    m_pilot = PilotStore(db, context.clock).fetch(pilotId).value_or({});
    m_assessment.pilotId = pilotId;
    m_sessions = SessionStore(db, context.clock).ofPairing(m_pilot.pairingId).value_or({});

    QString place;
    for (const ProgrammeQueries::MemberCity &c :
         ProgrammeQueries(db).membersOf(m_pilot.pairingId).value_or({})) {
        if (c.id == m_pilot.cityId)
            place = QStringLiteral("%1 (%2)").arg(c.name, c.countryCode);
    }
    m_header->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(m_pilot.title.toHtmlEscaped(), place.toHtmlEscaped()));
    m_header->setWordWrap(true);

    for (const SessionRecord &s : m_sessions) {
        QString label = ReadinessText::sessionLabel(s.sequence, s.kind);
        label += s.startUtc.isValid() ? QStringLiteral(" — %1").arg(QLocale().toString(
                                            s.startUtc.date(), QStringLiteral("d MMM yyyy")))
                                      : tr(" — no date yet");
        label += QStringLiteral(" (%1)").arg(Vocabulary::sessionStatusLabel(s.status));
        m_session->addItem(label, s.id);
    }
    m_session->addItem(tr("No session, on the date below"), qint64(0));
    m_session->setAccessibleName(tr("Session"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(context.clock.nowUtc().date());
    m_date->setAccessibleName(tr("Date of the assessment"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(
        tr("Where the pilot stands, what moved since the last assessment, what is next"));
    m_summary->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setAccessibleName(tr("Readiness by the rubric"));

    auto *when = new QFormLayout;
    when->addRow(tr("&Session:"), m_session);
    when->addRow(tr("&Date:"), m_date);
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_rubricButton, 0, Qt::AlignTop);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buildDimensions());
    scroll->setAccessibleName(tr("Dimensions of the rubric"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *summary = new QFormLayout;
    summary->addRow(tr("S&ummary:"), m_summary);
    contentLayout()->addLayout(top);
    contentLayout()->addLayout(when);
    contentLayout()->addWidget(scroll, 1);
    contentLayout()->addLayout(summary);
    contentLayout()->addWidget(m_result);
    // Tab reads the dialog top down: the rubric button, when, the dimensions, the summary.
    TabOrder::chain({m_rubricButton, m_session, m_date});
    if (const auto evidence = scroll->widget()->findChildren<QLineEdit *>(); !evidence.isEmpty())
        QWidget::setTabOrder(evidence.constLast(), m_summary);

    connect(m_session, &QComboBox::currentIndexChanged, this, &AssessmentDialog::sessionChosen);
    connect(m_rubricButton, &QPushButton::clicked, this, [this] {
        RubricDialog dialog(m_rubric, this);
        dialog.exec();
    });

    // Starts from where the pilot stood: facilitators move the levels that changed.
    const auto history = AssessmentStore(db, context.clock).history(pilotId);
    if (history && !history->isEmpty())
        prefill(history->last());
    m_session->setCurrentIndex(defaultSessionRow());
    if (m_rubric.dimensions().isEmpty())
        showError(Rubric::shippedError()); // a broken rubric file: nothing can be assessed
    sessionChosen();
    updateResult();

    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    resize(qMin(fontMetrics().averageCharWidth() * 110, screen.width() * 9 / 10),
           qMin(fontMetrics().lineSpacing() * 52, screen.height() * 9 / 10));
}

QWidget *AssessmentDialog::buildDimensions()
{
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const RubricDimension &d : m_rubric.dimensions()) {
        auto *box = new QGroupBox(d.name, holder);
        auto *question = new QLabel(d.question, box);
        question->setWordWrap(true);
        question->setForegroundRole(QPalette::PlaceholderText);
        DimensionRow row;
        row.levels = new QButtonGroup(box);
        row.levels->setExclusive(false); // clicking the chosen level again leaves it not assessed
        auto *buttons = new QHBoxLayout;
        buttons->setSpacing(2);
        for (const RubricLevel &l : m_rubric.levels()) {
            auto *button = new QToolButton(box);
            button->setText(QString::number(l.level));
            button->setCheckable(true);
            button->setAutoRaise(false);
            button->setMinimumWidth(fontMetrics().averageCharWidth() * 4);
            button->setToolTip(QStringLiteral("%1 — %2\n%3")
                                   .arg(ReadinessText::levelLabel(m_rubric, l.level), l.stage,
                                        d.descriptor(l.level, m_rubric.minLevel())));
            button->setAccessibleName(
                tr("%1: level %2").arg(d.name, ReadinessText::levelLabel(m_rubric, l.level)));
            row.levels->addButton(button, l.level);
            buttons->addWidget(button);
        }
        row.descriptor = new QLabel(box);
        row.descriptor->setWordWrap(true);
        row.descriptor->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
        row.evidence = new QLineEdit(box);
        row.evidence->setPlaceholderText(
            tr("Evidence: what shows this level (a decision, a document, a meeting)"));
        row.evidence->setAccessibleName(tr("Evidence for %1").arg(d.name));

        auto *levelLine = new QHBoxLayout;
        levelLine->addLayout(buttons);
        levelLine->addSpacing(8);
        levelLine->addWidget(row.descriptor, 1);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(4);
        boxLayout->addWidget(question);
        boxLayout->addLayout(levelLine);
        boxLayout->addWidget(row.evidence);
        layout->addWidget(box);

        const QString id = d.id;
        connect(row.levels, &QButtonGroup::idToggled, this,
                [this, id](int level, bool checked) { levelClicked(id, level, checked); });
        m_rows.insert(id, row);
        showDescriptor(id);
    }
    layout->addStretch(1);
    return holder;
}

void AssessmentDialog::levelClicked(const QString &dimension, int level, bool checked)
{
    const DimensionRow &row = m_rows.value(dimension);
    if (checked) {
        for (QAbstractButton *other : row.levels->buttons()) {
            if (other != row.levels->button(level) && other->isChecked()) {
                const QSignalBlocker blocker(other);
                other->setChecked(false);
            }
        }
    }
    showDescriptor(dimension);
    updateResult();
}

void AssessmentDialog::showDescriptor(const QString &dimension)
{
    const DimensionRow &row = m_rows.value(dimension);
    // The chosen level in bold as well as pressed: not every style makes "checked" stand out.
    for (QAbstractButton *button : row.levels->buttons()) {
        QFont font = button->font();
        font.setBold(button->isChecked());
        button->setFont(font);
    }
    const RubricDimension *d = m_rubric.dimension(dimension);
    const int chosen = level(dimension);
    if (!d || chosen == 0) {
        row.descriptor->setText(tr("<i>Not assessed — pick a level from %1 to %2.</i>")
                                    .arg(m_rubric.minLevel())
                                    .arg(m_rubric.maxLevel()));
        return;
    }
    const RubricLevel *l = m_rubric.level(chosen);
    row.descriptor->setText(QStringLiteral("<b>%1</b> <small>(%2)</small> — %3")
                                .arg(ReadinessText::levelLabel(m_rubric, chosen).toHtmlEscaped(),
                                     (l ? l->stage : QString()).toHtmlEscaped(),
                                     d->descriptor(chosen, m_rubric.minLevel()).toHtmlEscaped()));
}

void AssessmentDialog::setLevel(const QString &dimension, int level)
{
    const auto it = m_rows.constFind(dimension);
    if (it == m_rows.constEnd())
        return;
    for (QAbstractButton *button : it->levels->buttons()) {
        const QSignalBlocker blocker(button);
        button->setChecked(it->levels->id(button) == level);
    }
    showDescriptor(dimension);
    updateResult();
}

int AssessmentDialog::level(const QString &dimension) const
{
    const auto it = m_rows.constFind(dimension);
    if (it == m_rows.constEnd())
        return 0;
    QAbstractButton *checked = nullptr;
    for (QAbstractButton *button : it->levels->buttons()) {
        if (button->isChecked())
            checked = button;
    }
    return checked ? it->levels->id(checked) : 0;
}

QAbstractButton *AssessmentDialog::levelButton(const QString &dimension, int level) const
{
    const auto it = m_rows.constFind(dimension);
    return it == m_rows.constEnd() ? nullptr : it->levels->button(level);
}

QLineEdit *AssessmentDialog::evidenceEdit(const QString &dimension) const
{
    return m_rows.value(dimension).evidence;
}

QString AssessmentDialog::descriptorText(const QString &dimension) const
{
    const auto it = m_rows.constFind(dimension);
    return it == m_rows.constEnd() ? QString() : it->descriptor->text();
}

QString AssessmentDialog::headerText() const
{
    return m_header->text();
}

QString AssessmentDialog::resultText() const
{
    return m_result->text();
}

void AssessmentDialog::updateResult()
{
    QMap<QString, int> levels;
    for (const RubricDimension &d : m_rubric.dimensions()) {
        if (const int l = level(d.id); l > 0)
            levels.insert(d.id, l);
    }
    const Readiness readiness = m_rubric.evaluate(levels);
    const QString verdict = ReadinessText::verdict(m_rubric, levels);
    QString stage;
    if (readiness.overall) {
        if (const RubricLevel *l = m_rubric.level(*readiness.overall))
            stage = tr(" · stage: %1").arg(l->stage);
    }
    m_result->setText(
        tr("Overall: <b>%1</b>%2<br>%3")
            .arg(ReadinessText::overall(m_rubric, readiness).toHtmlEscaped(), stage.toHtmlEscaped(),
                 (readiness.ready ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                     .arg(verdict.toHtmlEscaped())));
}

void AssessmentDialog::prefill(const AssessmentRecord &from)
{
    for (const DimensionLevel &l : from.levels) {
        setLevel(l.dimension, l.level);
        if (QLineEdit *evidence = evidenceEdit(l.dimension))
            evidence->setText(l.evidence);
    }
}

// The latest session that has begun by now (the one the facilitator comes from), else none.
int AssessmentDialog::defaultSessionRow() const
{
    const QDateTime now = m_context.clock.nowUtc();
    int row = -1;
    for (int i = 0; i < m_sessions.size(); ++i) {
        const SessionRecord &s = m_sessions.at(i);
        if (s.status != QLatin1String("cancelled") && s.startUtc.isValid() && s.startUtc <= now &&
            (row < 0 || s.startUtc >= m_sessions.at(row).startUtc))
            row = i;
    }
    return row >= 0 ? row : m_session->count() - 1;
}

void AssessmentDialog::sessionChosen()
{
    const qint64 id = m_session->currentData().toLongLong();
    for (const SessionRecord &s : m_sessions) {
        if (s.id == id && s.startUtc.isValid())
            m_date->setDate(s.startUtc.toUTC().date()); // the date the store would take
    }
}

void AssessmentDialog::setAssessment(const AssessmentRecord &assessment)
{
    m_assessment = assessment;
    setWindowTitle(tr("Edit Readiness Assessment"));
    for (const RubricDimension &d : m_rubric.dimensions()) {
        setLevel(d.id, 0);
        evidenceEdit(d.id)->clear();
    }
    prefill(assessment);
    m_session->setCurrentIndex(qMax(0, m_session->findData(assessment.sessionId.value_or(0))));
    if (assessment.assessedOn.isValid())
        m_date->setDate(assessment.assessedOn);
    m_summary->setPlainText(assessment.summary);
    updateResult();
}

AssessmentRecord AssessmentDialog::assessment() const
{
    AssessmentRecord a = m_assessment;
    const qint64 session = m_session->currentData().toLongLong();
    a.sessionId = session > 0 ? std::optional<qint64>(session) : std::nullopt;
    a.assessedOn = m_date->date();
    a.summary = m_summary->toPlainText().trimmed();
    const QList<DimensionLevel> before = a.levels;
    a.levels.clear();
    for (const RubricDimension &d : m_rubric.dimensions()) {
        if (const int l = level(d.id); l > 0)
            a.levels << DimensionLevel{d.id, l, evidenceEdit(d.id)->text().trimmed()};
    }
    // Levels of dimensions the rubric has since dropped stay with the assessment they were given in.
    for (const DimensionLevel &l : before) {
        if (!m_rubric.dimension(l.dimension))
            a.levels << l;
    }
    return a;
}

void AssessmentDialog::setSession(qint64 sessionId)
{
    const int row = m_session->findData(sessionId);
    if (row >= 0)
        m_session->setCurrentIndex(row);
}

bool AssessmentDialog::assessPilot(AppContext &context, qint64 pilotId, QWidget *parent, qint64 sessionId)
{
    AssessmentDialog dialog(context, pilotId, parent);
    if (sessionId > 0)
        dialog.setSession(sessionId);
    dialog.setSave(
        [&]() -> Status { return context.editor.addAssessment(dialog.assessment()).status(); });
    return dialog.exec() == QDialog::Accepted;
}

bool AssessmentDialog::editAssessment(AppContext &context, qint64 assessmentId, QWidget *parent)
{
    const auto assessment =
        AssessmentStore(context.database.connection(), context.clock).fetch(assessmentId);
    if (!assessment)
        return false;
    AssessmentDialog dialog(context, assessment->pilotId, parent);
    dialog.setAssessment(assessment.value());
    dialog.setSave([&] { return context.editor.editAssessment(dialog.assessment()); });
    return dialog.exec() == QDialog::Accepted;
}
