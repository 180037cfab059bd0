#pragma once

#include <QList>
#include <QPointer>

#include "DraftPage.h"
#include "WizardServices.h"
#include "azure/ConnectionTester.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace atc {

class AzureSession;

/**
 * Page 2: cloud, credentials and Test Connection. Next is enabled only after a successful
 * test of the credentials as they are now: isComplete() = inputsValid && !testing && lastTestOk;
 * Edit without a changed credential needs no test (ConnectorDraft::testRequired()).
 */
class TenantDetailsPage : public DraftPage
{
    Q_OBJECT
public:
    TenantDetailsPage(ConnectorDraft *draft, const WizardServices &services,
                      QWidget *parent = nullptr);
    ~TenantDetailsPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /** Starts Test Connection (ignored while a test runs or the inputs have errors). */
    void startTest();
    /** Cancels a running test; the tester still reports finished() (Cancelled). */
    void cancelTest();
    /** Fills the tenant fields with the built-in sandbox tenant (needs startSandbox). */
    void useSandbox();
    /** The tester of the running test, or null. */
    ConnectionTester *currentTester() const { return m_tester; }

Q_SIGNALS:
    /** After each test, also a cancelled or stale one. */
    void testFinished(const atc::ConnectionTester::Result &result);

private:
    void refreshFields();
    void refreshTestState();
    void runTester(const QString &secret);
    void finishTest(const ConnectionTester::Result &result);
    void onStep(const ConnectionTester::StepResult &step);
    void renderSteps();
    void setAdvancedVisible(bool visible);

    WizardServices m_services;
    QLabel *m_accountType;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QComboBox *m_cloud;
    QLineEdit *m_authority;
    QLineEdit *m_arm;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QSpinBox *m_polling;
    QLineEdit *m_tenantName;
    QLineEdit *m_clientId;
    QLineEdit *m_directoryId;
    QLineEdit *m_secret;
    QToolButton *m_showSecret;
    QPushButton *m_sandbox = nullptr;
    QPushButton *m_test;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QLabel *m_steps;

    QPointer<QObject> m_run; ///< owns the tester and the session of the running test
    QPointer<AzureSession> m_session;
    QPointer<ConnectionTester> m_tester;
    quint64 m_testGeneration = 0;
    bool m_cancelRequested = false;
    QList<ConnectionTester::StepResult> m_stepResults;
};

} // namespace atc
