#pragma once

#include <QTimer>

#include "ConnectorPreview.h"
#include "DraftPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace atc {

class ManagementGroupTreeModel;

/**
 * Page 4: the scope over the management-group tree of the last successful test, and the
 * preview of the subscription connectors Create will make. The preview is recomputed once
 * per event-loop turn after the scope changed (a zero timer coalesces bursts of changes).
 */
class ConnectorDetailsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ConnectorDetailsPage(ConnectorDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    ManagementGroupTreeModel *selectModel() const { return m_selectModel; }
    ManagementGroupTreeModel *excludeModel() const { return m_excludeModel; }
    PreviewModel *previewModel() const { return m_preview; }
    /** True while a preview recomputation is scheduled but has not run yet. */
    bool previewPending() const { return m_previewTimer.isActive(); }

Q_SIGNALS:
    void previewUpdated();

private:
    void loadSnapshot();
    void refreshMode();
    void recomputePreview();

    QRadioButton *m_all;
    QRadioButton *m_select;
    QLineEdit *m_search;
    QLabel *m_treeLabel;
    QStackedWidget *m_trees;
    QTreeView *m_selectView;
    QTreeView *m_excludeView;
    ManagementGroupTreeModel *m_selectModel;
    ManagementGroupTreeModel *m_excludeModel;
    QSortFilterProxyModel *m_selectProxy;
    QSortFilterProxyModel *m_excludeProxy;
    QCheckBox *m_autoCreate;
    QCheckBox *m_detach;
    QLabel *m_previewSummary;
    QTableView *m_previewView;
    PreviewModel *m_preview;
    QTimer m_previewTimer;
    bool m_columnsSized = false;
    QDateTime m_loadedAt;
};

} // namespace atc
