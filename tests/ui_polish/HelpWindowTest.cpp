// The help ships inside the application (qrc:/help/…): every page loads, every picture and page
// a shipped page links to is there, links between pages and to headings stay in the window,
// web links go to the browser, and the wizard's "How to create the app registration" links
// open the built-in help (no path into the source tree, which does not exist once installed).
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include "WizardHarness.h"
#include "help/HelpWindow.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct HelpFixture
{
    ~HelpFixture()
    {
        delete HelpWindow::instance();
        HelpWindow::setExternalOpener({});
    }
};

QString currentHeading(const HelpWindow *help)
{
    return help->browser()->textCursor().block().text();
}

} // namespace

TEST(HelpWindow, ShipsTheUserPages)
{
    const QStringList pages = HelpWindow::pages();
    for (const QString &p : {u"index"_s, u"app-registration"_s, u"wizard"_s, u"desktop"_s, u"cli"_s,
                             u"keychain"_s, u"qualys"_s})
        EXPECT_TRUE(pages.contains(p)) << p.toStdString();
}

TEST(HelpWindow, EveryLinkedPictureAndPageIsThere)
{
    // Relative Markdown links and images of every shipped page: pictures must be shipped (a
    // broken image is a bug); a page link must be shipped or in docs/ (the window says so).
    static const QRegularExpression link(u"\\]\\(([^)\\s]+)\\)"_s);
    for (const QString &page : HelpWindow::pages()) {
        QFile f(u":/help/"_s + page + u".md"_s);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << page.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            const QUrl url(target);
            if (!url.scheme().isEmpty() || target.startsWith(u'#'))
                continue;
            const QString path = url.path();
            if (path.endsWith(u".png"_s) || path.endsWith(u".svg"_s)) {
                EXPECT_TRUE(QFile::exists(u":/help/"_s + path))
                    << page.toStdString() << " shows " << path.toStdString();
            } else if (path.endsWith(u".md"_s)) {
                EXPECT_TRUE(QFile::exists(u":/help/"_s + path) ||
                            QFile::exists(QStringLiteral(ATC_SOURCE_DIR) + u"/docs/"_s + path))
                    << page.toStdString() << " links to " << path.toStdString();
            }
        }
    }
}

TEST(HelpWindow, FollowsPageHeadingAndWebLinks)
{
    HelpFixture fixture;
    QList<QUrl> external;
    HelpWindow::setExternalOpener([&](const QUrl &u) {
        external << u;
        return true;
    });
    HelpWindow *help = HelpWindow::showTopic();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(QString()));
    EXPECT_TRUE(help->browser()->toPlainText().contains(u"Azure Tenant Connector help"_s));

    // A relative link on the contents page, as a click gives it.
    help->openLink(QUrl(u"app-registration.md#2-create-the-client-secret"_s));
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(u"app-registration"_s));
    EXPECT_EQ(currentHeading(help), u"2. Create the client secret"_s);
    // The unnumbered slug finds it too.
    help->openLink(QUrl(u"#assign-roles-on-the-tenant-root-group"_s));
    EXPECT_EQ(currentHeading(help), u"3. Assign roles on the Tenant Root Group"_s);

    // The web goes to the browser; the page stays.
    help->openLink(QUrl(u"https://entra.microsoft.com"_s));
    ASSERT_EQ(external.size(), 1);
    EXPECT_EQ(external.first(), QUrl(u"https://entra.microsoft.com"_s));
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(u"app-registration"_s));

    // A page the help does not ship: said in the window, the page stays.
    help->openLink(QUrl(u"azure-client.md"_s));
    EXPECT_TRUE(help->notice().contains(u"azure-client.md"_s)) << help->notice().toStdString();
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(u"app-registration"_s));

    // Pictures load from the resources (the desktop page shows the main window).
    help->openLink(QUrl(u"desktop.md"_s));
    EXPECT_TRUE(help->notice().isEmpty());
    const QVariant image = help->browser()->loadResource(QTextDocument::ImageResource,
                                                         QUrl(u"screenshots/main-window.png"_s));
    EXPECT_TRUE(image.isValid() && !image.toByteArray().isEmpty());

    // One help window: asking again raises the same one.
    EXPECT_EQ(HelpWindow::showTopic(u"wizard"_s), help);
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(u"wizard"_s));
}

TEST(HelpWindow, WizardLinksOpenTheBuiltInHelp)
{
    HelpFixture fixture;
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    h.open();
    auto *links = h.find<QLabel>(u"helpLinks"_s);
    ASSERT_NE(links, nullptr);
    // No path into the source tree (it is not there once installed).
    EXPECT_FALSE(links->text().contains(QStringLiteral(ATC_SOURCE_DIR)))
        << links->text().toStdString();
    EXPECT_FALSE(links->text().contains(u"file:"_s));
    EXPECT_TRUE(links->text().contains(u"qrc:/help/app-registration.md"_s));
    EXPECT_FALSE(links->openExternalLinks());

    static const QRegularExpression href(u"href=\"([^\"]+)\""_s);
    const QString keyLink = [&] {
        QString last;
        for (auto it = href.globalMatch(links->text()); it.hasNext();)
            last = it.next().captured(1);
        return last;
    }();
    Q_EMIT links->linkActivated(keyLink);
    HelpWindow *help = HelpWindow::instance();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->currentPage(), HelpWindow::topicUrl(u"app-registration"_s));
    EXPECT_EQ(currentHeading(help), u"2. Create the client secret"_s);
}

TEST(HelpWindow, HeadingSlugsAreGitHubs)
{
    EXPECT_EQ(HelpWindow::headingSlug(u"2. Create the client secret"_s),
              u"2-create-the-client-secret"_s);
    EXPECT_EQ(HelpWindow::headingSlug(u"Settings (File › Settings)"_s),
              u"settings-file--settings"_s);
}
