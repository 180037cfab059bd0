#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QMenu;

namespace atc {

/**
 * The main window's list of tenant connectors (ProfileListModel through a sort proxy): whole
 * rows, one at a time, sorted by name, read-only; Tab leaves the table, arrows move inside.
 */
class ProfileTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ProfileTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

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
    void resizeEvent(QResizeEvent *event) override;

private:
    /**
     * Every column in the viewport: each wants its contents (Name, Tenant and Scope up to a
     * cap), those three give way down to their titles when the table is too narrow, and Last
     * error stretches over the rest. Not after the user dragged a column.
     */
    void fitColumns();

    QList<QAction *> m_contextActions;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace atc
