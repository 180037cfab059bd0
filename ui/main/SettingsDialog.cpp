#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

#include "QualysAccountsPage.h"

#include "store/AppSettings.h"
#include "store/SecretStore.h"
#include "widgets/ContentScrollArea.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename W> W *named(W *w, const QString &objectName, const QString &accessible)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets),
      m_proxyMode(named(new QComboBox(this), u"proxyModeCombo"_s, tr("Proxy"))),
      m_proxyHost(named(new QLineEdit(this), u"proxyHostEdit"_s, tr("Proxy host"))),
      m_proxyPort(named(new QSpinBox(this), u"proxyPortSpin"_s, tr("Proxy port"))),
      m_proxyUser(named(new QLineEdit(this), u"proxyUserEdit"_s, tr("Proxy user"))),
      m_proxyPassword(named(new QLineEdit(this), u"proxyPasswordEdit"_s, tr("Proxy password"))),
      m_caFile(named(new QLineEdit(this), u"caFileEdit"_s, tr("Custom CA file"))),
      m_concurrency(named(new QSpinBox(this), u"concurrencySpin"_s, tr("Requests in parallel"))),
      m_timeout(named(new QSpinBox(this), u"timeoutSpin"_s, tr("Request timeout"))),
      m_pcAgent(named(new QCheckBox(tr("&PC agent enabled"), this), u"pcAgentCheck"_s,
                      tr("PC agent enabled"))),
      m_complianceManager(named(new QCheckBox(tr("Compliance &Manager enabled"), this),
                                u"complianceManagerCheck"_s, tr("Compliance Manager enabled"))),
      m_language(named(new QComboBox(this), u"languageCombo"_s, tr("Language"))),
      m_dataDirectory(named(new QLineEdit(this), u"dataDirectoryEdit"_s, tr("Data folder"))),
      m_keepRunning(
          named(new QCheckBox(
                    tr("&Keep running in the notification area when the window is closed"), this),
                u"keepRunningInTrayCheck"_s, tr("Keep running in the notification area"))),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_problem->setObjectName(u"settingsProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 4px;"_s);

    m_proxyMode->addItem(tr("System proxy settings"), int(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual proxy"), int(AppSettings::ProxyMode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(settings->proxyMode())));
    m_proxyHost->setText(settings->proxyHost());
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(settings->proxyPort());
    m_proxyUser->setText(settings->proxyUser());
    m_proxyUser->setPlaceholderText(tr("optional"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("unchanged"));
    m_caFile->setText(settings->caCertificateFile());
    m_caFile->setPlaceholderText(tr("system certificates only"));
    m_concurrency->setRange(AppSettings::MinConcurrency, AppSettings::MaxConcurrency);
    m_concurrency->setValue(settings->requestConcurrency());
    m_timeout->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_pcAgent->setChecked(settings->pcAgentEnabled());
    m_complianceManager->setChecked(settings->complianceManagerEnabled());
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    const int lang = m_language->findData(settings->language());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    m_dataDirectory->setText(settings->dataDirectory());
    m_dataDirectory->setPlaceholderText(
        QDir::toNativeSeparators(settings->effectiveDataDirectory()));

    auto *network = new QGroupBox(tr("Network"), this);
    auto *nf = new QFormLayout(network);
    nf->addRow(tr("Pro&xy:"), m_proxyMode);
    nf->addRow(tr("&Host:"), m_proxyHost);
    nf->addRow(tr("P&ort:"), m_proxyPort);
    nf->addRow(tr("&User:"), m_proxyUser);
    nf->addRow(tr("Pass&word:"), m_proxyPassword);
    nf->addRow(tr("Custom &CA file (PEM):"), m_caFile);
    nf->addRow(tr("Requests &in parallel:"), m_concurrency);
    nf->addRow(tr("Request &timeout:"), m_timeout);
    auto *entitlements = new QGroupBox(tr("Entitlements"), this);
    auto *ef = new QVBoxLayout(entitlements);
    ef->addWidget(m_pcAgent);
    ef->addWidget(m_complianceManager);
    auto *note = new QLabel(tr("Policy Compliance can be activated when both are enabled."), this);
    note->setWordWrap(true);
    ef->addWidget(note);
    auto *general = new QGroupBox(tr("General"), this);
    auto *generalLayout = new QVBoxLayout(general);
    auto *gf = new QFormLayout;
    generalLayout->addLayout(gf);
    gf->addRow(tr("&Language:"), m_language);
    gf->addRow(tr("&Data folder:"), m_dataDirectory);
    m_keepRunning->setChecked(settings->keepRunningInTray());
    m_keepRunning->setToolTip(
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Scheduled runs go on while the window is closed; a run that ends with errors "
                 "shows a notification. Quit from the icon's menu or File › Quit.")
            : tr("This desktop has no notification area: closing the window quits."));
    // One rule, said once here and as the tooltip of every field it is about.
    auto *rule = new QLabel(whenChangesApply(), this);
    rule->setObjectName(u"changesApplyLabel"_s);
    rule->setWordWrap(true);
    // In a box layout, not a spanning form row: QFormLayout undersizes a wrapped label
    // when the page is at its minimum height (it scrolls: 150 % on 1280×800).
    generalLayout->addWidget(rule);
    generalLayout->addWidget(m_keepRunning);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_proxyMode, m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword, m_caFile,
             m_concurrency, m_timeout, m_language, m_dataDirectory})
        w->setToolTip(whenChangesApply());

    auto *generalPage = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(generalPage);
    pageLayout->addWidget(network);
    pageLayout->addWidget(entitlements);
    pageLayout->addWidget(general);
    pageLayout->addStretch();
    m_tabs->setObjectName(u"settingsTabs"_s);
    // Scrolls when the screen is too small for it (150 % on 1280×800): never squeezed.
    auto *generalScroll = new ContentScrollArea(generalPage, m_tabs);
    generalScroll->setObjectName(u"generalScrollArea"_s);
    m_tabs->addTab(generalScroll, tr("&General"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // Its content's size within the screen: QDialog would cap it at 2/3 of the screen.
    resize(boundedToScreen(this, sizeHint()));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    for (QLineEdit *e : {m_proxyHost, m_proxyUser, m_caFile, m_dataDirectory})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

QString SettingsDialog::whenChangesApply()
{
    return tr("Changes apply to the next run; the language and the data folder apply the next "
              "time the application starts.");
}

void SettingsDialog::addQualysAccountsPage(QualysAccountStore *accounts, QNetworkAccessManager *nam,
                                           const QualysClientConfig &config)
{
    if (m_qualysPage)
        return;
    m_qualysPage = new QualysAccountsPage(accounts, m_secrets, nam, config, m_tabs);
    m_tabs->addTab(m_qualysPage, tr("&Qualys accounts"));
    resize(boundedToScreen(this, sizeHint())); // room for the new page too
}

void SettingsDialog::showQualysAccounts()
{
    if (m_qualysPage)
        m_tabs->setCurrentWidget(m_qualysPage);
}

QString SettingsDialog::problem() const
{
    const bool manual = m_proxyMode->currentData().toInt() == int(AppSettings::ProxyMode::Manual);
    if (manual && m_proxyHost->text().trimmed().isEmpty())
        return tr("Enter the proxy host, or choose another proxy setting.");
    if (manual && m_proxyHost->text().trimmed().contains(u' '))
        return tr("The proxy host must not contain spaces.");
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty()) {
        const QFileInfo fi(ca);
        if (!fi.isFile() || !fi.isReadable())
            return tr("The CA file %1 does not exist or cannot be read.").arg(ca);
    }
    const QString folder = m_dataDirectory->text().trimmed();
    if (!folder.isEmpty()) {
        if (QDir::isRelativePath(folder))
            return tr("The data folder must be an absolute path.");
        const QFileInfo fi(folder);
        if (fi.exists() && !fi.isDir())
            return tr("The data folder %1 is a file.").arg(folder);
    }
    return {};
}

void SettingsDialog::validate()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(AppSettings::ProxyMode::Manual);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        w->setEnabled(manual);
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void SettingsDialog::save()
{
    if (!problem().isEmpty())
        return;
    QString error;
    m_settings->setProxyMode(AppSettings::ProxyMode(m_proxyMode->currentData().toInt()));
    bool ok = true;
    const auto check = [&](bool result) {
        if (!result && ok) {
            ok = false;
            m_problem->setText(error);
            m_problem->show();
        }
    };
    if (m_proxyMode->currentData().toInt() == int(AppSettings::ProxyMode::Manual)) {
        check(m_settings->setProxyHost(m_proxyHost->text().trimmed(), &error));
        check(m_settings->setProxyPort(m_proxyPort->value(), &error));
        check(m_settings->setProxyUser(m_proxyUser->text().trimmed(), &error));
    }
    check(m_settings->setCaCertificateFile(m_caFile->text().trimmed(), &error));
    check(m_settings->setRequestConcurrency(m_concurrency->value(), &error));
    check(m_settings->setRequestTimeoutSeconds(m_timeout->value(), &error));
    m_settings->setPcAgentEnabled(m_pcAgent->isChecked());
    m_settings->setComplianceManagerEnabled(m_complianceManager->isChecked());
    m_settings->setKeepRunningInTray(m_keepRunning->isChecked());
    check(m_settings->setLanguage(m_language->currentData().toString(), &error));
    check(m_settings->setDataDirectory(m_dataDirectory->text().trimmed(), &error));
    check(m_settings->sync(&error));
    if (!ok)
        return;
    const QString password = m_proxyPassword->text();
    if (password.isEmpty() || !m_secrets) {
        finishSave(true);
        return;
    }
    m_buttons->setEnabled(false);
    m_secrets->write(AppSettings::proxyPasswordSecretKey(), password, this,
                     [this](const SecretStore::Result &r) { finishSave(r.ok()); });
}

void SettingsDialog::finishSave(bool ok)
{
    m_buttons->setEnabled(true);
    if (!ok) {
        m_problem->setText(tr("The proxy password could not be stored in the keychain."));
        m_problem->show();
        return;
    }
    m_proxyPassword->clear();
    Q_EMIT saved();
    accept();
}

} // namespace atc
