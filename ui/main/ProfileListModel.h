#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "model/ConnectorProfile.h"

namespace atc::ui {

/**
 * The saved tenant connector profiles as a table: name, tenant, scope, last modified. A
 * disabled tenant connector is greyed, its name followed by "(disabled)".
 */
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TenantColumn,
        ScopeColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        ProfileIdRole = Qt::UserRole + 1,
        SortRole,    ///< a sortable value of the cell (the timestamp for ModifiedColumn)
        EnabledRole, ///< bool: ConnectorProfile::enabled
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

private:
    QList<ConnectorProfile> m_profiles;
};

} // namespace atc::ui
