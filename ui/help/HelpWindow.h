#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QTextBrowser;

namespace atc {

/**
 * The built-in help: the user documentation (the docs folder's Markdown, compiled in as
 * qrc:/help/…) in a QTextBrowser. Links between pages and to headings ("wizard.md#design") stay in
 * the window; http(s) and mailto links open in the desktop's browser (QDesktopServices); a link to
 * a page the help does not ship says so in the window. One help window per application: showTopic()
 * raises it on the asked page.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /**
     * Shows the help window (created on first use, as a child window of `anchor`'s outermost
     * window so it closes with the application) on `page` ("app-registration", empty: the
     * contents page), scrolled to the heading `fragment` (its GitHub-style slug) if given.
     */
    static HelpWindow *showTopic(const QString &page = {}, const QString &fragment = {},
                                 QWidget *anchor = nullptr);
    /** The open help window, or null. */
    static HelpWindow *instance();
    /** qrc:/help/<page>.md#<fragment>. */
    static QUrl topicUrl(const QString &page, const QString &fragment = {});
    /** The pages the help ships ("index", "wizard", …). */
    static QStringList pages();
    /** The slug GitHub gives a heading: "2. Create the client secret" →
     * "2-create-the-client-secret". */
    static QString headingSlug(const QString &heading);
    /** Replaces QDesktopServices::openUrl for external links (tests); null restores it. */
    static void setExternalOpener(std::function<bool(const QUrl &)> opener);

    /** Follows a link as a click would: another page, a heading, or the desktop's browser. */
    void openLink(const QUrl &link);
    QUrl currentPage() const;
    QTextBrowser *browser() const { return m_browser; }
    /** What the line above the page says (a link the help cannot show), or empty. */
    QString notice() const;

private:
    void showPage(const QUrl &page);
    bool scrollToHeading(const QString &fragment);
    void fitImages();

    QTextBrowser *m_browser;
    QLabel *m_notice;
};

} // namespace atc
