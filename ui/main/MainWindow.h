#pragma once

#include <QMainWindow>

#include "store/ProfileStore.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace atc::ui {

class MessageBar;
class ProfileListModel;

/**
 * The administrator's window at this stage: the saved tenant connectors in a table, or, with
 * none saved, an empty state that says what the application does and what to do next. Load
 * problems (corrupt or newer files) show in a non-modal message bar. The "create" and "sandbox"
 * buttons only emit signals; the application wires them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** `store` is copied (a small value object naming a folder). */
    explicit MainWindow(ProfileStore store, QWidget *parent = nullptr);

    ProfileListModel *profileModel() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    bool isShowingEmptyState() const;

public Q_SLOTS:
    /** Reloads every profile from the store (cheap: small JSON files). */
    void reload();

Q_SIGNALS:
    void createConnectorRequested();
    void trySandboxRequested();
    /** Double-click or Enter on a row. */
    void profileActivated(const QString &profileId);

private:
    QWidget *buildEmptyState();
    QTableView *buildTable();

    ProfileStore m_store;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    MessageBar *m_messageBar;
    QStackedWidget *m_stack;
    QWidget *m_emptyState = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace atc::ui
