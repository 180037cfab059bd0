#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>

#include "qualys/QualysTypes.h"

namespace atc {

/**
 * The member (subscription) connectors that a Qualys platform made for one tenant connector
 * (QualysConnectorStatus), one row each: name, subscription, state in the project's words
 * (QualysMemberConnector::stateTitle, coloured with StatePalette as well), last sync, last
 * error and activated modules.
 */
class QualysMemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SubscriptionColumn,
        StateColumn,
        LastSyncColumn,
        ErrorColumn,
        ModulesColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1, ///< qint64, the platform's id
        StateRole,                       ///< int(QualysMemberConnector::State)
        DisabledRole,                    ///< bool
    };

    explicit QualysMemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<QualysMemberConnector> &members);
    const QList<QualysMemberConnector> &members() const { return m_members; }
    /** The palette whose state colours are used (light or dark). */
    void setPalette(const QPalette &palette) { m_palette = palette; }
    /** The row of `memberId`, or -1. */
    int rowOf(qint64 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QualysMemberConnector> m_members;
    QPalette m_palette;
};

} // namespace atc
