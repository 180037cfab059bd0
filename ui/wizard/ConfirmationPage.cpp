#include "ConfirmationPage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>

#include "ConnectorPreview.h"
#include "QualysAccountCombo.h"
#include "QualysSessionPool.h"
#include "SandboxProfiles.h"
#include "TagsActivationPage.h"
#include "qualys/QualysMapping.h"
#include "qualys/QualysSession.h"
#include "qualys/TenantConnectorPush.h"
#include "runtime/ConnectorLifecycle.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"

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
                                   QualysSessionPool *pool, QWidget *parent)
    : DraftPage(PageId::Confirmation, draft, parent), m_services(services), m_pool(pool)
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

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_summary, 1);

    // Where to create it.
    m_createLocal = new QCheckBox(tr("Create on this com&puter (runs here)"), this);
    m_createLocal->setObjectName(u"createLocallyCheck"_s);
    m_createLocal->setChecked(draft->createLocally());
    connect(m_createLocal, &QCheckBox::toggled, this,
            [this](bool on) { this->draft()->setCreateLocally(on); });
    layout->addWidget(m_createLocal);
    m_createLocal->setVisible(pool != nullptr); // without Qualys there is no other place
    if (m_pool) {
        m_createQualys = new QCheckBox(this);
        m_createQualys->setObjectName(u"createOnQualysCheck"_s);
        m_account = new QualysAccountCombo(draft, false, this);
        m_account->setObjectName(u"qualysAccountCombo"_s);
        m_account->setAccessibleName(tr("Qualys account"));
        m_retryPush = new QPushButton(tr("&Retry on Qualys"), this);
        m_retryPush->setObjectName(u"retryQualysPushButton"_s);
        m_retryPush->setAutoDefault(false);
        m_retryPush->setVisible(false);
        auto *row = new QHBoxLayout;
        row->addWidget(m_createQualys);
        row->addWidget(m_account, 1);
        row->addWidget(m_retryPush);
        layout->addLayout(row);
        m_qualysNotes = new WrapLabel(QString(), this);
        m_qualysNotes->setObjectName(u"qualysNotesLabel"_s);
        m_qualysNotes->setVisible(false);
        layout->addWidget(m_qualysNotes);
        m_qualysResult = new WrapLabel(QString(), this);
        m_qualysResult->setObjectName(u"qualysResultLabel"_s);
        m_qualysResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_qualysResult->setVisible(false);
        layout->addWidget(m_qualysResult);
        connect(m_createQualys, &QCheckBox::toggled, this, [this](bool on) {
            if (!on) {
                this->draft()->setQualysAccount(std::nullopt);
                return;
            }
            const int i = m_account->accountIndex();
            const QList<QualysAccount> &accounts = this->draft()->qualysAccounts();
            if (i >= 0 && i < accounts.size())
                this->draft()->setQualysAccount(accounts.at(i));
        });
        connect(m_retryPush, &QPushButton::clicked, this, &ConfirmationPage::startPush);
        connect(draft, &ConnectorDraft::qualysChanged, this, [this] {
            updateQualysControls();
            if (isVisible())
                m_summary->setHtml(buildSummaryHtml());
        });
        connect(draft, &ConnectorDraft::changed, this, &ConfirmationPage::updateQualysControls);
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    offerSandboxQualys(); // now, so that Assign Tags lists the sandbox's account too
    updateQualysControls();
}

ConfirmationPage::~ConfirmationPage()
{
    if (m_push) { // a push still running when the wizard closes: stop it, it saves nothing
        m_push->disconnect(this);
        m_push->cancel();
        delete m_push.data();
    }
}

QStringList ConfirmationPage::qualysProblems() const
{
    if (!m_pool || !draft()->qualysAccount())
        return {};
    return QualysMapping::problems(draft()->normalizedProfile());
}

void ConfirmationPage::updateQualysControls()
{
    m_createLocal->setChecked(draft()->createLocally());
    const bool locked = m_busy || m_created;
    m_createLocal->setEnabled(!locked);
    if (!m_pool)
        return;
    const std::optional<QualysAccount> &account = draft()->qualysAccount();
    const QList<QualysAccount> &accounts = draft()->qualysAccounts();
    const int i = m_account->accountIndex();
    const QualysPlatform shown = account                           ? account->platform
                                 : (i >= 0 && i < accounts.size()) ? accounts.at(i).platform
                                                                   : QualysPlatform();
    m_createQualys->setText(shown.id.isEmpty()
                                ? tr("Create on &Qualys")
                                : tr("Create on &Qualys %1").arg(qualysPlatformName(shown)));
    {
        const QSignalBlocker block(m_createQualys);
        m_createQualys->setChecked(account.has_value());
    }
    m_createQualys->setEnabled(!accounts.isEmpty() && !locked);
    m_account->setEnabled(!accounts.isEmpty() && !locked);
    if (accounts.isEmpty())
        m_createQualys->setToolTip(tr("Add a Qualys account in Settings ▸ Qualys accounts."));

    // What Qualys will make of it: problems block, notes (polling rounded to days) inform.
    QStringList lines;
    bool blocking = false;
    if (account) {
        const ConnectorProfile p = draft()->normalizedProfile();
        for (const QString &problem : QualysMapping::problems(p)) {
            lines << tr("Cannot be created on Qualys: %1").arg(problem);
            blocking = true;
        }
        for (const QString &note : QualysMapping::notes(p))
            lines << tr("Note: %1").arg(note);
    } else if (accounts.isEmpty()) {
        lines << tr("To create it on Qualys too, add a Qualys account in Settings ▸ Qualys "
                    "accounts.");
    }
    if (!draft()->hasCreateTarget())
        lines << tr("Choose where to create the connector: on this computer, on Qualys, or both.");
    QPalette pal = palette();
    if (blocking || !draft()->hasCreateTarget())
        pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_qualysNotes->setPalette(pal);
    m_qualysNotes->setText(lines.join(u'\n'));
    m_qualysNotes->setVisible(!lines.isEmpty() && !m_created);
    Q_EMIT completeChanged();
}

void ConfirmationPage::offerSandboxQualys()
{
    // "Try the sandbox" can create on the sandbox's fake Qualys too: its user is offered
    // only for a sandbox profile, with the secret kept in memory.
    if (m_sandboxOffered || !m_pool || !m_services.startSandboxQualys || !m_services.startSandbox)
        return;
    const ConnectorProfile &p = draft()->profile();
    const QString host = p.endpoints().armEndpoint.host();
    if (p.cloud != CloudType::Custom ||
        (host != u"127.0.0.1"_s && host != u"localhost"_s && host != u"::1"_s))
        return;
    const SandboxTenant tenant = m_services.startSandbox();
    if (!tenant.baseUrl.isValid() || !isSandboxProfile(p, tenant.directoryId))
        return;
    const std::optional<QualysCredentials> sandbox = m_services.startSandboxQualys();
    if (!sandbox)
        return;
    m_sandboxOffered = true;
    m_pool->addCredentials(*sandbox);
    QList<QualysAccount> accounts = draft()->qualysAccounts();
    if (!accounts.contains(sandbox->account))
        accounts.prepend(sandbox->account);
    draft()->setQualysAccounts(accounts);
}

void ConfirmationPage::initializePage()
{
    offerSandboxQualys();
    updateQualysControls();
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
    if (m_created) // Close, after a push that kept the page open
        return !m_busy;
    return !m_busy && draft()->lastTestOk() && draft()->hasCreateTarget() &&
           qualysProblems().isEmpty();
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
    // Groups by their display names, as the tree showed them; the id only when the tenant
    // was not read (Edit without a test) or the group is gone.
    const auto groupNames = [this](const QStringList &ids) {
        if (ids.isEmpty())
            return tr("(none)");
        QHash<QString, QString> names;
        for (const ManagementGroup &g : draft()->snapshot().managementGroups)
            names.insert(g.name.toLower(), g.displayName.isEmpty() ? g.name : g.displayName);
        QStringList out;
        for (const QString &id : ids)
            out.append(names.value(id.toLower(), id));
        return out.join(u", "_s);
    };
    if (p.scopeMode == ScopeMode::AllManagementGroups) {
        row(tr("Scope"), tr("All management groups"));
        row(tr("Excluded groups"), groupNames(p.excludedManagementGroups));
    } else {
        row(tr("Scope"), tr("Selected management groups"));
        row(tr("Selected groups"), groupNames(p.selectedManagementGroups));
    }
    row(tr("Create connectors for new accounts"), yesNo(p.autoCreateForNewSubscriptions));
    row(tr("Detach and disable for deleted accounts"),
        yesNo(p.detachDisableForDeletedSubscriptions));
    if (!draft()->lastTestOk()) {
        // Edit without a new test and the tenant not read: counts would be guesses.
        row(tr("Subscription connectors"),
            tr("Not previewed (the tenant was not read); the next run applies the scope"));
    } else {
        const Preview preview =
            ConnectorPreview::build(draft()->snapshot(), p, draft()->existingConnectors());
        if (preview.edit) {
            row(tr("Subscription connectors kept"), QString::number(preview.kept));
            row(tr("Subscription connectors disabled or no longer run"),
                QString::number(preview.disabled));
        }
        row(tr("Subscription connectors to create"), QString::number(preview.toCreate));
        row(tr("Disabled subscriptions skipped"), QString::number(preview.skipped));
        row(tr("Names made unique"), QString::number(preview.renamed));
        row(tr("Subscriptions out of scope"), QString::number(preview.outOfScope));
    }
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

    section(tr("Where"));
    row(tr("On this computer"), draft()->createLocally()
                                    ? tr("Yes: saved and run here")
                                    : tr("Saved only to remember the Qualys connector; not run"));
    if (const std::optional<QualysAccount> &a = draft()->qualysAccount()) {
        const QualysLink *link = p.qualysLink(a->platform.key());
        row(tr("On Qualys"), link && link->tenantConnectorId > 0
                                 ? tr("%1: updates tenant connector %2")
                                       .arg(a->displayName())
                                       .arg(link->tenantConnectorId)
                                 : tr("%1: creates the tenant connector").arg(a->displayName()));
        QStringList ids;
        for (qint64 id : draft()->qualysTagIds())
            ids << QString::number(id);
        row(tr("Qualys tag ids"), ids.isEmpty() ? tr("(none)") : ids.join(u", "_s));
    } else {
        row(tr("On Qualys"), tr("No"));
    }
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
    // Only on Qualys: saved here to remember the platform's id, disabled so it never runs here.
    if (!draft()->createLocally())
        request.profile.enabled = false;
    request.secret = draft()->secret();
    request.storedSecretKey = draft()->storedSecretKey();
    request.edit = draft()->mode() == ConnectorDraft::Mode::Edit;
    // Edit without a read tenant has no snapshot to create from: the next run reconciles.
    if (m_services.createSubscriptionConnectors && draft()->createLocally() &&
        draft()->lastTestOk()) {
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
        m_created = true;
        setStatus(tr("The connector \"%1\" was saved.").arg(m_saved.name));
        const bool push = m_pool && draft()->qualysAccount().has_value();
        if (!push) {
            m_busy = false;
            m_progress->setVisible(false);
            Q_EMIT created(m_saved);
            Q_EMIT completeChanged();
            if (wizard())
                wizard()->accept();
            return;
        }
        // The push follows; the page stays open to show the platform's id or its words.
        Q_EMIT created(m_saved);
        if (wizard())
            wizard()->setButtonText(QWizard::FinishButton, tr("&Close"));
        m_busy = false; // startPush() takes over
        startPush();
    });
}

void ConfirmationPage::startPush()
{
    const std::optional<QualysAccount> account = draft()->qualysAccount();
    if (m_pushing || !m_created || !m_pool || !account)
        return;
    m_pushing = true;
    m_busy = true;
    m_retryPush->setVisible(false);
    m_error->setVisible(false);
    m_qualysResult->setVisible(false);
    m_progress->setVisible(true);
    updateQualysControls();
    setStatus(tr("Reading the authentication key for Qualys…"));
    // The Azure key goes to Qualys (secretValue): the typed one, else the one just stored.
    if (!draft()->secret().isEmpty()) {
        pushWithKey(draft()->secret());
        return;
    }
    SecretResolver::resolve(m_services.secretStore, m_saved.secretKey(), this,
                            [this](const ResolvedSecret &r) {
                                if (!r.ok()) {
                                    finishPush(false, r.errorMessage);
                                    return;
                                }
                                pushWithKey(r.secret);
                            });
}

void ConfirmationPage::pushWithKey(const QString &azureKey)
{
    const QualysAccount account = *draft()->qualysAccount();
    setStatus(tr("Signing in to Qualys %1…").arg(qualysPlatformName(account.platform)));
    m_pool->acquire(
        account, this, [this, account, azureKey](QualysSession *session, const QualysError &error) {
            if (!session) {
                finishPush(false, error.fullText());
                return;
            }
            // The chosen platform tags travel in the link (defaultTagIds).
            ConnectorProfile profile = m_saved;
            const QString key = account.platform.key();
            if (!profile.qualysLink(key)) {
                QualysLink link;
                link.platformKey = key;
                profile.qualysLinks.append(link);
            }
            profile.qualysLink(key)->connectorTagIds = draft()->qualysTagIds();
            auto *push = new TenantConnectorPush(session, profile, azureKey, this);
            m_push = push;
            connect(push, &TenantConnectorPush::progress, this, &ConfirmationPage::setStatus);
            connect(push, &TenantConnectorPush::finished, this,
                    [this, push, account, key](const TenantConnectorPush::Result &r) {
                        push->deleteLater();
                        // The link is stored on success AND when the reply was lost, so that the
                        // next push looks the connector up instead of creating a second one.
                        QString saveError;
                        if (r.link) {
                            QualysLink link = *r.link;
                            link.connectorTagIds = draft()->qualysTagIds();
                            if (link.account.isEmpty())
                                link.account = account.user;
                            if (QualysLink *existing = m_saved.qualysLink(key))
                                *existing = link;
                            else
                                m_saved.qualysLinks.append(link);
                            if (!m_services.profileStore->save(m_saved, &saveError))
                                saveError =
                                    tr("The Qualys id could not be saved in the profile: %1")
                                        .arg(saveError);
                        }
                        if (!r.ok()) {
                            QString text = r.error.fullText();
                            if (!saveError.isEmpty())
                                text += u'\n' + saveError;
                            // A refused secret: Retry signs in again with the keychain's.
                            m_pool->forgetAfter(account, r.error);
                            finishPush(false, text);
                            return;
                        }
                        m_qualysId = r.tenantConnectorId;
                        const QString where = qualysPlatformName(account.platform);
                        QString text;
                        if (r.tenantConnectorId)
                            text = (r.action == TenantConnectorPush::Action::Created
                                        ? tr("Created on Qualys %1: tenant connector id %2.")
                                        : tr("Updated on Qualys %1: tenant connector id %2."))
                                       .arg(where)
                                       .arg(*r.tenantConnectorId);
                        else
                            text = tr("Created on Qualys %1; the platform gave no id. The next "
                                      "push looks it up by name instead of creating another.")
                                       .arg(where);
                        for (const QString &note : r.notes)
                            text += u'\n' + tr("Note: %1").arg(note);
                        if (!saveError.isEmpty())
                            text += u'\n' + saveError;
                        finishPush(saveError.isEmpty(), text);
                    });
            push->start();
        });
}

void ConfirmationPage::finishPush(bool ok, const QString &text)
{
    m_pushing = false;
    m_busy = false;
    m_progress->setVisible(false);
    setStatus({});
    if (ok) {
        QPalette pal = m_qualysResult->palette();
        pal.setColor(QPalette::WindowText, StatePalette::successColor(pal));
        m_qualysResult->setPalette(pal);
        m_qualysResult->setText(text);
        m_qualysResult->setVisible(true);
        m_qualysResult->setAccessibleName(text);
    } else {
        // Never lose the local connector for a platform failure: say that it is kept.
        const QString platform = draft()->qualysAccount()
                                     ? qualysPlatformName(draft()->qualysAccount()->platform)
                                     : QString();
        const QString kept =
            draft()->createLocally()
                ? tr("The connector \"%1\" was created on this computer and is kept; creating "
                     "it on Qualys %2 failed.")
                      .arg(m_saved.name, platform)
                : tr("The profile \"%1\" was saved on this computer (not run here); creating "
                     "it on Qualys %2 failed.")
                      .arg(m_saved.name, platform);
        m_error->setText(kept + u'\n' + text + u'\n' +
                         tr("Retry here, or later with Push changes in the main window's "
                            "Qualys tab."));
        QPalette pal = m_error->palette();
        pal.setColor(QPalette::WindowText, issueColor(pal, true));
        m_error->setPalette(pal);
        m_error->setVisible(true);
        m_error->setAccessibleName(m_error->text());
        m_retryPush->setVisible(true);
    }
    updateQualysControls();
    Q_EMIT qualysPushFinished(ok, m_saved);
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
