#pragma once

#include <QTableView>

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
};

} // namespace atc
