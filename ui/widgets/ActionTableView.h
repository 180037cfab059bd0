#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QMenu;

namespace atc {

/**
 * A table view with the window's actions as its right-click menu: the connector tables of the
 * main window (tenant connectors, subscription connectors) share it.
 */
class ActionTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ActionTableView(QWidget *parent = nullptr);

    /**
     * The actions of the right-click menu (null: a separator). They stay the caller's: the
     * menu only lists them, so texts, enabled states and shortcuts are the window's.
     */
    void setContextActions(const QList<QAction *> &actions);
    /**
     * What a right-click at `pos` (viewport coordinates) shows: the row there becomes current
     * and selected (unless it already is in the selection), then the menu of the actions.
     * The caller owns the menu.
     */
    QMenu *createContextMenu(const QPoint &pos);

Q_SIGNALS:
    /** The menu is about to be built (the row is selected): the window adjusts its actions. */
    void contextMenuAboutToShow();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QList<QAction *> m_contextActions;
};

} // namespace atc
