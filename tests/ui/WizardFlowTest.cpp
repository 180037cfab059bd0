// The whole wizard against the loopback emulator: Test Connection gating Next, the scope
// and its preview, Create with its rollbacks, cancel, Edit with the stored key.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeView>

#include "WizardHarness.h"
#include "azure/ScopeResolver.h"
#include "store/InMemorySecretStore.h"
#include "widgets/CreateTagDialog.h"
#include "wizard/AssignTagsPage.h"
#include "wizard/ManagementGroupTreeModel.h"

using namespace atc;
using namespace atc::test;

namespace {

QSet<QString> inScopeIds(const ScopeResolution &r)
{
    QSet<QString> out;
    for (const Subscription &s : r.inScope)
        out.insert(s.subscriptionId);
    return out;
}

QSet<QString> previewCreateIds(const Preview &p)
{
    QSet<QString> out;
    for (const PreviewRow &r : p.rows) {
        if (!r.skipped)
            out.insert(r.subscriptionId);
    }
    return out;
}

QSet<QString> previewSkippedIds(const Preview &p)
{
    QSet<QString> out;
    for (const PreviewRow &r : p.rows) {
        if (r.skipped)
            out.insert(r.subscriptionId);
    }
    return out;
}

QSet<QString> skippedIds(const ScopeResolution &r)
{
    QSet<QString> out;
    for (const Subscription &s : r.skipped)
        out.insert(s.subscriptionId);
    return out;
}

/** Checks a group in a tree view the way a click does: through the view's (proxy) model. */
void checkInView(QTreeView *view, ManagementGroupTreeModel *source, const QString &group, bool on)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    ASSERT_NE(proxy, nullptr);
    const QModelIndex idx = proxy->mapFromSource(source->indexOfGroup(group));
    ASSERT_TRUE(idx.isValid()) << group.toStdString();
    ASSERT_TRUE(proxy->setData(idx, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

void waitForPreview(ConnectorDetailsPage *page)
{
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->previewPending(); }, 5000));
}

void expectPreviewMatchesResolver(ConnectorWizard *w)
{
    const ConnectorProfile p = w->draft()->normalizedProfile();
    const ScopeResolution expected =
        ScopeResolver::resolve(w->draft()->snapshot(), p.scopeMode, p.selectedManagementGroups,
                               p.excludedManagementGroups);
    const Preview &shown = w->connectorDetailsPage()->previewModel()->preview();
    EXPECT_EQ(previewCreateIds(shown), inScopeIds(expected));
    EXPECT_EQ(previewSkippedIds(shown), skippedIds(expected));
    EXPECT_EQ(w->connectorDetailsPage()->previewModel()->rowCount(),
              expected.inScope.size() + expected.skipped.size());
}

} // namespace

TEST(WizardFlow, TestConnectionGatesNextAndCreateSavesEverything)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();

    // Page 1
    EXPECT_FALSE(h.nextEnabled()); // the name is required
    h.type(u"nameEdit"_s, u"Contoso production"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));

    // Page 2: the sandbox tenant with a wrong key.
    EXPECT_FALSE(h.nextEnabled());
    h.click(u"useSandboxButton"_s);
    EXPECT_EQ(h.find<QLineEdit>(u"directoryIdEdit"_s)->text(),
              QString::fromLatin1(emulator::sandbox::TenantId));
    EXPECT_EQ(h.find<QLineEdit>(u"secretEdit"_s)->echoMode(), QLineEdit::Password);
    h.type(u"secretEdit"_s, u"wrong-secret-value"_s);
    ConnectionTester::Result r = h.runTest();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind, AzureErrorKind::InvalidSecret);
    EXPECT_EQ(r.error.code, u"AADSTS7000215"_s);
    const QString steps = h.find<QLabel>(u"testStepsLabel"_s)->text();
    EXPECT_TRUE(steps.contains(AzureError::make(AzureErrorKind::InvalidSecret).message()))
        << steps.toStdString();
    EXPECT_TRUE(h.find<QLabel>(u"testSummaryLabel"_s)->text().contains(u"failed"_s));
    EXPECT_FALSE(h.nextEnabled());

    // The right key: Next is enabled.
    h.type(u"secretEdit"_s, sandboxSecret());
    r = h.runTest();
    ASSERT_TRUE(r.ok) << r.error.fullText().toStdString();
    EXPECT_FALSE(r.snapshot.managementGroups.isEmpty());
    EXPECT_TRUE(h.nextEnabled());

    // Any credential change disables Next again, even when typed back.
    QLineEdit *client = h.find<QLineEdit>(u"clientIdEdit"_s);
    client->setFocus();
    client->end(false);
    QTest::keyClick(client, Qt::Key_X);
    EXPECT_FALSE(h.nextEnabled());
    QTest::keyClick(client, Qt::Key_Backspace);
    EXPECT_EQ(client->text(), QString::fromLatin1(emulator::sandbox::ClientId));
    EXPECT_FALSE(h.nextEnabled());
    ASSERT_TRUE(h.runTest().ok);
    EXPECT_TRUE(h.nextEnabled());
    // The key field counts as a credential too.
    h.type(u"secretEdit"_s, sandboxSecret() + u"x"_s);
    EXPECT_FALSE(h.nextEnabled());
    h.type(u"secretEdit"_s, sandboxSecret());
    ASSERT_TRUE(h.runTest().ok);
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));

    // Page 3: the example follows the prefix.
    h.type(u"prefixEdit"_s, u"Contoso"_s);
    EXPECT_TRUE(h.find<QLabel>(u"prefixExampleLabel"_s)->text().contains(u"Contoso-"_s));
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));

    // Page 4: every scope change gives the preview ScopeResolver gives.
    ConnectorDetailsPage *scope = w->connectorDetailsPage();
    waitForPreview(scope);
    expectPreviewMatchesResolver(w);
    const int all = scope->previewModel()->preview().toCreate;
    EXPECT_GT(all, 0);
    EXPECT_GT(scope->previewModel()->preview().skipped, 0); // the sandbox has a disabled one

    auto *excludeView = h.find<QTreeView>(u"excludeGroupsTree"_s);
    checkInView(excludeView, scope->excludeModel(), u"contoso-platform"_s, true);
    waitForPreview(scope);
    EXPECT_EQ(w->draft()->profile().excludedManagementGroups, QStringList{u"contoso-platform"_s});
    expectPreviewMatchesResolver(w);
    EXPECT_LT(scope->previewModel()->preview().toCreate, all);

    h.click(u"selectGroupsRadio"_s);
    EXPECT_FALSE(h.nextEnabled()); // select mode needs at least one group
    auto *selectView = h.find<QTreeView>(u"selectGroupsTree"_s);
    checkInView(selectView, scope->selectModel(), u"contoso-landingzones"_s, true);
    waitForPreview(scope);
    EXPECT_TRUE(h.nextEnabled());
    expectPreviewMatchesResolver(w);
    checkInView(selectView, scope->selectModel(), u"contoso-corp"_s, false);
    waitForPreview(scope);
    EXPECT_EQ(w->draft()->profile().selectedManagementGroups, QStringList{u"contoso-online"_s});
    expectPreviewMatchesResolver(w);

    // Search keeps matches and their ancestors.
    h.type(u"groupSearchEdit"_s, u"Identity"_s);
    EXPECT_GE(selectView->model()->rowCount(), 1);

    h.click(u"allGroupsRadio"_s);
    waitForPreview(scope);
    expectPreviewMatchesResolver(w);
    ASSERT_TRUE(h.next(PageId::TagsActivation));

    // Page 5: VM scanning reveals the perimeter scan.
    auto *perimeter = h.find<QCheckBox>(u"perimeterScanCheck"_s);
    EXPECT_FALSE(perimeter->isVisibleTo(w));
    h.click(u"vmScanningCheck"_s);
    EXPECT_TRUE(perimeter->isVisibleTo(w));
    EXPECT_FALSE(h.find<QCheckBox>(u"policyComplianceCheck"_s)->isEnabled()); // not entitled
    // No asset tag: a warning is shown, and it does not block Next.
    auto *tagWarning = h.find<QLabel>(u"assetTagsListIssue"_s);
    EXPECT_TRUE(tagWarning->isVisible());
    EXPECT_TRUE(tagWarning->text().startsWith(u"Warning"_s)) << tagWarning->text().toStdString();
    EXPECT_TRUE(h.nextEnabled());
    ASSERT_TRUE(h.next(PageId::AssignTags));

    // Page 6: Create tag adds to the catalogue and assigns it.
    h.click(u"createTagButton"_s);
    CreateTagDialog *dialog = w->assignTagsPage()->createTagDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tagNameEdit"_s), u"Azure"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTagOkButton"_s), Qt::LeftButton);
    ASSERT_EQ(h.store->loadTags().size(), 1);
    EXPECT_EQ(h.store->loadTags().first().name, u"Azure"_s);
    EXPECT_EQ(w->draft()->profile().connectorTagIds, QStringList{h.store->loadTags().first().id});
    ASSERT_TRUE(h.next(PageId::Confirmation));

    // Page 7: the summary never shows the key.
    const QString summary = w->confirmationPage()->summaryText();
    EXPECT_TRUE(summary.contains(u"Contoso production"_s));
    EXPECT_FALSE(summary.contains(sandboxSecret()));
    ASSERT_TRUE(h.create());
    const ConnectorProfile saved = w->confirmationPage()->savedProfile();
    ASSERT_FALSE(saved.id.isEmpty());
    EXPECT_TRUE(QFile::exists(h.store->pathFor(saved.id)));
    EXPECT_EQ(w->result(), QDialog::Accepted);
    ASSERT_TRUE(secrets.contains(saved.secretKey()));
    QString stored;
    bool read = false;
    secrets.read(saved.secretKey(), &secrets, [&](const SecretStore::Result &res) {
        stored = res.secret;
        read = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return read; }, 5000));
    EXPECT_TRUE(stored == sandboxSecret());
    EXPECT_TRUE(WizardHarness::filesContaining(h.dir.path(), sandboxSecret()).isEmpty());
    const auto loaded = h.store->load(saved.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->name, u"Contoso production"_s);
    EXPECT_EQ(loaded->connectorNamePrefix, u"Contoso"_s);
    EXPECT_TRUE(loaded->activateVmScanning);
}

TEST(WizardFlow, CancelMidTestLeavesNoRunningRequest)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    h.emu.faults().latencyMs = 3000;
    ConnectorWizard *w = h.open();
    h.type(u"nameEdit"_s, u"Slow"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    h.click(u"useSandboxButton"_s);

    TenantDetailsPage *page = w->tenantDetailsPage();
    h.click(u"testConnectionButton"_s);
    ConnectionTester *tester = page->currentTester();
    ASSERT_NE(tester, nullptr);
    QSignalSpy finished(tester, &ConnectionTester::finished);
    EXPECT_TRUE(h.find<QPushButton>(u"cancelTestButton"_s)->isVisible());
    EXPECT_FALSE(h.find<QPushButton>(u"testConnectionButton"_s)->isEnabled());
    // A request is on the wire before we cancel.
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.repliesInFlight() > 0; }, 5000));
    h.click(u"cancelTestButton"_s);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(5000));
    const auto result = finished.first().at(0).value<ConnectionTester::Result>();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.kind, AzureErrorKind::Cancelled);
    QStringList running;
    EXPECT_EQ(h.repliesInFlight(&running), 0) << running.join(u' ').toStdString();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return h.nam.findChildren<QNetworkReply *>().isEmpty(); }, 5000));
    EXPECT_FALSE(w->draft()->isTesting());
    EXPECT_FALSE(h.nextEnabled());
    EXPECT_TRUE(h.find<QPushButton>(u"testConnectionButton"_s)->isEnabled());
    EXPECT_TRUE(h.find<QLabel>(u"testSummaryLabel"_s)->text().contains(u"cancelled"_s));
}

TEST(WizardFlow, SecretWriteFailureRemovesTheSavedProfile)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    h.throughTenant(u"Rollback"_s);
    h.toConfirmation();
    secrets.setFailure(SecretStore::Status::NoBackend);
    EXPECT_FALSE(h.create());
    auto *error = h.find<QLabel>(u"createErrorLabel"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"keychain"_s)) << error->text().toStdString();
    EXPECT_TRUE(h.store->loadAll().profiles.isEmpty());
    EXPECT_EQ(secrets.count(), 0);
    EXPECT_EQ(w->currentId(), int(PageId::Confirmation));
    EXPECT_TRUE(w->isVisible());

    // Fixed: the same page can create.
    secrets.setFailure(std::nullopt);
    ASSERT_TRUE(h.create());
    EXPECT_EQ(h.store->loadAll().profiles.size(), 1);
    EXPECT_EQ(secrets.count(), 1);
}

TEST(WizardFlow, SaveFailureWritesNoSecret)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    // The profile folder is a file: every save fails.
    QFile blocker(h.dir.path() + u"/profiles"_s);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    h.open();
    h.throughTenant(u"Unsaveable"_s);
    h.toConfirmation();
    EXPECT_FALSE(h.create());
    EXPECT_TRUE(h.find<QLabel>(u"createErrorLabel"_s)->isVisible());
    EXPECT_EQ(secrets.count(), 0);
}

TEST(WizardFlow, EditKeepsAndUsesTheStoredSecret)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());

    const ConnectorProfile p = saveSandboxProfile(h, secrets);

    ConnectorWizard *w = h.open(ConnectorWizard::Mode::Edit, p);
    EXPECT_EQ(h.find<QLineEdit>(u"nameEdit"_s)->text(), u"Existing"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    EXPECT_TRUE(h.find<QLineEdit>(u"secretEdit"_s)->text().isEmpty());
    // Nothing that signs in changed: no new test is needed (issue 12), but one may be run.
    EXPECT_TRUE(h.nextEnabled());
    const ConnectionTester::Result r = h.runTest(); // reads the stored key
    ASSERT_TRUE(r.ok) << r.error.fullText().toStdString();
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    h.toConfirmation();
    EXPECT_TRUE(w->confirmationPage()->summaryText().contains(u"kept"_s));
    ASSERT_TRUE(h.create());
    const auto profiles = h.store->loadAll().profiles;
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.first().id, p.id);
    EXPECT_EQ(profiles.first().connectorNamePrefix, u"Contoso"_s);
    EXPECT_EQ(secrets.count(), 1);
    EXPECT_TRUE(secrets.contains(p.secretKey()));
}

TEST(WizardFlow, EveryInputHasAnObjectNameAndAnAccessibleName)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    QStringList missing;
    const auto check = [&](QWidget *input) {
        // The wizard's own buttons and the inner parts of composite widgets are Qt's.
        for (int b = QWizard::BackButton; b <= QWizard::CustomButton3; ++b) {
            if (input == w->button(QWizard::WizardButton(b)))
                return;
        }
        if (qobject_cast<QHeaderView *>(input) ||
            (input->objectName().isEmpty() && input->parentWidget() &&
             (qobject_cast<QAbstractItemView *>(input->parentWidget()) ||
              qobject_cast<QLineEdit *>(input->parentWidget()))))
            return; // header views, corner buttons, clear buttons: parts of Qt's widgets
        if (input->objectName().isEmpty() || input->objectName().startsWith(u"qt_"_s)) {
            if (qobject_cast<QLineEdit *>(input) &&
                (qobject_cast<QAbstractSpinBox *>(input->parentWidget()) ||
                 qobject_cast<QComboBox *>(input->parentWidget())))
                return; // the editor inside a spin or combo box
            missing.append(u"(no objectName) "_s +
                           QString::fromLatin1(input->metaObject()->className()) + u' ' +
                           input->property("text").toString());
            return;
        }
        const bool named = !input->accessibleName().isEmpty() ||
                           (qobject_cast<QAbstractButton *>(input) &&
                            !static_cast<QAbstractButton *>(input)->text().isEmpty());
        if (!named)
            missing.append(input->objectName());
    };
    for (QWidget *wdg : w->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(wdg) || qobject_cast<QPlainTextEdit *>(wdg) ||
            qobject_cast<QComboBox *>(wdg) || qobject_cast<QAbstractSpinBox *>(wdg) ||
            qobject_cast<QAbstractButton *>(wdg) || qobject_cast<QAbstractItemView *>(wdg))
            check(wdg);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(u", "_s).toStdString();

    // Every label with a mnemonic has a buddy, and no page repeats a mnemonic (the wizard's
    // own Back/Next/Create buttons included).
    const auto mnemonic = [](const QString &text) -> QChar {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    };
    QStringList problems;
    for (int id : w->pageIds()) {
        QWizardPage *page = w->page(id);
        QHash<QChar, QString> used;
        const bool last = id == int(PageId::Confirmation);
        for (int b :
             {int(QWizard::BackButton), int(last ? QWizard::FinishButton : QWizard::NextButton)}) {
            if (const QChar m = mnemonic(w->buttonText(QWizard::WizardButton(b))); !m.isNull())
                used.insert(m, w->buttonText(QWizard::WizardButton(b)));
        }
        for (QWidget *wdg : page->findChildren<QWidget *>()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(wdg)) {
                if (label->textFormat() == Qt::RichText || label->text().contains(u'<'))
                    continue;
                text = label->text();
                if (!mnemonic(text).isNull() && !label->buddy())
                    problems.append(u"no buddy: "_s + text);
            } else if (auto *button = qobject_cast<QAbstractButton *>(wdg)) {
                text = button->text();
            }
            const QChar m = mnemonic(text);
            if (m.isNull())
                continue;
            if (used.contains(m))
                problems.append(u"'%1' twice: %2 / %3"_s.arg(m).arg(used.value(m), text));
            used.insert(m, text);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"; "_s).toStdString();
}

TEST(WizardFlow, DuplicateReusesTheStoredKeyUnderTheNewProfile)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorProfile p;
    p.name = u"Original"_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {h.emu.baseUrl(), h.emu.baseUrl()};
    p.directoryId = QString::fromLatin1(emulator::sandbox::TenantId);
    p.clientId = QString::fromLatin1(emulator::sandbox::ClientId);
    p.connectorNamePrefix = u"Orig"_s;
    ASSERT_TRUE(h.store->save(p));
    bool written = false;
    secrets.write(p.secretKey(), sandboxSecret(), &secrets,
                  [&](const SecretStore::Result &r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    ConnectorWizard *w = h.open(ConnectorWizard::Mode::Duplicate, p);
    EXPECT_NE(h.find<QLineEdit>(u"nameEdit"_s)->text(), u"Original"_s); // must be unique
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    ASSERT_TRUE(h.runTest().ok); // with the original's stored key
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    h.toConfirmation();
    ASSERT_TRUE(h.create());
    const ConnectorProfile copy = w->confirmationPage()->savedProfile();
    EXPECT_NE(copy.id, p.id);
    EXPECT_EQ(h.store->loadAll().profiles.size(), 2);
    EXPECT_EQ(secrets.count(), 2);
    EXPECT_TRUE(secrets.contains(p.secretKey()));
    EXPECT_TRUE(secrets.contains(copy.secretKey()));
}

TEST(WizardFlow, CreateCallsTheRuntimeHookAndRollsBackWhenItFails)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    int calls = 0;
    int subscriptionsSeen = 0;
    QString answer = u"the runtime is not running"_s;
    WizardServices services = h.services();
    services.createSubscriptionConnectors = [&](const ConnectorProfile &profile,
                                                const TenantSnapshot &snapshot) {
        ++calls;
        EXPECT_FALSE(profile.id.isEmpty());
        subscriptionsSeen = int(snapshot.subscriptions.size());
        return answer;
    };
    h.wizard = std::make_unique<ConnectorWizard>(services);
    h.wizard->show();
    h.throughTenant(u"Hooked"_s);
    h.toConfirmation();
    EXPECT_FALSE(h.create());
    EXPECT_EQ(calls, 1);
    EXPECT_GT(subscriptionsSeen, 0);
    EXPECT_TRUE(h.find<QLabel>(u"createErrorLabel"_s)->text().contains(answer));
    EXPECT_TRUE(h.store->loadAll().profiles.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return secrets.count() == 0; }, 5000));

    answer.clear();
    ASSERT_TRUE(h.create());
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(h.store->loadAll().profiles.size(), 1);
    EXPECT_EQ(secrets.count(), 1);
}
