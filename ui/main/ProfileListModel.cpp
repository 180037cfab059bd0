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
    case ScopeColumn:
        return scopeSummary(*p);
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
    case TenantColumn:
        return tr("Tenant");
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
