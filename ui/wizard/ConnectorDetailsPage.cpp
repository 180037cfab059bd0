#include "ConnectorDetailsPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "ManagementGroupTreeModel.h"
#include "widgets/HeaderFit.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QTreeView *makeTree(QAbstractItemModel *model, const QString &objectName,
                    const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setUniformRowHeights(true); // cheap layout for thousands of groups
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(ManagementGroupTreeModel::NameColumn,
                                         QHeaderView::Stretch);
    view->header()->setSectionResizeMode(ManagementGroupTreeModel::IdColumn,
                                         QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideMiddle);
    // From the font, not by measuring thousands of rows: a GUID fits.
    view->header()->resizeSection(ManagementGroupTreeModel::IdColumn,
                                  view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 38);
    view->header()->setSectionResizeMode(ManagementGroupTreeModel::SubscriptionsColumn,
                                         QHeaderView::ResizeToContents);
    return view;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setRecursiveFilteringEnabled(true); // a match keeps its ancestors visible
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // display name or group id
    return proxy;
}

} // namespace

ConnectorDetailsPage::ConnectorDetailsPage(ConnectorDraft *draft, QWidget *parent)
    : DraftPage(PageId::ConnectorDetails, draft, parent),
      m_selectModel(new ManagementGroupTreeModel(this)),
      m_excludeModel(new ManagementGroupTreeModel(this)), m_preview(new PreviewModel(this))
{
    setTitle(tr("Connector Details"));
    setSubTitle(tr("Choose which management groups the connector covers. The preview below "
                   "lists the subscription connectors that Create will make."));

    m_all = new QRadioButton(tr("&All management groups"), this);
    m_all->setObjectName(u"allGroupsRadio"_s);
    m_select = new QRadioButton(tr("Se&lect management groups"), this);
    m_select->setObjectName(u"selectGroupsRadio"_s);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_all);
    modeGroup->addButton(m_select);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_all);
    modeRow->addWidget(m_select);
    modeRow->addStretch();

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"groupSearchEdit"_s);
    m_search->setAccessibleName(tr("Search management groups"));
    m_search->setPlaceholderText(tr("Search by name or ID"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);

    m_selectProxy = makeProxy(m_selectModel, this);
    m_excludeProxy = makeProxy(m_excludeModel, this);
    m_selectView =
        makeTree(m_selectProxy, u"selectGroupsTree"_s, tr("Management groups to include"), this);
    m_excludeView =
        makeTree(m_excludeProxy, u"excludeGroupsTree"_s, tr("Management groups to exclude"), this);
    m_trees = new QStackedWidget(this);
    m_trees->addWidget(m_excludeView);
    m_trees->addWidget(m_selectView);
    m_treeLabel = new QLabel(this);
    m_treeLabel->setObjectName(u"groupTreeLabel"_s);
    m_treeLabel->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_treeLabel, 1);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    m_autoCreate = new QCheckBox(tr("Automatically &create connectors for new accounts"), this);
    m_autoCreate->setObjectName(u"autoCreateCheck"_s);
    m_detach = new QCheckBox(tr("&Detach and Disable connectors for deleted accounts"), this);
    m_detach->setObjectName(u"detachDisableCheck"_s);

    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(u"previewSummaryLabel"_s);
    m_previewSummary->setWordWrap(true);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(u"previewTable"_s);
    m_previewView->setAccessibleName(tr("Preview of the subscription connectors"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (arrows move inside): thousands of cells must not trap the keyboard.
    m_previewView->setTabKeyNavigation(false);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->setTextElideMode(Qt::ElideMiddle); // keeps both ends of long paths
    m_previewView->verticalHeader()->setVisible(false);
    // Fixed row heights from the font: no per-row measuring with 10,000 rows.
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setDefaultSectionSize(
        m_previewView->fontMetrics().lineSpacing() + 6);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    fitHeaderTitles(m_previewView->horizontalHeader());
    auto *previewLabel = new QLabel(tr("Pre&view:"), this);
    previewLabel->setBuddy(m_previewView);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(searchRow);
    topLayout->addWidget(m_trees, 1);
    topLayout->addWidget(issueLabel(m_selectView, {ProfileField::SelectedManagementGroups,
                                                   ProfileField::ExcludedManagementGroups}));
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(previewLabel);
    previewHeader->addWidget(m_previewSummary, 1);
    bottomLayout->addLayout(previewHeader);
    bottomLayout->addWidget(m_previewView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"scopeSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto *layout = new QVBoxLayout(content());
    layout->addLayout(modeRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_autoCreate);
    layout->addWidget(m_detach);

    setTabOrder(m_all, m_select);
    setTabOrder(m_select, m_search);
    setTabOrder(m_search, m_excludeView);
    setTabOrder(m_excludeView, m_selectView);
    setTabOrder(m_selectView, m_previewView);
    setTabOrder(m_previewView, m_autoCreate);
    setTabOrder(m_autoCreate, m_detach);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &ConnectorDetailsPage::recomputePreview);

    connect(m_all, &QRadioButton::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) {
            p.scopeMode = on ? ScopeMode::AllManagementGroups : ScopeMode::SelectedManagementGroups;
        });
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_selectProxy->setFilterFixedString(text);
        m_excludeProxy->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_selectView->expandAll();
            m_excludeView->expandAll();
        }
    });
    connect(m_selectModel, &ManagementGroupTreeModel::checkedGroupsChanged, this, [this] {
        const QStringList groups = m_selectModel->checkedGroups();
        this->draft()->update([&](auto &p) { p.selectedManagementGroups = groups; });
    });
    connect(m_excludeModel, &ManagementGroupTreeModel::checkedGroupsChanged, this, [this] {
        const QStringList groups = m_excludeModel->checkedGroups();
        this->draft()->update([&](auto &p) { p.excludedManagementGroups = groups; });
    });
    connect(m_autoCreate, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) { p.autoCreateForNewSubscriptions = on; });
    });
    connect(m_detach, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) { p.detachDisableForDeletedSubscriptions = on; });
    });
    connect(draft, &ConnectorDraft::scopeChanged, this, [this] {
        refreshMode();
        m_previewTimer.start();
    });
    connect(draft, &ConnectorDraft::testStateChanged, this, [this] {
        loadSnapshot();
        m_previewTimer.start(); // also "reading the tenant" → preview
    });

    loadSnapshot();
    refreshMode();
    recomputePreview();
}

void ConnectorDetailsPage::initializePage()
{
    loadSnapshot();
    refreshMode();
    {
        const QSignalBlocker b1(m_autoCreate);
        const QSignalBlocker b2(m_detach);
        m_autoCreate->setChecked(draft()->profile().autoCreateForNewSubscriptions);
        m_detach->setChecked(draft()->profile().detachDisableForDeletedSubscriptions);
    }
    recomputePreview();
}

bool ConnectorDetailsPage::isComplete() const
{
    // Edit without a changed credential needs no test; the tenant is read meanwhile for the
    // preview (ConnectorWizard starts that), and a failed read does not block the save.
    return DraftPage::isComplete() && (draft()->lastTestOk() || !draft()->testRequired());
}

void ConnectorDetailsPage::loadSnapshot()
{
    const TenantSnapshot &snapshot = draft()->snapshot();
    // Reload only for a new discovery: the tree keeps its expansion state otherwise.
    if (m_loadedAt == snapshot.discoveredAt && m_loadedAt.isValid() &&
        m_selectModel->groupCount() == snapshot.managementGroups.size())
        return;
    m_loadedAt = snapshot.discoveredAt;
    m_selectModel->setSnapshot(snapshot);
    m_excludeModel->setSnapshot(snapshot);
    m_selectModel->setCheckedGroups(draft()->profile().selectedManagementGroups);
    m_excludeModel->setCheckedGroups(draft()->profile().excludedManagementGroups);
    // Open the first levels only, never thousands of rows at once.
    for (QTreeView *view : {m_selectView, m_excludeView})
        view->expandToDepth(1);
    m_previewTimer.start();
}

void ConnectorDetailsPage::refreshMode()
{
    const bool all = draft()->profile().scopeMode == ScopeMode::AllManagementGroups;
    {
        const QSignalBlocker b1(m_all);
        const QSignalBlocker b2(m_select);
        m_all->setChecked(all);
        m_select->setChecked(!all);
    }
    m_trees->setCurrentWidget(all ? static_cast<QWidget *>(m_excludeView) : m_selectView);
    m_treeLabel->setText(all ? tr("Exclude management groups (their whole subtree):")
                             : tr("Select management groups (their whole subtree):"));
}

void ConnectorDetailsPage::recomputePreview()
{
    m_previewTimer.stop();
    if (!draft()->lastTestOk()) {
        // Edit without a new test: the tenant is being read (or could not be).
        const QString words =
            draft()->isTesting()
                ? tr("Reading the tenant for the preview…")
                : tr("The preview needs the tenant: run Test Connection on Tenant Details.");
        m_previewSummary->setText(words);
        m_previewView->setAccessibleDescription(words);
        m_preview->setPreview({});
        Q_EMIT previewUpdated();
        return;
    }
    Preview preview = ConnectorPreview::build(draft()->snapshot(), draft()->normalizedProfile(),
                                              draft()->existingConnectors());
    QString summary =
        preview.edit
            ? tr("%n connector(s) kept", nullptr, preview.kept) +
                  tr(", %n created", nullptr, preview.toCreate) +
                  tr(", %n disabled or no longer run", nullptr, preview.disabled)
            : tr("%n subscription connector(s) will be created", nullptr, preview.toCreate);
    if (preview.notCreated > 0)
        summary += tr("; %n new subscription(s) left without a connector (automatic creation "
                      "is off)",
                      nullptr, preview.notCreated);
    if (preview.skipped > 0)
        summary += tr("; %n disabled subscription(s) skipped", nullptr, preview.skipped);
    if (preview.renamed > 0)
        summary += tr("; %n name(s) made unique with a number", nullptr, preview.renamed);
    if (preview.outOfScope > 0)
        summary += tr("; %n subscription(s) out of scope", nullptr, preview.outOfScope);
    summary += u'.';
    m_previewSummary->setText(summary);
    m_previewView->setAccessibleDescription(summary);
    m_preview->setPreview(std::move(preview));
    if (!m_columnsSized) {
        // Size the columns once from the font, never by measuring 10,000 rows.
        m_columnsSized = true;
        const int ch = m_previewView->fontMetrics().averageCharWidth();
        m_previewView->setColumnWidth(PreviewModel::ConnectorNameColumn, ch * 34);
        m_previewView->setColumnWidth(PreviewModel::ActionColumn, ch * 16);
        m_previewView->setColumnWidth(PreviewModel::PathColumn, ch * 44);
        m_previewView->setColumnWidth(PreviewModel::SubscriptionColumn, ch * 26);
    }
    Q_EMIT previewUpdated();
}

} // namespace atc
