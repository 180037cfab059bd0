#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "model/ConnectorProfile.h"
#include "runtime/RuntimeTypes.h"

namespace atc {

/** What the runtime knows of one tenant connector (the State, Assets and Last error columns). */
struct ProfileRunInfo
{
    bool hasStatus = false; ///< the inventory has a status for it (it was created or ran)
    ConnectorState state = ConnectorState::Queued;
    bool everRun = false; ///< a run finished (TenantConnectorStatus::lastRun)
    bool running = false;
    qint64 assets = -1; ///< assets of its subscription connectors; -1 unknown
    QString lastError;  ///< the last run's words; empty after a clean run

    bool operator==(const ProfileRunInfo &o) const;
    bool operator!=(const ProfileRunInfo &o) const { return !(*this == o); }
};

/**
 * The saved tenant connector profiles as a table: name, state, tenant, scope, assets, last
 * error, last modified. A disabled tenant connector is greyed, its name followed by
 * "(disabled)". The State column says one of Invalid, Disabled, Running, Last run OK / with
 * errors / failed, or Enabled (not run yet); long errors are elided, whole in the tooltip.
 */
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        TenantColumn,
        ScopeColumn,
        AssetsColumn,
        LastErrorColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        ProfileIdRole = Qt::UserRole + 1,
        SortRole,     ///< a sortable value of the cell (the timestamp for ModifiedColumn)
        EnabledRole,  ///< bool: ConnectorProfile::enabled
        ProblemsRole, ///< QString: why the profile is not valid (ProfileValidator); empty if valid
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProfiles(QList<ConnectorProfile> profiles);
    const QList<ConnectorProfile> &profiles() const { return m_profiles; }
    /** nullptr for an invalid row. */
    const ConnectorProfile *profileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** "All management groups", "2 selected management groups", … */
    static QString scopeSummary(const ConnectorProfile &profile);
    /** Tenant name, or the directory id when the name is empty. */
    static QString tenantText(const ConnectorProfile &profile);

    /** Why the profile `id` is not valid (it never runs), naming the fields; empty if valid. */
    QString problems(const QString &id) const { return m_problems.value(id); }

    /** The runtime's view of `profileId` (MainWindow keeps it current); repaints its row. */
    void setRunInfo(const QString &profileId, const ProfileRunInfo &info);
    ProfileRunInfo runInfo(const QString &profileId) const { return m_runInfo.value(profileId); }
    /** The State column's words for `profile` (translated). */
    QString stateText(const ConnectorProfile &profile) const;

private:
    QList<ConnectorProfile> m_profiles;
    QHash<QString, QString> m_problems; ///< id → ProfileValidator's words, invalid ones only
    QHash<QString, ProfileRunInfo> m_runInfo; ///< id → the runtime's view
};

} // namespace atc
