#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "model/ConnectorProfile.h"

namespace atc {

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

private:
    QList<ConnectorProfile> m_profiles;
    QHash<QString, QString> m_problems; ///< id → ProfileValidator's words, invalid ones only
};

} // namespace atc
