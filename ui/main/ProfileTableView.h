#pragma once

#include "widgets/ActionTableView.h"

namespace atc {

/**
 * The main window's list of tenant connectors (ProfileListModel through a sort proxy): whole
 * rows, one at a time, sorted by name, read-only; Tab leaves the table, arrows move inside.
 */
class ProfileTableView : public ActionTableView
{
    Q_OBJECT
public:
    explicit ProfileTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /**
     * Every column in the viewport: each wants its contents (Name, Tenant and Scope up to a
     * cap), those three give way down to their titles when the table is too narrow, and Last
     * error stretches over the rest. Not after the user dragged a column.
     */
    void fitColumns();

    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace atc
