#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include "qualys/QualysAccount.h"
#include "qualys/QualysClientConfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace atc {

class IssueLabel;
class QualysAccountStore;
class QualysLoginCheck;
class QualysSession;
class SecretStore;

/**
 * Settings ▸ Qualys accounts: the accounts of QualysAccountStore (no secret in files) and one
 * form for a new or the selected account: platform (the pod table or Custom with its two
 * URLs), user name + password or client id + secret, Test login (QualysLoginCheck:
 * asynchronous, cancellable, the result in QualysError's words), Save (the secret into the
 * SecretStore first, asynchronously; then the account) and Remove (the key first, then the
 * entry). Every field is validated inline. None of the pointers is owned.
 */
class QualysAccountsPage : public QWidget
{
    Q_OBJECT
public:
    QualysAccountsPage(QualysAccountStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
                       QualysClientConfig config, QWidget *parent = nullptr);
    ~QualysAccountsPage() override;

    const QList<QualysAccount> &accounts() const { return m_accounts; }
    /** The account the form describes (not validated). */
    QualysAccount formAccount() const;
    /** Empty when the form is valid; else its first problem in words. */
    QString problem() const;
    bool isBusy() const;

public Q_SLOTS:
    void newAccount();
    void testLogin();
    void cancelTest();
    void saveAccount();
    void removeAccount();

Q_SIGNALS:
    void testFinished(bool ok, const QString &text);
    void saveFinished(bool ok, const QString &text);
    void removeFinished(bool ok, const QString &text);
    /** The list of accounts changed (saved or removed). */
    void accountsChanged();

private:
    void reloadList(const QualysAccount *select = nullptr);
    void showAccount(int row);
    void validate();
    void platformChanged();
    void authKindChanged();
    void setResult(const QString &text, int kind); ///< 0 info, 1 success, 2 error
    void setBusy(bool busy);
    QualysPlatform formPlatform() const;
    bool isStored(const QualysAccount &account) const;

    QualysAccountStore *m_store;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam;
    QualysClientConfig m_config;
    QList<QualysAccount> m_accounts;

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QComboBox *m_platform;
    QLineEdit *m_gateway;
    QLineEdit *m_apiServer;
    QComboBox *m_authKind;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    IssueLabel *m_platformIssue;
    IssueLabel *m_userIssue;
    IssueLabel *m_secretIssue;
    QPushButton *m_test;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPointer<QualysSession> m_session;
    QPointer<QualysLoginCheck> m_check;
    bool m_saving = false;
    bool m_testing = false;
    bool m_attempted = false;  ///< Test or Save was pressed: required fields speak
    QSet<QWidget *> m_touched; ///< fields the user edited
    bool m_updating = false;
};

} // namespace atc
