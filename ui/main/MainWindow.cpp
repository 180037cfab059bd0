#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "AtcResources.h"
#include "MessageBar.h"
#include "ProfileListModel.h"

namespace atc::ui {

MainWindow::MainWindow(ProfileStore store, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store)), m_model(new ProfileListModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_messageBar(new MessageBar(this)),
      m_stack(new QStackedWidget(this))
{
    atcInitResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Azure Tenant Connector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/azure-tenant-connector.svg")));
    m_messageBar->setObjectName(QStringLiteral("loadMessageBar"));
    m_stack->setObjectName(QStringLiteral("contentStack"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ProfileListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_emptyState = buildEmptyState();
    m_table = buildTable();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *newAction = new QAction(tr("&New Connector…"), this);
    newAction->setObjectName(QStringLiteral("newConnectorAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::createConnectorRequested);
    auto *reloadAction = new QAction(tr("&Reload"), this);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    file->addAction(reloadAction);
    file->addSeparator();
    file->addAction(quitAction);
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(newAction);
    toolBar->addAction(reloadAction);

    resize(900, 560);
    reload();
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("No tenant connectors yet"), page);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(
        tr("Azure Tenant Connector connects a whole Azure tenant (Entra directory) to your asset "
           "inventory. It discovers the tenant's management groups and subscriptions, keeps one "
           "subscription connector per subscription up to date, and tags what it finds.\n\n"
           "To begin, create a connector for your tenant: you need an app registration with a "
           "client secret and Reader access. No Azure account at hand? Try the built-in sandbox "
           "tenant."),
        page);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("&Create Connector…"), page);
    create->setObjectName(QStringLiteral("createConnectorButton"));
    create->setDefault(true);
    auto *sandbox = new QPushButton(tr("Try the &Sandbox Tenant"), page);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    connect(create, &QPushButton::clicked, this, &MainWindow::createConnectorRequested);
    connect(sandbox, &QPushButton::clicked, this, &MainWindow::trySandboxRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(sandbox);
    buttons->addStretch();

    // A column of bounded width, centred: wrapped labels then get their full height.
    auto *column = new QWidget(page);
    column->setMaximumWidth(620);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 3);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

QTableView *MainWindow::buildTable()
{
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("profileTable"));
    table->setAccessibleName(tr("Tenant connectors"));
    table->setModel(m_sorted);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(ProfileListModel::NameColumn, Qt::AscendingOrder);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT profileActivated(index.data(ProfileListModel::ProfileIdRole).toString());
    });
    return table;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void MainWindow::reload()
{
    const ProfileLoadReport report = m_store.loadAll();
    m_model->setProfiles(report.profiles);
    m_stack->setCurrentWidget(report.profiles.isEmpty() ? m_emptyState
                                                        : static_cast<QWidget *>(m_table));
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

} // namespace atc::ui
