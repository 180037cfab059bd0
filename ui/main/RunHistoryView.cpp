#include "RunHistoryView.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>

#include "ConnectorTableModel.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QStandardItem *item(const QString &text, const QVariant &sortKey = {})
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), RunHistoryView::SortRole);
    if (!text.isEmpty())
        i->setToolTip(text);
    return i;
}

QString timeText(const QDateTime &t)
{
    return ConnectorTableModel::timeText(t);
}

} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : QTableView(parent), m_model(new QStandardItemModel(0, 7, this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("Started"), tr("Finished"), tr("State"), tr("Assets created / updated / removed"),
         tr("Connectors created / disabled"), tr("Subscriptions"), tr("Errors")});
    setObjectName(u"runHistoryTable"_s);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Run history"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void RunHistoryView::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

void RunHistoryView::setRuns(const QList<RunSummary> &runs)
{
    clear();
    for (const RunSummary &r : runs) {
        QString state = connectorStateDisplayName(r.state);
        if (r.cancelled)
            state = tr("Cancelled");
        else if (r.finished.isNull())
            state = tr("Running");
        const RunCounts &n = r.counts;
        QList<QStandardItem *> row;
        QStandardItem *stateItem = item(state);
        stateItem->setIcon(stateIcon(this, r.cancelled ? ConnectorState::Queued : r.state));
        row << item(timeText(r.started)) << item(timeText(r.finished)) << stateItem
            << item(tr("%1 / %2 / %3")
                        .arg(QLocale().toString(n.assetsCreated),
                             QLocale().toString(n.assetsUpdated),
                             QLocale().toString(n.assetsRemoved)))
            << item(tr("%1 / %2").arg(n.connectorsCreated).arg(n.connectorsDisabled))
            << item(n.subscriptionsOk + n.subscriptionsFailed > 0
                        ? tr("%n subscription(s)", nullptr,
                             n.subscriptionsOk + n.subscriptionsFailed)
                        : QString())
            << item(r.errors.isEmpty() ? tr("None") : r.errors.join(u'\n'));
        m_model->appendRow(row);
    }
    resizeRowsToContents();
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
