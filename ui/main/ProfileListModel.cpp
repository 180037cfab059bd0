#include "ProfileListModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "model/ProfileValidator.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

void ProfileListModel::setProfiles(QList<ConnectorProfile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    m_problems.clear();
    for (const ConnectorProfile &p : std::as_const(m_profiles)) {
        // The same rules as every save and every run: an invalid file is listed, marked, and
        // never runs (ConnectorRuntime refuses it with the same words).
        const QList<ValidationIssue> issues = ProfileValidator::validateSaved(p);
        if (!issues.isEmpty())
            m_problems.insert(p.id, ProfileValidator::describe(issues, u"\n"_s));
    }
    endResetModel();
}

bool ProfileRunInfo::operator==(const ProfileRunInfo &o) const
{
    return hasStatus == o.hasStatus && state == o.state && everRun == o.everRun &&
           running == o.running && assets == o.assets && lastError == o.lastError;
}

void ProfileListModel::setRunInfo(const QString &profileId, const ProfileRunInfo &info)
{
    const auto it = m_runInfo.constFind(profileId);
    if (it != m_runInfo.cend() && *it == info)
        return;
    m_runInfo.insert(profileId, info);
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profileId)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString ProfileListModel::stateText(const ConnectorProfile &p) const
{
    // One word for where the connector is; the run's details are in its history.
    if (m_problems.contains(p.id))
        return tr("Invalid");
    const ProfileRunInfo info = m_runInfo.value(p.id);
    if (info.running)
        return tr("Running"); // its progress is in the status bar
    if (!p.enabled)
        return tr("Disabled");
    if (info.everRun) {
        switch (info.state) {
        case ConnectorState::FinishedSuccessfully:
            return tr("Last run OK");
        case ConnectorState::FinishedWithErrors:
            return tr("Last run with errors");
        case ConnectorState::Error:
            return tr("Last run failed");
        default:
            break;
        }
    }
    return tr("Enabled");
}

const ConnectorProfile *ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProfileListModel::scopeSummary(const ConnectorProfile &p)
{
    // Singular and plural spelled out: without an English .qm, "%n … (s)" would show as is.
    if (p.scopeMode == ScopeMode::SelectedManagementGroups) {
        const int n = int(p.selectedManagementGroups.size());
        return n == 1 ? tr("1 selected management group")
                      : tr("%1 selected management groups").arg(n);
    }
    const int excluded = int(p.excludedManagementGroups.size());
    if (excluded == 0)
        return tr("All management groups");
    return excluded == 1 ? tr("All management groups, 1 excluded")
                         : tr("All management groups, %1 excluded").arg(excluded);
}

QString ProfileListModel::tenantText(const ConnectorProfile &p)
{
    return p.tenantName.isEmpty() ? p.directoryId : p.tenantName;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    const ConnectorProfile *p = index.isValid() ? profileAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == ProfileIdRole)
        return p->id;
    if (role == EnabledRole)
        return p->enabled;
    const QString problems = m_problems.value(p->id);
    if (role == ProblemsRole)
        return problems;
    const ProfileRunInfo info = m_runInfo.value(p->id);
    // Elided in the table: the whole error in its tooltip.
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn && !info.lastError.isEmpty())
        return info.lastError;
    if (!problems.isEmpty() && role == Qt::ToolTipRole)
        return tr("Not valid: this tenant connector does not run until its profile is "
                  "corrected.\n%1")
            .arg(problems);
    if (!problems.isEmpty() && role == Qt::ForegroundRole)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == TenantColumn)
        return tr("Directory (tenant) ID: %1").arg(p->directoryId);
    if (!p->enabled && role == Qt::ToolTipRole)
        return tr("Disabled: this tenant connector does not run, neither on its schedule nor on "
                  "demand, until it is enabled again.");
    if (!p->enabled && role == Qt::ForegroundRole)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (!problems.isEmpty() && role == Qt::DisplayRole)
            return tr("%1 (invalid)").arg(p->name.left(ProfileValidator::MaxNameLength));
        if (!p->enabled && role == Qt::DisplayRole)
            return tr("%1 (disabled)").arg(p->name);
        return p->name;
    case TenantColumn:
        return tenantText(*p);
    case StateColumn:
        return stateText(*p);
    case ScopeColumn:
        return scopeSummary(*p);
    case AssetsColumn:
        if (role == SortRole)
            return info.assets;
        return info.assets >= 0 ? QLocale().toString(info.assets) : QString();
    case LastErrorColumn:
        // One line in the cell (the first of the error's lines).
        return info.lastError.section(u'\n', 0, 0);
    case ModifiedColumn:
        if (role == SortRole)
            return p->modified;
        return QLocale().toString(p->modified.toLocalTime(), QLocale::ShortFormat);
    default:
        break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case TenantColumn:
        return tr("Tenant");
    case AssetsColumn:
        return tr("Assets");
    case LastErrorColumn:
        return tr("Last error");
    case ScopeColumn:
        return tr("Scope");
    case ModifiedColumn:
        return tr("Last modified");
    default:
        break;
    }
    return {};
}

} // namespace atc
