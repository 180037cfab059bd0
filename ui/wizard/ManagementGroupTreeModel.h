#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>
#include <QVector>

#include "azure/AzureTypes.h"

namespace atc {

/**
 * The management-group hierarchy of a TenantSnapshot with tri-state check boxes. Checking a
 * group checks its whole subtree; unchecking a group also unchecks its ancestors (they no
 * longer cover everything below them). A group with some checked descendants shows as
 * partially checked. Nodes are stored in pre-order, so a subtree is one contiguous range and
 * every update is O(groups). Columns: name, group id, subscriptions (in the whole subtree).
 */
class ManagementGroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        SubscriptionsColumn,
        ColumnCount
    };
    enum Role
    {
        GroupNameRole = Qt::UserRole + 1, ///< the group id (ManagementGroup::name)
        SubscriptionCountRole,
    };

    explicit ManagementGroupTreeModel(QObject *parent = nullptr);

    void setSnapshot(const TenantSnapshot &snapshot);
    int groupCount() const { return int(m_nodes.size()); }
    /** Subscriptions under `group` and its descendants; -1 for an unknown group. */
    int subscriptionCount(const QString &group) const;

    /** The top-most checked groups (a checked group's descendants are implied). */
    QStringList checkedGroups() const;
    /** Checks exactly the subtrees of `groups`; unknown names are ignored. */
    void setCheckedGroups(const QStringList &groups);
    bool setGroupChecked(const QString &group, bool checked);
    QModelIndex indexOfGroup(const QString &group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The user (or setGroupChecked) changed the checked set. */
    void checkedGroupsChanged();

private:
    struct Node
    {
        QString name;
        QString displayName;
        int parent = -1;
        int row = 0; ///< row within the parent (or among the roots)
        int end = 0; ///< one past the last node of the subtree (pre-order)
        int children = 0;
        QVector<int> childNodes;
        int subscriptions = 0; ///< in the whole subtree
    };

    Qt::CheckState stateOf(int node) const;
    void applyCheck(int node, bool checked);
    void recomputePartial();
    void emitStateChanges(const QVector<Qt::CheckState> &before);

    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QString, int> m_byName;
    QVector<char> m_checked;
    QVector<char> m_checkedBelow;
};

} // namespace atc
