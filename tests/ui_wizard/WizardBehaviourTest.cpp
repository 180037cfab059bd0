// The wizard's behaviour as a person meets it (issue 12), against the loopback emulator.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>

#include "WizardHarness.h"
#include "store/InMemorySecretStore.h"
#include "widgets/CreateTagDialog.h"
#include "wizard/ConnectorPreview.h"
#include "wizard/ManagementGroupTreeModel.h"
#include "wizard/TagsActivationPage.h"

using namespace atc;
using namespace atc::test;

namespace {

QLabel *issueOf(WizardHarness &h, const QString &input)
{
    return h.find<QLabel>(input + u"Issue"_s);
}

bool showsError(QLabel *label)
{
    return label && label->isVisible() && label->text().contains(u"Error"_s);
}

void checkInView(QTreeView *view, ManagementGroupTreeModel *source, const QString &group)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    ASSERT_NE(proxy, nullptr);
    const QModelIndex idx = proxy->mapFromSource(source->indexOfGroup(group));
    ASSERT_TRUE(idx.isValid()) << group.toStdString();
    ASSERT_TRUE(proxy->setData(idx, Qt::Checked, Qt::CheckStateRole));
}

SubscriptionConnector existing(qint64 id, const QString &subscriptionId, const QString &name)
{
    SubscriptionConnector c;
    c.id = id;
    c.subscriptionId = subscriptionId;
    c.subscriptionName = name;
    c.name = u"Old-"_s + name;
    return c;
}

} // namespace

// A fresh wizard shows no red error on fields nobody typed in; leaving an emptied field
// shows it, and so does trying Next (mouse or Enter) on a page with hidden errors.
TEST(WizardBehaviour, ErrorsAppearOnlyAfterTouchOrNext)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    QLabel *nameIssue = issueOf(h, u"nameEdit"_s);
    ASSERT_NE(nameIssue, nullptr);
    EXPECT_FALSE(h.nextEnabled()); // the name is still required
    QCoreApplication::processEvents();
    EXPECT_FALSE(showsError(nameIssue)) << nameIssue->text().toStdString();

    // Typed and emptied: no error while typing, shown once the field is left.
    h.type(u"nameEdit"_s, u"x"_s);
    QTest::keyClick(h.find<QLineEdit>(u"nameEdit"_s), Qt::Key_Backspace);
    EXPECT_FALSE(showsError(nameIssue));
    h.find<QPlainTextEdit>(u"descriptionEdit"_s)->setFocus();
    QTRY_VERIFY(showsError(nameIssue));
    // Once shown it follows the value live.
    h.type(u"nameEdit"_s, u"Contoso"_s);
    EXPECT_FALSE(nameIssue->isVisible());
    ASSERT_TRUE(h.next(PageId::TenantDetails));

    // Page 2: empty, required IDs hide their errors until Next is tried.
    QLabel *clientIssue = issueOf(h, u"clientIdEdit"_s);
    EXPECT_FALSE(showsError(clientIssue));
    QAbstractButton *next = w->button(QWizard::NextButton);
    ASSERT_FALSE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_TRUE(showsError(clientIssue)) << clientIssue->text().toStdString();
    EXPECT_EQ(w->currentId(), int(PageId::TenantDetails));

    // Enter on a page whose Next is disabled does the same (a second wizard, page 1).
    WizardHarness h2(&secrets);
    h2.open();
    QLabel *nameIssue2 = issueOf(h2, u"nameEdit"_s);
    EXPECT_FALSE(showsError(nameIssue2));
    QTest::keyClick(h2.find<QLineEdit>(u"nameEdit"_s), Qt::Key_Return);
    EXPECT_TRUE(showsError(nameIssue2));
}

// Edit shows the errors of loaded values at once: nobody will type in them to find out.
TEST(WizardBehaviour, EditShowsLoadedInvalidValuesAtOnce)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorProfile p = saveSandboxProfile(h, secrets);
    p.name = QString(ProfileValidator::MaxNameLength + 1, u'n'); // saved by an older version
    h.open(ConnectorWizard::Mode::Edit, p);
    QCoreApplication::processEvents();
    EXPECT_TRUE(showsError(issueOf(h, u"nameEdit"_s)));
}

// Edit: a description change needs no new Test Connection; a credential change does.
TEST(WizardBehaviour, EditNeedsATestOnlyForCredentialChanges)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    const ConnectorProfile p = saveSandboxProfile(h, secrets);
    ConnectorWizard *w = h.open(ConnectorWizard::Mode::Edit, p);

    auto *description = h.find<QPlainTextEdit>(u"descriptionEdit"_s);
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, u"After"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    EXPECT_TRUE(h.nextEnabled()) << "no test needed for the description";

    // The client id is a credential: a test is needed; typing it back makes it the saved one.
    QLineEdit *client = h.find<QLineEdit>(u"clientIdEdit"_s);
    client->setFocus();
    client->end(false);
    QTest::keyClick(client, Qt::Key_X);
    EXPECT_FALSE(h.nextEnabled());
    QTest::keyClick(client, Qt::Key_Backspace);
    EXPECT_TRUE(h.nextEnabled());
    // So is a newly typed key.
    h.type(u"secretEdit"_s, sandboxSecret());
    EXPECT_FALSE(h.nextEnabled());
    h.type(u"secretEdit"_s, QString());
    EXPECT_TRUE(h.nextEnabled());
    // The tenant polling frequency is not.
    auto *polling = h.find<QSpinBox>(u"tenantPollingSpin"_s);
    polling->setValue(polling->value() + 1);
    EXPECT_TRUE(h.nextEnabled());

    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    // The tenant is read in the background for the preview; Next does not wait for it.
    EXPECT_TRUE(h.nextEnabled());
    ASSERT_TRUE(QTest::qWaitFor([w] { return w->draft()->lastTestOk(); }, 20000));
    ASSERT_TRUE(h.next(PageId::TagsActivation));
    ASSERT_TRUE(h.next(PageId::AssignTags));
    ASSERT_TRUE(h.next(PageId::Confirmation));
    ASSERT_TRUE(h.create());
    const auto saved = h.store->load(p.id);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->description, u"After"_s);
    EXPECT_TRUE(secrets.contains(p.secretKey()));
}

// Edit's preview compares with the connectors the profile has: Keep, Create, Disable.
TEST(WizardBehaviour, EditPreviewShowsKeepCreateDisable)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorProfile p = saveSandboxProfile(h, secrets);
    p.autoCreateForNewSubscriptions = true;
    p.detachDisableForDeletedSubscriptions = true;
    ASSERT_TRUE(h.store->save(p));
    const QString identity = u"c0a1b2c3-0001-4d5e-9f60-7a8b9c0d1e01"_s; // under Platform
    const QString finance = u"c0a1b2c3-0004-4d5e-9f60-7a8b9c0d1e04"_s;  // under Landing Zones
    const QString hr = u"c0a1b2c3-0005-4d5e-9f60-7a8b9c0d1e05"_s;       // no connector yet
    QList<SubscriptionConnector> connectors = {existing(1, identity, u"Contoso Identity"_s),
                                               existing(2, finance, u"Corp Finance Prod"_s)};
    for (SubscriptionConnector &c : connectors)
        c.profileId = p.id;
    WizardServices services = h.services();
    QString askedFor;
    services.existingConnectors = [&](const QString &id) {
        askedFor = id;
        return connectors;
    };
    h.wizard = std::make_unique<ConnectorWizard>(services, ConnectorWizard::Mode::Edit, p);
    h.wizard->show();
    EXPECT_EQ(askedFor, p.id);
    ConnectorWizard *w = h.wizard.get();

    ASSERT_TRUE(h.next(PageId::TenantDetails));
    ASSERT_TRUE(h.runTest().ok);
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    ConnectorDetailsPage *scope = w->connectorDetailsPage();
    checkInView(h.find<QTreeView>(u"excludeGroupsTree"_s), scope->excludeModel(),
                u"contoso-platform"_s);
    ASSERT_TRUE(QTest::qWaitFor([scope] { return !scope->previewPending(); }, 5000));

    const PreviewModel *model = scope->previewModel();
    const auto actionOf = [model](const QString &subscription) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->data(model->index(r, PreviewModel::SubscriptionIdColumn)).toString() ==
                subscription)
                return model->data(model->index(r, PreviewModel::ActionColumn)).toString();
        }
        return QString();
    };
    EXPECT_EQ(actionOf(finance), u"Keep"_s);
    EXPECT_EQ(actionOf(identity), u"Disable"_s);
    EXPECT_EQ(actionOf(hr), u"Create"_s);
    const Preview &preview = model->preview();
    EXPECT_EQ(preview.kept, 1);
    EXPECT_EQ(preview.disabled, 1);
    EXPECT_TRUE(h.find<QLabel>(u"previewSummaryLabel"_s)->text().contains(u"1 connector(s) kept"_s))
        << h.find<QLabel>(u"previewSummaryLabel"_s)->text().toStdString();
    // An existing connector keeps its name, whatever the prefix is now.
    for (const PreviewRow &row : preview.rows) {
        if (row.subscriptionId == finance) {
            EXPECT_EQ(row.connectorName, u"Old-Corp Finance Prod"_s);
        }
    }
}

// Back and Next keep what was entered and the test result.
TEST(WizardBehaviour, BackAndNextKeepTheirState)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    h.type(u"nameEdit"_s, u"Contoso"_s);
    QTest::keyClicks(h.find<QPlainTextEdit>(u"descriptionEdit"_s), u"Owned by IT"_s);
    h.find<QCheckBox>(u"cspmCheck"_s)->click();
    h.throughTenant(u"Contoso"_s);
    h.type(u"prefixEdit"_s, u"Pre"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));

    w->back();
    EXPECT_EQ(h.find<QLineEdit>(u"prefixEdit"_s)->text(), u"Pre"_s);
    w->back();
    EXPECT_EQ(w->currentId(), int(PageId::TenantDetails));
    EXPECT_TRUE(h.nextEnabled()) << "the successful test is kept";
    EXPECT_FALSE(h.find<QLineEdit>(u"clientIdEdit"_s)->text().isEmpty());
    w->back();
    EXPECT_EQ(h.find<QLineEdit>(u"nameEdit"_s)->text(), u"Contoso"_s);
    EXPECT_EQ(h.find<QPlainTextEdit>(u"descriptionEdit"_s)->toPlainText(), u"Owned by IT"_s);
    EXPECT_TRUE(h.find<QCheckBox>(u"cspmCheck"_s)->isChecked());
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    EXPECT_EQ(h.find<QLineEdit>(u"prefixEdit"_s)->text(), u"Pre"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
}

// Cancel and Escape close an untouched wizard at once, and ask (Discard / Keep Editing)
// when something was entered.
TEST(WizardBehaviour, CancelAsksBeforeDiscardingChanges)
{
    InMemorySecretStore secrets;
    {
        WizardHarness h(&secrets);
        ConnectorWizard *w = h.open();
        QTest::keyClick(w, Qt::Key_Escape);
        EXPECT_FALSE(w->isVisible());
        EXPECT_EQ(w->result(), QDialog::Rejected);
        EXPECT_EQ(w->discardQuestion(), nullptr);
    }
    WizardHarness h(&secrets);
    ConnectorWizard *w = h.open();
    h.type(u"nameEdit"_s, u"Half"_s);
    EXPECT_TRUE(w->hasUnsavedChanges());

    QTest::keyClick(h.find<QLineEdit>(u"nameEdit"_s), Qt::Key_Escape);
    QMessageBox *box = w->discardQuestion();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(w->isVisible());
    auto *keep = box->findChild<QPushButton *>(u"keepEditingButton"_s);
    auto *discard = box->findChild<QPushButton *>(u"discardButton"_s);
    ASSERT_NE(keep, nullptr);
    ASSERT_NE(discard, nullptr);
    EXPECT_EQ(keep->text(), u"&Keep Editing"_s);
    EXPECT_EQ(discard->text(), u"&Discard"_s);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(w->discardQuestion() == nullptr);
    EXPECT_TRUE(w->isVisible());
    EXPECT_EQ(h.find<QLineEdit>(u"nameEdit"_s)->text(), u"Half"_s);

    QTest::mouseClick(w->button(QWizard::CancelButton), Qt::LeftButton);
    box = w->discardQuestion();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!w->isVisible());
    EXPECT_EQ(w->result(), QDialog::Rejected);
    EXPECT_TRUE(h.store->loadAll().profiles.isEmpty());
}

// Asset tags and rule tags are created on page 5, where they are needed.
TEST(WizardBehaviour, TagsAreCreatedOnTagsAndActivation)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    h.throughTenant(u"Contoso"_s);
    h.toConfirmation(); // the default path works; now back to page 5
    w->back();
    w->back();
    ASSERT_EQ(w->currentId(), int(PageId::TagsActivation));
    h.click(u"createAssetTagButton"_s);
    CreateTagDialog *dialog = w->tagsActivationPage()->createTagDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tagNameEdit"_s), u"Azure"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTagOkButton"_s), Qt::LeftButton);
    const QList<Tag> tags = h.store->loadTags();
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.first().name, u"Azure"_s);
    EXPECT_EQ(w->draft()->profile().assetTagIds, QStringList{tags.first().id});
    auto *list = h.find<QListView>(u"assetTagsList"_s);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_EQ(h.find<QComboBox>(u"ruleTagCombo"_s)->currentText(), u"Azure"_s);
    EXPECT_TRUE(h.find<QPushButton>(u"addRuleButton"_s)->isEnabled());
}

// Confirmation names the management groups as the tree showed them, not by their ids.
TEST(WizardBehaviour, ConfirmationListsGroupNames)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    h.throughTenant(u"Contoso"_s);
    h.type(u"prefixEdit"_s, u"C"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    ConnectorDetailsPage *scope = w->connectorDetailsPage();
    h.click(u"selectGroupsRadio"_s);
    checkInView(h.find<QTreeView>(u"selectGroupsTree"_s), scope->selectModel(),
                u"contoso-landingzones"_s);
    ASSERT_TRUE(h.next(PageId::TagsActivation));
    ASSERT_TRUE(h.next(PageId::AssignTags));
    ASSERT_TRUE(h.next(PageId::Confirmation));
    const QString summary = w->confirmationPage()->summaryText();
    EXPECT_TRUE(summary.contains(u"Landing Zones"_s)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(u"contoso-landingzones"_s)) << summary.toStdString();
}
