#include "ActionTableView.h"

#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QMenu>

namespace atc {

using namespace Qt::Literals::StringLiterals;

ActionTableView::ActionTableView(QWidget *parent) : QTableView(parent) {}

void ActionTableView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QMenu *ActionTableView::createContextMenu(const QPoint &pos)
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

void ActionTableView::contextMenuEvent(QContextMenuEvent *event)
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
