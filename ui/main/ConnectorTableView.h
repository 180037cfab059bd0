#pragma once

#include "widgets/ActionTableView.h"

namespace atc {

/**
 * The subscription connectors table of the main window over a ConnectorTableModel (through a
 * sort/filter proxy): rows selected as a whole, several at once, sorted by name; column widths
 * from the font and never narrower than their titles (fitColumns()); the management-group path
 * elided on the left.
 */
class ConnectorTableView : public ActionTableView
{
    Q_OBJECT
public:
    explicit ConnectorTableView(QWidget *parent = nullptr);
    /** Sets the model, then the widths (a header exists only with a model). */
    void setModel(QAbstractItemModel *model) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /**
     * Every column at least as wide as its title (in any language, at any scale); Name,
     * Subscription, Management group path and Status at their usual widths, giving way down to
     * their titles when the table is narrow; Last error takes the rest. Once the user drags a
     * column, the widths are theirs.
     */
    void fitColumns();

    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace atc
