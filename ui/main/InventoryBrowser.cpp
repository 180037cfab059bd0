#include "InventoryBrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTextOption>
#include <QTimer>
#include <QVBoxLayout>

#include "InventoryModel.h"
#include "ResourceTypeNames.h"
#include "widgets/HeaderFit.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QComboBox *filterCombo(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Ten characters at least; wider when there is room (the filter row's stretch). In
    // German at 150 % on 1280×800 the row must fit in 850 px.
    combo->setMinimumContentsLength(10);
    return combo;
}

QString prettyJson(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

InventoryBrowser::InventoryBrowser(QWidget *parent)
    : QWidget(parent), m_model(new InventoryModel(this)), m_search(new QLineEdit(this)),
      m_type(filterCombo(u"typeFilterCombo"_s, tr("Filter by type"), this)),
      m_location(filterCombo(u"locationFilterCombo"_s, tr("Filter by location"), this)),
      m_tag(filterCombo(u"tagFilterCombo"_s, tr("Filter by tag"), this)),
      m_module(filterCombo(u"moduleFilterCombo"_s, tr("Filter by activated module"), this)),
      m_removed(new QCheckBox(tr("Show &removed"), this)), m_count(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_busyDelay(new QTimer(this)), m_table(new QTableView(this)),
      m_details(new QPlainTextEdit(this)), m_typing(new QTimer(this))
{
    setObjectName(u"inventoryBrowser"_s);
    m_search->setObjectName(u"inventorySearchEdit"_s);
    m_search->setPlaceholderText(tr("Search name, resource group or id"));
    m_search->setAccessibleName(tr("Search assets"));
    m_search->setClearButtonEnabled(true);
    m_removed->setObjectName(u"includeRemovedCheck"_s);
    m_count->setObjectName(u"inventoryCountLabel"_s);
    m_busy->setObjectName(u"inventoryBusyIndicator"_s);
    m_busy->setAccessibleName(tr("Loading assets"));
    m_busy->setRange(0, 0); // busy: no percentage to show
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_table->setObjectName(u"inventoryTable"_s);
    m_table->setAccessibleName(tr("Assets"));
    m_details->setObjectName(u"assetDetails"_s);
    m_details->setAccessibleName(tr("Asset details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an asset to see its Azure metadata."));
    // Wrapped, long ids anywhere: the pane is narrow beside the table, and a line cut off at
    // its right edge (resource id, type, error) is the part a person came to read.
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_module->addItem(tr("All modules"), QString());
    const QList<std::pair<QString, QString>> modules = {{u"VM"_s, tr("VM scanning")},
                                                        {u"PC"_s, tr("Policy compliance")},
                                                        {u"SCA"_s, tr("SCA")},
                                                        {u"CPS"_s, tr("Cloud perimeter scan")},
                                                        {u"CERTVIEW"_s, tr("CertView")}};
    for (const auto &[code, label] : modules)
        m_module->addItem(label, code);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Fixed row height and interactive widths: the view never measures 200,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = {
        {InventoryModel::TypeColumn, 230},         {InventoryModel::NameColumn, 190},
        {InventoryModel::LocationColumn, 100},     {InventoryModel::ResourceGroupColumn, 130},
        {InventoryModel::SubscriptionColumn, 190}, {InventoryModel::TagsColumn, 80},
        {InventoryModel::ModulesColumn, 130},      {InventoryModel::FirstSeenColumn, 130},
        {InventoryModel::LastSeenColumn, 130}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    fitHeaderTitles(m_table->horizontalHeader()); // German titles are longer

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_location, 1);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_module, 1);
    filters->addWidget(m_removed);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"inventorySplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 360});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_busy);
    status->addStretch(1);
    layout->addLayout(status);

    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, [this] { applyFilter(); });
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_type, m_location, m_tag, m_module})
        connect(combo, &QComboBox::activated, this, [this] { applyFilter(); });
    connect(m_removed, &QCheckBox::toggled, this, [this] { applyFilter(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryBrowser::showDetails);
    // Most loads end within a moment: the indicator only appears for the slower ones.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(200);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busy->show();
        m_count->setText(tr("Loading…"));
    });
    connect(m_model, &InventoryModel::loadingChanged, this, &InventoryBrowser::onLoadingChanged);
    connect(m_model, &InventoryModel::loaded, this, &InventoryBrowser::onLoaded);
    connect(m_model, &InventoryModel::choicesChanged, this, &InventoryBrowser::fillChoices);
    // The current asset stays current (and its details shown) when the new rows have it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_keptAsset =
            current.isValid() ? current.data(InventoryModel::AssetIdRole).toLongLong() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptAsset > 0 ? m_model->rowOfAsset(m_keptAsset) : -1;
        if (row < 0) {
            m_details->clear();
            return;
        }
        const QModelIndex index = m_model->index(row, InventoryModel::NameColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    });
    onLoadingChanged(m_model->isLoading()); // the header's initial sort started a load
}

bool InventoryBrowser::open(const QString &databasePath, QString *error)
{
    return m_model->open(databasePath, error);
}

void InventoryBrowser::setScope(const QString &profileId, qint64 connectorId,
                                const QHash<QString, QString> &tagNames)
{
    m_profileId = profileId;
    m_connectorId = connectorId;
    m_tagNames = tagNames;
    m_model->setTagNames(tagNames);
    refresh();
}

void InventoryBrowser::refresh()
{
    fillTags();
    applyFilter(true); // types and locations come with the rows (fillChoices)
}

int InventoryBrowser::assetCount() const
{
    return m_model->rowCount();
}

bool InventoryBrowser::isLoading() const
{
    return m_model->isLoading();
}

namespace {

// Refills a filter combo, keeping its choice when still offered; returns whether it was kept.
bool refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[value, label] : items)
        combo->addItem(label, value);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
    return i >= 0;
}

QList<std::pair<QString, QString>> sameLabels(const QStringList &values)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &v : values)
        items.append({v, v});
    return items;
}

} // namespace

void InventoryBrowser::fillTags()
{
    QList<std::pair<QString, QString>> tags;
    for (auto it = m_tagNames.cbegin(); it != m_tagNames.cend(); ++it)
        tags.append({it.key(), it.value()});
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) {
        return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
    });
    refill(m_tag, tr("All tags"), tags);
}

void InventoryBrowser::fillChoices()
{
    const bool typeKept = refill(m_type, tr("All types"), sameLabels(m_model->types()));
    const bool locationKept =
        refill(m_location, tr("All locations"), sameLabels(m_model->locations()));
    // A chosen value this scope does not have any more: the filter falls back to "All".
    if (!typeKept || !locationKept)
        applyFilter();
}

void InventoryBrowser::onLoadingChanged(bool loading)
{
    if (loading) {
        m_busyDelay->start();
        return;
    }
    m_busyDelay->stop();
    m_busy->hide();
}

void InventoryBrowser::onLoaded(int rows)
{
    const QString error = m_model->loadError();
    m_count->setText(error.isEmpty() ? tr("%n asset(s)", nullptr, rows)
                                     : tr("The inventory could not be read: %1").arg(error));
    Q_EMIT filterApplied(rows);
}

void InventoryBrowser::applyFilter(bool withChoices)
{
    m_typing->stop();
    InventoryModel::Filter f;
    f.profileId = m_profileId;
    f.connectorId = m_connectorId;
    f.text = m_search->text();
    f.type = m_type->currentData().toString();
    f.location = m_location->currentData().toString();
    f.tagId = m_tag->currentData().toString();
    f.module = m_module->currentData().toString();
    f.includeRemoved = m_removed->isChecked();
    m_model->setFilter(f, withChoices);
}

void InventoryBrowser::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    // Unchanged text (the same asset after a reload) is not set again: it keeps its scroll.
    const auto show = [this](const QString &text) {
        if (m_details->toPlainText() != text)
            m_details->setPlainText(text);
    };
    const QVariantMap d =
        m_model->assetDetails(current.data(InventoryModel::AssetIdRole).toLongLong());
    if (d.isEmpty()) {
        show(tr("This asset is no longer in the inventory."));
        return;
    }
    QStringList lines;
    const auto line = [&](const QString &label, const QString &key) {
        const QString value = d.value(key).toString();
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    line(tr("Name"), u"name"_s);
    line(tr("Resource id"), u"resource_id"_s);
    // "Virtual machine (Microsoft.Compute/virtualMachines)": the words, and the raw type to
    // search for; an unknown type as it is.
    if (const QString type = d.value(u"type"_s).toString(); !type.isEmpty())
        lines << tr("%1: %2").arg(tr("Type"), ResourceTypeNames::describe(type));
    line(tr("Kind"), u"kind"_s);
    line(tr("Location"), u"location"_s);
    line(tr("Resource group"), u"resource_group"_s);
    line(tr("Subscription"), u"subscription_id"_s);
    line(tr("Connector"), u"connector_name"_s);
    // The asset's tags by name, as the Tags column shows them (InventoryModel maps the ids).
    const QString tags = current.siblingAtColumn(InventoryModel::TagsColumn).data().toString();
    lines << tr("%1: %2").arg(tr("Tags"), tags.isEmpty() ? tr("none") : tags);
    line(tr("Activated modules"), u"modules"_s);
    line(tr("Public IP addresses"), u"public_ips"_s);
    line(tr("DNS names"), u"fqdns"_s);
    line(tr("First seen"), u"first_seen"_s);
    line(tr("Last changed"), u"last_changed"_s);
    line(tr("Removed"), u"removed_at"_s);
    const QString azureTags = prettyJson(d.value(u"tags"_s).toString());
    if (!azureTags.isEmpty() && azureTags.trimmed() != u"{\n}"_s)
        lines << QString() << tr("Azure tags:") << azureTags.trimmed();
    const QString properties = prettyJson(d.value(u"properties"_s).toString());
    if (!properties.isEmpty())
        lines << QString() << tr("Configuration (CSPM):") << properties.trimmed();
    else
        lines << QString() << tr("No configuration stored (CSPM is off for this connector).");
    show(lines.join(u'\n'));
}

} // namespace atc
