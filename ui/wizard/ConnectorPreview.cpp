#include "ConnectorPreview.h"

#include <QFont>
#include <QHash>
#include <QSet>

#include "azure/ScopeResolver.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QString ConnectorPreview::connectorName(const QString &prefix, const QString &subscriptionName)
{
    const QString p = prefix.trimmed();
    if (p.isEmpty())
        return subscriptionName;
    const QChar last = prefix.back();
    if (last == u' ' || last == u'-' || last == u'_' || last == u'.')
        return prefix + subscriptionName;
    return p + u'-' + subscriptionName;
}

Preview ConnectorPreview::build(const TenantSnapshot &snapshot, const ConnectorProfile &profile)
{
    const ScopeResolution scope =
        ScopeResolver::resolve(snapshot, profile.scopeMode, profile.selectedManagementGroups,
                               profile.excludedManagementGroups);

    const QHash<QString, QString> paths = ScopeResolver::managementGroupPaths(snapshot);

    Preview preview;
    preview.rows.reserve(scope.inScope.size() + scope.skipped.size());
    QSet<QString> used;
    used.reserve(scope.inScope.size());
    for (const Subscription &s : scope.inScope) {
        PreviewRow row;
        row.subscriptionId = s.subscriptionId;
        row.subscriptionName = s.displayName.isEmpty() ? s.subscriptionId : s.displayName;
        row.managementGroupPath = paths.value(s.subscriptionId.toLower());
        row.stateText = s.stateText;
        const QString base = connectorName(profile.connectorNamePrefix, row.subscriptionName);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n)
            name = base + u" ("_s + QString::number(n) + u')';
        row.renamed = name != base;
        used.insert(name.toCaseFolded());
        row.connectorName = name;
        preview.renamed += row.renamed ? 1 : 0;
        preview.rows.append(row);
    }
    preview.toCreate = int(scope.inScope.size());
    for (const Subscription &s : scope.skipped) {
        PreviewRow row;
        row.subscriptionId = s.subscriptionId;
        row.subscriptionName = s.displayName.isEmpty() ? s.subscriptionId : s.displayName;
        row.managementGroupPath = paths.value(s.subscriptionId.toLower());
        row.skipped = true;
        row.stateText = s.stateText.isEmpty() ? subscriptionStateToString(s.state) : s.stateText;
        preview.rows.append(row);
    }
    preview.skipped = int(scope.skipped.size());
    preview.outOfScope = int(scope.outOfScope.size());
    return preview;
}

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewModel::setPreview(Preview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size())
        return {};
    const PreviewRow &row = m_preview.rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ConnectorNameColumn:
            return row.skipped ? tr("(none)") : row.connectorName;
        case SubscriptionColumn:
            return row.subscriptionName;
        case SubscriptionIdColumn:
            return row.subscriptionId;
        case PathColumn:
            return row.managementGroupPath;
        case ActionColumn:
            if (row.skipped)
                return tr("Skip (%1)").arg(row.stateText);
            return row.renamed ? tr("Create (renamed: name taken)") : tr("Create");
        }
    } else if (role == Qt::ToolTipRole) {
        if (row.skipped)
            return tr("Subscription \"%1\" is %2: it is listed but no connector is created.")
                .arg(row.subscriptionName, row.stateText);
        if (row.renamed)
            return tr("Another subscription already gives this connector's plain name; it is "
                      "named \"%1\" instead.")
                .arg(row.connectorName);
    } else if (role == Qt::FontRole && row.skipped) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ConnectorNameColumn:
        return tr("Connector name");
    case SubscriptionColumn:
        return tr("Subscription");
    case SubscriptionIdColumn:
        return tr("Subscription ID");
    case PathColumn:
        return tr("Management group path");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

} // namespace atc
