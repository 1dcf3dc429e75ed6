#include "ImportDialog.h"

#include "common/AppContext.h"
#include "database/Database.h"
#include "database/ProbeConnection.h"
#include "edit/Editor.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <utility>

namespace {

// Marks rows with problems from the palette and the style's icons, not fixed colours: a
// warning icon on the verdict of a bad row, a check mark on a good one, and a tinted row.
class VerdictDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool bad = index.data(ImportPreviewModel::ProblemRole).toBool();
        if (index.column() == ImportPreviewModel::Verdict) {
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon = style->standardIcon(bad ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
        }
        if (bad) {
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlpha(48);
            option->backgroundBrush = tint;
        }
    }
};

} // namespace

ImportDialog::ImportDialog(AppContext &context, DirectoryKind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_kind(kind), m_model(new ImportPreviewModel(this)),
      m_summary(new QLabel(this)), m_warnings(new QLabel(this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_problemsOnly(new QCheckBox(tr("Show only rows with &problems"), this)),
      m_view(new QTableView(this)), m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(kind == DirectoryKind::Cities ? tr("Import Cities") : tr("Import People"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::Dark);
    m_error->setMargin(6);
    m_error->hide();
    m_problemsOnly->setEnabled(false);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new VerdictDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed heights and widths: measuring 100,000 rows would take longer than reading them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Rows of the file"));

    m_import->setEnabled(false);
    m_import->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_problemsOnly, &QCheckBox::toggled, m_model, &ImportPreviewModel::setProblemsOnly);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 34);
}

ImportDialog::~ImportDialog()
{
    stopWorker();
}

void ImportDialog::stopWorker()
{
    ++m_generation;
    if (!m_worker)
        return;
    m_cancelled = true;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void ImportDialog::check(const QString &path)
{
    stopWorker();
    m_cancelled = false;
    m_workerError.clear();
    m_fileName = QFileInfo(path).fileName();
    m_import->setEnabled(false);
    m_problemsOnly->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first report
    m_progress->show();
    m_summary->setText(tr("Checking %1…").arg(m_fileName));
    const QString databasePath = m_context.database.path();
    const DirectoryKind kind = m_kind;
    // Reports of a worker stopped before they arrived are dropped by their generation.
    const quint64 generation = ++m_generation;
    m_worker = QThread::create([this, path, databasePath, kind, generation] {
        DirectoryImport::Options options;
        options.cancelled = &m_cancelled;
        options.progress = [this, generation](int done, int total) {
            QMetaObject::invokeMethod(this, [this, generation, done, total] {
                if (generation == m_generation)
                    showProgress(done, total);
            }, Qt::QueuedConnection);
        };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_workerError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return;
        }
        const QByteArray data = file.readAll();
        const ProbeConnection reader(databasePath); // Qt SQL connections may not cross threads
        if (!reader.isOpen()) {
            m_workerError = reader.error();
            return;
        }
        m_result = DirectoryImport::preview(reader.connection(), kind, data, options);
    });
    connect(m_worker, &QThread::finished, this, [this, generation] {
        if (generation == m_generation)
            showPreview();
    });
    m_worker->start();
}

void ImportDialog::showProgress(int done, int total)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_summary->setText(tr("Checking %1: row %2 of %3…")
                           .arg(m_fileName, QLocale().toString(done), QLocale().toString(total)));
}

void ImportDialog::showPreview()
{
    if (!m_worker)
        return;
    delete m_worker;
    m_worker = nullptr;
    m_progress->hide();
    const QString workerError = std::exchange(m_workerError, QString());
    ImportPreview preview = std::move(m_result);
    m_result = ImportPreview();
    const QLocale locale;
    const int rows = preview.rowCount();
    const int bad = preview.badRowCount();
    if (!workerError.isEmpty())
        m_summary->setText(workerError);
    else if (!preview.fileError().isEmpty())
        m_summary->setText(tr("%1 cannot be imported: %2").arg(m_fileName, preview.fileError()));
    else if (rows == 0)
        m_summary->setText(tr("%1 has no rows to import.").arg(m_fileName));
    else if (bad > 0)
        m_summary->setText(tr("%Ln row(s) ready, %1 with problems. Correct them in the file and import it "
                              "again: nothing is imported while a row has a problem.", nullptr, rows - bad)
                               .arg(locale.toString(bad)));
    else
        m_summary->setText(tr("%Ln row(s) ready to import.", nullptr, rows));
    m_warnings->setText(preview.warnings().join(u'\n'));
    m_warnings->setVisible(!preview.warnings().isEmpty());
    m_import->setEnabled(workerError.isEmpty() && preview.canApply());
    m_problemsOnly->setEnabled(bad > 0);
    m_model->setPreview(std::move(preview));
    m_problemsOnly->setChecked(bad > 0);
    m_model->setProblemsOnly(bad > 0);
    emit checked();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::accept()
{
    if (m_context.editor.isWritingAway() || !m_model->preview().canApply())
        return;
    // The rows are written on a thread of their own; the window repaints meanwhile and takes
    // no input, and this dialog says what it waits for.
    const QString checkedSummary = m_summary->text();
    const int rows = int(m_model->preview().records().size());
    m_summary->setText(m_kind == DirectoryKind::Cities ? tr("Importing %Ln city(ies)…", nullptr, rows)
                                                       : tr("Importing %Ln person(s)…", nullptr, rows));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_import->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto imported = m_context.editor.importRecords(m_model->preview().records());
    QApplication::restoreOverrideCursor();
    m_progress->hide();
    if (!imported) {
        m_summary->setText(checkedSummary);
        m_import->setEnabled(true);
        m_error->setText(imported.error());
        m_error->show();
        return;
    }
    m_imported = imported.value();
    QDialog::accept();
}

void ImportDialog::reject()
{
    if (m_context.editor.isWritingAway())
        return; // the rows are being written (keys and closes are dropped; this is for code)
    stopWorker();
    QDialog::reject();
}
