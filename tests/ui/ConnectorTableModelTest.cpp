// The main window's connector table model: cells formatted on demand, typed sort keys, and a
// refresh that keeps the selection when the connectors are the same.
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

#include "main/ConnectorTableModel.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

SubscriptionConnector connector(qint64 id, const QString &name, int assets, const QDateTime &last,
                                const QString &path = u"Tenant Root Group / Corp"_s)
{
    SubscriptionConnector c;
    c.id = id;
    c.profileId = u"p"_s;
    c.subscriptionId = u"0000000%1-0000-0000-0000-000000000000"_s.arg(id);
    c.subscriptionName = u"Sub "_s + name;
    c.name = name;
    c.assetCount = assets;
    c.lastRun = last;
    c.managementGroupPath = path;
    c.state = ConnectorState::FinishedSuccessfully;
    return c;
}

const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

TEST(ConnectorTableModel, CellsTooltipsAndTheUnknownPath)
{
    ConnectorTableModel m;
    m.setConnectors({connector(1, u"a"_s, 12, kT0), connector(2, u"b"_s, 3, kT0, {})});
    ASSERT_EQ(m.rowCount(), 2);
    EXPECT_EQ(m.index(0, ConnectorTableModel::NameColumn).data().toString(), u"a"_s);
    EXPECT_EQ(m.index(0, ConnectorTableModel::SubscriptionColumn).data().toString(), u"Sub a"_s);
    EXPECT_EQ(m.index(0, ConnectorTableModel::SubscriptionColumn).data(Qt::ToolTipRole).toString(),
              m.connectors().at(0).subscriptionId);
    EXPECT_EQ(m.index(0, ConnectorTableModel::GroupPathColumn).data().toString(),
              u"Tenant Root Group / Corp"_s);
    EXPECT_EQ(m.index(1, ConnectorTableModel::GroupPathColumn).data().toString(),
              u"not known yet"_s);
    EXPECT_FALSE(m.index(1, ConnectorTableModel::GroupPathColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    EXPECT_EQ(m.index(1, ConnectorTableModel::NameColumn)
                  .data(ConnectorTableModel::ConnectorIdRole)
                  .toLongLong(),
              2);
}

TEST(ConnectorTableModel, SortsDatesAndCountsByValue)
{
    ConnectorTableModel m;
    // Text order would put "9" after "12" and "10:00" dates wrongly across days.
    m.setConnectors({connector(1, u"a"_s, 12, kT0.addDays(1)), connector(2, u"b"_s, 9, kT0),
                     connector(3, u"c"_s, 100, kT0.addSecs(3600))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m);
    proxy.setSortRole(ConnectorTableModel::SortRole);
    proxy.sort(ConnectorTableModel::AssetsColumn, Qt::AscendingOrder);
    QStringList byAssets;
    for (int r = 0; r < proxy.rowCount(); ++r)
        byAssets << proxy.index(r, ConnectorTableModel::NameColumn).data().toString();
    EXPECT_EQ(byAssets, (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    proxy.sort(ConnectorTableModel::LastRunColumn, Qt::AscendingOrder);
    QStringList byLastRun;
    for (int r = 0; r < proxy.rowCount(); ++r)
        byLastRun << proxy.index(r, ConnectorTableModel::NameColumn).data().toString();
    EXPECT_EQ(byLastRun, (QStringList{u"b"_s, u"c"_s, u"a"_s}));
}

TEST(ConnectorTableModel, SameConnectorsUpdateInPlaceOthersReset)
{
    ConnectorTableModel m;
    QTableView view;
    view.setModel(&m);
    m.setConnectors({connector(1, u"a"_s, 1, kT0), connector(2, u"b"_s, 2, kT0)});
    view.selectionModel()->select(m.index(1, 0), QItemSelectionModel::Select);

    int resets = 0;
    QObject::connect(&m, &QAbstractItemModel::modelReset, &m, [&resets] { ++resets; });
    // A run updates states and counts: same ids, same order → no reset, selection kept.
    QList<SubscriptionConnector> updated = m.connectors();
    updated[1].state = ConnectorState::Running;
    updated[1].assetCount = 42;
    m.setConnectors(updated);
    EXPECT_EQ(resets, 0);
    EXPECT_TRUE(view.selectionModel()->isSelected(m.index(1, 0)));
    EXPECT_EQ(m.index(1, ConnectorTableModel::AssetsColumn).data().toString(), u"42"_s);

    // A connector created by the run: a reset.
    updated.append(connector(3, u"c"_s, 0, {}));
    m.setConnectors(updated);
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(m.rowCount(), 3);
}

} // namespace
