#include "ConnectorWizard.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

#include "AssignTagsPage.h"
#include "BasicDetailsPage.h"
#include "ConfirmationPage.h"
#include "ConnectorDetailsPage.h"
#include "QualysSessionPool.h"
#include "SubscriptionDetailsPage.h"
#include "TagsActivationPage.h"
#include "TenantDetailsPage.h"
#include "qualys/QualysAccountStore.h"
#include "store/ProfileStore.h"
#include "widgets/ContentScrollArea.h"

Q_LOGGING_CATEGORY(lcWizard, "atc.ui.wizard", QtInfoMsg)

namespace atc {

using namespace Qt::Literals::StringLiterals;

ConnectorWizard::ConnectorWizard(const WizardServices &services, Mode mode,
                                 const ConnectorProfile &initial, QWidget *parent)
    : QWizard(parent), m_services(services), m_draft(new ConnectorDraft(mode, initial, this))
{
    setObjectName(u"connectorWizard"_s);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Create Connector"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Connector"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Connector"));
        break;
    }
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    // What validation needs from outside the profile.
    if (m_services.profileStore) {
        const ProfileLoadReport report = m_services.profileStore->loadAll();
        QStringList names;
        for (const ConnectorProfile &p : report.profiles) {
            if (mode == Mode::Edit && p.id == initial.id)
                continue;
            names.append(p.name);
        }
        for (const ProfileLoadProblem &problem : report.problems) {
            m_loadProblems.append(problem.path + u": "_s + problem.reason);
            qCWarning(lcWizard) << "Skipped a profile:" << problem.path << problem.reason;
        }
        m_draft->setOtherProfileNames(names);
        QString tagError;
        m_draft->setTagCatalog(m_services.profileStore->loadTags(&tagError));
        if (!tagError.isEmpty())
            m_loadProblems.append(tagError);
    }
    m_draft->setPolicyComplianceEntitled(m_services.policyComplianceEntitled);
    if (mode == Mode::Edit && m_services.existingConnectors && !initial.id.isEmpty())
        m_draft->setExistingConnectors(m_services.existingConnectors(initial.id));
    if (m_services.qualysAccounts && m_services.networkAccessManager) {
        // Assign Tags and Confirmation share the sessions: one sign-in per platform.
        m_qualys = new QualysSessionPool(m_services.networkAccessManager, m_services.secretStore,
                                         m_services.qualysConfig, this);
        QString accountsError;
        m_draft->setQualysAccounts(m_services.qualysAccounts->load(&accountsError));
        if (!accountsError.isEmpty())
            m_loadProblems.append(accountsError);
    }

    m_basic = new BasicDetailsPage(m_draft, this);
    m_tenant = new TenantDetailsPage(m_draft, m_services, this);
    m_subscriptions = new SubscriptionDetailsPage(m_draft, this);
    m_connector = new ConnectorDetailsPage(m_draft, this);
    m_tags = new TagsActivationPage(m_draft, m_services.profileStore, this);
    m_assign = new AssignTagsPage(m_draft, m_services.profileStore, m_qualys, this);
    m_confirmation = new ConfirmationPage(m_draft, m_services, m_qualys, this);
    setPage(int(PageId::BasicDetails), m_basic);
    setPage(int(PageId::TenantDetails), m_tenant);
    setPage(int(PageId::SubscriptionDetails), m_subscriptions);
    setPage(int(PageId::ConnectorDetails), m_connector);
    setPage(int(PageId::TagsActivation), m_tags);
    setPage(int(PageId::AssignTags), m_assign);
    setPage(int(PageId::Confirmation), m_confirmation);
    setStartId(int(PageId::BasicDetails));
    setButtonText(QWizard::FinishButton,
                  mode == Mode::Edit ? tr("&Save Connector") : tr("&Create Connector"));

    connect(m_confirmation, &ConfirmationPage::created, this, &ConnectorWizard::connectorSaved);
    connect(this, &QWizard::currentIdChanged, this, &ConnectorWizard::onPageChanged);
    // A click on the disabled Next shows why it is disabled (the page's hidden errors).
    button(QWizard::NextButton)->installEventFilter(this);
}

ConnectorWizard::~ConnectorWizard() = default;

QSize ConnectorWizard::defaultSize() const
{
    QSize largest(0, 0);
    for (int id : pageIds())
        largest = largest.expandedTo(page(id)->sizeHint());
    // QWizard's hint holds the current page plus the title, frame and buttons around it.
    QSize size = QWizard::sizeHint();
    if (const QWizardPage *current = currentPage())
        size += (largest - current->sizeHint()).expandedTo(QSize(0, 0));
    return boundedToScreen(this, size);
}

void ConnectorWizard::setVisible(bool visible)
{
    // Once, before the first show, unless the caller chose a size (resize() before show()).
    if (visible && !m_sized) {
        m_sized = true;
        if (!testAttribute(Qt::WA_Resized)) {
            if (currentId() == -1)
                restart(); // as QWizard::setVisible() does: the current page counts in the hint
            resize(defaultSize());
        }
    }
    QWizard::setVisible(visible);
}

int ConnectorWizard::nextId() const
{
    switch (PageId(currentId())) {
    case PageId::BasicDetails:
        return int(PageId::TenantDetails);
    case PageId::TenantDetails:
        return int(PageId::SubscriptionDetails);
    case PageId::SubscriptionDetails:
        return int(PageId::ConnectorDetails);
    case PageId::ConnectorDetails:
        return int(PageId::TagsActivation);
    case PageId::TagsActivation:
        return int(PageId::AssignTags);
    case PageId::AssignTags:
        return int(PageId::Confirmation);
    case PageId::Confirmation:
        break;
    }
    return -1;
}

bool ConnectorWizard::hasUnsavedChanges() const
{
    if (!m_baselineTaken)
        return false;
    return m_draft->profile() != m_baselineProfile || m_draft->secret() != m_baselineSecret ||
           !(m_draft->qualysAccount() == m_baselineAccount) ||
           m_draft->qualysTagIds() != m_baselineTagIds ||
           m_draft->createLocally() != m_baselineLocal;
}

void ConnectorWizard::showEvent(QShowEvent *event)
{
    if (!m_baselineTaken) {
        m_baselineTaken = true;
        m_baselineProfile = m_draft->profile();
        m_baselineSecret = m_draft->secret();
        m_baselineAccount = m_draft->qualysAccount();
        m_baselineTagIds = m_draft->qualysTagIds();
        m_baselineLocal = m_draft->createLocally();
    }
    QWizard::showEvent(event);
}

void ConnectorWizard::reject()
{
    if (m_discardQuestion) {
        m_discardQuestion->raise();
        return;
    }
    if (!hasUnsavedChanges()) {
        QWizard::reject();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(),
                        tr("Discard the changes to this connector?"), QMessageBox::NoButton, this);
    box->setObjectName(u"discardChangesBox"_s);
    box->setInformativeText(tr("What you entered in this wizard is lost."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    box->setDefaultButton(keep); // Enter or Escape never loses work
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            QWizard::reject();
    });
    box->open();
}

void ConnectorWizard::onPageChanged(int id)
{
    // Edit without a changed credential skips Test Connection: read the tenant in the
    // background once the scope page needs its groups.
    if (PageId(id) == PageId::ConnectorDetails && !m_draft->testRequired() &&
        !m_draft->hasTestResult() && !m_draft->isTesting())
        m_tenant->startTest();
}

void ConnectorWizard::revealCurrentPage()
{
    if (auto *page = qobject_cast<DraftPage *>(currentPage()))
        page->revealIssues();
}

void ConnectorWizard::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QAbstractButton *next = button(QWizard::NextButton);
    if (enter && event->modifiers() == Qt::NoModifier && next->isVisible() && !next->isEnabled())
        revealCurrentPage(); // Enter meant Next
    QWizard::keyPressEvent(event);
}

bool ConnectorWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == button(QWizard::NextButton) && event->type() == QEvent::MouseButtonRelease &&
        !button(QWizard::NextButton)->isEnabled())
        revealCurrentPage();
    return QWizard::eventFilter(watched, event);
}

} // namespace atc
