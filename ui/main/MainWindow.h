#pragma once

#include <QMainWindow>
#include <QPointer>

#include "DesktopServices.h"
#include "runtime/InventoryExportJob.h"
#include "store/ProfileStore.h"
#include "wizard/ConnectorWizard.h"

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace atc {
class ConnectorLifecycle;
struct RunProgress;
struct RunSummary;
} // namespace atc

namespace atc {

class ConnectorTableModel;
class ExportStatus;
class InventoryBrowser;
class MessageBar;
class ProfileListModel;
class QualysPanel;
class RunHistoryView;
class TrayController;

/**
 * The administrator's window: the saved tenant connectors; for the selected one its
 * subscription connectors, its inventory and its run history, with the actions on them. With
 * no profile saved, an empty state says what the application does and offers the wizard and
 * the sandbox tenant. Problems show in a non-modal message bar; runs show their progress in
 * the status bar and can be cancelled there.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** Profiles only (no runtime): the list and the empty state. */
    explicit MainWindow(ProfileStore store, QWidget *parent = nullptr);
    /** The full desktop over `services` (see DesktopServices). */
    MainWindow(ProfileStore store, const DesktopServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileListModel *profileModel() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    InventoryBrowser *inventoryBrowser() const { return m_inventory; }
    /** The Qualys tab (null without a Qualys account store). */
    QualysPanel *qualysPanel() const { return m_qualysPanel; }
    bool isShowingEmptyState() const;
    /** The selected tenant connector's profile id (empty: none). */
    QString currentProfileId() const;
    /** The wizard while it is open. */
    ConnectorWizard *wizard() const { return m_wizard; }
    /** The notification-area icon's logic (active only with the setting and a tray). */
    TrayController *trayController() const { return m_tray; }

public Q_SLOTS:
    /** Reloads every profile from the store (cheap: small JSON files). */
    void reload();
    void selectProfile(const QString &profileId);
    /** Opens the wizard: new, or Edit / Duplicate of the selected profile. */
    void newConnector();
    void editConnector();
    void duplicateConnector();
    /**
     * Asks (non-modal), then removes the key, the profile and optionally the inventory, in
     * that order (ConnectorLifecycle::remove; the inventory on a worker thread).
     */
    void deleteConnector();
    /** The selected subscription connectors, or the whole tenant connector. */
    void runNow();
    void cancelRun();
    /** Starts the in-process sandbox and opens the wizard pre-filled for it. */
    void trySandbox();
    /** Opens the settings dialog (non-modal to callers: open(), not exec()). */
    void openSettings();
    /** Opens the tag catalogue manager. */
    void openTagManager();
    /**
     * Exports the selected tenant connector's inventory (or perimeter targets) to `path` on a
     * worker thread, with progress and Cancel in the status bar; false when one is running.
     */
    bool startExport(atc::InventoryExportJob::Format format, const QString &path);
    void cancelExport();
    /** Help › Contents (F1): the built-in help on `page` (empty: its contents). */
    void showHelp(const QString &page = {}, const QString &fragment = {});
    /** Help › About: version, licence, Qt version (non-modal). */
    void showAbout();
    /** Copies the selected subscription connectors' subscription ids, or the profile id. */
    void copyId();
    /** Runs every enabled tenant connector that is not running (the tray's Run All Now). */
    void runAllNow();
    /** Brings the window back from the notification area. */
    void showFromTray();
    /** Quits even when the window would hide in the notification area. */
    void quitApplication();

Q_SIGNALS:
    void createConnectorRequested();
    void trySandboxRequested();
    /** Double-click or Enter on a row. */
    void profileActivated(const QString &profileId);
    /** An export ended (written, cancelled or failed). */
    void exportFinished(const atc::InventoryExportJob::Result &result);
    /** A profile was removed (its key before it; maybe its inventory after it). */
    void connectorDeleted(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void init();
    QWidget *buildEmptyState();
    QTableView *buildTable();
    QWidget *buildWorkspace();
    void buildActions();
    void openWizard(int mode, const ConnectorProfile &initial, bool sandbox);
    void refreshDetails();
    void refreshConnectors();
    void refreshHistory();
    void refreshInventoryScope();
    void updateActions();
    QList<qint64> selectedConnectorIds() const;
    /** The selected subscription connectors; with none selected, the tenant connector. */
    void setConnectorsDisabled(bool disabled);
    /** Saves the selected profile with `enabled` (ConnectorProfile::enabled) and reloads. */
    void setTenantConnectorEnabled(bool enabled);
    void reloadFrom(const ProfileLoadReport &report);
    /** Reloads when the profile folder changes on disk and the profiles differ. */
    void watchProfiles();
    void importProfile();
    void exportProfile();
    void exportInventory();
    void exportPerimeterTargets();
    void onRunStarted(const QString &profileId);
    void onProgress(const QString &profileId, const atc::RunProgress &progress);
    /** The State, Assets and Last error columns of `profileId` from the runtime. */
    void refreshProfileState(const QString &profileId);
    void onRunFinished(const QString &profileId, const atc::RunSummary &summary);
    void restoreState();
    void saveState() const;
    QHash<QString, QString> tagNames() const;
    /** Shows or removes the tray icon from AppSettings::keepRunningInTray(). */
    void applyTraySetting();
    /** F1 in the wizard: the help on its current page. */
    void installWizardHelp(ConnectorWizard *wizard);

    ProfileStore m_store;
    DesktopServices m_services;
    ConnectorLifecycle *m_lifecycle = nullptr;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    MessageBar *m_messageBar;
    QStackedWidget *m_stack;
    QWidget *m_emptyState = nullptr;
    QWidget *m_workspace = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_tenantHeader = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectorTableModel *m_connectorModel = nullptr;
    QSortFilterProxyModel *m_connectorProxy = nullptr;
    QLineEdit *m_connectorFilter = nullptr;
    QTableView *m_connectorTable = nullptr;
    InventoryBrowser *m_inventory = nullptr;
    RunHistoryView *m_historyTable = nullptr;
    QualysPanel *m_qualysPanel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    ExportStatus *m_export = nullptr;
    QPointer<ConnectorWizard> m_wizard;
    QString m_pendingSelection;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_perimeterAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_tagsAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
    TrayController *m_tray = nullptr;
    bool m_quitting = false; ///< Quit (not close to the tray)
};

} // namespace atc
