// Not a test: renders the administrator desktop (against the in-process sandbox, after a real
// run, at the main window's default size) into docs/screenshots/: main-empty-state.png,
// main-window.png, inventory-browser.png, run-history.png, settings.png. Under Xvfb the windows are
// real (scripts/screenshots.sh); without a display it renders offscreen.
//   build/<dir>/tests/ui/atc-desktop-screenshots [--lang de] [--scale F] [--dark] [output-dir]
// With --benchmark: a 2,000-subscription / 200,000-resource synthetic tenant run through the
// runtime while the GUI thread's longest stall (gap between 10 ms timer ticks) is measured
// during the run and until the inventory browser shows the new count; then the browser's
// refresh, filters and sort are timed: until the count shows, the longest stall meanwhile and
// two page reads (figures printed, nothing asserted).
//   build/<dir>/tests/ui/atc-desktop-screenshots --benchmark
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

#include "../ui_layout/ScreenshotOptions.h"
#include "AzureEmulator.h"
#include "main/InventoryBrowser.h"
#include "main/InventoryModel.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

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

/**
 * The GUI thread's longest gap between 10 ms timer ticks: a stall of the event loop shows as
 * a gap well above 10 ms.
 */
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_worst = qMax(m_worst, m_tick.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_worst = 0;
        m_tick.start();
        m_timer.start();
    }
    /** The worst gap so far (a stall still in progress is not counted yet). */
    qint64 worst() const { return m_worst; }
    /** Starts a new maximum (the gap in progress counts for the new one). */
    void restartWorst() { m_worst = 0; }
    /** Lets the next tick land (so a stall that just ended is counted), then stops. */
    qint64 stop()
    {
        const int n = m_ticks;
        (void)QTest::qWaitFor([&] { return m_ticks > n; }, 5000);
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_worst = 0;
    int m_ticks = 0;
};

int benchmark()
{
    QTemporaryDir dir;
    // The emulator in a process of its own (as Azure is): generating 200,000 resources' pages
    // on this GUI thread would count as the window's stalls.
    QProcess emulatorProcess;
    emulatorProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    emulatorProcess.start(QStringLiteral(ATC_EMULATOR_EXE),
                          {u"--synthetic"_s, u"200,2000,200000"_s, u"--latency-ms"_s, u"20"_s});
    if (!emulatorProcess.waitForStarted(30000))
        return fail("the emulator did not start"), 1;
    while (!emulatorProcess.canReadLine() && emulatorProcess.state() == QProcess::Running)
        emulatorProcess.waitForReadyRead(1000);
    const QUrl base(QString::fromUtf8(emulatorProcess.readLine().trimmed()));
    if (!base.isValid() || base.isEmpty())
        return fail("the emulator did not print its URL"), 1;
    QString error;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    ProfileStore store(dir.path() + u"/profiles"_s);
    ConnectorProfile p;
    p.name = u"Synthetic"_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {base, base};
    p.tenantName = u"Synthetic"_s;
    p.directoryId = u"5e7d1a00-0000-4000-8000-000000000001"_s; // seed 1 (docs/emulator.md)
    p.clientId = QString::fromLatin1(emulator::sandbox::ClientId);
    p.connectorNamePrefix = u"syn"_s;
    p.activateVmScanning = true;
    if (!store.save(p, &error))
        return fail("save"), 1;
    bool written = false;
    secrets.write(p.secretKey(), QString::fromLatin1(emulator::sandbox::ClientSecret), &secrets,
                  [&](const SecretStore::Result &) { written = true; });
    (void)QTest::qWaitFor([&] { return written; }, 5000);
    ConnectorRuntime::Options o;
    o.databasePath = dir.path() + u"/inventory.sqlite"_s;
    o.lockDirectory = dir.path() + u"/locks"_s;
    ConnectorRuntime runtime(&nam, ConnectorRuntime::secretsFromStore(&secrets), o);
    if (!runtime.open(&error))
        return fail("open"), 1;
    DesktopServices s;
    s.networkAccessManager = &nam;
    s.secretStore = &secrets;
    s.runtime = &runtime;

    StallProbe probe;
    QElapsedTimer wall;
    // Connected before the window's own handler: sees the end of the run before it reacts.
    qint64 finishedAt = -1, worstDuringRun = 0;
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime, [&] {
        finishedAt = wall.elapsed();
        worstDuringRun = probe.worst();
        probe.restartWorst();
    });

    // ATC_BENCH_WINDOW_AFTER=1: the window is made after the run (the runtime's own stalls).
    const bool windowAfter = qEnvironmentVariableIsSet("ATC_BENCH_WINDOW_AFTER");
    std::unique_ptr<MainWindow> window;
    const auto makeWindow = [&] {
        window = std::make_unique<MainWindow>(store, s);
        window->resize(1280, 760);
        window->show();
        // The inventory tab in front: the table paints (and reads pages) like for a user.
        if (auto *tabs = window->findChild<QTabWidget *>(u"detailTabs"_s))
            tabs->setCurrentWidget(window->inventoryBrowser());
    };
    if (!windowAfter)
        makeWindow();
    else
        runtime.setProfiles(store.loadAll().profiles);

    // modelReset: the moment the browser shows new rows and the new count.
    qint64 lastReset = -1;
    int lastRows = -1;
    const auto watchModel = [&] {
        InventoryModel *model = window->inventoryBrowser()->model();
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [&, model] {
            lastReset = wall.elapsed();
            lastRows = model->rowCount();
        });
    };
    if (window)
        watchModel();
    // Connected after the window's handler: how long that handler kept the GUI thread.
    qint64 handlerDone = -1;
    QObject::connect(&runtime, &ConnectorRuntime::runFinished, &runtime,
                     [&] { handlerDone = wall.elapsed(); });

    // The floor of the figures below: the longest gap while the GUI thread has nothing to do
    // (on a busy machine the scheduler alone makes gaps of tens of milliseconds).
    probe.start();
    QTest::qWait(1000);
    std::printf("idle: longest gap between 10 ms ticks %lld ms\n",
                static_cast<long long>(probe.stop()));

    QSignalSpy finished(&runtime, &ConnectorRuntime::runFinished);
    wall.start();
    probe.start();
    if (runtime.runTenant(p.id) != ConnectorRuntime::StartResult::Started)
        return fail("run"), 1;
    if (!finished.wait(300000))
        return fail("run did not finish"), 1;
    if (window) {
        // The window re-reads the browser when the run ends: wait until it shows the count,
        // then give late refreshes half a second to show up.
        (void)QTest::qWaitFor([&] { return lastReset >= finishedAt; }, 60000);
        QTest::qWait(500);
    }
    const qint64 worstOverall = probe.stop();
    std::printf("run: %lld ms wall, longest GUI-thread stall during the run %lld ms\n",
                static_cast<long long>(finishedAt), static_cast<long long>(worstDuringRun));
    if (window)
        std::printf("end of the run: longest stall %lld ms (from the end of the run until the "
                    "browser settled; the window's runFinished handler took %lld ms); the "
                    "browser showed %d assets %lld ms after the run ended\n",
                    static_cast<long long>(worstOverall),
                    static_cast<long long>(handlerDone - finishedAt), lastRows,
                    static_cast<long long>(lastReset - finishedAt));

    if (!window) {
        makeWindow();
        watchModel();
        (void)QTest::qWaitFor([&] { return lastReset >= 0 && lastRows > 0; }, 60000);
        QTest::qWait(500);
    }
    InventoryBrowser *browser = window->inventoryBrowser();
    InventoryModel *model = browser->model();
    // Each step: time until the browser shows the new count, the longest GUI-thread stall
    // meanwhile, then (synchronously, as a view does when painting) the first and a middle
    // page of rows.
    const auto timed = [&](const char *what, const std::function<void()> &f) {
        const qint64 before = wall.elapsed();
        lastReset = -1;
        probe.start();
        f();
        (void)QTest::qWaitFor([&] { return lastReset >= 0; }, 60000);
        const qint64 shown = lastReset - before;
        const qint64 stall = probe.stop();
        QElapsedTimer t;
        t.start();
        (void)model->index(0, 0).data();                     // first page
        (void)model->index(model->rowCount() / 2, 0).data(); // a page in the middle
        std::printf("%-28s count shown after %5lld ms, longest stall %5lld ms, 2 pages %3lld "
                    "ms, %d rows\n",
                    what, static_cast<long long>(shown), static_cast<long long>(stall),
                    static_cast<long long>(t.elapsed()), model->rowCount());
    };
    timed("browser refresh", [&] { browser->refresh(); });
    InventoryModel::Filter f = model->filter();
    timed("all assets", [&] { model->setFilter(f); });
    f.text = u"prod"_s;
    timed("text search", [&] { model->setFilter(f); });
    f.text.clear();
    f.module = u"VM"_s;
    timed("module VM", [&] { model->setFilter(f); });
    f.module.clear();
    f.location = u"westeurope"_s;
    timed("location westeurope", [&] { model->setFilter(f); });
    f.location.clear();
    timed("sort by type", [&] { model->sort(InventoryModel::TypeColumn); });
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const atc::test::ScreenshotOptions options = atc::test::ScreenshotOptions::parse(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (options.positional.value(0) == u"--benchmark"_s)
        return benchmark();
    if (!options.apply(app))
        return 1;
    const QString out = options.positional.value(0, u"docs/screenshots"_s);
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

    DesktopServices s;
    s.networkAccessManager = &nam;
    s.secretStore = &secrets;
    s.runtime = &runtime;
    s.startSandbox = [&emu] {
        namespace sb = emulator::sandbox;
        return SandboxTenant{emu.baseUrl(), QString::fromLatin1(sb::TenantName),
                             QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                             QString::fromLatin1(sb::ClientSecret)};
    };
    MainWindow window(store, s); // its own default size (MainWindow::init)
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
    // The browser re-reads in the background after the run: shoot what it shows when done.
    (void)QTest::qWaitFor([&] { return !window.inventoryBrowser()->isLoading(); }, 20000);
    auto *table = window.findChild<QTableView *>(u"inventoryTable"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    ok = save(&window, out + u"/inventory-browser.png"_s) && ok;
    tabs->setCurrentIndex(2);
    ok = save(&window, out + u"/run-history.png"_s) && ok;
    // Settings at the size it opens with.
    AppSettings settings(dir.path() + u"/settings.ini"_s);
    SettingsDialog settingsDialog(&settings, &secrets, &window);
    settingsDialog.show();
    (void)QTest::qWaitForWindowExposed(&settingsDialog);
    ok = save(&settingsDialog, out + u"/settings.png"_s) && ok;
    return ok ? 0 : 1;
}
