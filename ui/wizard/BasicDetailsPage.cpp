#include "BasicDetailsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace atc {

using namespace Qt::Literals::StringLiterals;

BasicDetailsPage::BasicDetailsPage(ConnectorDraft *draft, QWidget *parent)
    : DraftPage(PageId::BasicDetails, draft, parent)
{
    setTitle(tr("Basic Details"));
    setSubTitle(tr("Name the tenant connector and choose what it collects."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(ProfileValidator::MaxNameLength + 1);
    m_name->setPlaceholderText(tr("e.g. Contoso production tenant"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what this connector covers and who owns it."));
    // About four lines, in the font's own units so that scaling keeps it readable.
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 +
                                  m_description->frameWidth() * 2 + 8);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(NoLabel, issueLabel(m_name, ProfileField::Name));
    form->addRow(NoLabel, makeHint(tr("We recommend a unique name that says which tenant this is."),
                                   this, false));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(NoLabel, issueLabel(m_description, ProfileField::Description));

    auto *apps = new QGroupBox(tr("Applications"), this);
    m_assetInventory = new QCheckBox(tr("AssetView: &Asset Inventory"), apps);
    m_assetInventory->setObjectName(u"assetInventoryCheck"_s);
    m_assetInventory->setChecked(true);
    m_assetInventory->setEnabled(false);
    m_assetInventory->setAccessibleDescription(
        tr("Always on: every tenant connector inventories assets."));
    m_cspm = new QCheckBox(tr("&CSPM"), apps);
    m_cspm->setObjectName(u"cspmCheck"_s);
    m_cspm->setAccessibleName(tr("CSPM"));
    auto *appsLayout = new QVBoxLayout(apps);
    appsLayout->addWidget(m_assetInventory);
    appsLayout->addWidget(makeHint(tr("Always on: every tenant connector inventories the assets "
                                      "of its subscriptions, so it cannot be turned off."),
                                   apps));
    appsLayout->addWidget(m_cspm);
    appsLayout->addWidget(makeHint(tr("Fills the cloud inventory with the full configuration of "
                                      "every resource, for posture assessment."),
                                   apps));
    appsLayout->addWidget(issueLabel(m_cspm, ProfileField::Applications));

    m_remediation = new QCheckBox(tr("Enable &Remediation"), this);
    m_remediation->setObjectName(u"remediationCheck"_s);
    m_remediation->setAccessibleName(tr("Enable Remediation"));

    auto *layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(apps);
    layout->addWidget(m_remediation);
    layout->addWidget(makeHint(tr("Remediation needs additional write permissions on the "
                                  "subscriptions (Contributor level). Test Connection on the "
                                  "next page checks them."),
                               this));
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.name = text; });
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        this->draft()->update([&](auto &p) { p.description = text; });
    });
    connect(m_cspm, &QCheckBox::toggled, this,
            [this](bool on) { this->draft()->update([&](auto &p) { p.cspmEnabled = on; }); });
    connect(m_remediation, &QCheckBox::toggled, this, [this](bool on) {
        this->draft()->update([&](auto &p) { p.remediationEnabled = on; });
    });
    BasicDetailsPage::initializePage();
}

void BasicDetailsPage::initializePage()
{
    const ConnectorProfile &p = draft()->profile();
    if (m_name->text() != p.name)
        m_name->setText(p.name);
    if (m_description->toPlainText() != p.description)
        m_description->setPlainText(p.description);
    m_cspm->setChecked(p.cspmEnabled);
    m_remediation->setChecked(p.remediationEnabled);
}

} // namespace atc
