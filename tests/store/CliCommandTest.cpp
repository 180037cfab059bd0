// The checks every `atc` verb shares (app/cli/Command.h), through the built binary, and the
// CLI's one wait helper, runToEnd() (app/cli/RunToEnd.h).

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include "CliTestSupport.h"
#include "RunToEnd.h"

using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ExitOk = 0, ExitBadInput = 2;

TEST(CliCommand, HelpListsEveryVerb)
{
    CliHarness cli;
    const CliRun r = cli.run({u"--help"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    for (const QString &verb :
         {u"profiles"_s, u"test-connection"_s, u"discover"_s, u"emulator"_s, u"sandbox"_s, u"run"_s,
          u"daemon"_s, u"connectors"_s, u"inventory"_s, u"perimeter-targets"_s}) {
        EXPECT_TRUE(r.out.contains(u"  "_s + verb + u' ')) << verb.toStdString();
        const CliRun help = cli.run({verb, u"--help"_s});
        EXPECT_EQ(help.exitCode, ExitOk) << verb.toStdString();
        EXPECT_TRUE(help.out.contains(u"--help"_s)) << help.out.toStdString();
    }
}

// One parsing of --format for every verb: the same words, and the accepted values named.
TEST(CliCommand, FormatIsCheckedOnceWithOneMessage)
{
    CliHarness cli;
    const QList<std::pair<QStringList, QString>> cases = {
        {{u"profiles"_s, u"list"_s}, u"text or json"_s},
        {{u"test-connection"_s, u"--profile"_s, u"x"_s}, u"text or json"_s},
        {{u"discover"_s, u"--profile"_s, u"x"_s}, u"text, json, ndjson or csv"_s},
        {{u"run"_s, u"--all"_s}, u"text or json"_s},
        {{u"connectors"_s, u"list"_s}, u"text or json"_s},
        {{u"inventory"_s, u"export"_s}, u"csv or json"_s},
        {{u"perimeter-targets"_s}, u"text or json"_s},
    };
    for (const auto &[args, accepted] : cases) {
        const CliRun r = cli.run(args + QStringList{u"--format"_s, u"xml"_s});
        EXPECT_EQ(r.exitCode, ExitBadInput) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err, u"atc: error: --format must be %1, not \"xml\".\n"_s.arg(accepted))
            << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
}

TEST(CliCommand, FormatInAnyCase)
{
    CliHarness cli;
    const CliRun r = cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"JSON"_s});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).isArray()) << r.out.toStdString();
}

// An argument a verb does not take is refused, never ignored (`atc daemon myprofile` would
// otherwise schedule every profile).
TEST(CliCommand, SurplusArgumentsAreRefused)
{
    CliHarness cli;
    for (const QStringList &args :
         {QStringList{u"daemon"_s, u"extra"_s}, QStringList{u"run"_s, u"--all"_s, u"extra"_s},
          QStringList{u"emulator"_s, u"extra"_s}, QStringList{u"sandbox"_s, u"extra"_s},
          QStringList{u"perimeter-targets"_s, u"extra"_s},
          QStringList{u"discover"_s, u"extra"_s}}) {
        const CliRun r = cli.run(args);
        EXPECT_EQ(r.exitCode, ExitBadInput) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err, u"atc: error: unexpected argument 'extra'\n"_s) << r.err.toStdString();
    }
}

TEST(RunToEnd, WaitsForAnAsynchronousResult)
{
    int started = 0;
    const int result = atc::cli::runToEnd<int>([&](const std::function<void(int)> &finish) {
        ++started;
        QTimer::singleShot(10, [finish] { finish(42); });
    });
    EXPECT_EQ(started, 1);
    EXPECT_EQ(result, 42);
}

TEST(RunToEnd, ReturnsAtOnceForASynchronousResultAndIgnoresLaterOnes)
{
    std::function<void(QString)> kept;
    const QString result =
        atc::cli::runToEnd<QString>([&](const std::function<void(QString)> &finish) {
            finish(u"first"_s);
            finish(u"second"_s); // ignored
            kept = finish;
        });
    EXPECT_EQ(result, u"first"_s);
    kept(u"after the wait"_s); // harmless: the wait is over
    // The next wait is not disturbed by the earlier one.
    EXPECT_EQ(atc::cli::runToEnd<int>([](const std::function<void(int)> &finish) {
                  QTimer::singleShot(0, [finish] { finish(7); });
              }),
              7);
}

} // namespace
