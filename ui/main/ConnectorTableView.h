#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QMenu;

namespace atc {

/**
 * The subscription connectors table of the main window over a ConnectorTableModel (through a
 * sort/filter proxy): rows selected as a whole, several at once, sorted by name; column widths
 * from the font and never narrower than their titles (fitColumns()); the management-group path
 * elided on the left.
 */
class ConnectorTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ConnectorTableView(QWidget *parent = nullptr);
    /** Sets the model, then the widths (a header exists only with a model). */
    void setModel(QAbstractItemModel *model) override;

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
     * Every column at least as wide as its title (in any language, at any scale); Name,
     * Subscription, Management group path and Status at their usual widths, giving way down to
     * their titles when the table is narrow; Last error takes the rest. Once the user drags a
     * column, the widths are theirs.
     */
    void fitColumns();

    QList<QAction *> m_contextActions;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace atc
