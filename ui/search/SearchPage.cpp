#include "SearchPage.h"

#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "common/RichTextDelegate.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "store/ProgrammeQueries.h"
#include "store/SearchQueries.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

SearchPage::SearchPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_themes(new ChoiceListModel(this)),
      m_results(new SearchResultsModel(this)), m_search(new QLineEdit(this)), m_theme(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_status(new QLabel(this)), m_view(new QListView(this)), m_timer(new QTimer(this)),
      m_reader(new BackgroundRead(context.database.path(), this))
{
    m_themes->setChoices(ProgrammeQueries(context.database.connection()).themes().value_or({}), tr("All themes"));
    m_theme->setModel(m_themes);
    m_theme->setAccessibleName(tr("Theme"));
    m_kind->addItem(tr("Every entry"), QString());
    for (const QString &key : SearchQueries::kinds())
        m_kind->addItem(key == QLatin1String("action") ? tr("Action items") : Vocabulary::noteKindLabel(key), key);
    m_kind->setAccessibleName(tr("Entry type"));
    m_search->setPlaceholderText(tr("Search every pairing's minutes: lessons, decisions, good practices, actions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_view->setModel(m_results);
    m_view->setItemDelegate(new RichTextDelegate(SearchResultsModel::HtmlRole, m_view));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_theme, 1);
    filters->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SearchPage::search);
    connect(m_timer, &QTimer::timeout, this, &SearchPage::search);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SearchPage::search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPage::search);
    connect(m_view, &QListView::activated, this, &SearchPage::editCurrent);
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
        if (entity != ChangeNotifier::Entity::Note && entity != ChangeNotifier::Entity::ActionItem)
            return;
        // What was found may have changed; a hidden page searches again when it is shown.
        if (isVisible())
            m_timer->start();
        else
            m_stale = true;
    });
    search();
}

void SearchPage::search()
{
    m_timer->stop();
    m_stale = false;
    SearchFilter filter;
    const int theme = m_theme->currentIndex();
    filter.themeCode = theme > 0 ? m_themes->index(theme).data(ChoiceListModel::CodeRole).toString() : QString();
    filter.kind = m_kind->currentData().toString();
    // Search as you type: the word being typed counts as a prefix until a space ends it.
    QString text = m_search->text();
    if (!text.isEmpty() && !text.back().isSpace() && !text.endsWith(u'*'))
        text += u'*';
    // A very common word ranks hundreds of thousands of entries on a large file (BENCHMARKS.md):
    // the search runs on a worker and only the newest one's hits are shown.
    const QString typed = m_search->text();
    m_reader->start<QList<SearchHit>>(
        [text, filter](QSqlDatabase db) { return SearchQueries(db).search(text, filter); },
        [this, typed](Result<QList<SearchHit>> hits) { showHits(hits, typed); });
}

void SearchPage::showHits(const Result<QList<SearchHit>> &hits, const QString &typed)
{
    if (!hits) {
        m_results->setHits({});
        m_status->setText(hits.error());
        emit searched();
        return;
    }
    m_results->setHits(hits.value());
    if (SearchQueries::matchExpression(typed).isEmpty())
        m_status->setText(tr("Type words to find them in every session's minutes."));
    else if (hits->isEmpty())
        m_status->setText(tr("Nothing found."));
    else
        m_status->setText(tr("Found: %1 (best first). Enter opens the session at that entry.").arg(hits->size()));
    emit searched();
}

void SearchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        search();
}

QString SearchPage::statusText() const
{
    return m_status->text();
}

void SearchPage::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const SearchHit hit = m_results->hitAt(current.row());
    emit openEntryRequested(hit.sessionId, hit.source, hit.id);
}

void SearchPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}
