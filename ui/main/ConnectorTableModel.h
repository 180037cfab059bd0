#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QIcon>
#include <QList>

#include "runtime/RuntimeTypes.h"

namespace atc {

/**
 * The subscription connectors of one tenant connector, for the main window's table. Holds the
 * runtime's records and formats a cell only when the view asks for it, so a refresh of 2,000
 * connectors during a run costs one list copy, not 16,000 items. A refresh with the same
 * connectors in the same order updates the cells in place (selection and scroll position
 * stay); anything else resets the model.
 */
class ConnectorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SubscriptionColumn,
        GroupPathColumn,
        StateColumn,
        LastRunColumn,
        NextRunColumn,
        AssetsColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role
    {
        ConnectorIdRole = Qt::UserRole + 1,
        SortRole, ///< a typed key: dates as dates, counts as numbers, text lower-cased
    };

    explicit ConnectorTableModel(QObject *parent = nullptr);

    void setConnectors(const QList<SubscriptionConnector> &connectors);
    /** State icons, looked up once (a style lookup each) by the window that owns the style. */
    void setStateIcons(const QList<QIcon> &iconsByState) { m_icons = iconsByState; }
    /** The colour of "not known yet" (the palette's placeholder text). */
    void setPlaceholderBrush(const QBrush &brush) { m_placeholder = brush; }
    const QList<SubscriptionConnector> &connectors() const { return m_connectors; }

    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const SubscriptionConnector &c) const;

    QList<SubscriptionConnector> m_connectors;
    QList<QIcon> m_icons;
    QBrush m_placeholder;
};

} // namespace atc
