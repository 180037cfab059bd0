// Not a test: renders the administrator desktop (offscreen, against the in-process sandbox,
// after a real run) into docs/screenshots/: main-window.png, inventory-browser.png,
// run-history.png.
//   build/<dir>/tests/ui/atc-desktop-screenshots [output-dir]
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "AzureEmulator.h"
#include "ConnectorWizard.h"
#include "InventoryBrowser.h"
#include "MainWindow.h"
#include "TenantDetailsPage.h"
#include "runtime/ConnectorRuntime.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

bool fail(const char *what)
{
    std::fprintf(stderr, "atc-desktop-screenshots: %s\n", what);
    return false;
}

bool next(ConnectorWizard *w)
{
    QAbstractButton *b = w->button(QWizard::NextButton);
    if (!b->isEnabled())
        return false;
    const int before = w->currentId();
    QTest::mouseClick(b, Qt::LeftButton);
    return w->currentId() != before;
}

bool save(QWidget *w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);

    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QString error;
    if (!emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
        !emu.listen(0, &error))
        return fail("the emulator did not start"), 1;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    ProfileStore store(dir.path() + u"/profiles"_s);
    ConnectorRuntime::Options o;
    o.databasePath = dir.path() + u"/inventory.sqlite"_s;
    o.lockDirectory = dir.path() + u"/locks"_s;
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), o);
    if (!runtime.open(&error))
        return fail("the inventory did not open"), 1;

    ui::DesktopServices s;
    s.networkAccessManager = &nam;
    s.secretStore = &secrets;
    s.runtime = &runtime;
    s.startSandbox = [&emu] {
        namespace sb = emulator::sandbox;
        return SandboxTenant{emu.baseUrl(), QString::fromLatin1(sb::TenantName),
                             QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                             QString::fromLatin1(sb::ClientSecret)};
    };
    ui::MainWindow window(store, s);
    window.resize(1280, 760);
    window.show();
    save(&window, out + u"/main-empty-state.png"_s);

    // The first run: sandbox → wizard → Create → run.
    window.findChild<QPushButton *>(u"trySandboxButton"_s)->click();
    ConnectorWizard *w = window.wizard();
    if (!w || !next(w))
        return fail("wizard"), 1;
    QSignalSpy tested(w->tenantDetailsPage(), &TenantDetailsPage::testFinished);
    w->findChild<QAbstractButton *>(u"testConnectionButton"_s)->click();
    if (!tested.wait(20000))
        return fail("test connection"), 1;
    for (int i = 0; i < 5; ++i)
        if (!next(w))
            return fail("wizard pages"), 1;
    QSignalSpy finished(&runtime, &ConnectorRuntime::runFinished);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    if (!finished.wait(60000))
        return fail("first run"), 1;
    // A second run for the history.
    (void)QTest::qWaitFor([&] { return !runtime.isAnyRunning(); }, 10000);
    (void)QTest::qWaitFor([&] { return window.wizard() == nullptr; }, 5000);
    finished.clear();
    runtime.runTenant(window.currentProfileId());
    if (!finished.wait(60000))
        return fail("second run"), 1;

    auto *tabs = window.findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentIndex(0);
    bool ok = save(&window, out + u"/main-window.png"_s);
    tabs->setCurrentIndex(1);
    auto *table = window.findChild<QTableView *>(u"inventoryTable"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    ok = save(&window, out + u"/inventory-browser.png"_s) && ok;
    tabs->setCurrentIndex(2);
    ok = save(&window, out + u"/run-history.png"_s) && ok;
    return ok ? 0 : 1;
}
