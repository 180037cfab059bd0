// A child process for the runtime tests: writes a big inventory and stops mid-transaction
// (so the test can SIGKILL it there), or holds a run lock. Talks over stdin/stdout.
#include <cstdio>
#include <iostream>
#include <string>

#include <QCoreApplication>
#include <QStringList>

#include "RuntimeTestData.h"
#include "runtime/InventoryDatabase.h"
#include "runtime/RunLock.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

void say(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

void waitForStdin()
{
    std::string line;
    std::getline(std::cin, line);
}

qint64 ensureConnector(InventoryDatabase &db)
{
    for (const auto &c : db.connectors(u"kill-profile"_s))
        return c.id;
    QList<SubscriptionConnector> list(1);
    list[0].profileId = u"kill-profile"_s;
    list[0].subscriptionId = u"sub-kill"_s;
    list[0].name = u"kill"_s;
    db.saveConnectors(list);
    return list[0].id;
}

int write(const QString &path, int count, const QString &version, qint64 pauseAt)
{
    InventoryDatabase db(path);
    if (!db.open())
        return 2;
    InventoryDatabase::SubscriptionInventory inv;
    inv.connectorId = ensureConnector(db);
    const QList<AzureResource> resources = test::makeResources(u"sub-kill"_s, count, version);
    for (const auto &r : resources)
        inv.resources.append(&r);
    InventoryDatabase::AssetRules rules;
    rules.enabledModules = 1;
    if (pauseAt > 0) {
        rules.progressHook = [pauseAt](qint64 done) {
            if (done == pauseAt) {
                say("midway");
                waitForStdin(); // the test kills us here, inside the open transaction
            }
        };
    }
    if (!db.writeInventories({inv}, rules, QDateTime::currentDateTimeUtc(), nullptr))
        return 3;
    say("done");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == "seed"_L1)
        return write(args.at(2), args.at(3).toInt(), u"a"_s, 0);
    if (args.size() >= 5 && args.at(1) == "write"_L1)
        return write(args.at(2), args.at(3).toInt(), u"b"_s, args.at(4).toLongLong());
    if (args.size() >= 4 && args.at(1) == "lock"_L1) {
        RunLock lock(args.at(2), args.at(3));
        if (!lock.tryLock()) {
            say("busy");
            return 6;
        }
        say("locked");
        waitForStdin();
        return 0;
    }
    std::fprintf(stderr, "usage: seed DB N | write DB N PAUSE_AT | lock DIR PROFILE\n");
    return 1;
}
