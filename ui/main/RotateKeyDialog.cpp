#include "RotateKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "qualys/QualysSession.h"
#include "widgets/IssueLabel.h"
#include "widgets/StatePalette.h"
#include "wizard/QualysSessionPool.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

RotateKeyDialog::RotateKeyDialog(const ConnectorProfile &profile,
                                 const QList<ConnectorProfile> &allProfiles,
                                 const QList<QualysAccount> &accounts, SecretStore *secrets,
                                 QualysSessionPool *pool, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_secrets(secrets), m_pool(pool),
      m_scope(new WrapLabel(QString(), this)), m_newKey(new QLineEdit(this)),
      m_start(new QPushButton(tr("&Rotate"), this)), m_progress(new QProgressBar(this)),
      m_step(new QLabel(this)), m_outcomes(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"rotateKeyDialog"_s);
    setWindowTitle(tr("Rotate Azure Key"));
    // The same app registration: same directory and client id (the key belongs to it).
    m_profiles << profile;
    for (const ConnectorProfile &p : allProfiles) {
        if (p.id != profile.id && p.directoryId == profile.directoryId &&
            p.clientId == profile.clientId)
            m_profiles << p;
    }
    QStringList lines;
    for (const ConnectorProfile &p : std::as_const(m_profiles)) {
        QStringList where{tr("this computer's keychain")};
        bool anyLink = false;
        for (const QualysLink &link : p.qualysLinks) {
            anyLink = true;
            std::optional<QualysAccount> account;
            for (const QualysAccount &a : m_accounts) {
                if (a.platform.key() == link.platformKey) {
                    account = a;
                    break;
                }
            }
            m_steps.append({p, account, link.platformKey});
            where << (account ? tr("Qualys %1 (connector %2)")
                                    .arg(qualysPlatformName(account->platform))
                                    .arg(link.tenantConnectorId)
                              : tr("Qualys %1: skipped, no account on this computer")
                                    .arg(link.platformKey));
        }
        if (!anyLink)
            m_steps.append({p, std::nullopt, QString()});
        lines << tr("• \"%1\": %2").arg(p.name, where.join(u", "_s));
    }
    m_scope->setObjectName(u"rotateScopeLabel"_s);
    m_scope->setText(tr("App registration %1 in directory %2. The new key goes to:")
                         .arg(profile.clientId, profile.directoryId) +
                     u'\n' + lines.join(u'\n'));
    m_newKey->setObjectName(u"newAzureKeyEdit"_s);
    m_newKey->setAccessibleName(tr("New authentication key"));
    m_newKey->setEchoMode(QLineEdit::Password);
    m_newKey->setPlaceholderText(tr("the new client secret's value"));
    m_start->setObjectName(u"rotateKeyButton"_s);
    m_start->setEnabled(false);
    m_start->setDefault(true);
    m_progress->setObjectName(u"rotateProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_step->setObjectName(u"rotateStepLabel"_s);
    m_step->setWordWrap(true);
    m_outcomes->setObjectName(u"rotateOutcomeList"_s);
    m_outcomes->setAccessibleName(tr("Outcome of each step"));
    m_outcomes->setMinimumHeight(m_outcomes->fontMetrics().height() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("New &key:"), m_newKey);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(makeHint(tr("Create the new secret in Azure first and keep the old one "
                                  "until every step below succeeded."),
                               this));
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_progress, 1);
    layout->addLayout(row);
    layout->addWidget(m_step);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 560), sizeHint().height());

    connect(m_newKey, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_start->setEnabled(!t.isEmpty() && !m_running); });
    connect(m_start, &QPushButton::clicked, this, &RotateKeyDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RotateKeyDialog::~RotateKeyDialog()
{
    if (m_rotation) {
        m_rotation->disconnect(this);
        m_rotation->cancel();
        delete m_rotation.data();
    }
}

void RotateKeyDialog::addOutcome(bool ok, const QString &text)
{
    auto *item =
        new QListWidgetItem((ok ? tr("Done: %1") : tr("Failed: %1")).arg(text), m_outcomes);
    item->setForeground(ok ? StatePalette::successColor(palette())
                           : StatePalette::issueColor(palette(), true));
    item->setToolTip(text);
}

void RotateKeyDialog::start()
{
    if (m_running || m_newKey->text().isEmpty())
        return;
    m_running = true;
    m_key = m_newKey->text();
    m_newKey->clear(); // in memory only for the rotation
    m_newKey->setEnabled(false);
    m_start->setEnabled(false);
    m_outcomes->clear();
    m_targets.clear();
    m_progress->show();
    m_step->setText(tr("Signing in to the Qualys platforms…"));
    acquireNext(0);
}

void RotateKeyDialog::acquireNext(int index)
{
    // Sessions first, one platform after the other, so that the rotation itself starts only
    // when every platform it will touch can be signed in to.
    if (index >= m_steps.size()) {
        run();
        return;
    }
    const Step step = m_steps.at(index);
    if (!step.account || !m_pool) {
        m_targets.append({step.profile, nullptr});
        if (!step.platformKey.isEmpty())
            addOutcome(false, tr("\"%1\" on Qualys %2: no account on this computer; push it "
                                 "again after adding one.")
                                  .arg(step.profile.name, step.platformKey));
        acquireNext(index + 1);
        return;
    }
    m_pool->acquire(*step.account, this,
                    [this, index, step](QualysSession *session, const QualysError &error) {
                        if (!session)
                            addOutcome(false, tr("\"%1\" on Qualys %2: %3")
                                                  .arg(step.profile.name,
                                                       qualysPlatformName(step.account->platform),
                                                       error.fullText()));
                        m_targets.append({step.profile, session});
                        acquireNext(index + 1);
                    });
}

void RotateKeyDialog::run()
{
    m_step->setText(tr("Rotating…"));
    auto *rotation = new QualysKeyRotation(m_secrets, m_targets, m_key, this);
    m_key.clear();
    m_rotation = rotation;
    connect(rotation, &QualysKeyRotation::progress, m_step, &QLabel::setText);
    connect(rotation, &QualysKeyRotation::finished, this,
            [this, rotation](const QualysKeyRotation::Result &r) {
                rotation->deleteLater();
                m_running = false;
                m_progress->hide();
                for (const QualysKeyRotation::Outcome &o : r.outcomes) {
                    const QString where = o.platformKey.isEmpty()
                                              ? tr("keychain")
                                              : tr("Qualys %1").arg(o.platformKey);
                    addOutcome(
                        o.ok(),
                        o.ok()
                            ? tr("\"%1\", %2").arg(o.profileName, where)
                            : tr("\"%1\", %2: %3").arg(o.profileName, where, o.error.fullText()));
                }
                m_step->setText(r.ok() ? tr("The key was rotated everywhere listed.")
                                       : tr("Some steps failed (listed). Keep the old key in "
                                            "Azure until they are done, then retry."));
                m_newKey->setEnabled(true);
                Q_EMIT rotated(r);
            });
    rotation->start();
}

} // namespace atc
