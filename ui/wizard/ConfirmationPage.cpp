#include "ConfirmationPage.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>

#include "ConnectorPreview.h"
#include "TagsActivationPage.h"
#include "runtime/ConnectorLifecycle.h"
#include "store/ProfileStore.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QString yesNo(bool on)
{
    return on ? ConfirmationPage::tr("Yes") : ConfirmationPage::tr("No");
}

QString hours(int minutes)
{
    return minutes == 60 ? ConfirmationPage::tr("every hour")
                         : ConfirmationPage::tr("every %1 hours").arg(minutes / 60);
}

} // namespace

ConfirmationPage::ConfirmationPage(ConnectorDraft *draft, const WizardServices &services,
                                   QWidget *parent)
    : DraftPage(PageId::Confirmation, draft, parent), m_services(services)
{
    setTitle(tr("Confirmation"));
    setSubTitle(tr("Check the settings, then create the connector."));
    setFinalPage(true);
    setCommitPage(false);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(u"summaryView"_s);
    m_summary->setAccessibleName(tr("Summary of the connector"));
    m_summary->setOpenLinks(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"createProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"createStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(u"createErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
}

void ConfirmationPage::initializePage()
{
    m_summary->setHtml(buildSummaryHtml());
    m_summary->setAccessibleDescription(summaryText());
    if (wizard()) {
        wizard()->setButtonText(QWizard::FinishButton, draft()->mode() == ConnectorDraft::Mode::Edit
                                                           ? tr("&Save Connector")
                                                           : tr("&Create Connector"));
    }
}

bool ConfirmationPage::isComplete() const
{
    // Every page must be free of errors, not only this one.
    for (int p = int(PageId::BasicDetails); p <= int(PageId::Confirmation); ++p) {
        if (draft()->pageHasErrors(PageId(p)))
            return false;
    }
    return !m_busy && draft()->lastTestOk();
}

bool ConfirmationPage::validatePage()
{
    if (m_created)
        return true;
    startCreate();
    return false;
}

QString ConfirmationPage::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->toHtml());
    return doc.toPlainText();
}

QString ConfirmationPage::buildSummaryHtml() const
{
    const ConnectorProfile p = draft()->normalizedProfile();
    QHash<QString, QString> tagNames;
    for (const Tag &t : draft()->tagCatalog())
        tagNames.insert(t.id, t.name);
    const auto tagList = [&tagNames](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names.append(tagNames.value(id, id));
        return names.isEmpty() ? tr("(none)") : names.join(u", "_s);
    };
    QString html;
    const auto section = [&html](const QString &title) {
        html += u"<tr><td colspan=\"2\"><h3>"_s + title.toHtmlEscaped() + u"</h3></td></tr>"_s;
    };
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td style=\"padding-right:12px\"><b>"_s + label.toHtmlEscaped() +
                u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    // One table for every section, so that the values line up down the whole summary.
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    const auto end = [] {};

    section(tr("Basic Details"));
    row(tr("Name"), p.name);
    row(tr("Description"), p.description.isEmpty() ? tr("(none)") : p.description);
    row(tr("Applications"), p.cspmEnabled ? tr("Asset Inventory, CSPM") : tr("Asset Inventory"));
    row(tr("Remediation"), yesNo(p.remediationEnabled));
    end();

    section(tr("Tenant Details"));
    QString cloud;
    switch (p.cloud) {
    case CloudType::AzurePublic:
        cloud = tr("Global");
        break;
    case CloudType::AzureUSGovernment:
        cloud = tr("Azure US Government");
        break;
    case CloudType::AzureChina:
        cloud = tr("Azure China (21Vianet)");
        break;
    case CloudType::Custom:
        cloud = tr("Custom endpoints");
        break;
    }
    row(tr("Account type"), cloud);
    const CloudEndpoints endpoints = p.endpoints();
    row(tr("Sign-in URL"), endpoints.authorityHost.toString());
    row(tr("Resource Manager URL"), endpoints.armEndpoint.toString());
    if (!p.caCertificateFile.isEmpty())
        row(tr("Extra CA certificate"), p.caCertificateFile);
    row(tr("Tenant polling"), hours(p.tenantPollingMinutes));
    row(tr("Tenant name"), p.tenantName.isEmpty() ? tr("(none)") : p.tenantName);
    row(tr("Application ID"), p.clientId);
    row(tr("Directory ID"), p.directoryId);
    // The key itself is never shown, only whether there is one.
    row(tr("Authentication key"),
        !draft()->secret().isEmpty()            ? tr("Set (stored in the keychain on Create)")
        : !draft()->storedSecretKey().isEmpty() ? tr("Set (kept from the keychain)")
                                                : tr("Not set"));
    end();

    section(tr("Subscription Details"));
    row(tr("Subscription polling"), hours(p.subscriptionPollingMinutes));
    row(tr("Connector name prefix"), p.connectorNamePrefix);
    end();

    section(tr("Connector Details"));
    if (p.scopeMode == ScopeMode::AllManagementGroups) {
        row(tr("Scope"), tr("All management groups"));
        row(tr("Excluded groups"), p.excludedManagementGroups.isEmpty()
                                       ? tr("(none)")
                                       : p.excludedManagementGroups.join(u", "_s));
    } else {
        row(tr("Scope"), tr("Selected management groups"));
        row(tr("Selected groups"), p.selectedManagementGroups.join(u", "_s));
    }
    row(tr("Create connectors for new accounts"), yesNo(p.autoCreateForNewSubscriptions));
    row(tr("Detach and disable for deleted accounts"),
        yesNo(p.detachDisableForDeletedSubscriptions));
    const Preview preview = ConnectorPreview::build(draft()->snapshot(), p);
    row(tr("Subscription connectors to create"), QString::number(preview.toCreate));
    row(tr("Disabled subscriptions skipped"), QString::number(preview.skipped));
    row(tr("Names made unique"), QString::number(preview.renamed));
    row(tr("Subscriptions out of scope"), QString::number(preview.outOfScope));
    end();

    section(tr("Tags and Activation"));
    row(tr("VM scanning"), yesNo(p.activateVmScanning));
    if (p.activateVmScanning) {
        QString perimeter = yesNo(p.activateCloudPerimeterScan);
        if (p.activateCloudPerimeterScan) {
            if (p.perimeterSchedule.useGlobalConfiguration) {
                perimeter = tr("Yes, with the global scan configuration");
            } else {
                QStringList days;
                const QLocale locale;
                for (int d : p.perimeterSchedule.daysOfWeek)
                    days.append(locale.dayName(d, QLocale::ShortFormat));
                perimeter =
                    tr("Yes: %1 at %2 (%3)")
                        .arg(days.join(u", "_s), p.perimeterSchedule.startTime.toString(u"HH:mm"_s),
                             p.perimeterSchedule.timeZone);
            }
        }
        row(tr("Cloud perimeter scan"), perimeter);
    }
    row(tr("Policy compliance"), yesNo(p.activatePolicyCompliance));
    row(tr("SCA"), yesNo(p.activateSca));
    row(tr("CertView"), yesNo(p.activateCertView));
    row(tr("Asset tags"), tagList(p.assetTagIds));
    for (int i = 0; i < p.tagRules.size(); ++i) {
        const TagRule &r = p.tagRules.at(i);
        const QString field = r.field == TagRuleField::AzureTag
                                  ? tagRuleFieldLabel(r.field) + u" \""_s + r.azureTagKey + u'"'
                                  : tagRuleFieldLabel(r.field);
        row(tr("Tag rule %1").arg(i + 1),
            tr("when %1 %2 \"%3\", apply %4")
                .arg(field, tagRuleOperatorLabel(r.op), r.value, tagNames.value(r.tagId, r.tagId)));
    }
    end();

    section(tr("Assign Tags"));
    row(tr("Connector tags"), tagList(p.connectorTagIds));
    end();
    html += u"</table>"_s;
    return html;
}

void ConfirmationPage::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ConfirmationPage::startCreate()
{
    if (m_busy || m_created || !isComplete())
        return;
    m_busy = true;
    m_error->setVisible(false);
    m_progress->setVisible(true);
    Q_EMIT completeChanged();

    // The transaction (profile, key, rollback) is core's: ConnectorLifecycle::save().
    if (!m_lifecycle)
        m_lifecycle = new ConnectorLifecycle(*m_services.profileStore, m_services.secretStore,
                                             QString(), this);
    ConnectorLifecycle::SaveRequest request;
    request.profile = draft()->normalizedProfile();
    request.secret = draft()->secret();
    request.storedSecretKey = draft()->storedSecretKey();
    request.edit = draft()->mode() == ConnectorDraft::Mode::Edit;
    if (m_services.createSubscriptionConnectors) {
        request.afterSaved = [this](const ConnectorProfile &p) {
            return m_services.createSubscriptionConnectors(p, draft()->snapshot());
        };
    }
    request.progress = [this](ConnectorLifecycle::SaveStep step) {
        switch (step) {
        case ConnectorLifecycle::SaveStep::SavingProfile:
            setStatus(tr("Saving the profile…"));
            break;
        case ConnectorLifecycle::SaveStep::ReadingStoredKey:
            setStatus(tr("Reading the stored authentication key…"));
            break;
        case ConnectorLifecycle::SaveStep::StoringKey:
            setStatus(tr("Storing the authentication key in the keychain…"));
            break;
        case ConnectorLifecycle::SaveStep::AfterSaved:
            setStatus(tr("Creating the subscription connectors…"));
            break;
        }
    };
    m_lifecycle->save(request, this, [this](const ConnectorLifecycle::SaveResult &r) {
        if (!r.ok()) {
            fail(r.errorMessage);
            return;
        }
        m_saved = r.profile;
        m_busy = false;
        m_created = true;
        m_progress->setVisible(false);
        setStatus(tr("The connector \"%1\" was saved.").arg(m_saved.name));
        Q_EMIT created(m_saved);
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->accept();
    });
}

void ConfirmationPage::fail(const QString &message)
{
    m_saved = {};
    m_busy = false;
    m_progress->setVisible(false);
    setStatus({});
    m_error->setText(tr("Error: %1").arg(message));
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_error->setPalette(pal);
    m_error->setVisible(true);
    m_error->setAccessibleName(m_error->text());
    Q_EMIT createFailed(message);
    Q_EMIT completeChanged();
}

} // namespace atc
