#include "RunHistoryView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "ConnectorTableModel.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column
{
    StartedColumn,
    DurationColumn,
    StateColumn,
    AssetsColumn,
    ConnectorsColumn,
    SubscriptionsColumn,
    ErrorsColumn,
    ColumnCount
};

QStandardItem *item(const QString &text, const QVariant &sortKey = {}, const QString &toolTip = {})
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), RunHistoryView::SortRole);
    if (!toolTip.isEmpty())
        i->setToolTip(toolTip);
    else if (!text.isEmpty())
        i->setToolTip(text);
    return i;
}

QString timeText(const QDateTime &t)
{
    return ConnectorTableModel::timeText(t);
}

} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_table(new QTableView(this)), m_details(new QPlainTextEdit(this)),
      m_copyButton(new QPushButton(tr("C&opy Details"), this)),
      m_copyAction(new QAction(tr("C&opy Details"), this))
{
    setObjectName(u"runHistoryView"_s);
    m_model->setHorizontalHeaderLabels(
        {tr("Started"), tr("Duration"), tr("State"), tr("Assets created / updated / removed"),
         tr("Connectors created / disabled"), tr("Subscriptions"), tr("Errors")});
    m_table->setObjectName(u"runHistoryTable"_s);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Run history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line a run, elided: the whole errors are in the details beside it and the tooltip.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ErrorsColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);

    m_copyAction->setObjectName(u"copyRunDetailsAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setEnabled(false);
    m_table->addAction(m_copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyAction, &QAction::triggered, this, &RunHistoryView::copyDetails);

    m_details->setObjectName(u"runDetailsText"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details of the selected run"));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_copyButton->setObjectName(u"copyRunDetailsButton"_s);
    m_copyButton->setToolTip(tr("Copy the selected run's details as plain text, for a ticket or "
                                "an e-mail."));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &RunHistoryView::copyDetails);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Details of the selected run"), detailsPane);
    title->setBuddy(m_details);
    detailsLayout->addWidget(title);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"runHistorySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryView::showDetails);
}

void RunHistoryView::clear()
{
    m_runs.clear();
    m_model->removeRows(0, m_model->rowCount());
    showDetails();
}

void RunHistoryView::setRuns(const QList<RunSummary> &runs, const QString &profileName)
{
    const int selected = selectedIndex();
    const qint64 keep = selected >= 0 ? m_runs.at(selected).runId : 0;
    m_model->removeRows(0, m_model->rowCount());
    m_runs = runs;
    m_profileName = profileName;
    const QLocale locale;
    int keepRow = 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunSummary &r = m_runs.at(i);
        if (r.runId == keep)
            keepRow = i;
        QString state = connectorStateDisplayName(r.state);
        if (r.cancelled)
            state = tr("Cancelled");
        else if (r.finished.isNull())
            state = tr("Running");
        const RunCounts &n = r.counts;
        const qint64 ms = r.durationMs();
        QString errors = r.errors.isEmpty() ? tr("None") : r.errors.constFirst();
        if (r.errors.size() > 1)
            errors = tr("%1 (and %n more)", nullptr, int(r.errors.size() - 1)).arg(errors);
        if (!r.errorCodes.isEmpty())
            errors = tr("[%1] %2").arg(r.errorCodes.join(u", "_s), errors);
        QList<QStandardItem *> row;
        QStandardItem *started = item(timeText(r.started), r.started);
        started->setData(r.runId, RunIdRole);
        QStandardItem *stateItem = item(state);
        stateItem->setIcon(stateIcon(this, r.cancelled ? ConnectorState::Queued : r.state));
        row << started
            << item(ms >= 0 ? RunSummary::durationText(ms)
                            : (r.finished.isNull() ? tr("running") : QString()),
                    ms)
            << stateItem
            << item(tr("%1 / %2 / %3")
                        .arg(locale.toString(n.assetsCreated), locale.toString(n.assetsUpdated),
                             locale.toString(n.assetsRemoved)),
                    n.assetsCreated + n.assetsUpdated + n.assetsRemoved)
            << item(tr("%1 / %2").arg(n.connectorsCreated).arg(n.connectorsDisabled),
                    n.connectorsCreated + n.connectorsDisabled)
            << item(n.subscriptionsOk + n.subscriptionsFailed > 0
                        ? tr("%n subscription(s)", nullptr,
                             n.subscriptionsOk + n.subscriptionsFailed)
                        : QString(),
                    n.subscriptionsOk + n.subscriptionsFailed)
            << item(errors, {}, r.errors.isEmpty() ? QString() : r.errors.join(u'\n'));
        m_model->appendRow(row);
    }
    if (!m_runs.isEmpty())
        m_table->selectRow(keepRow); // shows its details
    else
        showDetails();
}

int RunHistoryView::selectedIndex() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const qint64 id =
        m_model->index(rows.first().row(), StartedColumn).data(RunIdRole).toLongLong();
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).runId == id)
            return i;
    }
    return -1;
}

QString RunHistoryView::detailsText() const
{
    int i = selectedIndex();
    if (i < 0 && !m_runs.isEmpty())
        i = 0; // the newest
    return i < 0 ? QString() : m_runs.at(i).detailsText(m_profileName);
}

void RunHistoryView::showDetails()
{
    const QString text = selectedIndex() >= 0 ? detailsText() : QString();
    m_details->setPlainText(text);
    m_copyButton->setEnabled(!text.isEmpty());
    m_copyAction->setEnabled(!text.isEmpty());
}

void RunHistoryView::copyDetails()
{
    const QString text = detailsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QIcon RunHistoryView::stateIcon(const QWidget *widget, ConnectorState state)
{
    QStyle *s = widget->style();
    switch (state) {
    case ConnectorState::FinishedSuccessfully:
        return s->standardIcon(QStyle::SP_DialogApplyButton);
    case ConnectorState::FinishedWithErrors:
        return s->standardIcon(QStyle::SP_MessageBoxWarning);
    case ConnectorState::Error:
        return s->standardIcon(QStyle::SP_MessageBoxCritical);
    case ConnectorState::Running:
        return s->standardIcon(QStyle::SP_BrowserReload);
    case ConnectorState::Disabled:
        return s->standardIcon(QStyle::SP_DialogCancelButton);
    case ConnectorState::Queued:
        break;
    }
    return s->standardIcon(QStyle::SP_MediaPause);
}

} // namespace atc
