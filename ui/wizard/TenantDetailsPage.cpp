#include "TenantDetailsPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "SandboxProfiles.h"
#include "azure/AzureSession.h"
#include "azure/TokenProvider.h"
#include "help/HelpWindow.h"
#include "store/SecretResolver.h"
#include "widgets/StatePalette.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QString cloudLabel(CloudType cloud)
{
    switch (cloud) {
    case CloudType::AzurePublic:
        return TenantDetailsPage::tr("Global");
    case CloudType::AzureUSGovernment:
        return TenantDetailsPage::tr("Azure US Government");
    case CloudType::AzureChina:
        return TenantDetailsPage::tr("Azure China (21Vianet)");
    case CloudType::Custom:
        return TenantDetailsPage::tr("Custom endpoints");
    }
    return {};
}

QSpinBox *makeHoursSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1, 23);
    spin->setSuffix(TenantDetailsPage::tr(" hours"));
    return spin;
}

} // namespace

TenantDetailsPage::TenantDetailsPage(ConnectorDraft *draft, const WizardServices &services,
                                     QWidget *parent)
    : DraftPage(PageId::TenantDetails, draft, parent), m_services(services)
{
    setTitle(tr("Tenant Details"));
    setSubTitle(tr("Enter the app registration that reads your tenant, then test the "
                   "connection."));

    // Account type: Global; the other clouds and custom endpoints are under Advanced.
    m_accountType = new QLabel(this);
    m_accountType->setObjectName(u"accountTypeLabel"_s);
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAccessibleName(tr("Advanced: other clouds and custom endpoints"));
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountType, 1);
    accountRow->addWidget(m_advancedToggle);

    m_advanced = new QWidget(this);
    m_advanced->setObjectName(u"advancedPanel"_s);
    m_cloud = new QComboBox(m_advanced);
    m_cloud->setObjectName(u"cloudCombo"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    for (CloudType c : {CloudType::AzurePublic, CloudType::AzureUSGovernment, CloudType::AzureChina,
                        CloudType::Custom})
        m_cloud->addItem(cloudLabel(c), int(c));
    m_authority = new QLineEdit(m_advanced);
    m_authority->setObjectName(u"authorityEdit"_s);
    m_authority->setAccessibleName(tr("Sign-in (authority) URL"));
    m_authority->setPlaceholderText(u"https://login.example.net"_s);
    m_arm = new QLineEdit(m_advanced);
    m_arm->setObjectName(u"armEdit"_s);
    m_arm->setAccessibleName(tr("Resource Manager URL"));
    m_arm->setPlaceholderText(u"https://management.example.net"_s);
    m_caFile = new QLineEdit(m_advanced);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file to trust in addition to the system"));
    m_caBrowse = new QPushButton(tr("B&rowse…"), m_advanced);
    m_caBrowse->setObjectName(u"caBrowseButton"_s);
    m_caBrowse->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *advForm = new QFormLayout(m_advanced);
    advForm->setContentsMargins(0, 0, 0, 0);
    advForm->addRow(tr("C&loud:"), m_cloud);
    advForm->addRow(tr("Si&gn-in URL:"), m_authority);
    advForm->addRow(NoLabel, issueLabel(m_authority, ProfileField::CustomAuthorityHost));
    advForm->addRow(tr("Resource &Manager URL:"), m_arm);
    advForm->addRow(NoLabel, issueLabel(m_arm, ProfileField::CustomArmEndpoint));
    advForm->addRow(tr("CA certi&ficate:"), caRow);
    static_cast<QLabel *>(advForm->labelForField(caRow))->setBuddy(m_caFile);
    advForm->addRow(NoLabel, issueLabel(m_caFile, ProfileField::CaCertificateFile));
    advForm->addRow(NoLabel, issueLabel(m_cloud, ProfileField::CloudType));

    m_polling = makeHoursSpin(this);
    m_polling->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_polling->setObjectName(u"tenantPollingSpin"_s);
    m_polling->setAccessibleName(tr("Tenant polling frequency in hours"));

    m_tenantName = new QLineEdit(this);
    m_tenantName->setObjectName(u"tenantNameEdit"_s);
    m_tenantName->setAccessibleName(tr("Tenant Name"));
    m_tenantName->setPlaceholderText(tr("e.g. Contoso"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("Application ID"));
    m_clientId->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_directoryId = new QLineEdit(this);
    m_directoryId->setObjectName(u"directoryIdEdit"_s);
    m_directoryId->setAccessibleName(tr("Directory ID"));
    m_directoryId->setPlaceholderText(tr("GUID or contoso.onmicrosoft.com"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setAccessibleName(tr("Authentication Key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                  Qt::ImhSensitiveData);
    m_showSecret = new QToolButton(this);
    m_showSecret->setObjectName(u"showSecretButton"_s);
    m_showSecret->setCheckable(true);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setAccessibleName(tr("Show the authentication key"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);

    // The built-in help (qrc:/help/app-registration.md) unless the application gives a URL.
    const QUrl help = m_services.appRegistrationHelp.isEmpty()
                          ? HelpWindow::topicUrl(u"app-registration"_s)
                          : m_services.appRegistrationHelp;
    QUrl keyHelp = help;
    keyHelp.setFragment(u"2-create-the-client-secret"_s);
    auto *links = new QLabel(
        tr("<a href=\"%1\">How to create the app registration and its roles</a> · "
           "<a href=\"%2\">How to create the authentication key</a>")
            .arg(help.toString(QUrl::FullyEncoded), keyHelp.toString(QUrl::FullyEncoded)),
        this);
    links->setObjectName(u"helpLinks"_s);
    links->setOpenExternalLinks(false);
    connect(links, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == u"qrc"_s)
            HelpWindow::showTopic(url.fileName().chopped(3), url.fragment(), this);
        else
            QDesktopServices::openUrl(url);
    });
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    links->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Account type:"), accountRow);
    form->addRow(NoLabel, m_advanced);
    form->addRow(tr("Tenant &polling frequency:"), m_polling);
    form->addRow(NoLabel, issueLabel(m_polling, ProfileField::TenantPollingFrequency));
    form->addRow(tr("T&enant Name:"), m_tenantName);
    form->addRow(NoLabel, issueLabel(m_tenantName, ProfileField::TenantName));
    form->addRow(tr("Application (client) &ID:"), m_clientId);
    form->addRow(NoLabel, issueLabel(m_clientId, ProfileField::ClientId));
    form->addRow(tr("&Directory (tenant) ID:"), m_directoryId);
    form->addRow(NoLabel, issueLabel(m_directoryId, ProfileField::DirectoryId));
    form->addRow(tr("Authentication &Key:"), secretRow);
    static_cast<QLabel *>(form->labelForField(secretRow))->setBuddy(m_secret);
    form->addRow(NoLabel, issueLabel(m_secret, ProfileField::AuthenticationKey));

    // Test Connection: button, busy indicator, cancel, and the per-step result inline.
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setAutoDefault(false);
    m_cancel = new QPushButton(tr("C&ancel Test"), this);
    m_cancel->setObjectName(u"cancelTestButton"_s);
    m_cancel->setAutoDefault(false);
    m_cancel->setVisible(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"testBusyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancel);
    testRow->addWidget(m_busy, 1);
    if (m_services.startSandbox) {
        m_sandbox = new QPushButton(tr("Use the &sandbox tenant"), this);
        m_sandbox->setObjectName(u"useSandboxButton"_s);
        m_sandbox->setAutoDefault(false);
        m_sandbox->setToolTip(tr("Fill in the built-in emulated tenant, to try the wizard "
                                 "without Azure."));
        testRow->addStretch();
        testRow->addWidget(m_sandbox);
        connect(m_sandbox, &QPushButton::clicked, this, &TenantDetailsPage::useSandbox);
    } else {
        testRow->addStretch();
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"testSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_steps = new QLabel(this);
    m_steps->setObjectName(u"testStepsLabel"_s);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_steps->setAccessibleName(tr("Test Connection steps"));

    auto *layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(links);
    layout->addLayout(testRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
    layout->addStretch(1);

    setTabOrder(m_advancedToggle, m_cloud);
    setTabOrder(m_cloud, m_authority);
    setTabOrder(m_authority, m_arm);
    setTabOrder(m_arm, m_caFile);
    setTabOrder(m_caFile, m_caBrowse);
    setTabOrder(m_caBrowse, m_polling);
    setTabOrder(m_polling, m_tenantName);
    setTabOrder(m_tenantName, m_clientId);
    setTabOrder(m_clientId, m_directoryId);
    setTabOrder(m_directoryId, m_secret);
    setTabOrder(m_secret, m_showSecret);
    setTabOrder(m_showSecret, m_test);
    setTabOrder(m_test, m_cancel);

    connect(m_advancedToggle, &QToolButton::toggled, this, &TenantDetailsPage::setAdvancedVisible);
    connect(m_cloud, &QComboBox::activated, this, [this](int index) {
        const auto cloud = CloudType(m_cloud->itemData(index).toInt());
        this->draft()->update([&](auto &p) { p.cloud = cloud; });
    });
    connect(m_authority, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.customEndpoints.authorityHost = QUrl(text); });
    });
    connect(m_arm, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.customEndpoints.armEndpoint = QUrl(text); });
    });
    connect(m_caFile, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.caCertificateFile = text; });
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a CA certificate"), QDir::homePath(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            this->draft()->update([&](auto &p) { p.caCertificateFile = file; });
    });
    connect(m_polling, &QSpinBox::valueChanged, this, [this](int hours) {
        this->draft()->update([&](auto &p) { p.tenantPollingMinutes = hours * 60; });
    });
    connect(m_tenantName, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.tenantName = text; });
    });
    connect(m_clientId, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.clientId = text.trimmed(); });
    });
    connect(m_directoryId, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->update([&](auto &p) { p.directoryId = text.trimmed(); });
    });
    connect(m_secret, &QLineEdit::textEdited, this,
            [this](const QString &text) { this->draft()->setSecret(text); });
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool show) {
        m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(show ? tr("Hide") : tr("Show"));
        m_showSecret->setAccessibleName(show ? tr("Hide the authentication key")
                                             : tr("Show the authentication key"));
    });
    connect(m_test, &QPushButton::clicked, this, &TenantDetailsPage::startTest);
    connect(m_cancel, &QPushButton::clicked, this, &TenantDetailsPage::cancelTest);

    connect(draft, &ConnectorDraft::changed, this, [this] {
        refreshFields();
        refreshTestState();
    });
    // A credential changed: a running test speaks for the old values, so stop it.
    connect(draft, &ConnectorDraft::credentialsChanged, this, [this] {
        if (m_tester && m_tester->isRunning())
            cancelTest();
        m_stepResults.clear();
        renderSteps();
    });

    m_advanced->setVisible(false);
    refreshFields();
    if (draft->profile().cloud != CloudType::AzurePublic)
        m_advancedToggle->setChecked(true);
    refreshTestState();
}

TenantDetailsPage::~TenantDetailsPage()
{
    // Abort requests still in flight before the session goes away with this page.
    if (m_tester && m_tester->isRunning())
        m_tester->cancel();
}

void TenantDetailsPage::initializePage()
{
    refreshFields();
    refreshTestState();
}

bool TenantDetailsPage::isComplete() const
{
    return DraftPage::isComplete() && draft()->tenantAccepted();
}

void TenantDetailsPage::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

void TenantDetailsPage::refreshFields()
{
    const ConnectorProfile &p = draft()->profile();
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    {
        const QSignalBlocker block(m_cloud);
        m_cloud->setCurrentIndex(m_cloud->findData(int(p.cloud)));
    }
    m_accountType->setText(p.cloud == CloudType::AzurePublic
                               ? cloudLabel(p.cloud)
                               : tr("%1 (chosen under Advanced)").arg(cloudLabel(p.cloud)));
    const bool custom = p.cloud == CloudType::Custom;
    const CloudEndpoints endpoints = p.endpoints();
    // Compare as the draft stores them, so that typing is never rewritten under the cursor.
    const auto setUrl = [](QLineEdit *edit, const QUrl &url) {
        if (QUrl(edit->text()) != url)
            edit->setText(url.toString());
    };
    setUrl(m_authority, endpoints.authorityHost);
    setUrl(m_arm, endpoints.armEndpoint);
    m_authority->setReadOnly(!custom);
    m_arm->setReadOnly(!custom);
    setText(m_caFile, p.caCertificateFile);
    {
        const QSignalBlocker block(m_polling);
        m_polling->setValue(qBound(1, p.tenantPollingMinutes / 60, 23));
    }
    setText(m_tenantName, p.tenantName);
    const auto setTrimmed = [](QLineEdit *edit, const QString &text) {
        if (edit->text().trimmed() != text)
            edit->setText(text);
    };
    setTrimmed(m_clientId, p.clientId);
    setTrimmed(m_directoryId, p.directoryId);
    setText(m_secret, draft()->secret());
    m_secret->setPlaceholderText(draft()->storedSecretKey().isEmpty()
                                     ? tr("The Value of the client secret")
                                     : tr("Stored in the keychain; type a new key to replace it"));
}

void TenantDetailsPage::refreshTestState()
{
    const bool testing = draft()->isTesting();
    m_test->setEnabled(!testing && !draft()->pageHasErrors(PageId::TenantDetails));
    m_cancel->setVisible(testing);
    m_busy->setVisible(testing);
    if (m_sandbox)
        m_sandbox->setEnabled(!testing);

    QString summary;
    bool error = false;
    if (testing) {
        summary = tr("Testing the connection…");
    } else if (draft()->hasTestResult()) {
        const ConnectionTester::Result &r = draft()->testResult();
        if (r.ok) {
            summary = tr("The connection works: %n management group(s)", nullptr,
                         int(r.snapshot.managementGroups.size())) +
                      tr(" and %n subscription(s) found. Choose Next to continue.", nullptr,
                         int(r.snapshot.subscriptions.size()));
        } else {
            error = true;
            summary = r.error.kind == AzureErrorKind::Cancelled
                          ? tr("The test was cancelled. Run Test Connection again to continue.")
                          : tr("The test failed: %1 %2").arg(r.error.message(), r.error.advice());
        }
    } else if (!m_stepResults.isEmpty()) {
        error = true;
        summary = tr("The test did not finish. Run Test Connection again to continue.");
    } else if (!draft()->testRequired()) {
        summary = tr("The credentials and endpoints are those saved: no new test is needed to "
                     "continue. Test Connection checks them again.");
    } else {
        summary = tr("Run Test Connection to continue: Next is enabled after a successful test.");
    }
    if (m_summary->text() != summary) {
        m_summary->setText(summary);
        QPalette pal = m_summary->palette();
        pal.setColor(QPalette::WindowText,
                     error ? issueColor(pal, true) : palette().color(QPalette::WindowText));
        m_summary->setPalette(pal);
        m_summary->setAccessibleName(summary);
    }
}

void TenantDetailsPage::useSandbox()
{
    if (!m_services.startSandbox || draft()->isTesting())
        return;
    const SandboxTenant sandbox = m_services.startSandbox();
    if (!sandbox.baseUrl.isValid()) {
        m_summary->setText(tr("The sandbox tenant could not be started."));
        return;
    }
    draft()->update([&](ConnectorProfile &p) { applySandboxTenant(p, sandbox); });
    draft()->setSecret(sandbox.clientSecret);
    m_advancedToggle->setChecked(true);
}

void TenantDetailsPage::startTest()
{
    if (draft()->isTesting() || draft()->pageHasErrors(PageId::TenantDetails))
        return;
    m_testGeneration = draft()->credentialGeneration();
    m_cancelRequested = false;
    m_stepResults.clear();
    renderSteps();
    draft()->setTesting(true);

    if (!draft()->usesStoredSecret()) {
        runTester(draft()->secret());
        return;
    }
    // Edit / Duplicate: the stored key, read asynchronously from the keychain.
    const quint64 generation = m_testGeneration;
    SecretResolver::resolve(
        m_services.secretStore, draft()->storedSecretKey(), this,
        [this, generation](const ResolvedSecret &r) {
            if (m_cancelRequested || generation != m_testGeneration || !draft()->isTesting())
                return; // cancelled or superseded meanwhile
            if (!r.ok()) {
                // One explanation on the page: the summary and the step say the same words.
                ConnectionTester::Result result;
                result.error =
                    AzureError::make(AzureErrorKind::StoredKeyUnavailable, r.errorMessage);
                ConnectionTester::StepResult step;
                step.step = ConnectionTester::Step::Token;
                step.status = ConnectionTester::StepStatus::Failed;
                step.title = tr("Read the stored authentication key");
                step.message = result.error.message();
                step.advice = result.error.advice();
                result.steps.append(step);
                finishTest(result);
                return;
            }
            runTester(r.secret);
        });
}

void TenantDetailsPage::runTester(const QString &secret)
{
    const ConnectorProfile profile = draft()->normalizedProfile();
    // One holder per test run owns both; the tester comes first among its children, so it is
    // always destroyed before the session it uses (also when the page goes away mid-test).
    m_run = new QObject(this);
    m_session =
        m_services.sessionOptions.createSession(m_services.networkAccessManager, profile, secret);
    m_tester = new ConnectionTester(m_session, profile.remediationEnabled, m_run);
    m_session->setParent(m_run);
    connect(m_tester, &ConnectionTester::stepChanged, this, &TenantDetailsPage::onStep);
    connect(m_tester, &ConnectionTester::finished, this, &TenantDetailsPage::finishTest);
    m_tester->start();
}

void TenantDetailsPage::cancelTest()
{
    if (!draft()->isTesting())
        return;
    m_cancelRequested = true;
    if (m_tester) {
        // The session belongs to this test alone: also abort its shared token request, which
        // ConnectionTester::cancel() leaves running for other users of a session.
        if (m_session)
            m_session->tokenProvider()->cancelAll();
        m_tester->cancel(); // finished(Cancelled) follows
        return;
    }
    // Still reading the stored key: nothing is on the network yet.
    ConnectionTester::Result result;
    result.error = AzureError::make(AzureErrorKind::Cancelled);
    finishTest(result);
}

void TenantDetailsPage::onStep(const ConnectionTester::StepResult &step)
{
    bool replaced = false;
    for (auto &s : m_stepResults) {
        if (s.step == step.step) {
            s = step;
            replaced = true;
        }
    }
    if (!replaced)
        m_stepResults.append(step);
    renderSteps();
}

void TenantDetailsPage::finishTest(const ConnectionTester::Result &result)
{
    if (!result.steps.isEmpty())
        m_stepResults = result.steps;
    if (m_tester)
        m_tester->disconnect(this);
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr;
    m_tester = nullptr;
    m_session = nullptr;
    // A result for credentials that changed meanwhile is dropped by the draft.
    draft()->setTestResult(result, m_testGeneration);
    draft()->setTesting(false);
    renderSteps();
    refreshTestState();
    Q_EMIT testFinished(result);
    Q_EMIT completeChanged();
}

void TenantDetailsPage::renderSteps()
{
    if (m_stepResults.isEmpty()) {
        m_steps->clear();
        m_steps->setVisible(false);
        return;
    }
    const QPalette pal = palette();
    const QString okColor = StatePalette::successColor(pal).name();
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    QStringList plain;
    for (const auto &s : std::as_const(m_stepResults)) {
        QString symbol;
        QString word;
        QString color = pal.color(QPalette::WindowText).name();
        switch (s.status) {
        case ConnectionTester::StepStatus::NotRun:
            symbol = u"○"_s;
            word = tr("Not run");
            break;
        case ConnectionTester::StepStatus::Running:
            symbol = u"…"_s;
            word = tr("Running");
            break;
        case ConnectionTester::StepStatus::Passed:
            symbol = u"✔"_s;
            word = tr("Passed");
            color = okColor;
            break;
        case ConnectionTester::StepStatus::Warning:
            symbol = u"⚠"_s;
            word = tr("Warning");
            color = StatePalette::issueColor(pal, false).name();
            break;
        case ConnectionTester::StepStatus::Failed:
            symbol = u"✖"_s;
            word = tr("Failed");
            color = StatePalette::issueColor(pal, true).name();
            break;
        case ConnectionTester::StepStatus::Skipped:
            symbol = u"–"_s;
            word = tr("Skipped");
            break;
        }
        const QString title = s.title.isEmpty() ? ConnectionTester::stepTitle(s.step) : s.title;
        html += u"<tr><td style=\"color:%1\"><b>%2&nbsp;%3</b></td><td><b>%4</b>"_s.arg(
            color, symbol, word.toHtmlEscaped(), title.toHtmlEscaped());
        if (!s.message.isEmpty())
            html += u"<br>"_s + s.message.toHtmlEscaped();
        if (!s.advice.isEmpty())
            html += u"<br><i>"_s + s.advice.toHtmlEscaped() + u"</i>"_s;
        html += u"</td></tr>"_s;
        plain.append(word + u": "_s + title + u". "_s + s.message + u' ' + s.advice);
    }
    html += u"</table>"_s;
    m_steps->setText(html);
    m_steps->setAccessibleDescription(plain.join(u'\n'));
    m_steps->setVisible(true);
}

} // namespace atc
