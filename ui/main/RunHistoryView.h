#pragma once

#include <QIcon>
#include <QList>
#include <QTableView>

#include "runtime/RuntimeTypes.h"

class QStandardItemModel;

namespace atc {

/**
 * The run history of one tenant connector (the main window's "Run history" tab): one row per
 * run, newest first, with its state, counts and errors. Read-only.
 */
class RunHistoryView : public QTableView
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 2; ///< each cell's typed sort key

    explicit RunHistoryView(QWidget *parent = nullptr);

    void setRuns(const QList<RunSummary> &runs);
    void clear();

    /** The style's icon for a connector state (also the connector table's). */
    static QIcon stateIcon(const QWidget *widget, ConnectorState state);

private:
    QStandardItemModel *m_model;
};

} // namespace atc
