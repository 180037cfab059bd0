#include "ProfileTableView.h"

#include <QHeaderView>

#include "ProfileListModel.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

ProfileTableView::ProfileTableView(QAbstractItemModel *model, QWidget *parent) : QTableView(parent)
{
    setObjectName(u"profileTable"_s);
    setTabKeyNavigation(false); // Tab moves on to the next control; arrows move inside
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(ProfileListModel::NameColumn, Qt::AscendingOrder);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
}

} // namespace atc
