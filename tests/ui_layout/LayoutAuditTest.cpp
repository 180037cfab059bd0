// The layout audit (issue 12): every wizard page, dialog and main-window view, at the size it
// opens with and at 1280×800 (bounded by the screen), in English and German, checked by
// auditLayout() for squashed inputs, clipped labels and widgets outside their window. The
// second ctest entry runs the same cases at QT_SCALE_FACTOR=1.5. The offscreen screen is
// 1280×800 (screen-1280x800.json), like the smaller of the two screens of the issue.
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

#include "LayoutAudit.h"
#include "SandboxProfiles.h"
#include "WizardHarness.h"
#include "main/DeleteConnectorDialog.h"
#include "main/InventoryBrowser.h"
#include "main/MainWindow.h"
#include "main/QualysAccountsPage.h"
#include "main/RotateKeyDialog.h"
#include "main/SettingsDialog.h"
#include "main/TagManagerDialog.h"
#include "qualys/QualysAccountStore.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "widgets/CreateTagDialog.h"
#include "wizard/AssignTagsPage.h"

using namespace atc;
using namespace atc::test;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QList<Tag> sampleTags()
{
    return {{u"3b1f6c0e-0000-4000-8000-000000000001"_s,
             u"Azure"_s,
             u"#1e88e5"_s,
             {},
             u"Every asset discovered in Azure"_s},
            {u"3b1f6c0e-0000-4000-8000-000000000002"_s,
             u"Production"_s,
             u"#e53935"_s,
             {},
             u"Production workloads"_s}};
}

/** en or de, as the application installs them (app/gui/main.cpp): Qt's strings and ours. */
class LayoutAuditTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        const QString lang = QString::fromLatin1(GetParam());
        if (lang == u"en"_s)
            return;
        const QLocale locale(lang);
        QLocale::setDefault(locale);
        m_qt = std::make_unique<QTranslator>();
        ASSERT_TRUE(m_qt->load(locale, u"qtbase"_s, u"_"_s,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            << "no qtbase translation for " << GetParam();
        QCoreApplication::installTranslator(m_qt.get());
        m_own = std::make_unique<QTranslator>();
        ASSERT_TRUE(m_own->load(locale, u"atc"_s, u"_"_s, u":/i18n"_s))
            << "no atc translation for " << GetParam();
        QCoreApplication::installTranslator(m_own.get());
    }

    void TearDown() override
    {
        if (m_own)
            QCoreApplication::removeTranslator(m_own.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    /** Audits `window` as it is, then at 1280×800 (within the screen), then restores it. */
    void audit(QWidget *window, const QString &what)
    {
        settle();
        ASSERT_TRUE(window->isVisible()) << what.toStdString();
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
        const auto report = [&](const QString &size) {
            const QString where =
                u"[%1, %2, scale %3, %4]"_s.arg(what, size, scale, QString::fromLatin1(GetParam()));
            for (const QString &problem : auditLayout(window))
                ADD_FAILURE() << where.toStdString() << " " << problem.toStdString();
            ++m_audits;
        };
        const QSize opened = window->size();
        report(u"opened at %1×%2"_s.arg(opened.width()).arg(opened.height()));
        const QSize big = QSize(1280, 800).boundedTo(window->screen()->availableGeometry().size());
        if (big != opened && window->maximumSize().expandedTo(big) == window->maximumSize()) {
            window->resize(big);
            settle();
            report(u"at %1×%2"_s.arg(window->width()).arg(window->height()));
            window->resize(opened);
            settle();
        }
    }

    int m_audits = 0;

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_own;
};

/** The audit itself: each kind of problem is found and named. */
TEST(LayoutAudit, FindsSquashedClippedAndMisplacedWidgets)
{
    QWidget window;
    window.resize(300, 200);
    auto *squashed = new QLineEdit(&window);
    squashed->setObjectName(u"squashedEdit"_s);
    squashed->setGeometry(10, 10, 120, 6);
    auto *clipped = new QLabel(u"A label whose text is much longer than its width"_s, &window);
    clipped->setGeometry(10, 30, 40, 30);
    auto *wrapped =
        new QLabel(QString(u"Word-wrapped text, many lines of it. "_s).repeated(8), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(10, 70, 150, 20);
    auto *outside = new QPushButton(u"Outside"_s, &window);
    outside->setGeometry(250, 150, 120, 40);
    auto *a = new QComboBox(&window);
    a->setObjectName(u"firstCombo"_s);
    a->setGeometry(10, 100, 120, 30);
    auto *b = new QComboBox(&window);
    b->setObjectName(u"secondCombo"_s);
    b->setGeometry(60, 110, 120, 30);
    auto *fine = new QLineEdit(&window);
    fine->setObjectName(u"fineEdit"_s);
    fine->setGeometry(140, 10, 150, fine->minimumSizeHint().height());
    QStandardItemModel columns(1, 2);
    columns.setHorizontalHeaderLabels({u"A long column title"_s, u"Wide"_s});
    auto *table = new QTableView(&window);
    table->setObjectName(u"narrowTable"_s);
    table->setGeometry(10, 150, 200, 40);
    table->setModel(&columns);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(0, 20);
    table->setColumnWidth(1, 2 * table->horizontalHeader()->sectionSizeHint(1));
    window.show();
    settle();

    const QString report = auditLayout(&window).join(u'\n');
    EXPECT_TRUE(report.contains(u"QLineEdit 'squashedEdit' is 120×6, below its minimum"_s))
        << report.toStdString();
    EXPECT_TRUE(report.contains(u"\"A label whose text"_s) && report.contains(u"(clipped)"_s))
        << report.toStdString();
    EXPECT_TRUE(report.contains(u"its wrapped text needs a height of"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"QPushButton \"Outside\" at 120×40+250,150 lies outside"_s))
        << report.toStdString();
    EXPECT_TRUE(report.contains(u"QComboBox 'firstCombo' overlaps QComboBox 'secondCombo'"_s))
        << report.toStdString();
    EXPECT_TRUE(
        report.contains(u"QTableView 'narrowTable': the header \"A long column title\" is "_s))
        << report.toStdString();
    EXPECT_FALSE(report.contains(u"fineEdit"_s)) << report.toStdString();
    EXPECT_FALSE(report.contains(u"\"Wide\""_s)) << report.toStdString();
}

/** Every page of the Create wizard, Tenant Details in all its states. */
TEST_P(LayoutAuditTest, CreateWizard)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    h.store->saveTags(sampleTags());
    ConnectorWizard *w = h.open();
    settle();
    const QSize opened = w->size();
    // The default size is the largest page's, not Qt's 2/3-of-the-screen guess.
    EXPECT_GE(opened.width(), w->defaultSize().width() - 1);
    audit(w, u"Basic Details"_s);

    h.type(u"nameEdit"_s, u"x"_s);
    h.type(u"nameEdit"_s, QString(u"Contoso "_s).repeated(40));
    // Enter leaves a field as typed: touched, its error shows.
    QTest::keyClick(w->findChild<QLineEdit *>(u"nameEdit"_s), Qt::Key_Return);
    settle();
    auto *nameIssue = w->findChild<QLabel *>(u"nameEditIssue"_s);
    ASSERT_NE(nameIssue, nullptr);
    EXPECT_TRUE(nameIssue->isVisibleTo(w) && !nameIssue->text().isEmpty())
        << "the name's error is not shown";
    audit(w, u"Basic Details, errors shown"_s);
    h.type(u"nameEdit"_s, u"Contoso production"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    audit(w, u"Tenant Details"_s);

    h.click(u"advancedToggle"_s);
    audit(w, u"Tenant Details, Advanced"_s);
    h.click(u"advancedToggle"_s);

    h.type(u"clientIdEdit"_s, u"not a guid"_s);
    QTest::keyClick(w->findChild<QLineEdit *>(u"clientIdEdit"_s), Qt::Key_Return);
    h.type(u"directoryIdEdit"_s, u"no spaces allowed"_s);
    QTest::keyClick(w->findChild<QLineEdit *>(u"directoryIdEdit"_s), Qt::Key_Return);
    audit(w, u"Tenant Details, errors shown"_s);

    // A failed test: wrong key, the steps say why.
    h.click(u"useSandboxButton"_s);
    h.type(u"secretEdit"_s, u"wrong-key"_s);
    EXPECT_FALSE(h.runTest().ok);
    audit(w, u"Tenant Details, failed Test Connection"_s);

    h.type(u"secretEdit"_s, sandboxSecret());
    ASSERT_TRUE(h.runTest().ok);
    audit(w, u"Tenant Details, after Test Connection"_s);
    h.click(u"advancedToggle"_s);
    audit(w, u"Tenant Details, after Test Connection, Advanced"_s);

    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    audit(w, u"Subscription Details"_s);
    h.type(u"prefixEdit"_s, u"Contoso"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    audit(w, u"Connector Details"_s);
    h.click(u"selectGroupsRadio"_s);
    audit(w, u"Connector Details, selected groups"_s);
    h.click(u"allGroupsRadio"_s);
    ASSERT_TRUE(h.next(PageId::TagsActivation));
    audit(w, u"Tags and Activation"_s);
    // Everything a user can open on this page.
    for (const QString &check : {u"vmScanningCheck"_s, u"perimeterScanCheck"_s})
        if (auto *c = w->findChild<QCheckBox *>(check); c && !c->isChecked())
            c->click();
    if (auto *custom = w->findChild<QRadioButton *>(u"perimeterCustomRadio"_s))
        custom->click();
    if (auto *monday = w->findChild<QCheckBox *>(u"perimeterDay1Check"_s);
        monday && !monday->isChecked())
        monday->click();
    audit(w, u"Tags and Activation, every option on"_s);
    // Back to the global schedule: the custom one needs values this audit does not choose.
    if (auto *global = w->findChild<QRadioButton *>(u"perimeterGlobalRadio"_s))
        global->click();
    ASSERT_TRUE(h.next(PageId::AssignTags));
    audit(w, u"Assign Tags"_s);
    ASSERT_TRUE(h.next(PageId::Confirmation));
    audit(w, u"Confirmation"_s);
    EXPECT_GT(m_audits, 15);
}

/** Edit of a saved connector: the pages with its values. */
TEST_P(LayoutAuditTest, EditWizard)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorProfile p = SandboxProfiles::startingProfile(sandboxOf(h.emu), {});
    p.description = u"All Contoso subscriptions below the Tenant Root Group."_s;
    QString error;
    ASSERT_TRUE(h.store->save(p, &error)) << error.toStdString();
    ConnectorWizard *w = h.open(ConnectorWizard::Mode::Edit, p);
    audit(w, u"Edit: Basic Details"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    audit(w, u"Edit: Tenant Details"_s);
    h.type(u"secretEdit"_s, sandboxSecret());
    ASSERT_TRUE(h.runTest().ok);
    audit(w, u"Edit: Tenant Details, after Test Connection"_s);
    for (PageId id : {PageId::SubscriptionDetails, PageId::ConnectorDetails, PageId::TagsActivation,
                      PageId::AssignTags, PageId::Confirmation}) {
        ASSERT_TRUE(h.next(id)) << int(id);
        audit(w, u"Edit: page %1"_s.arg(int(id)));
    }
}

TEST_P(LayoutAuditTest, Dialogs)
{
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;
    {
        AppSettings settings(dir.path() + u"/settings.ini"_s);
        SettingsDialog dialog(&settings, &secrets);
        dialog.show();
        audit(&dialog, u"Settings"_s);
        // The proxy error line.
        auto *mode = dialog.findChild<QComboBox *>(u"proxyModeCombo"_s);
        ASSERT_NE(mode, nullptr);
        mode->setCurrentIndex(mode->findData(int(AppSettings::ProxyMode::Manual)));
        dialog.findChild<QLineEdit *>(u"proxyHostEdit"_s)->setText(QString());
        dialog.findChild<QLineEdit *>(u"caFileEdit"_s)
            ->setText(dir.path() + u"/a/file/that/does/not/exist/ca-bundle.pem"_s);
        audit(&dialog, u"Settings, error shown"_s);
    }
    {
        AppSettings settings(dir.path() + u"/settings2.ini"_s);
        QualysAccountStore accounts(dir.path() + u"/config"_s);
        SettingsDialog dialog(&settings, &secrets);
        dialog.addQualysAccountsPage(&accounts, &nam, {});
        dialog.showQualysAccounts();
        dialog.show();
        audit(&dialog, u"Settings, Qualys accounts"_s);
        dialog.qualysAccountsPage()->newAccount();
        audit(&dialog, u"Settings, Qualys accounts, new account"_s);
    }
    {
        ProfileStore store(dir.path() + u"/profiles"_s);
        store.saveTags(sampleTags());
        TagManagerDialog dialog(&store);
        dialog.show();
        audit(&dialog, u"Tag manager"_s);
    }
    {
        CreateTagDialog dialog(sampleTags());
        dialog.show();
        audit(&dialog, u"Create tag"_s);
    }
    {
        DeleteConnectorDialog dialog(u"Contoso production tenant"_s, nullptr);
        dialog.show();
        audit(&dialog, u"Delete connector"_s);
    }
    {
        emulator::AzureEmulator emu;
        QString error;
        ASSERT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error));
        ASSERT_TRUE(emu.listen(0, &error));
        ConnectorProfile p = SandboxProfiles::startingProfile(sandboxOf(emu), {});
        RotateKeyDialog dialog(p, {p}, {}, &secrets, nullptr);
        dialog.show();
        audit(&dialog, u"Rotate key"_s);
    }
}

/** The main window: empty state, then a connector after a real run, every tab. */
TEST_P(LayoutAuditTest, MainWindow)
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QString error;
    ASSERT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error));
    ASSERT_TRUE(emu.listen(0, &error));
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    ProfileStore store(dir.path() + u"/profiles"_s);
    QualysAccountStore accounts(dir.path() + u"/config"_s);
    ConnectorRuntime::Options o;
    o.databasePath = dir.path() + u"/inventory.sqlite"_s;
    o.lockDirectory = dir.path() + u"/locks"_s;
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), o);
    ASSERT_TRUE(runtime.open(&error)) << error.toStdString();
    DesktopServices s;
    s.networkAccessManager = &nam;
    s.secretStore = &secrets;
    s.runtime = &runtime;
    s.qualysAccounts = &accounts;
    s.startSandbox = [&emu] { return sandboxOf(emu); };

    // The geometry an earlier run saved (every test shares one QSettings file) is not this
    // screen's; a user's saved geometry is bounded by the screen (MainWindow::restoreState).
    QSettings().remove(u"mainWindow"_s);
    {
        MainWindow window(store, s);
        window.show();
        audit(&window, u"Main window, empty state"_s);
        if (qEnvironmentVariableIsSet("ATC_LAYOUT_DEBUG"))
            for (QWidget *c : window.findChildren<QWidget *>())
                if (qMax(c->minimumSizeHint().width(), c->minimumWidth()) > 400 ||
                    (c->sizeHint().width() > 400 &&
                     !(c->sizePolicy().horizontalPolicy() & QSizePolicy::ShrinkFlag)))
                    std::printf("%s min %d hint %d minw %d visible %d\n",
                                qPrintable(describeWidget(c)), c->minimumSizeHint().width(),
                                c->sizeHint().width(), c->minimumWidth(),
                                int(c->isVisibleTo(&window)));
    }

    ConnectorProfile p = SandboxProfiles::startingProfile(sandboxOf(emu), {});
    p.activateVmScanning = true;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    bool written = false;
    secrets.write(p.secretKey(), sandboxSecret(), &secrets,
                  [&](const SecretStore::Result &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    MainWindow window(store, s);
    window.show();
    QSignalSpy finished(&runtime, &ConnectorRuntime::runFinished);
    ASSERT_EQ(runtime.runTenant(p.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.inventoryBrowser()->isLoading(); }, 20000));
    // At the size it opens with, every column of the tenant connector list is on screen.
    settle();
    auto *list = window.findChild<QTableView *>(u"profileTable"_s);
    ASSERT_NE(list, nullptr);
    for (int c = 0; c < list->model()->columnCount(); ++c) {
        const QString title = list->model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_LE(list->columnViewportPosition(c) + list->columnWidth(c), list->viewport()->width())
            << "column " << title.toStdString() << " is cut off at " << window.width() << "×"
            << window.height();
        EXPECT_GE(list->columnWidth(c), list->horizontalHeader()->sectionSizeHint(c) / 2)
            << "column " << title.toStdString() << " is squeezed";
    }

    auto *tabs = window.findChild<QTabWidget *>(u"detailTabs"_s);
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        audit(&window, u"Main window, tab %1 (%2)"_s.arg(i).arg(tabs->tabText(i)));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, LayoutAuditTest, ::testing::Values("en", "de"),
                         [](const auto &param) { return std::string(param.param); });

} // namespace
