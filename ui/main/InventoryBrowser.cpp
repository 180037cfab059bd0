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
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "InventoryModel.h"

namespace atc::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QComboBox *filterCombo(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
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
      m_table(new QTableView(this)), m_details(new QPlainTextEdit(this)), m_typing(new QTimer(this))
{
    setObjectName(u"inventoryBrowser"_s);
    m_search->setObjectName(u"inventorySearchEdit"_s);
    m_search->setPlaceholderText(tr("Search name, resource group or id"));
    m_search->setAccessibleName(tr("Search assets"));
    m_search->setClearButtonEnabled(true);
    m_removed->setObjectName(u"includeRemovedCheck"_s);
    m_count->setObjectName(u"inventoryCountLabel"_s);
    m_table->setObjectName(u"inventoryTable"_s);
    m_table->setAccessibleName(tr("Assets"));
    m_details->setObjectName(u"assetDetails"_s);
    m_details->setAccessibleName(tr("Asset details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an asset to see its Azure metadata."));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);
    filters->addWidget(m_location);
    filters->addWidget(m_tag);
    filters->addWidget(m_module);
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
    layout->addWidget(m_count);

    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &InventoryBrowser::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_type, m_location, m_tag, m_module})
        connect(combo, &QComboBox::activated, this, &InventoryBrowser::applyFilter);
    connect(m_removed, &QCheckBox::toggled, this, &InventoryBrowser::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryBrowser::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n asset(s)", nullptr, m_model->rowCount()));
        m_details->clear();
    });
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
    fillChoices();
    applyFilter();
}

int InventoryBrowser::assetCount() const
{
    return m_model->rowCount();
}

void InventoryBrowser::fillChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[value, label] : items)
            combo->addItem(label, value);
        const int i = combo->findData(current);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    QList<std::pair<QString, QString>> types, locations, tags;
    const QStringList typeValues = m_model->distinctValues(u"type"_s, m_profileId);
    for (const QString &t : typeValues)
        types.append({t, t});
    const QStringList locationValues = m_model->distinctValues(u"location"_s, m_profileId);
    for (const QString &l : locationValues)
        locations.append({l, l});
    for (auto it = m_tagNames.cbegin(); it != m_tagNames.cend(); ++it)
        tags.append({it.key(), it.value()});
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) {
        return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
    });
    refill(m_type, tr("All types"), types);
    refill(m_location, tr("All locations"), locations);
    refill(m_tag, tr("All tags"), tags);
}

void InventoryBrowser::applyFilter()
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
    m_model->setFilter(f);
    Q_EMIT filterApplied(m_model->rowCount());
}

void InventoryBrowser::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QVariantMap d =
        m_model->assetDetails(current.data(InventoryModel::AssetIdRole).toLongLong());
    if (d.isEmpty()) {
        m_details->setPlainText(tr("This asset is no longer in the inventory."));
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
    line(tr("Type"), u"type"_s);
    line(tr("Kind"), u"kind"_s);
    line(tr("Location"), u"location"_s);
    line(tr("Resource group"), u"resource_group"_s);
    line(tr("Subscription"), u"subscription_id"_s);
    line(tr("Connector"), u"connector_name"_s);
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
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace atc::ui
