#pragma once

#include <functional>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "DesktopServices.h"
#include "model/ConnectorProfile.h"
#include "qualys/QualysError.h"
#include "qualys/QualysTypes.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace atc {

class MessageBar;
class ProfileStore;
class QualysMemberTableModel;
class QualysSession;
class QualysSessionPool;

/**
 * The main window's Qualys tab for the selected tenant connector: what a Qualys platform made
 * of it (platform, tenant connector id, last pushed, last synced, last error, disabled; "not
 * on Qualys" without a link) and its member connectors with their states
 * (QualysConnectorStatus), with Refresh, progress and Cancel. Actions: Push changes
 * (TenantConnectorPush; the link is stored into the profile and saved), Enable / Disable on
 * Qualys (TenantConnectorStatusChange), Run / Enable / Disable of one member
 * (MemberConnectorAction) and "Rotate Azure key…" (RotateKeyDialog). One operation at a time;
 * everything is asynchronous, problems show in the panel's message bar.
 */
class QualysPanel : public QWidget
{
    Q_OBJECT
public:
    /** `store`: where the profile's link is saved; not owned, must outlive the panel. */
    QualysPanel(const DesktopServices &services, ProfileStore *store, QWidget *parent = nullptr);
    ~QualysPanel() override;

    /** The selected tenant connector (nullopt: none); refreshes when it is another link. */
    void setProfile(const std::optional<ConnectorProfile> &profile);
    /** Re-reads the accounts (Settings saved). */
    void reloadAccounts();

    QualysMemberTableModel *memberModel() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    bool isBusy() const { return m_busy; }
    /** The link of the chosen account's platform in the profile, if any. */
    std::optional<QualysLink> currentLink() const;
    /** What the platform said about the tenant connector at the last refresh. */
    const std::optional<QualysTenantConnector> &tenantConnector() const { return m_tenant; }

public Q_SLOTS:
    void refresh();
    void cancel();
    void pushChanges();
    void enableOnQualys() { setEnabledOnQualys(true); }
    void disableOnQualys() { setEnabledOnQualys(false); }
    void runMember() { memberAction(0); }
    void enableMember() { memberAction(1); }
    void disableMember() { memberAction(2); }
    void openRotateKeyDialog();

Q_SIGNALS:
    /** The profile was saved with a new link: the window reloads its profiles. */
    void profileSaved(const QString &profileId);
    /** Any operation ended; `ok` false with the words in the message bar. */
    void operationFinished(bool ok);

private:
    using SessionWork = std::function<void(QualysSession *)>;
    void setEnabledOnQualys(bool enable);
    void memberAction(int action);
    /** Starts `work` with the chosen account's session, or says why there is none. */
    bool begin(const QString &step, const SessionWork &work);
    void end(bool ok, const QString &message = {});
    void setStep(const QString &step);
    void updateView();
    void updateButtons();
    std::optional<QualysAccount> chosenAccount() const;
    qint64 selectedMemberId() const;

    DesktopServices m_services;
    ProfileStore *m_store;
    QualysSessionPool *m_pool;
    std::optional<ConnectorProfile> m_profile;
    QList<QualysAccount> m_accounts;
    std::optional<QualysTenantConnector> m_tenant;
    bool m_tenantReadable = true;
    QString m_refreshedFor; ///< profile id + link key shown in the members table
    bool m_busy = false;
    quint64 m_generation = 0;
    QPointer<QObject> m_operation;
    std::function<void()> m_cancelOperation;

    MessageBar *m_messageBar;
    QComboBox *m_account;
    QLabel *m_platformValue;
    QLabel *m_idValue;
    QLabel *m_pushedValue;
    QLabel *m_syncedValue;
    QLabel *m_stateValue;
    QLabel *m_errorValue;
    QPushButton *m_push;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_rotate;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_step;
    QualysMemberTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_memberRun;
    QPushButton *m_memberEnable;
    QPushButton *m_memberDisable;
};

} // namespace atc
