#include "QualysPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "QualysMemberTableModel.h"
#include "RotateKeyDialog.h"
#include "qualys/MemberConnectorAction.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysConnectorStatus.h"
#include "qualys/QualysSession.h"
#include "qualys/TenantConnectorPush.h"
#include "qualys/TenantConnectorStatusChange.h"
#include "store/ProfileStore.h"
#include "store/SecretResolver.h"
#include "widgets/ContentScrollArea.h"
#include "widgets/MessageBar.h"
#include "widgets/StatePalette.h"
#include "wizard/QualysSessionPool.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A sandbox profile points at the in-process emulator on loopback (SandboxProfiles.h); only
// then is the sandbox's fake Qualys started and offered.
bool pointsAtLoopback(const ConnectorProfile &p)
{
    const QString host = p.endpoints().armEndpoint.host();
    return p.cloud == CloudType::Custom &&
           (host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s);
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

QualysPanel::QualysPanel(const DesktopServices &services, ProfileStore *store, QWidget *parent)
    : QWidget(parent), m_services(services), m_store(store),
      m_pool(new QualysSessionPool(services.networkAccessManager, services.secretStore,
                                   services.qualysConfig, this)),
      m_messageBar(new MessageBar(this)), m_account(new QComboBox(this)),
      m_platformValue(valueLabel(u"qualysPlatformLabel"_s, this)),
      m_idValue(valueLabel(u"qualysConnectorIdLabel"_s, this)),
      m_pushedValue(valueLabel(u"qualysLastPushedLabel"_s, this)),
      m_syncedValue(valueLabel(u"qualysLastSyncedLabel"_s, this)),
      m_stateValue(valueLabel(u"qualysTenantStateLabel"_s, this)),
      m_errorValue(valueLabel(u"qualysLastErrorLabel"_s, this)),
      m_push(new QPushButton(tr("&Push Changes"), this)),
      m_enable(new QPushButton(tr("E&nable on Qualys"), this)),
      m_disable(new QPushButton(tr("Di&sable on Qualys"), this)),
      m_rotate(new QPushButton(tr("Rotate Azure &Key…"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_cancel(new QPushButton(tr("Cance&l"), this)), m_progress(new QProgressBar(this)),
      m_step(new QLabel(this)), m_model(new QualysMemberTableModel(this)),
      m_table(new QTableView(this)), m_memberRun(new QPushButton(tr("R&un Member"), this)),
      m_memberEnable(new QPushButton(tr("Enable &Member"), this)),
      m_memberDisable(new QPushButton(tr("Disable M&ember"), this))
{
    setObjectName(u"qualysPanel"_s);
    m_messageBar->setObjectName(u"qualysMessageBar"_s);
    m_account->setObjectName(u"qualysPanelAccountCombo"_s);
    m_account->setAccessibleName(tr("Qualys account"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QList<std::pair<QPushButton *, QString>> buttons = {
        {m_push, u"qualysPushButton"_s},
        {m_enable, u"qualysEnableButton"_s},
        {m_disable, u"qualysDisableButton"_s},
        {m_rotate, u"rotateAzureKeyButton"_s},
        {m_refresh, u"qualysRefreshButton"_s},
        {m_cancel, u"qualysCancelButton"_s},
        {m_memberRun, u"qualysMemberRunButton"_s},
        {m_memberEnable, u"qualysMemberEnableButton"_s},
        {m_memberDisable, u"qualysMemberDisableButton"_s},
    };
    for (const auto &[b, name] : buttons)
        b->setObjectName(name);
    m_progress->setObjectName(u"qualysProgress"_s);
    m_progress->setAccessibleName(tr("Qualys progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();
    m_step->setObjectName(u"qualysStepLabel"_s);
    m_model->setPalette(palette());
    m_table->setObjectName(u"qualysMemberTable"_s);
    m_table->setAccessibleName(tr("Subscription connectors on Qualys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QualysMemberTableModel::ErrorColumn,
                                                      QHeaderView::Stretch);

    // Two columns of facts: where and which id on the left, what the platform says on the right.
    // (A grid, not two form layouts: QFormLayout gives a wrapped value a pixel too few at
    // 150 %.)
    auto *facts = new QGridLayout;
    const auto addFact = [this, facts](int row, int column, const QString &text, QWidget *value) {
        auto *label = new QLabel(text, this);
        label->setBuddy(value);
        facts->addWidget(label, row, column, Qt::AlignLeft | Qt::AlignTop);
        facts->addWidget(value, row, column + 1);
    };
    addFact(0, 0, tr("Qualys &account:"), m_account);
    addFact(1, 0, tr("Platform:"), m_platformValue);
    addFact(2, 0, tr("Tenant connector:"), m_idValue);
    addFact(0, 3, tr("Last pushed:"), m_pushedValue);
    addFact(1, 3, tr("Last synced:"), m_syncedValue);
    addFact(2, 3, tr("State:"), m_stateValue);
    addFact(3, 3, tr("Last error:"), m_errorValue);
    facts->setColumnMinimumWidth(2, 24);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(4, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_push);
    actions->addWidget(m_enable);
    actions->addWidget(m_disable);
    actions->addWidget(m_rotate);
    actions->addStretch();
    actions->addWidget(m_step);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_refresh);

    auto *memberActions = new QHBoxLayout;
    memberActions->addWidget(m_memberRun);
    memberActions->addWidget(m_memberEnable);
    memberActions->addWidget(m_memberDisable);
    memberActions->addStretch();

    // In a scroll area: at 150 % on 1280×800 the tab is lower than the wrapped facts and the
    // buttons need, and a layout below a tab widget does not get their height-for-width.
    auto *content = new QWidget(this);
    content->setObjectName(u"qualysPanelContent"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ContentScrollArea(content, this));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_messageBar);
    layout->addLayout(facts);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addLayout(memberActions);

    connect(m_push, &QPushButton::clicked, this, &QualysPanel::pushChanges);
    connect(m_enable, &QPushButton::clicked, this, &QualysPanel::enableOnQualys);
    connect(m_disable, &QPushButton::clicked, this, &QualysPanel::disableOnQualys);
    connect(m_rotate, &QPushButton::clicked, this, &QualysPanel::openRotateKeyDialog);
    connect(m_refresh, &QPushButton::clicked, this, &QualysPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &QualysPanel::cancel);
    connect(m_memberRun, &QPushButton::clicked, this, &QualysPanel::runMember);
    connect(m_memberEnable, &QPushButton::clicked, this, &QualysPanel::enableMember);
    connect(m_memberDisable, &QPushButton::clicked, this, &QualysPanel::disableMember);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        m_tenant.reset();
        m_model->setMembers({});
        m_refreshedFor.clear();
        updateView();
        if (isVisible() && currentLink() && currentLink()->tenantConnectorId > 0)
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QualysPanel::updateButtons);
    reloadAccounts();
}

QualysPanel::~QualysPanel()
{
    // Before the pool (an earlier child) deletes the sessions these operations use.
    if (m_cancelOperation)
        m_cancelOperation();
    delete m_operation.data();
    qDeleteAll(findChildren<RotateKeyDialog *>(Qt::FindDirectChildrenOnly));
}

void QualysPanel::reloadAccounts()
{
    const std::optional<QualysAccount> before = chosenAccount();
    m_accounts =
        m_services.qualysAccounts ? m_services.qualysAccounts->load() : QList<QualysAccount>();
    if (m_profile && pointsAtLoopback(*m_profile) && m_services.startSandboxQualys) {
        if (const std::optional<QualysCredentials> sandbox = m_services.startSandboxQualys()) {
            if (!m_pool->hasCredentials(sandbox->account))
                m_pool->addCredentials(*sandbox);
            if (!m_accounts.contains(sandbox->account))
                m_accounts.prepend(sandbox->account);
        }
    }
    // The account of a platform the profile is on comes first; else the one chosen before.
    int pick = -1;
    for (int i = 0; i < m_accounts.size() && m_profile; ++i) {
        if (m_profile->qualysLink(m_accounts.at(i).platform.key())) {
            pick = i;
            break;
        }
    }
    for (int i = 0; i < m_accounts.size() && pick < 0 && before; ++i) {
        if (m_accounts.at(i) == *before)
            pick = i;
    }
    const QSignalBlocker block(m_account);
    m_account->clear();
    for (int i = 0; i < m_accounts.size(); ++i)
        m_account->addItem(m_accounts.at(i).displayName(), i);
    m_account->setCurrentIndex(m_accounts.isEmpty() ? -1 : qMax(pick, 0));
    updateView();
}

std::optional<QualysAccount> QualysPanel::chosenAccount() const
{
    const int i = m_account->currentData().isValid() ? m_account->currentData().toInt() : -1;
    if (i < 0 || i >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(i);
}

std::optional<QualysLink> QualysPanel::currentLink() const
{
    const std::optional<QualysAccount> account = chosenAccount();
    if (!m_profile || !account)
        return std::nullopt;
    if (const QualysLink *link = m_profile->qualysLink(account->platform.key()))
        return *link;
    return std::nullopt;
}

qint64 QualysPanel::selectedMemberId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : rows.first().data(QualysMemberTableModel::MemberIdRole).toLongLong();
}

void QualysPanel::setProfile(const std::optional<ConnectorProfile> &profile)
{
    const bool other = !profile || !m_profile || profile->id != m_profile->id;
    if (other && m_busy)
        cancel(); // its answer would be about the connector no longer shown
    m_profile = profile;
    if (other)
        reloadAccounts(); // the sandbox's account only for a sandbox profile
    const std::optional<QualysLink> link = currentLink();
    const QString shown = profile && link ? profile->id + u'|' + link->platformKey + u'|' +
                                                QString::number(link->tenantConnectorId)
                                          : QString();
    if (shown != m_refreshedFor) {
        m_tenant.reset();
        m_model->setMembers({});
        m_refreshedFor.clear();
    }
    updateView();
    if (isVisible() && !m_busy && link && link->tenantConnectorId > 0 && m_refreshedFor.isEmpty())
        refresh();
}

void QualysPanel::updateView()
{
    const std::optional<QualysAccount> account = chosenAccount();
    const std::optional<QualysLink> link = currentLink();
    const QString none = tr("—");
    m_platformValue->setText(account ? account->platform.title : none);
    if (!m_profile) {
        m_idValue->setText(none);
    } else if (!account) {
        m_idValue->setText(tr("Add a Qualys account in Settings ▸ Qualys accounts."));
    } else if (!link) {
        m_idValue->setText(tr("Not on Qualys %1").arg(qualysPlatformName(account->platform)));
    } else if (link->tenantConnectorId > 0) {
        m_idValue->setText(tr("id %1").arg(link->tenantConnectorId));
    } else {
        m_idValue->setText(link->createUncertain
                               ? tr("Created, but the answer was lost: Push Changes looks it up "
                                    "before creating anything")
                               : tr("Created; the platform gave no id"));
    }
    m_pushedValue->setText(link && link->lastPushed.isValid()
                               ? tr("%1 by %2").arg(timeText(link->lastPushed), link->account)
                               : none);
    if (m_tenant) {
        m_syncedValue->setText(m_tenant->lastSynced.isValid() ? timeText(m_tenant->lastSynced)
                                                              : tr("not yet"));
        m_stateValue->setText(m_tenant->disabled ? tr("Disabled on Qualys")
                                                 : tr("Enabled on Qualys"));
        m_errorValue->setText(m_tenant->lastError.isEmpty() ? tr("none") : m_tenant->lastError);
    } else {
        // Said once: the platform may offer no read of tenant connectors (speculative GET).
        m_syncedValue->setText(link && !m_tenantReadable
                                   ? tr("unknown: this platform does not describe tenant "
                                        "connectors; see the members below")
                                   : none);
        m_stateValue->setText(none);
        m_errorValue->setText(none);
    }
    QPalette pal = palette();
    if (m_tenant && !m_tenant->lastError.isEmpty())
        pal.setColor(QPalette::WindowText, StatePalette::issueColor(pal, true));
    m_errorValue->setPalette(pal);
    m_push->setText(link ? tr("&Push Changes") : tr("Create &on Qualys"));
    updateButtons();
}

void QualysPanel::updateButtons()
{
    const bool account = chosenAccount().has_value();
    const std::optional<QualysLink> link = currentLink();
    const bool known = link && link->tenantConnectorId > 0;
    const bool idle = !m_busy && m_profile.has_value();
    m_account->setEnabled(!m_busy);
    m_push->setEnabled(idle && account);
    // Both stay usable while the state is unknown (the platform may not describe it).
    m_enable->setEnabled(idle && known && !(m_tenant && !m_tenant->disabled));
    m_disable->setEnabled(idle && known && !(m_tenant && m_tenant->disabled));
    m_rotate->setEnabled(idle);
    m_refresh->setEnabled(idle && known);
    m_cancel->setVisible(m_busy);
    const qint64 member = selectedMemberId();
    const int row = m_model->rowOf(member);
    const bool disabled = row >= 0 && m_model->members().at(row).disabled;
    m_memberRun->setEnabled(idle && member > 0 && !disabled);
    m_memberEnable->setEnabled(idle && member > 0 && disabled);
    m_memberDisable->setEnabled(idle && member > 0 && !disabled);
}

void QualysPanel::setStep(const QString &step)
{
    m_step->setText(step);
}

bool QualysPanel::begin(const QString &step, const SessionWork &work)
{
    const std::optional<QualysAccount> account = chosenAccount();
    if (m_busy || !m_profile || !account)
        return false;
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_progress->show();
    setStep(step);
    updateButtons();
    m_pool->acquire(*account, this,
                    [this, generation, work](QualysSession *session, const QualysError &error) {
                        if (generation != m_generation)
                            return; // cancelled meanwhile
                        if (!session) {
                            end(false, error.fullText());
                            return;
                        }
                        work(session);
                    });
    return true;
}

void QualysPanel::end(bool ok, const QString &message)
{
    m_busy = false;
    m_operation = nullptr;
    m_cancelOperation = nullptr;
    m_progress->hide();
    setStep({});
    if (!message.isEmpty())
        m_messageBar->showMessage(message,
                                  ok ? MessageBar::Kind::Information : MessageBar::Kind::Error);
    updateView();
    Q_EMIT operationFinished(ok);
}

void QualysPanel::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // a session still being opened is not used
    if (m_cancelOperation)
        m_cancelOperation();
    end(false, tr("Cancelled. What the platform already did stays done."));
}

void QualysPanel::refresh()
{
    const std::optional<QualysLink> link = currentLink();
    if (!m_profile || !link || link->tenantConnectorId <= 0 || m_busy)
        return;
    const qint64 id = link->tenantConnectorId;
    const QString tenantId = m_profile->directoryId;
    const QString shown = m_profile->id + u'|' + link->platformKey + u'|' + QString::number(id);
    begin(tr("Reading the state on Qualys…"), [this, id, tenantId, shown](QualysSession *s) {
        auto *op = new QualysConnectorStatus(s, id, tenantId, this);
        m_operation = op;
        m_cancelOperation = [op] {
            op->disconnect();
            op->cancel();
            op->deleteLater();
        };
        connect(op, &QualysConnectorStatus::progress, this, [this](int members) {
            setStep(tr("Reading the state on Qualys… %n member(s) so far", nullptr, members));
        });
        connect(
            op, &QualysConnectorStatus::finished, this,
            [this, op, shown](const QualysConnectorStatus::Result &r) {
                op->deleteLater();
                if (!r.ok()) {
                    if (const std::optional<QualysAccount> a = chosenAccount())
                        m_pool->forgetAfter(*a, r.error);
                    end(false,
                        tr("The state on Qualys could not be read: %1").arg(r.error.fullText()));
                    return;
                }
                m_tenant = r.tenantConnector;
                m_tenantReadable = r.tenantConnectorReadable;
                const qint64 keep = selectedMemberId();
                m_model->setMembers(r.subscriptionConnectors);
                if (const int row = m_model->rowOf(keep); row >= 0)
                    m_table->selectRow(row);
                m_refreshedFor = shown;
                end(true);
            });
        op->start();
    });
}

void QualysPanel::pushChanges()
{
    const std::optional<QualysAccount> account = chosenAccount();
    if (!m_profile || !account)
        return;
    const ConnectorProfile profile = *m_profile;
    const QualysAccount acc = *account;
    begin(tr("Reading the authentication key…"), [this, profile, acc](QualysSession *s) {
        const QPointer<QualysSession> session(s);
        const quint64 generation = m_generation;
        // The Azure key travels to Qualys (secretValue): read it from the keychain.
        SecretResolver::resolve(
            m_services.secretStore, profile.secretKey(), this,
            [this, session, generation, profile, acc](const ResolvedSecret &key) {
                if (generation != m_generation)
                    return;
                if (!key.ok() || !session) {
                    end(false, key.errorMessage);
                    return;
                }
                setStep(tr("Pushing to Qualys %1…").arg(qualysPlatformName(acc.platform)));
                auto *op = new TenantConnectorPush(session, profile, key.secret, this);
                m_operation = op;
                m_cancelOperation = [op] {
                    op->disconnect();
                    op->cancel();
                    op->deleteLater();
                };
                connect(op, &TenantConnectorPush::progress, this, &QualysPanel::setStep);
                connect(op, &TenantConnectorPush::finished, this,
                        [this, op, profile, acc](const TenantConnectorPush::Result &r) {
                            op->deleteLater();
                            QString saveError;
                            // Stored on success and on a lost reply: never a blind second create.
                            if (r.link && m_store) {
                                std::optional<ConnectorProfile> saved = m_store->load(profile.id);
                                ConnectorProfile p = saved ? *saved : profile;
                                QualysLink link = *r.link;
                                if (link.account.isEmpty())
                                    link.account = acc.user;
                                if (const QualysLink *old = p.qualysLink(link.platformKey);
                                    old && link.connectorTagIds.isEmpty())
                                    link.connectorTagIds = old->connectorTagIds;
                                if (QualysLink *existing = p.qualysLink(link.platformKey))
                                    *existing = link;
                                else
                                    p.qualysLinks.append(link);
                                if (m_store->save(p, &saveError)) {
                                    m_profile = p;
                                    Q_EMIT profileSaved(p.id);
                                } else {
                                    saveError =
                                        tr("The Qualys id could not be saved in the profile: %1")
                                            .arg(saveError);
                                }
                            }
                            QStringList lines;
                            m_pool->forgetAfter(acc, r.error);
                            if (!r.ok())
                                lines << tr("Pushing to Qualys %1 failed; the connector on this "
                                            "computer is unchanged.")
                                             .arg(qualysPlatformName(acc.platform))
                                      << r.error.fullText();
                            else if (r.tenantConnectorId)
                                lines << (r.action == TenantConnectorPush::Action::Created
                                              ? tr("Created on Qualys %1: tenant connector id %2.")
                                              : tr("Updated on Qualys %1: tenant connector id %2."))
                                             .arg(qualysPlatformName(acc.platform))
                                             .arg(*r.tenantConnectorId);
                            else
                                lines << tr("Created on Qualys %1; the platform gave no id.")
                                             .arg(qualysPlatformName(acc.platform));
                            for (const QString &note : r.notes)
                                lines << tr("Note: %1").arg(note);
                            if (!saveError.isEmpty())
                                lines << saveError;
                            const bool ok = r.ok() && saveError.isEmpty();
                            end(ok, lines.join(u'\n'));
                            if (ok)
                                refresh();
                        });
                op->start();
            });
    });
}

void QualysPanel::setEnabledOnQualys(bool enable)
{
    const std::optional<QualysLink> link = currentLink();
    if (!link || link->tenantConnectorId <= 0)
        return;
    const qint64 id = link->tenantConnectorId;
    begin(enable ? tr("Enabling on Qualys…") : tr("Disabling on Qualys…"),
          [this, id, enable](QualysSession *s) {
              auto *op = new TenantConnectorStatusChange(s, {id}, enable, this);
              m_operation = op;
              m_cancelOperation = [op] {
                  op->disconnect();
                  op->cancel();
                  op->deleteLater();
              };
              connect(op, &TenantConnectorStatusChange::finished, this,
                      [this, op, id, enable](const TenantConnectorStatusChange::Result &r) {
                          op->deleteLater();
                          for (const QualysTenantConnector &c : r.connectors) {
                              if (c.id == id)
                                  m_tenant = c;
                          }
                          if (r.ok() && m_tenant)
                              m_tenant->disabled = !enable; // the platform's answer may lag
                          end(r.ok(), r.ok() ? (enable ? tr("Tenant connector %1 enabled on "
                                                            "Qualys.")
                                                       : tr("Tenant connector %1 disabled on "
                                                            "Qualys."))
                                                   .arg(id)
                                             : r.error.fullText());
                          if (r.ok())
                              refresh();
                      });
              op->start();
          });
}

void QualysPanel::memberAction(int action)
{
    const qint64 member = selectedMemberId();
    if (member <= 0)
        return;
    using A = MemberConnectorAction::Action;
    const A a = action == 0 ? A::Run : action == 1 ? A::Enable : A::Disable;
    const QString step = a == A::Run      ? tr("Starting member connector %1…").arg(member)
                         : a == A::Enable ? tr("Enabling member connector %1…").arg(member)
                                          : tr("Disabling member connector %1…").arg(member);
    begin(step, [this, member, a](QualysSession *s) {
        auto *op = new MemberConnectorAction(s, member, a, this);
        m_operation = op;
        m_cancelOperation = [op] {
            op->disconnect();
            op->cancel();
            op->deleteLater();
        };
        connect(op, &MemberConnectorAction::finished, this,
                [this, op, member, a](const MemberConnectorAction::Result &r) {
                    op->deleteLater();
                    const QString done =
                        a == A::Run      ? tr("Member connector %1 queued to run.").arg(member)
                        : a == A::Enable ? tr("Member connector %1 enabled.").arg(member)
                                         : tr("Member connector %1 disabled.").arg(member);
                    end(r.ok(), r.ok() ? done : r.error.fullText());
                    if (r.ok())
                        refresh();
                });
        op->start();
    });
}

void QualysPanel::openRotateKeyDialog()
{
    if (!m_profile || m_busy)
        return;
    QList<ConnectorProfile> all = m_store ? m_store->loadAll().profiles : QList<ConnectorProfile>();
    auto *dialog =
        new RotateKeyDialog(*m_profile, all, m_accounts, m_services.secretStore, m_pool, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateKeyDialog::finished, this, [this](int) { refresh(); });
    dialog->open();
}

} // namespace atc
