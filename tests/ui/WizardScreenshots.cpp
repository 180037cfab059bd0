// Renders every page of the Create Connector wizard at the size it opens with, after a real
// Test Connection against the in-process emulator's sandbox tenant, into
// <out>/<prefix>-<n>-<page>.png. Run it under Xvfb for real windows (scripts/screenshots.sh);
// without a display it renders offscreen.
// Usage: atc-wizard-screenshots [--out DIR] [--dark] [--prefix NAME] [--lang de|fr] [--scale F]
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

#include "../ui_layout/ScreenshotOptions.h"
#include "AzureEmulator.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"
#include "widgets/ContrastStyle.h"
#include "wizard/AssignTagsPage.h"
#include "wizard/ConnectorDetailsPage.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/ManagementGroupTreeModel.h"
#include "wizard/TagsActivationPage.h"
#include "wizard/TenantDetailsPage.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w) {
        std::fprintf(stderr, "no widget %s\n", qPrintable(name));
        std::exit(2);
    }
    return w;
}

/** Clicks like a user, once the layout has given the button its place. */
void click(QWidget *root, const QString &name)
{
    QApplication::processEvents();
    auto *button = child<QAbstractButton>(root, name);
    // click(), not a synthetic mouse press: a check box's hit area is its text, not its width.
    button->click();
    QApplication::processEvents();
}

void type(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(root, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char **argv)
{
    const atc::test::ScreenshotOptions shotOptions =
        atc::test::ScreenshotOptions::parse(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"atc-wizard-screenshots"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption outOpt(u"out"_s, u"Output folder."_s, u"dir"_s, u"docs/screenshots"_s);
    QCommandLineOption darkOpt(u"dark"_s, u"Use a dark palette."_s);
    QCommandLineOption prefixOpt(u"prefix"_s, u"File name prefix."_s, u"name"_s, u"wizard"_s);
    QCommandLineOption langOpt(u"lang"_s, u"Render in this language (de, fr)."_s, u"code"_s);
    QCommandLineOption scaleOpt(u"scale"_s, u"QT_SCALE_FACTOR for this run."_s, u"factor"_s);
    parser.addOptions({outOpt, darkOpt, prefixOpt, langOpt, scaleOpt});
    parser.process(app);
    const QString out = parser.value(outOpt);
    const QString prefix = parser.value(prefixOpt);
    QDir().mkpath(out);

    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(u"Fusion"_s)));
    if (!shotOptions.apply(app))
        return 1;

    emulator::AzureEmulator emu;
    QString error;
    if (!emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
        !emu.listen(0, &error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    ProfileStore store(dir.path() + u"/profiles"_s);
    store.saveTags({{u"3b1f6c0e-0000-4000-8000-000000000001"_s,
                     u"Azure"_s,
                     u"#1e88e5"_s,
                     {},
                     u"Every asset discovered in Azure"_s},
                    {u"3b1f6c0e-0000-4000-8000-000000000002"_s,
                     u"Production"_s,
                     u"#e53935"_s,
                     {},
                     u"Production workloads"_s},
                    {u"3b1f6c0e-0000-4000-8000-000000000003"_s,
                     u"Cloud team"_s,
                     u"#43a047"_s,
                     {},
                     u"Owned by the cloud platform team"_s}});
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;

    WizardServices services;
    services.networkAccessManager = &nam;
    services.profileStore = &store;
    services.secretStore = &secrets;
    services.policyComplianceEntitled = false;
    services.startSandbox = [&emu] {
        namespace sb = emulator::sandbox;
        return SandboxTenant{emu.baseUrl(), QString::fromLatin1(sb::TenantName),
                             QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                             QString::fromLatin1(sb::ClientSecret)};
    };

    // The size a user gets: ConnectorWizard::defaultSize() on this screen.
    ConnectorWizard wizard(services);
    wizard.show();
    std::printf("wizard opened at %dx%d\n", wizard.width(), wizard.height());

    int shot = 0;
    const auto grab = [&](const QString &slug) {
        QTest::qWait(0);
        QApplication::processEvents();
        const QString path = u"%1/%2-%3-%4.png"_s.arg(out, prefix, QString::number(++shot), slug);
        if (!wizard.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        std::printf("%s\n", qPrintable(path));
    };
    const auto next = [&](PageId expected) {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        if (wizard.currentId() != int(expected)) {
            std::fprintf(stderr, "could not reach page %d\n", int(expected));
            std::exit(1);
        }
    };

    // Inline validation, before the real values: an invalid name and a Secret ID as the key.
    type(&wizard, u"nameEdit"_s, u"x"_s);
    type(&wizard, u"nameEdit"_s, QString(u"Contoso "_s).repeated(40));
    // Enter leaves the field as typed: it counts as touched, so its error shows.
    QTest::keyClick(child<QLineEdit>(&wizard, u"nameEdit"_s), Qt::Key_Return);
    {
        const QString path = u"%1/%2-inline-errors.png"_s.arg(out, prefix);
        QApplication::processEvents();
        wizard.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }

    // 1 Basic Details
    type(&wizard, u"nameEdit"_s, u"Contoso production tenant"_s);
    auto *description = child<QPlainTextEdit>(&wizard, u"descriptionEdit"_s);
    description->setFocus();
    QTest::keyClicks(description, u"All Contoso subscriptions below the Tenant Root Group."_s);
    click(&wizard, u"cspmCheck"_s);
    grab(u"basic-details"_s);
    next(PageId::TenantDetails);

    // 2 Tenant Details, after a real Test Connection
    click(&wizard, u"useSandboxButton"_s);
    QSignalSpy tested(wizard.tenantDetailsPage(), &TenantDetailsPage::testFinished);
    click(&wizard, u"testConnectionButton"_s);
    if (!QTest::qWaitFor([&] { return !tested.isEmpty(); }, 30000) ||
        !wizard.draft()->lastTestOk()) {
        std::fprintf(stderr, "Test Connection failed\n");
        return 1;
    }
    grab(u"tenant-details"_s);
    next(PageId::SubscriptionDetails);

    // 3 Subscription Details
    type(&wizard, u"prefixEdit"_s, u"Contoso"_s);
    grab(u"subscription-details"_s);
    next(PageId::ConnectorDetails);

    // 4 Connector Details: exclude a group to show the tri-state and its effect on the preview
    ConnectorDetailsPage *scope = wizard.connectorDetailsPage();
    scope->excludeModel()->setGroupChecked(u"contoso-decommissioned"_s, true);
    scope->excludeModel()->setGroupChecked(u"contoso-management"_s, true);
    (void)QTest::qWaitFor([scope] { return !scope->previewPending(); }, 5000);
    child<QTreeView>(&wizard, u"excludeGroupsTree"_s)->expandAll();
    grab(u"connector-details"_s);
    next(PageId::TagsActivation);

    // 5 Tags and Activation
    click(&wizard, u"vmScanningCheck"_s);
    click(&wizard, u"perimeterScanCheck"_s);
    click(&wizard, u"perimeterCustomRadio"_s);
    for (int day : {1, 3, 5})
        click(&wizard, u"perimeterDay%1Check"_s.arg(day));
    wizard.draft()->update([](ConnectorProfile &p) {
        p.perimeterSchedule.timeZone = u"Europe/Berlin"_s;
        p.assetTagIds = {u"3b1f6c0e-0000-4000-8000-000000000001"_s};
    });
    click(&wizard, u"certViewCheck"_s);
    wizard.draft()->update([](ConnectorProfile &p) {
        TagRule rule;
        rule.field = TagRuleField::AzureTag;
        rule.azureTagKey = u"env"_s;
        rule.op = TagRuleOperator::Equals;
        rule.value = u"prod"_s;
        rule.tagId = u"3b1f6c0e-0000-4000-8000-000000000002"_s;
        p.tagRules = {rule};
    });
    grab(u"tags-and-activation"_s);
    next(PageId::AssignTags);

    // 6 Assign Tags
    wizard.draft()->update([](ConnectorProfile &p) {
        p.connectorTagIds = {u"3b1f6c0e-0000-4000-8000-000000000003"_s};
    });
    wizard.assignTagsPage()->initializePage();
    grab(u"assign-tags"_s);
    next(PageId::Confirmation);

    // 7 Confirmation
    grab(u"confirmation"_s);

    // The Create Tag dialog on its own.
    wizard.back();
    wizard.assignTagsPage()->openCreateTagDialog();
    if (CreateTagDialog *dlg = wizard.assignTagsPage()->createTagDialog()) {
        QTest::keyClicks(child<QLineEdit>(dlg, u"tagNameEdit"_s), u"Finance"_s);
        QApplication::processEvents();
        const QString path = u"%1/%2-create-tag-dialog.png"_s.arg(out, prefix);
        dlg->grab().save(path);
        std::printf("%s\n", qPrintable(path));
        dlg->reject();
    }
    return 0;
}
