// Not a test: renders the Qualys parts of the desktop against the in-process emulator and
// FakeQualys into docs/screenshots/ at their default sizes:
//   qualys-settings-accounts.png   Settings ▸ Qualys accounts after a successful Test login
//   qualys-confirmation.png        the wizard's Confirmation with Qualys chosen (notes shown)
//   qualys-confirmation-pushed.png the same page after the push (the platform's id)
//   qualys-main-window.png         the main window's Qualys tab with member connectors
//   xvfb-run -s "-screen 0 1280x800x24" build/<dir>/tests/qualys_ui/atc-qualys-screenshots
//   [--lang de] [--scale F] [--dark] docs/screenshots
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "../ui_layout/ScreenshotOptions.h"
#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "SandboxProfiles.h"
#include "main/MainWindow.h"
#include "main/QualysAccountsPage.h"
#include "main/QualysMemberTableModel.h"
#include "main/QualysPanel.h"
#include "main/SettingsDialog.h"
#include "qualys/QualysAccountStore.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "wizard/ConfirmationPage.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString User = u"contoso_ab1"_s;
const QString Password = u"screenshot-only-password"_s;

bool fail(const char *what)
{
    std::fprintf(stderr, "atc-qualys-screenshots: %s\n", what);
    return false;
}

bool save(QWidget *w, const QString &path)
{
    for (int i = 0; i < 5; ++i) // let layouts and deferred hides settle
        QApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), w->width(),
                w->height());
    return ok;
}

bool wait(const std::function<bool()> &done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

bool nextPage(ConnectorWizard *w)
{
    QAbstractButton *b = w->button(QWizard::NextButton);
    if (!b->isEnabled())
        return false;
    const int before = w->currentId();
    QTest::mouseClick(b, Qt::LeftButton);
    return w->currentId() != before;
}

} // namespace

int main(int argc, char **argv)
{
    const atc::test::ScreenshotOptions options = atc::test::ScreenshotOptions::parse(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AzureTenantConnectorScreenshots"_s);
    if (!options.apply(app))
        return 1;
    const QString out = options.positional.value(0, u"docs/screenshots"_s);
    QDir().mkpath(out);

    QTemporaryDir dir;
    QString error;
    emulator::AzureEmulator emu;
    if (!emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
        !emu.listen(0, &error))
        return fail("the emulator did not start"), 1;
    emulator::qualys::FakeQualys fake;
    if (!fake.start())
        return fail("FakeQualys did not start"), 1;
    emulator::qualys::FakeQualysUser qualysUser;
    qualysUser.login = User;
    qualysUser.password = Password;
    fake.addUser(qualysUser);
    fake.setAzureTenantJson(emulator::AzureEmulator::sandboxTenantJson());

    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    QualysAccountStore accounts(dir.path() + u"/config"_s);
    QualysAccount us1; // a saved pod account beside the fake's, as a user would have
    us1.platform = QualysPlatform::find(u"US2"_s);
    us1.user = u"contoso_us2"_s;
    accounts.upsert(us1);
    QualysAccount account;
    account.platform = QualysPlatform::custom(fake.gatewayUrl(), fake.apiServerUrl());
    account.user = User;
    QualysClientConfig config;
    config.qpsSpacingMs = 200;

    // 1. Settings ▸ Qualys accounts: a new account typed and tested.
    bool ok = true;
    {
        AppSettings settings(dir.path() + u"/settings.ini"_s);
        SettingsDialog dialog(&settings, &secrets);
        dialog.addQualysAccountsPage(&accounts, &nam, config);
        dialog.showQualysAccounts();
        dialog.show();
        QualysAccountsPage *page = dialog.qualysAccountsPage();
        page->newAccount();
        auto *pod = page->findChild<QComboBox *>(u"qualysPlatformCombo"_s);
        pod->setCurrentIndex(pod->findData(u"Custom"_s));
        page->findChild<QLineEdit *>(u"qualysGatewayEdit"_s)->setText(fake.gatewayUrl().toString());
        page->findChild<QLineEdit *>(u"qualysApiServerEdit"_s)
            ->setText(fake.apiServerUrl().toString());
        page->findChild<QLineEdit *>(u"qualysUserEdit"_s)->setText(User);
        page->findChild<QLineEdit *>(u"qualysSecretEdit"_s)->setText(Password);
        QSignalSpy tested(page, &QualysAccountsPage::testFinished);
        page->testLogin();
        if (!tested.wait(30000))
            return fail("Test login"), 1;
        ok = save(&dialog, out + u"/qualys-settings-accounts.png"_s) && ok;
        QSignalSpy saved(page, &QualysAccountsPage::saveFinished);
        page->saveAccount();
        if (!saved.wait(10000) || !saved.first().at(0).toBool())
            return fail("Save account"), 1;
    }

    // 2. The wizard's Confirmation with Qualys chosen, before and after the push.
    ProfileStore store(dir.path() + u"/profiles"_s);
    namespace sb = emulator::sandbox;
    const SandboxTenant tenant{emu.baseUrl(), QString::fromLatin1(sb::TenantName),
                               QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                               QString::fromLatin1(sb::ClientSecret)};
    {
        WizardServices ws;
        ws.networkAccessManager = &nam;
        ws.profileStore = &store;
        ws.secretStore = &secrets;
        ws.qualysAccounts = &accounts;
        ws.qualysConfig = config;
        ConnectorWizard wizard(ws, ConnectorWizard::Mode::Create,
                               SandboxProfiles::startingProfile(tenant, {}));
        wizard.draft()->setSecret(tenant.clientSecret);
        wizard.show();
        if (!nextPage(&wizard))
            return fail("Basic Details"), 1;
        QSignalSpy tested(wizard.tenantDetailsPage(), &TenantDetailsPage::testFinished);
        wizard.findChild<QAbstractButton *>(u"testConnectionButton"_s)->click();
        if (!tested.wait(20000))
            return fail("Test Connection"), 1;
        for (int i = 0; i < 5; ++i)
            if (!nextPage(&wizard))
                return fail("wizard pages"), 1;
        auto *combo = wizard.findChild<QComboBox *>(u"qualysAccountCombo"_s);
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i) == account.displayName())
                combo->setCurrentIndex(i);
        wizard.findChild<QCheckBox *>(u"createOnQualysCheck"_s)->click();
        ok = save(&wizard, out + u"/qualys-confirmation.png"_s) && ok;
        QSignalSpy pushed(wizard.confirmationPage(), &ConfirmationPage::qualysPushFinished);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        if (!pushed.wait(30000))
            return fail("push"), 1;
        ok = save(&wizard, out + u"/qualys-confirmation-pushed.png"_s) && ok;
    }

    // 3. The main window's Qualys tab after the platform's first syncs.
    ConnectorRuntime::Options o;
    o.databasePath = dir.path() + u"/inventory.sqlite"_s;
    o.lockDirectory = dir.path() + u"/locks"_s;
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), o);
    if (!runtime.open(&error))
        return fail("the inventory did not open"), 1;
    DesktopServices s;
    s.networkAccessManager = &nam;
    s.secretStore = &secrets;
    s.runtime = &runtime;
    s.qualysAccounts = &accounts;
    s.qualysConfig = config;
    MainWindow window(store, s);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(u"detailTabs"_s);
    QualysPanel *panel = window.qualysPanel();
    tabs->setCurrentWidget(panel);
    wait([&] { return !panel->isBusy(); });
    fake.advanceClock(3 * 3600);
    QSignalSpy refreshed(panel, &QualysPanel::operationFinished);
    panel->refresh();
    if (!refreshed.wait(30000) || panel->memberModel()->rowCount() == 0)
        return fail("members"), 1;
    window.findChild<QTableView *>(u"qualysMemberTable"_s)->selectRow(1);
    ok = save(&window, out + u"/qualys-main-window.png"_s) && ok;
    return ok ? 0 : 1;
}
