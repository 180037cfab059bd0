#include "QualysMemberTableModel.h"

#include <QLocale>

#include "widgets/StatePalette.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QualysMemberTableModel::QualysMemberTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void QualysMemberTableModel::setMembers(const QList<QualysMemberConnector> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int QualysMemberTableModel::rowOf(qint64 memberId) const
{
    for (int r = 0; r < m_members.size(); ++r) {
        if (m_members.at(r).id == memberId)
            return r;
    }
    return -1;
}

int QualysMemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int QualysMemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualysMemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const QualysMemberConnector &m = m_members.at(index.row());
    using State = QualysMemberConnector::State;
    switch (role) {
    case MemberIdRole:
        return m.id;
    case StateRole:
        return int(m.state);
    case DisabledRole:
        return m.disabled;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.name.isEmpty() ? tr("(id %1)").arg(m.id) : m.name;
        case SubscriptionColumn:
            return m.subscriptionId;
        case StateColumn:
            return QualysMemberConnector::stateTitle(m.state);
        case LastSyncColumn:
            return m.lastSync.isValid()
                       ? QLocale().toString(m.lastSync.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case ErrorColumn:
            return m.lastError;
        case ModulesColumn:
            return m.activatedModules.join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !m.lastError.isEmpty())
            return m.lastError;
        if (index.column() == StateColumn && !m.platformState.isEmpty())
            return tr("On the platform: %1").arg(m.platformState);
        break;
    case Qt::ForegroundRole:
        // Colour adds to the words, never replaces them.
        if (index.column() == StateColumn || index.column() == ErrorColumn) {
            if (m.state == State::Failed || index.column() == ErrorColumn)
                return StatePalette::issueColor(m_palette, true);
            if (m.state == State::Succeeded)
                return StatePalette::successColor(m_palette);
            if (m.state == State::Disabled)
                return m_palette.brush(QPalette::PlaceholderText);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant QualysMemberTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Subscription connector");
    case SubscriptionColumn:
        return tr("Subscription");
    case StateColumn:
        return tr("State");
    case LastSyncColumn:
        return tr("Last sync");
    case ErrorColumn:
        return tr("Last error");
    case ModulesColumn:
        return tr("Modules");
    }
    return {};
}

} // namespace atc
