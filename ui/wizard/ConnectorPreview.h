#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "azure/AzureTypes.h"
#include "model/ConnectorProfile.h"
#include "runtime/RuntimeTypes.h"

namespace atc {

/** One subscription connector that Create will make (or one subscription it skips). */
struct PreviewRow
{
    /** What saving does to this subscription's connector. Keep … NotCreated: Edit only. */
    enum class Action
    {
        Create,
        Skip,       ///< a disabled or deleted subscription without a connector
        Keep,       ///< an existing connector stays as it is
        Reenable,   ///< an existing, disabled connector is back in scope
        Disable,    ///< an existing connector leaves the scope: detached and disabled
        Pause,      ///< leaves the scope without "Detach and Disable": kept but not run
        StaysOff,   ///< an existing connector that stays disabled or paused
        NotCreated, ///< a new subscription in scope, automatic creation off
    };
    Action action = Action::Create;
    QString connectorName; ///< unique (case-insensitively) among the rows; empty when skipped
    QString subscriptionId;
    QString subscriptionName;
    QString managementGroupPath; ///< "Root / Child / Parent", display names
    bool skipped = false;        ///< Disabled or Deleted: listed, not connected
    QString stateText;
    bool renamed = false; ///< the plain name was taken; a " (n)" suffix was added
};

struct Preview
{
    QVector<PreviewRow> rows; ///< the connectors to create first, then the skipped ones
    int toCreate = 0;
    int skipped = 0;
    int renamed = 0;
    int outOfScope = 0;
    // Edit of a profile that has connectors (zero otherwise):
    int kept = 0;       ///< Keep and Reenable
    int disabled = 0;   ///< Disable and Pause
    int notCreated = 0; ///< new in-scope subscriptions left alone (automatic creation off)
    bool edit = false;  ///< rows compare with existing connectors
};

/** Builds the preview with ScopeResolver; O(groups + subscriptions). */
class ConnectorPreview
{
    Q_DECLARE_TR_FUNCTIONS(atc::ConnectorPreview)
public:
    /**
     * "<prefix>-<subscription>", or "<prefix><subscription>" when the prefix already ends in
     * a separator (space, '-', '_', '.'); just the subscription name without a prefix.
     */
    static QString connectorName(const QString &prefix, const QString &subscriptionName);
    static Preview build(const TenantSnapshot &snapshot, const ConnectorProfile &profile);
    /**
     * Edit: what the next run makes of the profile's `existing` connectors with the edited
     * scope (Reconciler's rules: Keep, Create, Disable …). Without existing connectors, build().
     */
    static Preview build(const TenantSnapshot &snapshot, const ConnectorProfile &profile,
                         const QList<SubscriptionConnector> &existing);
};

/** The preview as a table: connector name, action, path, subscription, subscription id. */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ConnectorNameColumn,
        ActionColumn,
        PathColumn,
        SubscriptionColumn,
        SubscriptionIdColumn,
        ColumnCount
    };

    explicit PreviewModel(QObject *parent = nullptr);
    void setPreview(Preview preview);
    const Preview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Preview m_preview;
};

} // namespace atc
