#include "TagsActivationPage.h"

#include <algorithm>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include "store/ProfileStore.h"
#include "widgets/CreateTagDialog.h"
#include "widgets/HeaderFit.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QString tagRuleFieldLabel(TagRuleField field)
{
    switch (field) {
    case TagRuleField::ResourceType:
        return TagsActivationPage::tr("Resource type");
    case TagRuleField::Location:
        return TagsActivationPage::tr("Location");
    case TagRuleField::ResourceGroup:
        return TagsActivationPage::tr("Resource group");
    case TagRuleField::Subscription:
        return TagsActivationPage::tr("Subscription");
    case TagRuleField::Name:
        return TagsActivationPage::tr("Resource name");
    case TagRuleField::AzureTag:
        return TagsActivationPage::tr("Azure tag");
    }
    return {};
}

QString tagRuleOperatorLabel(TagRuleOperator op)
{
    switch (op) {
    case TagRuleOperator::Equals:
        return TagsActivationPage::tr("equals");
    case TagRuleOperator::Contains:
        return TagsActivationPage::tr("contains");
    case TagRuleOperator::StartsWith:
        return TagsActivationPage::tr("starts with");
    case TagRuleOperator::Regex:
        return TagsActivationPage::tr("matches regular expression");
    }
    return {};
}

TagsActivationPage::TagsActivationPage(ConnectorDraft *draft, ProfileStore *store, QWidget *parent)
    : DraftPage(PageId::TagsActivation, draft, parent), m_store(store)
{
    setTitle(tr("Tags and Activation"));
    setSubTitle(tr("Choose what is activated on the discovered assets and how they are "
                   "tagged."));

    // Activation
    auto *activation = new QGroupBox(tr("Activation"), this);
    m_vm = new QCheckBox(tr("Automatically activate all assets for &VM Scanning"), activation);
    m_vm->setObjectName(u"vmScanningCheck"_s);

    m_perimeterBox = new QGroupBox(activation);
    m_perimeterBox->setFlat(true);
    m_perimeter = new QCheckBox(tr("Enable Cloud &Perimeter Scan"), m_perimeterBox);
    m_perimeter->setObjectName(u"perimeterScanCheck"_s);
    m_globalSchedule = new QRadioButton(tr("Use the &global scan configuration"), m_perimeterBox);
    m_globalSchedule->setObjectName(u"perimeterGlobalRadio"_s);
    m_customSchedule = new QRadioButton(tr("C&ustom schedule"), m_perimeterBox);
    m_customSchedule->setObjectName(u"perimeterCustomRadio"_s);
    m_customPanel = new QWidget(m_perimeterBox);
    auto *daysRow = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_customPanel);
        box->setObjectName(u"perimeterDay%1Check"_s.arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        daysRow->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, [this, day](bool on) { setDay(day, on); });
    }
    daysRow->addStretch();
    m_startTime = new QTimeEdit(m_customPanel);
    m_startTime->setObjectName(u"perimeterStartTimeEdit"_s);
    m_startTime->setAccessibleName(tr("Start time"));
    m_startTime->setDisplayFormat(u"HH:mm"_s);
    m_timeZone = new QComboBox(m_customPanel);
    m_timeZone->setObjectName(u"perimeterTimeZoneCombo"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->addItem(tr("(choose a time zone)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    auto *customForm = new QFormLayout(m_customPanel);
    customForm->setContentsMargins(0, 0, 0, 0);
    auto *daysLabel = new QLabel(tr("Days:"), m_customPanel);
    customForm->addRow(daysLabel, daysRow);
    customForm->addRow(tr("S&tart time:"), m_startTime);
    customForm->addRow(tr("Time &zone:"), m_timeZone);
    auto *perimeterLayout = new QVBoxLayout(m_perimeterBox);
    perimeterLayout->setContentsMargins(24, 0, 0, 0);
    perimeterLayout->addWidget(m_perimeter);
    perimeterLayout->addWidget(m_globalSchedule);
    perimeterLayout->addWidget(m_customSchedule);
    perimeterLayout->addWidget(m_customPanel);
    perimeterLayout->addWidget(issueLabel(
        m_perimeter, {ProfileField::CloudPerimeterScan, ProfileField::PerimeterSchedule}));

    m_pc = new QCheckBox(tr("Activate P&olicy Compliance"), activation);
    m_pc->setObjectName(u"policyComplianceCheck"_s);
    m_pcHint = makeHint(QString(), activation);
    m_pcHint->setObjectName(u"policyComplianceHint"_s);
    m_sca = new QCheckBox(tr("Activate &SCA (Security Configuration Assessment)"), activation);
    m_sca->setObjectName(u"scaCheck"_s);
    m_pcScaHint = makeHint(tr("Policy Compliance and SCA cannot both be on: turning one on "
                              "turns the other off."),
                           activation);
    m_certView = new QCheckBox(tr("Activate C&ertView"), activation);
    m_certView->setObjectName(u"certViewCheck"_s);
    auto *activationLayout = new QVBoxLayout(activation);
    activationLayout->addWidget(m_vm);
    activationLayout->addWidget(issueLabel(m_vm, ProfileField::VmScanning));
    activationLayout->addWidget(m_perimeterBox);
    activationLayout->addWidget(m_pc);
    activationLayout->addWidget(m_pcHint);
    activationLayout->addWidget(issueLabel(m_pc, ProfileField::PolicyCompliance));
    activationLayout->addWidget(m_sca);
    activationLayout->addWidget(issueLabel(m_sca, ProfileField::Sca));
    activationLayout->addWidget(m_pcScaHint);
    activationLayout->addWidget(m_certView);
    activationLayout->addWidget(issueLabel(m_certView, ProfileField::CertView));

    // Asset tags
    auto *tags = new QGroupBox(tr("Select Asset Tags"), this);
    m_assetTagModel = new QStandardItemModel(this);
    m_assetTags = new QListView(tags);
    m_assetTags->setObjectName(u"assetTagsList"_s);
    m_assetTags->setAccessibleName(tr("Asset tags"));
    m_assetTags->setModel(m_assetTagModel);
    m_assetTags->setMinimumHeight(m_assetTags->fontMetrics().lineSpacing() * 5);
    auto *tagsLayout = new QVBoxLayout(tags);
    tagsLayout->addWidget(makeHint(tr("Applied to every discovered asset. We recommend one "
                                      "generic tag such as \"Azure\"."),
                                   tags));
    tagsLayout->addWidget(m_assetTags, 1);
    tagsLayout->addWidget(issueLabel(m_assetTags, ProfileField::AssetTags));
    if (m_store) {
        // Tags are created where they are needed: here for asset tags and rules, too.
        m_createTag = new QPushButton(tr("C&reate tag…"), tags);
        m_createTag->setObjectName(u"createAssetTagButton"_s);
        m_createTag->setAutoDefault(false);
        m_createTag->setToolTip(tr("Adds a tag to the catalogue and selects it as an asset tag."));
        m_tagError = new WrapLabel(QString(), tags);
        m_tagError->setObjectName(u"createAssetTagError"_s);
        m_tagError->setVisible(false);
        auto *createRow = new QHBoxLayout;
        createRow->addWidget(m_createTag);
        createRow->addStretch();
        tagsLayout->addLayout(createRow);
        tagsLayout->addWidget(m_tagError);
        connect(m_createTag, &QPushButton::clicked, this, &TagsActivationPage::openCreateTagDialog);
    }

    // Tag rules: an editor row and the table of rules.
    auto *rules = new QGroupBox(tr("Tag rules from Azure metadata"), this);
    m_ruleField = new QComboBox(rules);
    m_ruleField->setObjectName(u"ruleFieldCombo"_s);
    m_ruleField->setAccessibleName(tr("Rule field"));
    for (TagRuleField f :
         {TagRuleField::ResourceType, TagRuleField::Location, TagRuleField::ResourceGroup,
          TagRuleField::Subscription, TagRuleField::Name, TagRuleField::AzureTag})
        m_ruleField->addItem(tagRuleFieldLabel(f), int(f));
    m_ruleKey = new QLineEdit(rules);
    m_ruleKey->setObjectName(u"ruleKeyEdit"_s);
    m_ruleKey->setAccessibleName(tr("Azure tag key"));
    m_ruleKey->setPlaceholderText(tr("Azure tag key"));
    m_ruleOperator = new QComboBox(rules);
    m_ruleOperator->setObjectName(u"ruleOperatorCombo"_s);
    m_ruleOperator->setAccessibleName(tr("Rule operator"));
    for (TagRuleOperator op : {TagRuleOperator::Equals, TagRuleOperator::Contains,
                               TagRuleOperator::StartsWith, TagRuleOperator::Regex})
        m_ruleOperator->addItem(tagRuleOperatorLabel(op), int(op));
    m_ruleValue = new QLineEdit(rules);
    m_ruleValue->setObjectName(u"ruleValueEdit"_s);
    m_ruleValue->setAccessibleName(tr("Rule value"));
    m_ruleValue->setPlaceholderText(tr("Value"));
    m_ruleTag = new QComboBox(rules);
    m_ruleTag->setObjectName(u"ruleTagCombo"_s);
    m_ruleTag->setAccessibleName(tr("Tag to apply"));
    m_addRule = new QPushButton(tr("&Add rule"), rules);
    m_addRule->setObjectName(u"addRuleButton"_s);
    m_addRule->setAutoDefault(false);
    m_removeRule = new QPushButton(tr("Re&move rule"), rules);
    m_removeRule->setObjectName(u"removeRuleButton"_s);
    m_removeRule->setAutoDefault(false);
    m_ruleModel = new QStandardItemModel(0, 5, this);
    m_ruleModel->setHorizontalHeaderLabels(
        {tr("Field"), tr("Azure tag key"), tr("Operator"), tr("Value"), tr("Tag")});
    m_rules = new QTableView(rules);
    m_rules->setObjectName(u"tagRulesTable"_s);
    m_rules->setAccessibleName(tr("Tag rules"));
    m_rules->setModel(m_ruleModel);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->verticalHeader()->setVisible(false);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    fitHeaderTitles(m_rules->horizontalHeader());
    m_rules->setMinimumHeight(m_rules->fontMetrics().lineSpacing() * 5);
    auto *editor = new QGridLayout;
    auto *whenLabel = new QLabel(tr("&When"), rules);
    whenLabel->setBuddy(m_ruleField);
    editor->addWidget(whenLabel, 0, 0);
    editor->addWidget(m_ruleField, 0, 1);
    editor->addWidget(m_ruleKey, 0, 2);
    editor->addWidget(m_ruleOperator, 0, 3);
    editor->addWidget(m_ruleValue, 0, 4);
    auto *applyLabel = new QLabel(tr("appl&y"), rules);
    applyLabel->setBuddy(m_ruleTag);
    editor->addWidget(applyLabel, 1, 0);
    editor->addWidget(m_ruleTag, 1, 1, 1, 2);
    editor->addWidget(m_addRule, 1, 3);
    editor->addWidget(m_removeRule, 1, 4);
    editor->setColumnStretch(2, 1);
    editor->setColumnStretch(4, 1);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(editor);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addWidget(issueLabel(m_rules, ProfileField::TagRules));

    auto *right = new QVBoxLayout;
    right->addWidget(tags, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(activation, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(content());
    layout->addLayout(columns);
    layout->addWidget(rules, 1);

    connect(m_vm, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) {
            p.activateVmScanning = on;
            if (!on)
                p.activateCloudPerimeterScan = false;
        });
    });
    connect(m_perimeter, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) { p.activateCloudPerimeterScan = on; });
    });
    connect(m_customSchedule, &QRadioButton::toggled, this, [this](bool custom) {
        this->draft()->update([&](auto &p) {
            p.perimeterSchedule.useGlobalConfiguration = !custom;
            if (custom && !p.perimeterSchedule.startTime.isValid())
                p.perimeterSchedule.startTime = QTime(2, 0);
            if (custom && p.perimeterSchedule.timeZone.isEmpty())
                p.perimeterSchedule.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
        });
    });
    connect(m_startTime, &QTimeEdit::timeChanged, this, [this](QTime t) {
        this->draft()->update([&](auto &p) { p.perimeterSchedule.startTime = t; });
    });
    connect(m_timeZone, &QComboBox::activated, this, [this](int index) {
        const QString zone = m_timeZone->itemData(index).toString();
        this->draft()->update([&](auto &p) { p.perimeterSchedule.timeZone = zone; });
    });
    // The PC/SCA rule: turning one on turns the other off.
    connect(m_pc, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) {
            p.activatePolicyCompliance = on;
            if (on)
                p.activateSca = false;
        });
    });
    connect(m_sca, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) {
            p.activateSca = on;
            if (on)
                p.activatePolicyCompliance = false;
        });
    });
    connect(m_certView, &QCheckBox::toggled, this,
            [this](bool on) { this->draft()->update([&](auto &p) { p.activateCertView = on; }); });
    connect(m_assetTagModel, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updatingTags)
            return;
        QStringList ids;
        for (int r = 0; r < m_assetTagModel->rowCount(); ++r) {
            const QStandardItem *item = m_assetTagModel->item(r);
            if (item->checkState() == Qt::Checked)
                ids.append(item->data(Qt::UserRole).toString());
        }
        this->draft()->update([&](auto &p) { p.assetTagIds = ids; });
    });
    connect(m_ruleField, &QComboBox::currentIndexChanged, this, [this] {
        m_ruleKey->setEnabled(TagRuleField(m_ruleField->currentData().toInt()) ==
                              TagRuleField::AzureTag);
    });
    connect(m_addRule, &QPushButton::clicked, this, &TagsActivationPage::addRuleFromEditor);
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentIndex().row();
        if (row < 0)
            return;
        this->draft()->update([&](auto &p) {
            if (row < p.tagRules.size())
                p.tagRules.removeAt(row);
        });
    });
    connect(draft, &ConnectorDraft::changed, this, &TagsActivationPage::refresh);
    connect(draft, &ConnectorDraft::tagCatalogChanged, this, &TagsActivationPage::rebuildTagLists);

    m_ruleKey->setEnabled(false);
    rebuildTagLists();
    refresh();
}

void TagsActivationPage::initializePage()
{
    rebuildTagLists();
    refresh();
}

void TagsActivationPage::setDay(int day, bool on)
{
    draft()->update([&](auto &p) {
        QList<int> &days = p.perimeterSchedule.daysOfWeek;
        days.removeAll(day);
        if (on)
            days.append(day);
        std::sort(days.begin(), days.end());
    });
}

void TagsActivationPage::addRuleFromEditor()
{
    TagRule rule;
    rule.field = TagRuleField(m_ruleField->currentData().toInt());
    rule.azureTagKey =
        rule.field == TagRuleField::AzureTag ? m_ruleKey->text().trimmed() : QString();
    rule.op = TagRuleOperator(m_ruleOperator->currentData().toInt());
    rule.value = m_ruleValue->text();
    rule.tagId = m_ruleTag->currentData().toString();
    draft()->update([&](auto &p) { p.tagRules.append(rule); });
    m_ruleValue->clear();
}

void TagsActivationPage::rebuildTagLists()
{
    m_updatingTags = true;
    m_assetTagModel->clear();
    const QString current = m_ruleTag->currentData().toString();
    m_ruleTag->clear();
    for (const Tag &tag : draft()->tagCatalog()) {
        auto *item = new QStandardItem(tag.name);
        item->setData(tag.id, Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(draft()->profile().assetTagIds.contains(tag.id) ? Qt::Checked
                                                                            : Qt::Unchecked);
        if (QColor::isValidColorName(tag.color))
            item->setData(QColor::fromString(tag.color), Qt::DecorationRole);
        if (!tag.description.isEmpty())
            item->setToolTip(tag.description);
        m_assetTagModel->appendRow(item);
        m_ruleTag->addItem(tag.name, tag.id);
    }
    const int idx = m_ruleTag->findData(current);
    if (idx >= 0)
        m_ruleTag->setCurrentIndex(idx);
    m_updatingTags = false;
    rebuildRules();
}

void TagsActivationPage::openCreateTagDialog()
{
    showCreateTagDialog(&m_dialog, [this](const Tag &tag) { addTag(tag); });
}

bool TagsActivationPage::addTag(const Tag &tag)
{
    QString message;
    if (!saveNewTag(m_store, tag, &message)) {
        m_tagError->setText(message);
        QPalette pal = m_tagError->palette();
        pal.setColor(QPalette::WindowText, issueColor(pal, true));
        m_tagError->setPalette(pal);
        m_tagError->setVisible(true);
        return false;
    }
    m_tagError->setVisible(false); // the draft's new catalogue rebuilt the lists and rules
    draft()->update([&](auto &p) {
        if (!p.assetTagIds.contains(tag.id))
            p.assetTagIds.append(tag.id);
    });
    // Also ready for a rule: the tag the user just made is the likely one.
    m_ruleTag->setCurrentIndex(qMax(0, m_ruleTag->findData(tag.id)));
    return true;
}

void TagsActivationPage::rebuildRules()
{
    const int row = m_rules->currentIndex().row();
    m_ruleModel->removeRows(0, m_ruleModel->rowCount());
    const ConnectorProfile &p = draft()->profile();
    for (const TagRule &rule : p.tagRules) {
        QString tagName = rule.tagId;
        for (const Tag &tag : draft()->tagCatalog()) {
            if (tag.id == rule.tagId)
                tagName = tag.name;
        }
        m_ruleModel->appendRow({new QStandardItem(tagRuleFieldLabel(rule.field)),
                                new QStandardItem(rule.azureTagKey),
                                new QStandardItem(tagRuleOperatorLabel(rule.op)),
                                new QStandardItem(rule.value), new QStandardItem(tagName)});
    }
    if (row >= 0 && row < m_ruleModel->rowCount())
        m_rules->setCurrentIndex(m_ruleModel->index(row, 0));
    m_removeRule->setEnabled(m_ruleModel->rowCount() > 0);
}

void TagsActivationPage::refresh()
{
    const ConnectorProfile &p = draft()->profile();
    const QList<QWidget *> blocked = {m_vm,  m_perimeter, m_globalSchedule, m_customSchedule, m_pc,
                                      m_sca, m_certView,  m_startTime,      m_timeZone};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(blocked.size() + m_days.size());
    for (QWidget *w : blocked)
        blockers.emplace_back(w);
    for (QCheckBox *box : std::as_const(m_days))
        blockers.emplace_back(box);

    m_vm->setChecked(p.activateVmScanning);
    m_perimeterBox->setVisible(p.activateVmScanning);
    m_perimeter->setChecked(p.activateCloudPerimeterScan);
    const bool custom = !p.perimeterSchedule.useGlobalConfiguration;
    m_globalSchedule->setChecked(!custom);
    m_customSchedule->setChecked(custom);
    m_globalSchedule->setEnabled(p.activateCloudPerimeterScan);
    m_customSchedule->setEnabled(p.activateCloudPerimeterScan);
    m_customPanel->setVisible(custom);
    m_customPanel->setEnabled(p.activateCloudPerimeterScan);
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(p.perimeterSchedule.daysOfWeek.contains(day));
    if (p.perimeterSchedule.startTime.isValid())
        m_startTime->setTime(p.perimeterSchedule.startTime);
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(p.perimeterSchedule.timeZone)));

    const bool entitled = draft()->policyComplianceEntitled();
    m_pc->setEnabled(entitled || p.activatePolicyCompliance);
    m_pc->setChecked(p.activatePolicyCompliance);
    m_pcHint->setText(entitled ? tr("Evaluates the assets against your compliance policies.")
                               : tr("Not available: Policy Compliance needs the PC agent and "
                                    "Compliance Manager, which are not enabled in the "
                                    "application settings."));
    m_sca->setChecked(p.activateSca);
    m_certView->setChecked(p.activateCertView);

    if (!m_updatingTags) {
        m_updatingTags = true;
        for (int r = 0; r < m_assetTagModel->rowCount(); ++r) {
            QStandardItem *item = m_assetTagModel->item(r);
            const Qt::CheckState state = p.assetTagIds.contains(item->data(Qt::UserRole).toString())
                                             ? Qt::Checked
                                             : Qt::Unchecked;
            if (item->checkState() != state)
                item->setCheckState(state);
        }
        m_updatingTags = false;
    }
    rebuildRules();
    m_addRule->setEnabled(m_ruleTag->count() > 0);
}

} // namespace atc
