#include "ConnectorTableView.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStyledItemDelegate>

#include "ConnectorTableModel.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// "… / Landing Zones / Corp" rather than "Tenant Root Group / Contoso / Lan…": the end of a
// management-group path is what tells connectors apart.
class ElideLeftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

} // namespace

ConnectorTableView::ConnectorTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(u"connectorTable"_s);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Subscription connectors"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    setItemDelegateForColumn(ConnectorTableModel::GroupPathColumn, new ElideLeftDelegate(this));
}

void ConnectorTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    setSortingEnabled(true);
    sortByColumn(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    // Widths from the font (and a real time stamp), not fixed pixels: they hold at 150 % and
    // in longer languages. The path keeps its most specific end visible.
    const QFontMetrics fm = fontMetrics();
    const int ch = fm.averageCharWidth();
    const int time = fm.horizontalAdvance(ConnectorTableModel::timeText(
                         QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)))) +
                     2 * ch;
    const int widths[ConnectorTableModel::ColumnCount] = {36 * ch, 28 * ch, 40 * ch, 27 * ch,
                                                          time,    time,    8 * ch,  12 * ch};
    for (int c = 0; c < ConnectorTableModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
}

void ConnectorTableView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QMenu *ConnectorTableView::createContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), index.parent()))
        setCurrentIndex(index); // selects the row (whole rows)
    Q_EMIT contextMenuAboutToShow();
    auto *menu = new QMenu(this);
    menu->setObjectName(objectName() + u"ContextMenu"_s);
    for (QAction *a : std::as_const(m_contextActions)) {
        if (a)
            menu->addAction(a);
        else
            menu->addSeparator();
    }
    return menu;
}

void ConnectorTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty()) {
        QTableView::contextMenuEvent(event);
        return;
    }
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // From the keyboard (Menu key) the event's position is the current cell's.
    menu->popup(event->globalPos());
}

} // namespace atc
