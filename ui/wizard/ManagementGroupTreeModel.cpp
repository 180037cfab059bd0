#include "ManagementGroupTreeModel.h"

#include <algorithm>

namespace atc {

using namespace Qt::Literals::StringLiterals;

ManagementGroupTreeModel::ManagementGroupTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ManagementGroupTreeModel::setSnapshot(const TenantSnapshot &snapshot)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byName.clear();

    const auto &groups = snapshot.managementGroups;
    QHash<QString, int> byName; // snapshot index by group name
    byName.reserve(groups.size());
    for (int i = 0; i < groups.size(); ++i)
        byName.insert(groups.at(i).name, i);

    QVector<QVector<int>> children(groups.size());
    QVector<int> roots;
    for (int i = 0; i < groups.size(); ++i) {
        const int parent = byName.value(groups.at(i).parentName, -1);
        if (parent < 0 || parent == i)
            roots.append(i);
        else
            children[parent].append(i);
    }
    const auto byDisplayName = [&groups](int a, int b) {
        const int c =
            groups.at(a).displayName.compare(groups.at(b).displayName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : groups.at(a).name < groups.at(b).name;
    };
    for (auto &list : children)
        std::sort(list.begin(), list.end(), byDisplayName);
    std::sort(roots.begin(), roots.end(), byDisplayName);

    // Direct subscription counts per snapshot group.
    QVector<int> direct(groups.size(), 0);
    for (const Subscription &s : snapshot.subscriptions) {
        const int g = byName.value(s.managementGroupName, -1);
        if (g >= 0)
            ++direct[g];
    }

    // Iterative pre-order walk; groups in a parent cycle are never reached from a root, so
    // they are appended as extra roots afterwards.
    QVector<char> visited(groups.size(), 0);
    m_nodes.reserve(groups.size());
    const auto walk = [&](int start, int rootRow) {
        struct Frame
        {
            int group;
            int node;
            int next;
        };
        QVector<Frame> stack;
        const auto push = [&](int group, int parentNode, int row) {
            visited[group] = 1;
            Node n;
            n.name = groups.at(group).name;
            n.displayName =
                groups.at(group).displayName.isEmpty() ? n.name : groups.at(group).displayName;
            n.parent = parentNode;
            n.row = row;
            n.subscriptions = direct.at(group);
            m_nodes.append(n);
            const int node = int(m_nodes.size()) - 1;
            if (parentNode >= 0)
                m_nodes[parentNode].childNodes.append(node);
            else
                m_roots.append(node);
            stack.append({group, node, 0});
        };
        push(start, -1, rootRow);
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const auto &kids = children.at(top.group);
            while (top.next < kids.size() && visited.at(kids.at(top.next)))
                ++top.next;
            if (top.next < kids.size()) {
                const int kid = kids.at(top.next++);
                const int parentNode = top.node;
                push(kid, parentNode, int(m_nodes.at(parentNode).childNodes.size()));
            } else {
                Node &done = m_nodes[top.node];
                done.end = int(m_nodes.size());
                done.children = int(done.childNodes.size());
                const int finished = top.node;
                stack.removeLast();
                if (!stack.isEmpty())
                    m_nodes[stack.last().node].subscriptions += m_nodes.at(finished).subscriptions;
            }
        }
    };
    for (int r : std::as_const(roots))
        walk(r, int(m_roots.size()));
    for (int i = 0; i < groups.size(); ++i) {
        if (!visited.at(i))
            walk(i, int(m_roots.size()));
    }

    m_byName.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        m_byName.insert(m_nodes.at(i).name, i);
    m_checked = QVector<char>(m_nodes.size(), 0);
    m_checkedBelow = QVector<char>(m_nodes.size(), 0);
    endResetModel();
}

int ManagementGroupTreeModel::subscriptionCount(const QString &group) const
{
    const int n = m_byName.value(group, -1);
    return n < 0 ? -1 : m_nodes.at(n).subscriptions;
}

QStringList ManagementGroupTreeModel::checkedGroups() const
{
    QStringList out;
    for (int i = 0; i < m_nodes.size();) {
        if (m_checked.at(i)) {
            out.append(m_nodes.at(i).name);
            i = m_nodes.at(i).end; // descendants are implied
        } else {
            ++i;
        }
    }
    return out;
}

void ManagementGroupTreeModel::setCheckedGroups(const QStringList &groups)
{
    QVector<Qt::CheckState> before(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        before[i] = stateOf(i);
    std::fill(m_checked.begin(), m_checked.end(), 0);
    for (const QString &g : groups) {
        const int n = m_byName.value(g, -1);
        if (n >= 0)
            std::fill(m_checked.begin() + n, m_checked.begin() + m_nodes.at(n).end, 1);
    }
    recomputePartial();
    emitStateChanges(before);
}

bool ManagementGroupTreeModel::setGroupChecked(const QString &group, bool checked)
{
    const int n = m_byName.value(group, -1);
    if (n < 0)
        return false;
    QVector<Qt::CheckState> before(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        before[i] = stateOf(i);
    applyCheck(n, checked);
    recomputePartial();
    emitStateChanges(before);
    Q_EMIT checkedGroupsChanged();
    return true;
}

QModelIndex ManagementGroupTreeModel::indexOfGroup(const QString &group) const
{
    const int n = m_byName.value(group, -1);
    return n < 0 ? QModelIndex() : createIndex(m_nodes.at(n).row, NameColumn, quintptr(n));
}

void ManagementGroupTreeModel::applyCheck(int node, bool checked)
{
    std::fill(m_checked.begin() + node, m_checked.begin() + m_nodes.at(node).end, checked ? 1 : 0);
    if (!checked) {
        for (int p = m_nodes.at(node).parent; p >= 0; p = m_nodes.at(p).parent)
            m_checked[p] = 0;
    }
}

void ManagementGroupTreeModel::recomputePartial()
{
    std::fill(m_checkedBelow.begin(), m_checkedBelow.end(), 0);
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        const int p = m_nodes.at(i).parent;
        if (p >= 0 && (m_checked.at(i) || m_checkedBelow.at(i)))
            m_checkedBelow[p] = 1;
    }
}

Qt::CheckState ManagementGroupTreeModel::stateOf(int node) const
{
    if (m_checked.at(node))
        return Qt::Checked;
    return m_checkedBelow.at(node) ? Qt::PartiallyChecked : Qt::Unchecked;
}

void ManagementGroupTreeModel::emitStateChanges(const QVector<Qt::CheckState> &before)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (before.at(i) != stateOf(i)) {
            const QModelIndex idx = createIndex(m_nodes.at(i).row, NameColumn, quintptr(i));
            Q_EMIT dataChanged(idx, idx, {Qt::CheckStateRole});
        }
    }
}

QModelIndex ManagementGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_roots.size())
            return {};
        return createIndex(row, column, quintptr(m_roots.at(row)));
    }
    const Node &p = m_nodes.at(int(parent.internalId()));
    if (row >= p.childNodes.size())
        return {};
    return createIndex(row, column, quintptr(p.childNodes.at(row)));
}

QModelIndex ManagementGroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, NameColumn, quintptr(p));
}

int ManagementGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != NameColumn)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).childNodes.size());
}

int ManagementGroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ManagementGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int n = int(index.internalId());
    const Node &node = m_nodes.at(n);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.displayName;
        case IdColumn:
            return node.name;
        case SubscriptionsColumn:
            return node.subscriptions;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return stateOf(n);
        break;
    case Qt::ToolTipRole:
        return tr("%1 (%2): %n subscription(s) in this group and below", nullptr,
                  node.subscriptions)
            .arg(node.displayName, node.name);
    case Qt::TextAlignmentRole:
        if (index.column() == SubscriptionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case GroupNameRole:
        return node.name;
    case SubscriptionCountRole:
        return node.subscriptions;
    default:
        break;
    }
    return {};
}

bool ManagementGroupTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    return setGroupChecked(m_nodes.at(int(index.internalId())).name, state != Qt::Unchecked);
}

Qt::ItemFlags ManagementGroupTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ManagementGroupTreeModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Management group");
    case IdColumn:
        return tr("Group ID");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    }
    return {};
}

} // namespace atc
