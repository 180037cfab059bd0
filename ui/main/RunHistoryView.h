#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

#include "runtime/RuntimeTypes.h"

class QAction;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace atc {

/**
 * The run history of one tenant connector (the main window's "Run history" tab): one row per
 * run, newest first, with its start, duration, state, counts and errors (table
 * "runHistoryTable"); beside it the selected run's details — connectors created, disabled,
 * flagged or re-attached with names and reasons, Azure's error codes, the errors — and
 * "Copy details" (button and the table's context menu), which puts that plain-text report on
 * the clipboard. Read-only; nothing in it is secret (RunSummary::detailsText()).
 */
class RunHistoryView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 2; ///< each cell's typed sort key
    static constexpr int RunIdRole = Qt::UserRole + 3;

    explicit RunHistoryView(QWidget *parent = nullptr);

    /** `profileName` heads the copied report. Keeps the selected run when it is still listed. */
    void setRuns(const QList<RunSummary> &runs, const QString &profileName = {});
    void clear();

    QTableView *table() const { return m_table; }
    /** The selected run's report (the newest run's when none is selected); empty: no run. */
    QString detailsText() const;
    /** Puts detailsText() on the clipboard. */
    void copyDetails();

    /** The style's icon for a connector state (also the connector table's). */
    static QIcon stateIcon(const QWidget *widget, ConnectorState state);

private:
    void showDetails();
    int selectedIndex() const; ///< into m_runs; -1 none

    QStandardItemModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_copyButton;
    QAction *m_copyAction;
    QList<RunSummary> m_runs;
    QString m_profileName;
};

} // namespace atc
