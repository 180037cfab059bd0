// `atc` speaks the language of its environment (LC_ALL / LC_MESSAGES / LANG): its own messages
// from the embedded translations, and Qt's own strings (QCommandLineParser's "Options:") from
// Qt's translation catalogue (qt6-translations-l10n, installed by scripts/install-deps.sh).
#include <gtest/gtest.h>

#include "CliTestSupport.h"

using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

CliRun helpIn(const QString &locale)
{
    CliHarness h;
    h.setEnv(u"LC_ALL"_s, locale);
    h.setEnv(u"LANGUAGE"_s, {});
    return h.run({u"run"_s, u"--help"_s});
}

TEST(CliLanguage, EnglishByDefault)
{
    const CliRun r = helpIn(u"C.UTF-8"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Options:"_s)) << r.out.toStdString();
}

TEST(CliLanguage, GermanForQtsStringsAndOurs)
{
    const CliRun r = helpIn(u"de_DE.UTF-8"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Optionen:"_s)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u"Options:"_s)) << r.out.toStdString();
    // Our own text next to it, translated too (the English one must be gone).
    const CliRun en = helpIn(u"C.UTF-8"_s);
    const QString englishFirstLine = en.out.section(u'\n', 0, 0);
    ASSERT_FALSE(englishFirstLine.isEmpty());
    EXPECT_FALSE(r.out.contains(englishFirstLine)) << r.out.toStdString();
}

TEST(CliLanguage, FrenchForQtsStrings)
{
    const CliRun r = helpIn(u"fr_FR.UTF-8"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Qt's French catalogue: "Utilisation :" and "Options :" (French puts a space before ':').
    EXPECT_TRUE(r.out.contains(u"Utilisation :"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Options :"_s)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u"Usage:"_s)) << r.out.toStdString();
}

} // namespace
