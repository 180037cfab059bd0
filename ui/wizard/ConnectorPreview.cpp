#include "ConnectorPreview.h"

#include <QFont>
#include <QHash>
#include <QSet>

#include "azure/ScopeResolver.h"
#include "runtime/Reconciler.h"

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
        row.action = PreviewRow::Action::Skip;
        row.stateText = s.stateText.isEmpty() ? subscriptionStateToString(s.state) : s.stateText;
        preview.rows.append(row);
    }
    preview.skipped = int(scope.skipped.size());
    preview.outOfScope = int(scope.outOfScope.size());
    return preview;
}

Preview ConnectorPreview::build(const TenantSnapshot &snapshot, const ConnectorProfile &profile,
                                const QList<SubscriptionConnector> &existing)
{
    if (existing.isEmpty())
        return build(snapshot, profile);
    const ScopeResolution scope =
        ScopeResolver::resolve(snapshot, profile.scopeMode, profile.selectedManagementGroups,
                               profile.excludedManagementGroups);
    Reconciler::Options options =
        Reconciler::Options::fromProfile(profile, false, QDateTime::currentDateTimeUtc());
    options.managementGroupPaths = ScopeResolver::managementGroupPaths(snapshot);
    const Reconciler::Result result = Reconciler::reconcile(existing, scope, options);

    QHash<QString, const Subscription *> subscriptions;
    for (const Subscription &s : snapshot.subscriptions)
        subscriptions.insert(s.subscriptionId.toLower(), &s);
    QHash<qint64, const SubscriptionConnector *> before;
    QSet<QString> connected;
    for (const SubscriptionConnector &c : existing) {
        before.insert(c.id, &c);
        connected.insert(c.subscriptionId.toLower());
    }

    Preview preview;
    preview.edit = true;
    preview.outOfScope = int(scope.outOfScope.size());
    QVector<PreviewRow> off; // listed after the active ones
    for (const SubscriptionConnector &c : result.connectors) {
        PreviewRow row;
        row.connectorName = c.name;
        row.subscriptionId = c.subscriptionId;
        row.subscriptionName = c.subscriptionName.isEmpty() ? c.subscriptionId : c.subscriptionName;
        row.managementGroupPath = c.managementGroupPath;
        if (const Subscription *s = subscriptions.value(c.subscriptionId.toLower()))
            row.stateText =
                s->stateText.isEmpty() ? subscriptionStateToString(s->state) : s->stateText;
        const SubscriptionConnector *old = before.value(c.id);
        if (c.id == 0 || !old) {
            row.action = PreviewRow::Action::Create;
            const Subscription *s = subscriptions.value(c.subscriptionId.toLower());
            row.renamed =
                s && c.name != Reconciler::connectorName(profile.connectorNamePrefix, *s, {});
            ++preview.toCreate;
            preview.renamed += row.renamed ? 1 : 0;
        } else if (old->isRunnable() && c.isRunnable()) {
            row.action = PreviewRow::Action::Keep;
            ++preview.kept;
        } else if (!old->isRunnable() && c.isRunnable()) {
            row.action = PreviewRow::Action::Reenable;
            ++preview.kept;
        } else if (old->isRunnable()) {
            row.action = c.disabled ? PreviewRow::Action::Disable : PreviewRow::Action::Pause;
            row.stateText = flagReasonDisplayName(c.flag);
            ++preview.disabled;
        } else {
            row.action = PreviewRow::Action::StaysOff;
            row.stateText = flagReasonDisplayName(c.flag);
            off.append(row);
            continue;
        }
        preview.rows.append(row);
    }
    for (const QString &id : result.notCreated) {
        PreviewRow row;
        row.subscriptionId = id;
        if (const Subscription *s = subscriptions.value(id.toLower())) {
            row.subscriptionName = s->displayName.isEmpty() ? id : s->displayName;
            row.managementGroupPath = options.managementGroupPaths.value(id.toLower());
        }
        row.action = PreviewRow::Action::NotCreated;
        row.skipped = true;
        ++preview.notCreated;
        preview.rows.append(row);
    }
    for (const Subscription &s : scope.skipped) {
        if (connected.contains(s.subscriptionId.toLower()))
            continue;
        PreviewRow row;
        row.subscriptionId = s.subscriptionId;
        row.subscriptionName = s.displayName.isEmpty() ? s.subscriptionId : s.displayName;
        row.managementGroupPath = options.managementGroupPaths.value(s.subscriptionId.toLower());
        row.action = PreviewRow::Action::Skip;
        row.skipped = true;
        row.stateText = s.stateText.isEmpty() ? subscriptionStateToString(s.state) : s.stateText;
        ++preview.skipped;
        preview.rows.append(row);
    }
    preview.rows.append(off);
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
            return row.connectorName.isEmpty() ? tr("(none)") : row.connectorName;
        case SubscriptionColumn:
            return row.subscriptionName;
        case SubscriptionIdColumn:
            return row.subscriptionId;
        case PathColumn:
            return row.managementGroupPath;
        case ActionColumn:
            switch (row.action) {
            case PreviewRow::Action::Create:
                return row.renamed ? tr("Create (renamed: name taken)") : tr("Create");
            case PreviewRow::Action::Skip:
                return tr("Skip (%1)").arg(row.stateText);
            case PreviewRow::Action::Keep:
                return tr("Keep");
            case PreviewRow::Action::Reenable:
                return tr("Keep (enable again)");
            case PreviewRow::Action::Disable:
                return tr("Disable");
            case PreviewRow::Action::Pause:
                return tr("Keep, not run");
            case PreviewRow::Action::StaysOff:
                return tr("Stays disabled");
            case PreviewRow::Action::NotCreated:
                return tr("Not created (automatic creation is off)");
            }
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (row.action) {
        case PreviewRow::Action::Keep:
            return tr("This connector exists and stays as it is.");
        case PreviewRow::Action::Reenable:
            return tr("This connector exists, was disabled, and is in scope again: it is "
                      "enabled again.");
        case PreviewRow::Action::Disable:
        case PreviewRow::Action::Pause:
        case PreviewRow::Action::StaysOff:
            return row.stateText;
        case PreviewRow::Action::NotCreated:
            return tr("A new subscription in scope: no connector is made for it because "
                      "\"Automatically create connectors for new accounts\" is off.");
        case PreviewRow::Action::Create:
        case PreviewRow::Action::Skip:
            break;
        }
        if (row.skipped)
            return tr("Subscription \"%1\" is %2: it is listed but no connector is created.")
                .arg(row.subscriptionName, row.stateText);
        if (row.renamed)
            return tr("Another subscription already gives this connector's plain name; it is "
                      "named \"%1\" instead.")
                .arg(row.connectorName);
    } else if (role == Qt::FontRole &&
               (row.skipped || row.action == PreviewRow::Action::StaysOff)) {
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
