#include "MainWindow.h"

#include <memory>
#include <utility>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "AtcResources.h"
#include "ConnectorTableModel.h"
#include "ConnectorTableView.h"
#include "DeleteConnectorDialog.h"
#include "EmptyStatePage.h"
#include "ExportStatus.h"
#include "InventoryBrowser.h"
#include "InventoryModel.h"
#include "ProfileFolderWatcher.h"
#include "ProfileListModel.h"
#include "ProfileTableView.h"
#include "QualysAccountsPage.h"
#include "QualysPanel.h"
#include "RunHistoryView.h"
#include "SandboxProfiles.h"
#include "SettingsDialog.h"
#include "TagManagerDialog.h"
#include "TrayController.h"
#include "help/HelpWindow.h"
#include "runtime/ConnectorLifecycle.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryExportJob.h"
#include "runtime/RunProgress.h"
#include "store/AppSettings.h"
#include "store/SecretStore.h"
#include "widgets/ContentScrollArea.h"
#include "widgets/MessageBar.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/WizardPageId.h"

Q_LOGGING_CATEGORY(lcUi, "atc.ui")

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// Why the last read of the inventory stopped early (InventoryDatabase::readError(): with a
// damaged file, the damage words and what to do); empty when it read everything.
QString inventoryReadError(const ConnectorRuntime *rt)
{
    return rt && rt->database() ? rt->database()->readError() : QString();
}

// The connector table's columns and roles are its model's.
constexpr int CName = ConnectorTableModel::NameColumn;
constexpr int CColumnCount = ConnectorTableModel::ColumnCount;
constexpr int ConnectorIdRole = ConnectorTableModel::ConnectorIdRole;

QString timeText(const QDateTime &t)
{
    return ConnectorTableModel::timeText(t);
}

} // namespace

MainWindow::MainWindow(ProfileStore store, QWidget *parent)
    : MainWindow(std::move(store), DesktopServices{}, parent)
{}

MainWindow::MainWindow(ProfileStore store, const DesktopServices &services, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_services(services),
      m_model(new ProfileListModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_messageBar(new MessageBar(this)), m_stack(new QStackedWidget(this))
{
    init();
}

MainWindow::~MainWindow()
{
    if (m_wizard)
        delete m_wizard.data();
}

void MainWindow::init()
{
    atcInitResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Azure Tenant Connector"));
    setWindowIcon(QIcon(u":/icons/azure-tenant-connector.svg"_s));
    m_messageBar->setObjectName(u"loadMessageBar"_s);
    m_stack->setObjectName(u"contentStack"_s);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ProfileListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_emptyState = buildEmptyState();
    m_table = buildTable();
    m_workspace = buildWorkspace();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_workspace);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Run progress in the status bar, with its Cancel.
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"runProgressLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgressBar"_s);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(u"cancelRunButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the run"));
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();
    // Export progress beside it: an export may run while a connector runs.
    m_export = new ExportStatus(statusBar(), m_messageBar, this);
    connect(m_export, &ExportStatus::finished, this, &MainWindow::exportFinished);

    buildActions();
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_tray = new TrayController(this);
    connect(m_tray, &TrayController::showRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayController::runAllRequested, this, &MainWindow::runAllNow);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quitApplication);
    applyTraySetting();
#ifndef QT_NO_SESSIONMANAGER
    // Logging out closes every window; hiding to the tray then would cancel the logout.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this] { m_quitting = true; });
#endif
    m_lifecycle = new ConnectorLifecycle(m_store, m_services.secretStore,
                                         m_services.runtime && m_services.runtime->database()
                                             ? m_services.runtime->database()->path()
                                             : QString(),
                                         this);

    if (ConnectorRuntime *rt = m_services.runtime) {
        connect(rt, &ConnectorRuntime::runStarted, this,
                [this](const QString &id, qint64) { onRunStarted(id); });
        connect(rt, &ConnectorRuntime::progress, this, &MainWindow::onProgress);
        connect(rt, &ConnectorRuntime::runFinished, this, &MainWindow::onRunFinished);
        // States change per batch of subscriptions: coalesce them into one refresh.
        auto *refreshTimer = new QTimer(this);
        refreshTimer->setSingleShot(true);
        refreshTimer->setInterval(300);
        connect(refreshTimer, &QTimer::timeout, this, &MainWindow::refreshConnectors);
        connect(rt, &ConnectorRuntime::stateChanged, this, [this, refreshTimer](const QString &id) {
            if (id == currentProfileId() && !refreshTimer->isActive())
                refreshTimer->start();
        });
        // The list's State, Assets and Last error columns: coalesced the same way.
        auto *stale = new QTimer(this);
        stale->setSingleShot(true);
        stale->setInterval(300);
        auto staleIds = std::make_shared<QSet<QString>>();
        connect(stale, &QTimer::timeout, this, [this, staleIds] {
            for (const QString &id : std::exchange(*staleIds, {}))
                refreshProfileState(id);
        });
        connect(rt, &ConnectorRuntime::stateChanged, this, [stale, staleIds](const QString &id) {
            staleIds->insert(id);
            if (!stale->isActive())
                stale->start();
        });
        if (rt->database()) {
            QString error;
            if (!m_inventory->open(rt->database()->path(), &error))
                m_messageBar->showMessage(tr("The inventory could not be opened: %1").arg(error),
                                          MessageBar::Kind::Error);
        }
    }

    // Room for every column of the connector table (Assets and Last error too) and the tabs
    // below it, bounded by the screen (at 150 % a 1280×800 screen is 853×533); the saved
    // geometry, if any, wins (restoreState()).
    resize(boundedToScreen(this, QSize(1240, 760)));
    reload();
    watchProfiles();
    restoreState();
    updateActions();
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_newAction = make(tr("&New Connector…"), u"newConnectorAction"_s, QKeySequence::New);
    m_editAction = make(tr("&Edit…"), u"editConnectorAction"_s, QKeySequence(u"Ctrl+E"_s));
    m_duplicateAction =
        make(tr("D&uplicate…"), u"duplicateConnectorAction"_s, QKeySequence(u"Ctrl+D"_s));
    m_deleteAction = make(tr("&Delete…"), u"deleteConnectorAction"_s, QKeySequence::Delete);
    m_runAction = make(tr("&Run Now"), u"runNowAction"_s, QKeySequence(u"Ctrl+R"_s));
    m_cancelAction = make(tr("&Cancel Run"), u"cancelRunAction"_s, QKeySequence(u"Ctrl+."_s));
    // Their texts name what they act on (updateActions()): the tenant connector, or the
    // selected subscription connectors.
    m_enableAction = make(tr("E&nable Tenant Connector"), u"enableConnectorsAction"_s);
    m_disableAction = make(tr("Di&sable Tenant Connector"), u"disableConnectorsAction"_s);
    m_importAction =
        make(tr("&Import Profile…"), u"importProfileAction"_s, QKeySequence(u"Ctrl+I"_s));
    m_exportAction = make(tr("E&xport Profile…"), u"exportProfileAction"_s);
    m_exportCsvAction = make(tr("Export Inventory as &CSV…"), u"exportInventoryCsvAction"_s);
    m_exportJsonAction = make(tr("Export Inventory as &JSON…"), u"exportInventoryJsonAction"_s);
    m_perimeterAction = make(tr("Export &Perimeter Targets…"), u"exportPerimeterAction"_s);
    m_reloadAction = make(tr("Re&load"), u"reloadAction"_s, QKeySequence::Refresh);
    m_settingsAction = make(tr("&Settings…"), u"settingsAction"_s);
    {
        // QKeySequence::Preferences is empty on X11 (and Windows): Ctrl+, everywhere, plus the
        // platform's own where it has one (⌘, on macOS is the same keys).
        QList<QKeySequence> keys{QKeySequence(u"Ctrl+,"_s)};
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences)) {
            if (!keys.contains(k))
                keys << k;
        }
        m_settingsAction->setShortcuts(keys);
    }
    m_settingsAction->setVisible(m_services.settings != nullptr);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_tagsAction = make(tr("&Tag Catalogue…"), u"tagCatalogueAction"_s, QKeySequence(u"Ctrl+T"_s));
    connect(m_tagsAction, &QAction::triggered, this, &MainWindow::openTagManager);
    auto *quitAction = make(tr("&Quit"), u"quitAction"_s, QKeySequence::Quit);
    m_copyIdAction = make(tr("Copy &ID"), u"copyIdAction"_s);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copyId);
    m_helpAction = make(tr("&Contents"), u"helpContentsAction"_s, QKeySequence::HelpContents);
    if (m_helpAction->shortcut() != QKeySequence(Qt::Key_F1)) // F1 everywhere, not only where
        m_helpAction->setShortcuts({QKeySequence(Qt::Key_F1), m_helpAction->shortcut()});
    connect(m_helpAction, &QAction::triggered, this, [this] { showHelp(); });
    m_aboutAction = make(tr("&About Azure Tenant Connector"), u"aboutAction"_s);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QStyle *s = style();
    m_newAction->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    m_runAction->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    m_cancelAction->setIcon(s->standardIcon(QStyle::SP_MediaStop));
    m_deleteAction->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    m_reloadAction->setIcon(s->standardIcon(QStyle::SP_BrowserReload));

    connect(m_newAction, &QAction::triggered, this, [this] {
        Q_EMIT createConnectorRequested();
        if (m_services.runtime)
            newConnector();
    });
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editConnector);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateConnector);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteConnector);
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runNow);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_enableAction, &QAction::triggered, this, [this] { setConnectorsDisabled(false); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setConnectorsDisabled(true); });
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importProfile);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportProfile);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        m_exportCsvAction->setData(u"csv"_s);
        exportInventory();
    });
    connect(m_exportJsonAction, &QAction::triggered, this, [this] {
        m_exportCsvAction->setData(u"json"_s);
        exportInventory();
    });
    connect(m_perimeterAction, &QAction::triggered, this, &MainWindow::exportPerimeterTargets);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitApplication);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportJsonAction);
    file->addAction(m_perimeterAction);
    file->addSeparator();
    file->addAction(m_reloadAction);
    file->addAction(m_tagsAction);
    file->addAction(m_settingsAction);
    file->addAction(quitAction);
    QMenu *connector = menuBar()->addMenu(tr("&Connector"));
    connector->addAction(m_editAction);
    connector->addAction(m_duplicateAction);
    connector->addAction(m_deleteAction);
    connector->addSeparator();
    connector->addAction(m_runAction);
    connector->addAction(m_cancelAction);
    connector->addSeparator();
    connector->addAction(m_enableAction);
    connector->addAction(m_disableAction);
    connector->addSeparator();
    connector->addAction(m_copyIdAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(m_aboutAction);

    // Right-click on either table: the Connector menu's actions (the same objects, so the
    // same texts, states and shortcuts), acting on the row clicked.
    static_cast<ProfileTableView *>(m_table)->setContextActions(
        {m_runAction, m_cancelAction, nullptr, m_editAction, m_duplicateAction, m_deleteAction,
         nullptr, m_enableAction, m_disableAction, nullptr, m_exportAction, m_copyIdAction});
    static_cast<ConnectorTableView *>(m_connectorTable)
        ->setContextActions({m_runAction, m_cancelAction, nullptr, m_enableAction, m_disableAction,
                             nullptr, m_copyIdAction});
    // A right-click on a tenant connector acts on the tenant connector, not on subscription
    // connectors still selected below it.
    connect(static_cast<ProfileTableView *>(m_table), &ProfileTableView::contextMenuAboutToShow,
            this, [this] { m_connectorTable->clearSelection(); });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addSeparator();
    toolBar->addAction(m_reloadAction);
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new EmptyStatePage(this);
    connect(page, &EmptyStatePage::createRequested, this, [this] {
        Q_EMIT createConnectorRequested();
        if (m_services.runtime)
            newConnector();
    });
    connect(page, &EmptyStatePage::sandboxRequested, this, [this] {
        Q_EMIT trySandboxRequested();
        if (m_services.startSandbox)
            trySandbox();
    });
    return page;
}

QTableView *MainWindow::buildTable()
{
    auto *table = new ProfileTableView(m_sorted, this);
    table->setAccessibleName(tr("Tenant connectors"));
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT profileActivated(index.data(ProfileListModel::ProfileIdRole).toString());
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshDetails();
        updateActions();
    });
    return table;
}

QWidget *MainWindow::buildWorkspace()
{
    auto *workspace = new QSplitter(Qt::Vertical, this);
    workspace->setObjectName(u"workspaceSplitter"_s);
    workspace->setChildrenCollapsible(false);
    workspace->addWidget(m_table);

    auto *lower = new QWidget(workspace);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_tenantHeader = new QLabel(lower);
    m_tenantHeader->setObjectName(u"tenantStatusLabel"_s);
    m_tenantHeader->setWordWrap(true);
    m_tenantHeader->setTextFormat(Qt::PlainText);
    lowerLayout->addWidget(m_tenantHeader);

    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(u"detailTabs"_s);
    lowerLayout->addWidget(m_tabs, 1);

    // Subscription connectors.
    auto *connectorsPage = new QWidget(m_tabs);
    m_connectorModel = new ConnectorTableModel(this);
    {
        // Style icons looked up once, not per row (a theme lookup each).
        QList<QIcon> icons;
        for (int st = 0; st <= int(ConnectorState::Disabled); ++st)
            icons.append(RunHistoryView::stateIcon(this, ConnectorState(st)));
        m_connectorModel->setStateIcons(icons);
        m_connectorModel->setPlaceholderBrush(palette().brush(QPalette::PlaceholderText));
    }
    m_connectorProxy = new QSortFilterProxyModel(this);
    m_connectorProxy->setSourceModel(m_connectorModel);
    m_connectorProxy->setSortRole(ConnectorTableModel::SortRole);
    m_connectorProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_connectorProxy->setFilterKeyColumn(-1);
    m_connectorFilter = new QLineEdit(connectorsPage);
    m_connectorFilter->setObjectName(u"connectorFilterEdit"_s);
    m_connectorFilter->setPlaceholderText(tr("Filter subscription connectors"));
    m_connectorFilter->setAccessibleName(tr("Filter subscription connectors"));
    m_connectorFilter->setClearButtonEnabled(true);
    connect(m_connectorFilter, &QLineEdit::textChanged, m_connectorProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_connectorTable = new ConnectorTableView(connectorsPage);
    m_connectorTable->setModel(m_connectorProxy);
    connect(m_connectorTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                updateActions();
                refreshInventoryScope();
            });
    auto *connectorsLayout = new QVBoxLayout(connectorsPage);
    connectorsLayout->addWidget(m_connectorFilter);
    connectorsLayout->addWidget(m_connectorTable, 1);
    m_tabs->addTab(connectorsPage, tr("Su&bscription connectors"));

    // Inventory.
    m_inventory = new InventoryBrowser(m_tabs);
    m_tabs->addTab(m_inventory, tr("&Inventory"));

    // Run history.
    m_historyTable = new RunHistoryView(m_tabs);
    m_tabs->addTab(m_historyTable, tr("Run his&tory"));

    if (m_services.qualysAccounts) { // what a Qualys platform made of the selected connector
        m_qualysPanel = new QualysPanel(m_services, &m_store, m_tabs);
        m_tabs->addTab(m_qualysPanel, tr("&Qualys"));
        connect(m_qualysPanel, &QualysPanel::profileSaved, this, &MainWindow::reload);
    }

    workspace->addWidget(lower);
    workspace->setStretchFactor(0, 1);
    workspace->setStretchFactor(1, 4);
    workspace->setSizes({110, 600});
    return workspace;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QString MainWindow::currentProfileId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(ProfileListModel::ProfileIdRole).toString()
               : QString();
}

void MainWindow::reload()
{
    reloadFrom(m_store.loadAll());
}

void MainWindow::watchProfiles()
{
    // Profiles saved elsewhere (`atc profiles enable|disable`, import, another window): the
    // scheduler must not run a connector disabled there. The window's own saves already
    // reloaded, so an unchanged set of profiles changes nothing (keeps the message bar).
    auto *watcher = new ProfileFolderWatcher(m_store.directory(), this);
    connect(watcher, &ProfileFolderWatcher::changed, this, [this] {
        const ProfileLoadReport report = m_store.loadAll();
        if (!report.problems.isEmpty() || report.profiles != m_model->profiles())
            reloadFrom(report);
    });
}

void MainWindow::reloadFrom(const ProfileLoadReport &report)
{
    const QString keep = m_pendingSelection.isEmpty() ? currentProfileId() : m_pendingSelection;
    m_pendingSelection.clear();
    m_model->setProfiles(report.profiles);
    if (m_services.runtime) {
        m_services.runtime->setProfiles(report.profiles);
        for (const ConnectorProfile &p : report.profiles)
            refreshProfileState(p.id);
    }
    m_stack->setCurrentWidget(report.profiles.isEmpty() ? m_emptyState : m_workspace);
    if (!report.profiles.isEmpty())
        selectProfile(keep);
    refreshDetails();
    updateActions();
    if (report.problems.isEmpty()) {
        m_messageBar->dismiss();
        return;
    }
    QStringList lines;
    for (const ProfileLoadProblem &p : report.problems) {
        QString line = tr("%1: %2").arg(p.path, p.reason);
        if (!p.movedTo.isEmpty())
            line += u' ' + tr("It was moved to %1.").arg(p.movedTo);
        lines << line;
    }
    m_messageBar->showMessage(
        (report.problems.size() == 1
             ? tr("A saved profile could not be loaded:")
             : tr("%1 saved profiles could not be loaded:").arg(report.problems.size())) +
            u'\n' + lines.join(u'\n'),
        MessageBar::Kind::Warning);
}

void MainWindow::selectProfile(const QString &profileId)
{
    int row = 0;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, 0).data(ProfileListModel::ProfileIdRole).toString() == profileId) {
            row = r;
            break;
        }
    }
    if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(row, 0));
}

void MainWindow::refreshDetails()
{
    const QString id = currentProfileId();
    ConnectorRuntime *rt = m_services.runtime;
    if (m_qualysPanel)
        m_qualysPanel->setProfile(id.isEmpty() ? std::nullopt : m_store.load(id));
    if (id.isEmpty() || !rt) {
        m_tenantHeader->setText(rt ? QString() : tr("The connector runtime is not available."));
        m_connectorModel->setConnectors({});
        m_historyTable->clear();
        return;
    }
    refreshConnectors();
    refreshHistory();
    refreshInventoryScope();
}

void MainWindow::refreshConnectors()
{
    ConnectorRuntime *rt = m_services.runtime;
    const QString id = currentProfileId();
    if (!rt || id.isEmpty())
        return;
    const std::optional<ConnectorProfile> profile = rt->profile(id);
    const std::optional<TenantConnectorStatus> status = rt->tenantStatus(id);
    QString readError = inventoryReadError(rt);
    const QList<SubscriptionConnector> connectors = rt->connectors(id);
    if (readError.isEmpty())
        readError = inventoryReadError(rt);
    // A read stopped on an error (a damaged file): say so instead of silently showing a part.
    if (!readError.isEmpty())
        m_messageBar->showMessage(readError, MessageBar::Kind::Error);
    QStringList header;
    header << tr("Tenant connector \"%1\"").arg(profile ? profile->name : id);
    if (profile)
        header << ProfileListModel::scopeSummary(*profile);
    if (status) {
        header << connectorStateDisplayName(status->state);
        header << tr("last run: %1")
                      .arg(status->lastRun.isValid() ? timeText(status->lastRun) : tr("never"));
        if (profile && !profile->enabled)
            header << tr("next run: none while disabled");
        else
            header << tr("next run: %1")
                          .arg(status->nextRun.isValid() ? timeText(status->nextRun)
                                                         : tr("due now"));
        header << tr("%n subscription(s) in scope", nullptr, status->subscriptionsInScope);
    } else {
        header << tr("not run yet");
    }
    // One state word: "Running" from the status while a tenant run is on, added only for a run
    // of some subscription connectors (the tenant status keeps its last state then).
    if (rt->isRunning(id) && (!status || status->state != ConnectorState::Running))
        header << connectorStateDisplayName(ConnectorState::Running);
    m_tenantHeader->setText(header.join(u"  ·  "_s));
    if (status && !status->lastError.isEmpty())
        m_tenantHeader->setText(m_tenantHeader->text() + u'\n' + status->lastError);

    const QList<qint64> selected = selectedConnectorIds();
    m_connectorModel->setConnectors(connectors);
    // The same connectors are updated in place and keep their selection; after a reset the
    // same connectors are selected again.
    const bool reset = !selected.isEmpty() && selectedConnectorIds().isEmpty();
    if (reset) {
        QItemSelection sel;
        for (int r = 0; r < m_connectorProxy->rowCount(); ++r) {
            const QModelIndex i = m_connectorProxy->index(r, 0);
            if (selected.contains(i.data(ConnectorIdRole).toLongLong()))
                sel.select(i, i.siblingAtColumn(CColumnCount - 1));
        }
        m_connectorTable->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    }
    updateActions();
}

void MainWindow::refreshHistory()
{
    ConnectorRuntime *rt = m_services.runtime;
    const QString id = currentProfileId();
    if (!rt || !rt->database() || id.isEmpty()) {
        m_historyTable->clear();
        return;
    }
    const std::optional<ConnectorProfile> profile = rt->profile(id);
    m_historyTable->setRuns(rt->database()->runs(id, 200), profile ? profile->name : id);
    const QString readError = inventoryReadError(rt);
    if (!readError.isEmpty())
        m_messageBar->showMessage(readError, MessageBar::Kind::Error);
}

void MainWindow::refreshInventoryScope()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !m_services.runtime)
        return;
    const QList<qint64> ids = selectedConnectorIds();
    m_inventory->setScope(id, ids.size() == 1 ? ids.first() : 0, tagNames());
}

QHash<QString, QString> MainWindow::tagNames() const
{
    QHash<QString, QString> names;
    const QList<Tag> tags = m_store.loadTags();
    for (const Tag &t : tags)
        names.insert(t.id, t.name);
    return names;
}

QList<qint64> MainWindow::selectedConnectorIds() const
{
    QList<qint64> ids;
    if (!m_connectorTable)
        return ids;
    const QModelIndexList rows = m_connectorTable->selectionModel()->selectedRows(CName);
    for (const QModelIndex &i : rows)
        ids << i.data(ConnectorIdRole).toLongLong();
    return ids;
}

void MainWindow::updateActions()
{
    const QString id = currentProfileId();
    const bool has = !id.isEmpty();
    const bool rt = m_services.runtime != nullptr;
    const bool running = rt && has && m_services.runtime->isRunning(id);
    const bool wizardOpen = !m_wizard.isNull();
    m_newAction->setEnabled(!wizardOpen);
    m_editAction->setEnabled(has && rt && !wizardOpen && !running);
    m_duplicateAction->setEnabled(has && rt && !wizardOpen);
    m_deleteAction->setEnabled(has && rt && !running && !wizardOpen);
    m_copyIdAction->setEnabled(has);
    m_copyIdAction->setText(selectedConnectorIds().isEmpty() ? tr("Copy Tenant Connector &ID")
                                                             : tr("Copy Subscription &IDs"));
    bool profileEnabled = true;
    for (const ConnectorProfile &p : m_model->profiles()) {
        if (p.id == id)
            profileEnabled = p.enabled;
    }
    // A disabled tenant connector runs neither itself nor its subscription connectors.
    m_runAction->setEnabled(has && rt && !running && profileEnabled);
    m_runAction->setToolTip(profileEnabled
                                ? QString()
                                : tr("This tenant connector is disabled, so it does not run. "
                                     "Enable it first (Connector ▸ Enable Tenant Connector)."));
    m_runAction->setText(selectedConnectorIds().isEmpty() ? tr("&Run Now")
                                                          : tr("&Run Selected Now"));
    m_cancelAction->setEnabled(running);
    const bool selection = rt && !selectedConnectorIds().isEmpty();
    if (selection) {
        m_enableAction->setText(tr("E&nable Subscription Connectors"));
        m_disableAction->setText(tr("Di&sable Subscription Connectors"));
        m_enableAction->setEnabled(!running);
        m_disableAction->setEnabled(!running);
    } else {
        // The tenant connector is the context. Not while the wizard may save it.
        m_enableAction->setText(tr("E&nable Tenant Connector"));
        m_disableAction->setText(tr("Di&sable Tenant Connector"));
        m_enableAction->setEnabled(has && !running && !wizardOpen && !profileEnabled);
        m_disableAction->setEnabled(has && !running && !wizardOpen && profileEnabled);
    }
    m_importAction->setEnabled(rt);
    m_exportAction->setEnabled(has);
    m_exportCsvAction->setEnabled(has && rt);
    m_exportJsonAction->setEnabled(has && rt);
    m_perimeterAction->setEnabled(has && rt);
}

void MainWindow::newConnector()
{
    openWizard(int(ConnectorWizard::Mode::Create), {}, false);
}

void MainWindow::editConnector()
{
    const std::optional<ConnectorProfile> p = m_store.load(currentProfileId());
    if (p)
        openWizard(int(ConnectorWizard::Mode::Edit), *p, false);
}

void MainWindow::duplicateConnector()
{
    const std::optional<ConnectorProfile> p = m_store.load(currentProfileId());
    if (p)
        openWizard(int(ConnectorWizard::Mode::Duplicate), *p, false);
}

void MainWindow::trySandbox()
{
    openWizard(int(ConnectorWizard::Mode::Create), {}, true);
}

void MainWindow::openWizard(int mode, const ConnectorProfile &initial, bool sandbox)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    const WizardServices ws = m_services.wizardServices(&m_store);
    ConnectorProfile start = initial;
    QString sandboxSecret;
    if (sandbox && m_services.startSandbox) {
        const SandboxTenant tenant = m_services.startSandbox();
        if (!tenant.baseUrl.isValid()) {
            m_messageBar->showMessage(tr("The sandbox tenant could not be started."),
                                      MessageBar::Kind::Error);
            return;
        }
        start = SandboxProfiles::startingProfile(tenant, m_store.loadAll().profiles,
                                                 m_store.loadTags());
        sandboxSecret = tenant.clientSecret;
    }

    auto *wizard = new ConnectorWizard(ws, ConnectorWizard::Mode(mode), start, this);
    wizard->setObjectName(u"connectorWizard"_s);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    if (!sandboxSecret.isEmpty())
        wizard->draft()->setSecret(sandboxSecret);
    m_wizard = wizard;
    installWizardHelp(wizard);
    connect(wizard, &ConnectorWizard::connectorSaved, this,
            [this, mode](const ConnectorProfile &p) {
                m_pendingSelection = p.id;
                reload();
                if (mode != int(ConnectorWizard::Mode::Edit) && m_services.runtime) {
                    const ConnectorRuntime::StartResult r = m_services.runtime->runTenant(p.id);
                    if (r == ConnectorRuntime::StartResult::Disabled) // a disabled one duplicated
                        m_messageBar->showMessage(ConnectorRuntime::disabledMessage(p.name),
                                                  MessageBar::Kind::Information);
                    else if (r != ConnectorRuntime::StartResult::Started)
                        m_messageBar->showMessage(
                            tr("The first run of \"%1\" could not start.").arg(p.name),
                            MessageBar::Kind::Warning);
                }
            });
    // Queued: the QPointer is only cleared once the wizard is gone.
    connect(wizard, &QObject::destroyed, this, [this] {
        QMetaObject::invokeMethod(this, &MainWindow::updateActions, Qt::QueuedConnection);
    });
    wizard->show();
    updateActions();
}

void MainWindow::deleteConnector()
{
    const QString id = currentProfileId();
    const std::optional<ConnectorProfile> profile = m_store.load(id);
    if (!profile)
        return;
    auto *box = new DeleteConnectorDialog(profile->name, this);
    const ConnectorProfile p = *profile;
    connect(box, &DeleteConnectorDialog::confirmed, this, [this, p](bool alsoInventory) {
        // Key first, then profile, then inventory (off the GUI thread): ConnectorLifecycle.
        ConnectorLifecycle::RemoveOptions options;
        options.inventory = alsoInventory;
        m_lifecycle->remove(
            p, options, this, [this, id = p.id](const ConnectorLifecycle::RemoveResult &r) {
                reload(); // first: a reload without load problems dismisses the bar
                if (r.inventoryRemoved)
                    m_inventory->refresh();
                if (!r.ok())
                    m_messageBar->showMessage(r.errorMessage(), r.profileRemoved
                                                                    ? MessageBar::Kind::Warning
                                                                    : MessageBar::Kind::Error);
                if (r.profileRemoved)
                    Q_EMIT connectorDeleted(id);
            });
    });
    box->open();
}

void MainWindow::runNow()
{
    ConnectorRuntime *rt = m_services.runtime;
    const QString id = currentProfileId();
    if (!rt || id.isEmpty())
        return;
    const QList<qint64> ids = selectedConnectorIds();
    const ConnectorRuntime::StartResult r =
        ids.isEmpty() ? rt->runTenant(id) : rt->runSubscriptionConnectors(id, ids);
    // The refusal's words are the runtime's (the CLI says the same).
    using R = ConnectorRuntime::StartResult;
    if (r != R::Started)
        m_messageBar->showMessage(rt->startRefusalMessage(r, id),
                                  r == R::Busy || r == R::NothingToRun || r == R::Disabled
                                      ? MessageBar::Kind::Information
                                      : MessageBar::Kind::Error);
    updateActions();
}

void MainWindow::cancelRun()
{
    if (m_services.runtime && !currentProfileId().isEmpty())
        m_services.runtime->cancel(currentProfileId());
}

void MainWindow::setConnectorsDisabled(bool disabled)
{
    ConnectorRuntime *rt = m_services.runtime;
    const QList<qint64> ids = selectedConnectorIds();
    if (ids.isEmpty()) {
        setTenantConnectorEnabled(!disabled);
        return;
    }
    if (!rt || !rt->database())
        return;
    QList<SubscriptionConnector> changed;
    for (qint64 cid : ids) {
        std::optional<SubscriptionConnector> c = rt->database()->connector(cid);
        if (!c || c->disabled == disabled)
            continue;
        c->disabled = disabled;
        c->state = disabled ? ConnectorState::Disabled : ConnectorState::Queued;
        if (!disabled)
            c->nextRun = {};
        changed << *c;
    }
    if (!changed.isEmpty() && !rt->database()->saveConnectors(changed))
        m_messageBar->showMessage(
            tr("The connectors could not be changed: %1").arg(rt->database()->lastError()),
            MessageBar::Kind::Error);
    refreshConnectors();
}

void MainWindow::setTenantConnectorEnabled(bool enabled)
{
    const QString id = currentProfileId();
    if (id.isEmpty() || (m_services.runtime && m_services.runtime->isRunning(id)))
        return;
    QString error;
    std::optional<ConnectorProfile> p = m_store.load(id, &error);
    if (p && p->enabled != enabled) {
        p->enabled = enabled;
        if (!m_store.save(*p, &error))
            p.reset();
    }
    if (!p) {
        m_messageBar->showMessage(tr("The tenant connector could not be changed: %1").arg(error),
                                  MessageBar::Kind::Error);
        return;
    }
    // The runtime gets the profile from reload(); the scheduler looks again by itself.
    m_pendingSelection = id;
    reload();
}

void MainWindow::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Profile"), QString(),
                                                      tr("Connector profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<ConnectorProfile> p = m_store.importProfile(path, QString(), &error);
    if (!p) {
        m_messageBar->showMessage(tr("The profile could not be imported: %1").arg(error),
                                  MessageBar::Kind::Error);
        return;
    }
    m_pendingSelection = p->id;
    reload();
    m_messageBar->showMessage(
        tr("Imported \"%1\". Edit it to enter its authentication key.").arg(p->name),
        MessageBar::Kind::Information);
}

void MainWindow::exportProfile()
{
    const std::optional<ConnectorProfile> p = m_store.load(currentProfileId());
    if (!p)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Profile"), p->name + u".json"_s, tr("Connector profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store.exportProfile(*p, path, &error))
        m_messageBar->showMessage(tr("The profile could not be exported: %1").arg(error),
                                  MessageBar::Kind::Error);
}

void MainWindow::exportInventory()
{
    if (currentProfileId().isEmpty())
        return;
    const bool json = m_exportCsvAction->data().toString() == u"json"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Inventory"), json ? u"inventory.json"_s : u"inventory.csv"_s,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        startExport(json ? InventoryExportJob::Format::Json : InventoryExportJob::Format::Csv,
                    path);
}

void MainWindow::exportPerimeterTargets()
{
    if (currentProfileId().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Perimeter Targets"), u"perimeter-targets.txt"_s, tr("Text files (*.txt)"));
    if (!path.isEmpty())
        startExport(InventoryExportJob::Format::PerimeterTargets, path);
}

bool MainWindow::startExport(InventoryExportJob::Format format, const QString &path)
{
    ConnectorRuntime *rt = m_services.runtime;
    const QString id = currentProfileId();
    if (!rt || !rt->database() || id.isEmpty())
        return false;
    return m_export->start(rt->database()->path(), id, format, path, m_store.directory());
}

void MainWindow::cancelExport()
{
    m_export->cancel();
}

void MainWindow::onRunStarted(const QString &profileId)
{
    // The run's first progress() came before runStarted: keep its words and percentage.
    if (m_progress->isHidden()) {
        const std::optional<ConnectorProfile> p =
            m_services.runtime ? m_services.runtime->profile(profileId) : std::nullopt;
        m_progressLabel->setText(tr("Running \"%1\"…").arg(p ? p->name : profileId));
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
    }
    m_progress->show();
    m_cancelButton->show();
    refreshProfileState(profileId);
    if (profileId == currentProfileId())
        refreshConnectors();
    updateActions();
}

void MainWindow::onProgress(const QString &profileId, const RunProgress &progress)
{
    // The status bar is the one place that tells where a run is (the list and the tenant
    // header only say "Running").
    const std::optional<ConnectorProfile> p =
        m_services.runtime ? m_services.runtime->profile(profileId) : std::nullopt;
    const QString text = tr("%1: %2").arg(p ? p->name : profileId, progress.text());
    m_progressLabel->setText(text);
    m_progressLabel->setToolTip(text);
    m_progress->setRange(0, 100);
    m_progress->setValue(progress.percent);
    m_progress->show();
    m_cancelButton->show();
}

void MainWindow::refreshProfileState(const QString &profileId)
{
    ConnectorRuntime *rt = m_services.runtime;
    if (!rt || !rt->database())
        return;
    ProfileRunInfo info;
    if (const std::optional<TenantConnectorStatus> st = rt->tenantStatus(profileId)) {
        info.hasStatus = true;
        info.state = st->state;
        info.everRun = st->lastRun.isValid();
        info.lastError = st->lastError;
    }
    info.running = rt->isRunning(profileId);
    qint64 assets = 0;
    const QList<SubscriptionConnector> connectors = rt->connectors(profileId);
    for (const SubscriptionConnector &c : connectors)
        assets += qMax(0, c.assetCount);
    info.assets = connectors.isEmpty() && !info.everRun ? -1 : assets;
    m_model->setRunInfo(profileId, info);
}

void MainWindow::onRunFinished(const QString &profileId, const RunSummary &summary)
{
    if (!m_services.runtime || !m_services.runtime->isAnyRunning()) {
        m_progress->hide();
        m_cancelButton->hide();
    }
    const std::optional<ConnectorProfile> p =
        m_services.runtime ? m_services.runtime->profile(profileId) : std::nullopt;
    const QString name = p ? p->name : profileId;
    QString text;
    if (summary.cancelled)
        text = tr("The run of \"%1\" was cancelled; its previous inventory is kept.").arg(name);
    else
        text = tr("The run of \"%1\" ended: %2 (%3 created, %4 updated, %5 removed).")
                   .arg(name, connectorStateDisplayName(summary.state))
                   .arg(summary.counts.assetsCreated)
                   .arg(summary.counts.assetsUpdated)
                   .arg(summary.counts.assetsRemoved);
    // Said once: the outcome in the status bar; the errors under the tenant header when this
    // connector is selected, else in the message bar (a cancel is no error to repeat there).
    m_progressLabel->setText(text);
    m_progressLabel->setToolTip(text);
    m_tray->notify(TrayController::runNotification(name, summary));
    refreshProfileState(profileId);
    if (!summary.cancelled && !summary.errors.isEmpty() && profileId != currentProfileId())
        m_messageBar->showMessage(tr("The run of \"%1\" reported:").arg(name) + u'\n' +
                                      summary.errors.join(u'\n'),
                                  MessageBar::Kind::Warning);
    if (profileId == currentProfileId()) {
        refreshConnectors();
        refreshHistory();
        m_inventory->refresh();
    }
    updateActions();
}

void MainWindow::openSettings()
{
    if (!m_services.settings)
        return;
    auto *dialog = new SettingsDialog(m_services.settings, m_services.secretStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_qualysPanel) {
        dialog->addQualysAccountsPage(m_services.qualysAccounts, m_services.networkAccessManager,
                                      m_services.qualysConfig);
        connect(dialog->qualysAccountsPage(), &QualysAccountsPage::accountsChanged, m_qualysPanel,
                &QualysPanel::reloadAccounts);
    }
    connect(dialog, &SettingsDialog::saved, this, [this] {
        m_services.policyComplianceEntitled = m_services.settings->policyComplianceEntitled();
        if (m_services.settingsSaved)
            m_services.settingsSaved();
        applyTraySetting();
        m_messageBar->showMessage(tr("Settings saved.") + u' ' + SettingsDialog::whenChangesApply(),
                                  MessageBar::Kind::Information);
    });
    dialog->open();
}

void MainWindow::openTagManager()
{
    auto *dialog = new TagManagerDialog(&m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { refreshInventoryScope(); });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_quitting &&
        TrayController::hideOnClose(m_tray->isActive(), TrayController::trayAvailable())) {
        // To the notification area: the runs and the scheduler go on. The help window closing
        // while this one is hidden must not end the application.
        event->ignore();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        hide();
        return;
    }
    if (m_services.runtime)
        m_services.runtime->cancelAll();
    cancelExport(); // the job's destructor waits for its worker; the old file stays
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreState()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    // Saved on a larger screen or at a smaller scale: the window still fits this screen.
    resize(boundedToScreen(this, size()));
    const QString last = settings.value(u"mainWindow/profile"_s).toString();
    if (!last.isEmpty())
        selectProfile(last);
    m_tabs->setCurrentIndex(settings.value(u"mainWindow/tab"_s, 0).toInt());
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/profile"_s, currentProfileId());
    settings.setValue(u"mainWindow/tab"_s, m_tabs->currentIndex());
}

void MainWindow::showHelp(const QString &page, const QString &fragment)
{
    HelpWindow::showTopic(page, fragment, this);
}

void MainWindow::installWizardHelp(ConnectorWizard *wizard)
{
    // F1 in the wizard: the help on the page shown (the wizard's own key, so it wins over the
    // main window's Help › Contents while the wizard is active).
    auto *f1 = new QShortcut(QKeySequence(Qt::Key_F1), wizard);
    f1->setObjectName(u"wizardHelpShortcut"_s);
    connect(f1, &QShortcut::activated, wizard, [this, wizard] {
        switch (PageId(wizard->currentId())) {
        case PageId::TenantDetails:
            showHelp(u"app-registration"_s);
            break;
        case PageId::TagsActivation:
            showHelp(u"activation"_s);
            break;
        default:
            showHelp(u"wizard"_s);
            break;
        }
    });
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Azure Tenant Connector"));
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setTextFormat(Qt::RichText);
    box->setText(u"<h3>"_s + tr("Azure Tenant Connector") + u"</h3>"_s +
                 tr("Version %1").arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(
        tr("Reads the subscriptions and resources of Azure tenants into a local inventory and "
           "hands them to Qualys.") +
        u"<br><br>"_s + tr("Licensed under the MIT licence.") + u"<br>"_s +
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::copyId()
{
    QStringList ids;
    const QModelIndexList rows = m_connectorTable->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows) {
        const QString sub = r.siblingAtColumn(ConnectorTableModel::SubscriptionColumn)
                                .data(Qt::ToolTipRole)
                                .toString(); // the subscription id
        if (!sub.isEmpty())
            ids << sub;
    }
    if (ids.isEmpty() && !currentProfileId().isEmpty())
        ids << currentProfileId();
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
}

void MainWindow::runAllNow()
{
    ConnectorRuntime *rt = m_services.runtime;
    if (!rt)
        return;
    for (const ConnectorProfile &p : m_model->profiles()) {
        if (p.enabled && !rt->isRunning(p.id))
            rt->runTenant(p.id); // a refusal shows in the run history and the status bar
    }
    updateActions();
}

void MainWindow::showFromTray()
{
    QGuiApplication::setQuitOnLastWindowClosed(true);
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    const bool hidden = !isVisible();
    close();
    // Hidden in the tray, closing the window ends nothing by itself (see closeEvent()).
    if (hidden || !QGuiApplication::quitOnLastWindowClosed())
        QCoreApplication::quit();
}

void MainWindow::applyTraySetting()
{
    m_tray->setEnabled(m_services.settings && m_services.settings->keepRunningInTray());
}

} // namespace atc
