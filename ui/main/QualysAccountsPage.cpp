#include "QualysAccountsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "qualys/QualysAccountStore.h"
#include "qualys/QualysCredentialResolver.h"
#include "qualys/QualysLoginCheck.h"
#include "qualys/QualysSession.h"
#include "store/SecretStore.h"
#include "widgets/IssueLabel.h"
#include "widgets/StatePalette.h"
#include "wizard/QualysSessionPool.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString CustomId = u"Custom"_s;

template <typename W> W *named(W *w, const QString &objectName, const QString &accessible)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessible);
    return w;
}

QList<ValidationIssue> issue(const QString &message)
{
    if (message.isEmpty())
        return {};
    // IssueLabel speaks ValidationIssue; the field is not used for display.
    return {ValidationIssue{ProfileField::Name, Severity::Error, message}};
}

} // namespace

QualysAccountsPage::QualysAccountsPage(QualysAccountStore *store, SecretStore *secrets,
                                       QNetworkAccessManager *nam, QualysClientConfig config,
                                       QWidget *parent)
    : QWidget(parent), m_store(store), m_secrets(secrets), m_nam(nam), m_config(std::move(config)),
      m_list(named(new QListWidget(this), u"qualysAccountList"_s, tr("Qualys accounts"))),
      m_new(named(new QPushButton(tr("&New"), this), u"newQualysAccountButton"_s,
                  tr("New Qualys account"))),
      m_remove(named(new QPushButton(tr("Re&move"), this), u"removeQualysAccountButton"_s,
                     tr("Remove the Qualys account"))),
      m_platform(named(new QComboBox(this), u"qualysPlatformCombo"_s, tr("Qualys platform"))),
      m_gateway(named(new QLineEdit(this), u"qualysGatewayEdit"_s, tr("Gateway URL"))),
      m_apiServer(named(new QLineEdit(this), u"qualysApiServerEdit"_s, tr("API server URL"))),
      m_authKind(named(new QComboBox(this), u"qualysAuthKindCombo"_s, tr("Sign in with"))),
      m_userLabel(new QLabel(this)),
      m_user(named(new QLineEdit(this), u"qualysUserEdit"_s, tr("Qualys user name"))),
      m_secretLabel(new QLabel(this)),
      m_secret(named(new QLineEdit(this), u"qualysSecretEdit"_s, tr("Qualys password"))),
      m_platformIssue(new IssueLabel(m_gateway, this)), m_userIssue(new IssueLabel(m_user, this)),
      m_secretIssue(new IssueLabel(m_secret, this)),
      m_test(named(new QPushButton(tr("&Test login"), this), u"qualysTestLoginButton"_s,
                   tr("Test login"))),
      m_cancel(named(new QPushButton(tr("Cancel &test"), this), u"qualysCancelTestButton"_s,
                     tr("Cancel the test"))),
      m_save(named(new QPushButton(tr("&Save account"), this), u"qualysSaveAccountButton"_s,
                   tr("Save the Qualys account"))),
      m_progress(named(new QProgressBar(this), u"qualysTestProgress"_s, tr("Progress"))),
      m_result(new WrapLabel(QString(), this))
{
    setObjectName(u"qualysAccountsPage"_s);
    for (const QualysPlatform &p : QualysPlatform::knownPlatforms())
        m_platform->addItem(p.title, p.id);
    m_platform->addItem(tr("Custom URLs"), CustomId);
    m_gateway->setPlaceholderText(tr("https://gateway.qg1.apps.qualys.com"));
    m_apiServer->setPlaceholderText(tr("https://qualysapi.qualys.com"));
    m_authKind->addItem(tr("User name and password"), int(QualysAccount::AuthKind::Password));
    m_authKind->addItem(tr("Client id and secret"), int(QualysAccount::AuthKind::Client));
    m_userLabel->setBuddy(m_user);
    m_secretLabel->setBuddy(m_secret);
    m_secret->setEchoMode(QLineEdit::Password);
    m_progress->setRange(0, 0); // busy: it moves while the platform answers
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_result->setObjectName(u"qualysTestResultLabel"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    for (QPushButton *b : {m_new, m_remove, m_test, m_cancel, m_save})
        b->setAutoDefault(false); // Enter in a field must not close the Settings dialog

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved accounts:"), this));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Gateway URL:"), m_gateway);
    form->addRow(tr("&API server URL:"), m_apiServer);
    form->addRow(NoLabel, m_platformIssue);
    form->addRow(tr("Sign &in with:"), m_authKind);
    form->addRow(m_userLabel, m_user);
    form->addRow(NoLabel, m_userIssue);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(NoLabel, m_secretIssue);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_result);
    right->addWidget(makeHint(tr("Passwords and client secrets are stored in the keychain, never "
                                 "in a file. Use an API user with the connector permissions."),
                              this));
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);

    connect(m_list, &QListWidget::currentRowChanged, this, &QualysAccountsPage::showAccount);
    connect(m_new, &QPushButton::clicked, this, &QualysAccountsPage::newAccount);
    connect(m_remove, &QPushButton::clicked, this, &QualysAccountsPage::removeAccount);
    connect(m_test, &QPushButton::clicked, this, &QualysAccountsPage::testLogin);
    connect(m_cancel, &QPushButton::clicked, this, &QualysAccountsPage::cancelTest);
    connect(m_save, &QPushButton::clicked, this, &QualysAccountsPage::saveAccount);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            &QualysAccountsPage::platformChanged);
    connect(m_authKind, &QComboBox::currentIndexChanged, this,
            &QualysAccountsPage::authKindChanged);
    for (QLineEdit *e : {m_gateway, m_apiServer, m_user, m_secret}) {
        connect(e, &QLineEdit::textEdited, this, [this, e] { m_touched.insert(e); });
        connect(e, &QLineEdit::editingFinished, this, [this, e] {
            m_touched.insert(e);
            validate();
        });
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_updating)
                setResult({}, 0); // an earlier result is about other input
            validate();
        });
    }

    reloadList();
    if (m_accounts.isEmpty())
        newAccount();
}

QualysAccountsPage::~QualysAccountsPage()
{
    if (m_check) { // before m_session, which it uses
        m_check->disconnect(this);
        m_check->cancel();
        delete m_check.data();
    }
}

bool QualysAccountsPage::isBusy() const
{
    return m_saving || m_testing;
}

bool QualysAccountsPage::isStored(const QualysAccount &account) const
{
    for (const QualysAccount &a : m_accounts) {
        if (a.secretKey() == account.secretKey())
            return true;
    }
    return false;
}

QualysPlatform QualysAccountsPage::formPlatform() const
{
    const QString id = m_platform->currentData().toString();
    if (id == CustomId)
        return QualysPlatform::custom(QUrl(m_gateway->text().trimmed()),
                                      QUrl(m_apiServer->text().trimmed()));
    return QualysPlatform::find(id);
}

QualysAccount QualysAccountsPage::formAccount() const
{
    QualysAccount a;
    a.platform = formPlatform();
    a.authKind = QualysAccount::AuthKind(m_authKind->currentData().toInt());
    a.user = m_user->text().trimmed();
    return a;
}

void QualysAccountsPage::reloadList(const QualysAccount *select)
{
    QString error;
    m_accounts = m_store ? m_store->load(&error) : QList<QualysAccount>();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_list->addItem(m_accounts.at(i).displayName());
        if (select && m_accounts.at(i).secretKey() == select->secretKey())
            row = i;
    }
    m_list->setCurrentRow(row);
    m_remove->setEnabled(row >= 0);
    if (!error.isEmpty())
        setResult(error, 2);
}

void QualysAccountsPage::showAccount(int row)
{
    m_remove->setEnabled(row >= 0 && !isBusy());
    if (row < 0 || row >= m_accounts.size())
        return;
    const QualysAccount &a = m_accounts.at(row);
    m_touched.clear();
    m_attempted = false;
    m_updating = true;
    const int p = m_platform->findData(a.platform.isCustom() ? CustomId : a.platform.id);
    m_platform->setCurrentIndex(p < 0 ? m_platform->count() - 1 : p);
    if (a.platform.isCustom()) {
        m_gateway->setText(a.platform.gateway.toString());
        m_apiServer->setText(a.platform.apiServer.toString());
    }
    m_authKind->setCurrentIndex(m_authKind->findData(int(a.authKind)));
    m_user->setText(a.user);
    m_secret->clear();
    m_updating = false;
    platformChanged();
    authKindChanged();
    setResult({}, 0);
}

void QualysAccountsPage::newAccount()
{
    m_touched.clear();
    m_attempted = false;
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_remove->setEnabled(false);
    m_updating = true;
    m_platform->setCurrentIndex(0);
    m_authKind->setCurrentIndex(0);
    m_user->clear();
    m_secret->clear();
    m_gateway->clear();
    m_apiServer->clear();
    m_updating = false;
    platformChanged();
    authKindChanged();
    setResult({}, 0);
    m_user->setFocus();
}

void QualysAccountsPage::platformChanged()
{
    const bool custom = m_platform->currentData().toString() == CustomId;
    m_gateway->setReadOnly(!custom);
    m_apiServer->setReadOnly(!custom);
    if (!custom) {
        // A pod's URLs are shown, not edited: they come from the pod table.
        const QualysPlatform p = QualysPlatform::find(m_platform->currentData().toString());
        m_updating = true;
        m_gateway->setText(p.gateway.toString());
        m_apiServer->setText(p.apiServer.toString());
        m_updating = false;
    }
    validate();
}

void QualysAccountsPage::authKindChanged()
{
    const bool client = m_authKind->currentData().toInt() == int(QualysAccount::AuthKind::Client);
    m_userLabel->setText(client ? tr("Client &id:") : tr("&User name:"));
    m_secretLabel->setText(client ? tr("Client &secret:") : tr("Pass&word:"));
    m_user->setAccessibleName(client ? tr("Qualys client id") : tr("Qualys user name"));
    m_secret->setAccessibleName(client ? tr("Qualys client secret") : tr("Qualys password"));
    validate();
}

QString QualysAccountsPage::problem() const
{
    const QualysPlatform p = formPlatform();
    if (m_platform->currentData().toString() == CustomId &&
        (m_gateway->text().trimmed().isEmpty() || m_apiServer->text().trimmed().isEmpty()))
        return tr("Enter both the gateway URL and the API server URL of the platform.");
    if (const QString v = p.validate(); !v.isEmpty())
        return v;
    const bool client = m_authKind->currentData().toInt() == int(QualysAccount::AuthKind::Client);
    const QString user = m_user->text().trimmed();
    if (user.isEmpty())
        return client ? tr("Enter the client id.") : tr("Enter the Qualys user name.");
    for (const QChar c : user) {
        if (c.isSpace())
            return client ? tr("The client id must not contain spaces.")
                          : tr("The user name must not contain spaces.");
    }
    if (m_secret->text().isEmpty() && !isStored(formAccount()))
        return client ? tr("Enter the client secret (stored in the keychain).")
                      : tr("Enter the password (stored in the keychain).");
    return {};
}

void QualysAccountsPage::validate()
{
    // Required fields speak once touched (or after Test/Save); malformed input at once.
    const bool custom = m_platform->currentData().toString() == CustomId;
    const bool client = m_authKind->currentData().toInt() == int(QualysAccount::AuthKind::Client);
    const auto touched = [this](QWidget *w) { return m_attempted || m_touched.contains(w); };
    const QString gw = m_gateway->text().trimmed();
    const QString api = m_apiServer->text().trimmed();
    QString platformProblem;
    if (custom && (gw.isEmpty() || api.isEmpty())) {
        if (touched(m_gateway) || touched(m_apiServer))
            platformProblem = tr("Enter both the gateway URL and the API server URL.");
    } else if (custom) {
        platformProblem = formPlatform().validate();
    }
    m_platformIssue->setIssues(issue(platformProblem));

    const QString user = m_user->text().trimmed();
    QString userProblem;
    if (user.isEmpty() && touched(m_user))
        userProblem = client ? tr("Enter the client id.") : tr("Enter the Qualys user name.");
    for (const QChar c : user) {
        if (c.isSpace())
            userProblem = client ? tr("The client id must not contain spaces.")
                                 : tr("The user name must not contain spaces.");
    }
    m_userIssue->setIssues(issue(userProblem));

    const bool stored = isStored(formAccount());
    m_secret->setPlaceholderText(stored ? tr("unchanged (stored in the keychain)") : QString());
    QString secretProblem;
    if (!stored && m_secret->text().isEmpty() && touched(m_secret))
        secretProblem = client ? tr("Enter the client secret (stored in the keychain).")
                               : tr("Enter the password (stored in the keychain).");
    m_secretIssue->setIssues(issue(secretProblem));

    const bool ok = problem().isEmpty();
    m_test->setEnabled(!isBusy());
    m_save->setEnabled(ok && !isBusy());
    m_save->setToolTip(ok ? QString() : problem());
}

void QualysAccountsPage::setResult(const QString &text, int kind)
{
    QPalette pal = palette();
    if (kind == 1)
        pal.setColor(QPalette::WindowText, StatePalette::successColor(pal));
    else if (kind == 2)
        pal.setColor(QPalette::WindowText, issueColor(pal, true));
    m_result->setPalette(pal);
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_result->setVisible(!text.isEmpty());
}

void QualysAccountsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_list, m_new, m_platform, m_gateway,
                                                       m_apiServer, m_authKind, m_user, m_secret})
        w->setEnabled(!busy);
    m_remove->setEnabled(!busy && m_list->currentRow() >= 0);
    validate();
}

void QualysAccountsPage::testLogin()
{
    if (isBusy())
        return;
    if (const QString p = problem(); !p.isEmpty()) {
        m_attempted = true; // every field says what it misses
        validate();
        setResult(p, 2);
        Q_EMIT testFinished(false, p);
        return;
    }
    const QualysAccount account = formAccount();
    const QString secret = m_secret->text();
    setResult(tr("Signing in to %1…").arg(account.platform.title), 0);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    const auto start = [this](const QualysCredentials &credentials) {
        // A session of its own: the typed secret may differ from the stored one.
        if (m_session)
            m_session->deleteLater();
        m_session = new QualysSession(m_nam, credentials, m_config, this);
        auto *check = new QualysLoginCheck(m_session, this);
        m_check = check;
        const QString user = credentials.account.user;
        const QString platform = qualysPlatformName(credentials.account.platform);
        connect(check, &QualysLoginCheck::finished, this,
                [this, check, user, platform](const QualysLoginCheck::Result &r) {
                    check->deleteLater();
                    m_check = nullptr;
                    m_testing = false;
                    m_cancel->setVisible(false);
                    setBusy(false);
                    QString text;
                    if (r.ok()) {
                        text = tr("Signed in: Qualys %1 accepts %2 on the gateway and on the "
                                  "API server.")
                                   .arg(platform, user);
                    } else if (r.error.kind == QualysErrorKind::Cancelled) {
                        text = tr("The test was cancelled.");
                    } else {
                        text = r.error.fullText();
                        if (r.gatewayOk && !r.apiServerOk)
                            text = tr("The gateway accepted the account, the API server did "
                                      "not.") +
                                   u'\n' + text;
                    }
                    setResult(text, r.ok() ? 1 : 2);
                    Q_EMIT testFinished(r.ok(), text);
                });
        check->start();
    };
    m_testing = true;
    setBusy(true);
    if (!secret.isEmpty()) {
        start(QualysCredentials{account, secret});
        return;
    }
    // An account saved earlier: its secret comes from the keychain.
    setResult(tr("Reading the stored secret from the keychain…"), 0);
    QualysCredentialResolver::resolve(
        m_secrets, account, false, this,
        [this, start](const QualysCredentialResolver::Resolved &r) {
            if (!m_testing) // cancelled while the keychain answered
                return;
            if (!r.ok()) {
                m_testing = false;
                m_cancel->setVisible(false);
                setBusy(false);
                setResult(r.error.fullText(), 2);
                Q_EMIT testFinished(false, r.error.fullText());
                return;
            }
            setResult(tr("Signing in to %1…").arg(r.credentials.account.platform.title), 0);
            start(r.credentials);
        });
}

void QualysAccountsPage::cancelTest()
{
    if (m_check) {
        // Whatever it still says is about a test nobody waits for.
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
        m_check = nullptr;
    }
    if (m_testing) {
        m_testing = false;
        m_cancel->setVisible(false);
        setBusy(false);
        setResult(tr("The test was cancelled."), 0);
        Q_EMIT testFinished(false, m_result->text());
    }
}

void QualysAccountsPage::saveAccount()
{
    if (isBusy())
        return;
    if (const QString p = problem(); !p.isEmpty()) {
        m_attempted = true;
        validate();
        setResult(p, 2);
        Q_EMIT saveFinished(false, p);
        return;
    }
    const QualysAccount account = formAccount();
    const QString secret = m_secret->text();
    const auto storeAccount = [this, account] {
        QString error;
        const bool ok = m_store && m_store->upsert(account, &error);
        m_saving = false;
        setBusy(false);
        if (!ok) {
            const QString text = tr("The account could not be saved: %1").arg(error);
            setResult(text, 2);
            Q_EMIT saveFinished(false, text);
            return;
        }
        m_secret->clear();
        reloadList(&account);
        const QString text = tr("Saved %1. Its secret is in the keychain; the account file "
                                "holds none.")
                                 .arg(account.displayName());
        setResult(text, 1);
        Q_EMIT accountsChanged();
        Q_EMIT saveFinished(true, text);
    };
    m_saving = true;
    setBusy(true);
    if (secret.isEmpty()) { // the stored secret stays
        storeAccount();
        return;
    }
    if (!m_secrets) {
        m_saving = false;
        setBusy(false);
        setResult(tr("No keychain is available: the secret cannot be stored."), 2);
        Q_EMIT saveFinished(false, m_result->text());
        return;
    }
    setResult(tr("Storing the secret in the keychain…"), 0);
    // The secret first: an account without its secret in the keychain would not sign in.
    m_secrets->write(
        account.secretKey(), secret, this, [this, storeAccount](const SecretStore::Result &r) {
            if (!r.ok()) {
                m_saving = false;
                setBusy(false);
                const QString text = tr("The secret could not be stored in the keychain, so the "
                                        "account was not saved: %1")
                                         .arg(r.errorMessage);
                setResult(text, 2);
                Q_EMIT saveFinished(false, text);
                return;
            }
            storeAccount();
        });
}

void QualysAccountsPage::removeAccount()
{
    const int row = m_list->currentRow();
    if (isBusy() || row < 0 || row >= m_accounts.size())
        return;
    const QualysAccount account = m_accounts.at(row);
    m_saving = true;
    setBusy(true);
    setResult(tr("Removing the secret from the keychain…"), 0);
    const auto removeEntry = [this, account] {
        QString error;
        const bool ok = m_store && m_store->remove(account, &error);
        m_saving = false;
        reloadList();
        setBusy(false);
        const QString text = ok ? tr("Removed %1.").arg(account.displayName())
                                : tr("The account could not be removed: %1").arg(error);
        setResult(text, ok ? 1 : 2);
        if (ok) {
            newAccount();
            setResult(text, 1);
            Q_EMIT accountsChanged();
        }
        Q_EMIT removeFinished(ok, text);
    };
    if (!m_secrets) {
        removeEntry();
        return;
    }
    // The key first: a failing removal keeps the entry, so no secret is left orphaned.
    m_secrets->remove(account.secretKey(), this, [this, removeEntry](const SecretStore::Result &r) {
        if (!r.ok()) {
            m_saving = false;
            setBusy(false);
            const QString text = tr("The secret could not be removed from the keychain, so the "
                                    "account is kept: %1")
                                     .arg(r.errorMessage);
            setResult(text, 2);
            Q_EMIT removeFinished(false, text);
            return;
        }
        removeEntry();
    });
}

} // namespace atc
