#include "ConnectorTableModel.h"

#include <QBrush>
#include <QLocale>

namespace atc {

using namespace Qt::Literals::StringLiterals;

ConnectorTableModel::ConnectorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ConnectorTableModel::timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

void ConnectorTableModel::setConnectors(const QList<SubscriptionConnector> &connectors)
{
    bool sameRows = connectors.size() == m_connectors.size();
    for (qsizetype i = 0; sameRows && i < connectors.size(); ++i)
        sameRows = connectors.at(i).id == m_connectors.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_connectors = connectors;
        endResetModel();
        return;
    }
    m_connectors = connectors;
    if (!m_connectors.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_connectors.size()) - 1, ColumnCount - 1));
}

int ConnectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

int ConnectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectorTableModel::stateText(const SubscriptionConnector &c) const
{
    QString text = connectorStateDisplayName(c.state);
    if (c.flag != FlagReason::None)
        text += u" — "_s + flagReasonDisplayName(c.flag);
    else if (c.disabled && c.state != ConnectorState::Disabled)
        text += u" — "_s + tr("disabled");
    return text;
}

QVariant ConnectorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_connectors.size())
        return {};
    const SubscriptionConnector &c = m_connectors.at(index.row());
    const bool noPath = c.managementGroupPath.isEmpty();
    if (role == ConnectorIdRole)
        return c.id;
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return m_icons.value(int(c.state));
    if (role == Qt::ForegroundRole && index.column() == GroupPathColumn && noPath)
        return m_placeholder;

    QString text;
    switch (index.column()) {
    case NameColumn:
        text = c.name;
        break;
    case SubscriptionColumn:
        if (role == Qt::ToolTipRole)
            return c.subscriptionId;
        text = c.subscriptionName.isEmpty() ? c.subscriptionId : c.subscriptionName;
        break;
    case GroupPathColumn:
        // Connectors stored before paths were kept get theirs from the next run.
        if (noPath && role == Qt::ToolTipRole)
            return tr("The management-group path is filled in by the next run of the tenant "
                      "connector.");
        text = noPath ? tr("not known yet") : c.managementGroupPath;
        if (role == SortRole)
            return c.managementGroupPath.toLower();
        break;
    case StateColumn:
        if (role == SortRole)
            return int(c.state);
        text = stateText(c);
        break;
    case LastRunColumn:
        if (role == SortRole)
            return c.lastRun;
        text = timeText(c.lastRun);
        break;
    case NextRunColumn:
        if (role == SortRole)
            return c.nextRun;
        text = timeText(c.nextRun);
        break;
    case AssetsColumn:
        if (role == SortRole)
            return c.assetCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        text = QLocale().toString(c.assetCount);
        break;
    case LastErrorColumn:
        text = c.lastError;
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case SortRole:
        return text.toLower();
    default:
        return {};
    }
}

QVariant ConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubscriptionColumn:
        return tr("Subscription");
    case GroupPathColumn:
        return tr("Management group path");
    case StateColumn:
        return tr("State");
    case LastRunColumn:
        return tr("Last run");
    case NextRunColumn:
        return tr("Next run");
    case AssetsColumn:
        return tr("Assets");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace atc
