#include "HelpWindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

// Outside any namespace, as Q_INIT_RESOURCE requires; the static library's resource object
// would otherwise be dropped by the linker.
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

QPointer<HelpWindow> &theInstance()
{
    static QPointer<HelpWindow> window;
    return window;
}

std::function<bool(const QUrl &)> &externalOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

constexpr auto HelpRoot = ":/help/"; // qrc:/help/<page>.md

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this)), m_notice(new QLabel(this))
{
    initHelpResources();
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Azure Tenant Connector Help"));
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setAccessibleName(tr("Help page"));
    // Links are ours to follow: pages and headings here, the web in the browser.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);
    m_notice->setObjectName(u"helpNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *bar = new QToolBar(this);
    QStyle *s = style();
    QAction *back = bar->addAction(s->standardIcon(QStyle::SP_ArrowBack), tr("Back"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = bar->addAction(s->standardIcon(QStyle::SP_ArrowForward), tr("Forward"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *home = bar->addAction(s->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"));
    connect(home, &QAction::triggered, this, [this] { showPage(topicUrl(QString())); });
    // Back/forward and reloads keep the pictures inside the window's width.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_notice->hide();
        fitImages();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_browser, 1);
    resize(900, 700);
    showPage(topicUrl(QString()));
}

HelpWindow *HelpWindow::instance()
{
    return theInstance();
}

HelpWindow *HelpWindow::showTopic(const QString &page, const QString &fragment, QWidget *anchor)
{
    QPointer<HelpWindow> &window = theInstance();
    if (!window) {
        QWidget *root = anchor;
        while (root && root->parentWidget())
            root = root->parentWidget();
        window = new HelpWindow(root);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->openLink(topicUrl(page, fragment));
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QUrl HelpWindow::topicUrl(const QString &page, const QString &fragment)
{
    QUrl url(u"qrc:/help/"_s + (page.isEmpty() ? u"index"_s : page) + u".md"_s);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    return url;
}

QStringList HelpWindow::pages()
{
    initHelpResources();
    QStringList names;
    const QDir dir(QString::fromLatin1(HelpRoot));
    for (const QString &f : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        names << f.chopped(3);
    return names;
}

QString HelpWindow::headingSlug(const QString &heading)
{
    // GitHub: lower case, punctuation dropped (letters, digits, '-', '_' and spaces stay),
    // spaces become '-'.
    QString slug;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            slug += c;
        else if (c == u' ')
            slug += u'-';
    }
    return slug;
}

void HelpWindow::setExternalOpener(std::function<bool(const QUrl &)> opener)
{
    externalOpener() = std::move(opener);
}

void HelpWindow::openLink(const QUrl &link)
{
    const QUrl url = m_browser->source().isValid() ? m_browser->source().resolved(link) : link;
    const QString scheme = url.scheme();
    if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s) {
        if (externalOpener())
            externalOpener()(url);
        else
            QDesktopServices::openUrl(url);
        return;
    }
    QUrl page = url;
    page.setFragment(QString());
    const QString file = u':' + page.path();
    if (scheme != u"qrc"_s || !QFile::exists(file)) {
        m_notice->setText(tr("\"%1\" is not part of the built-in help; it is in the docs folder "
                             "of the source code.")
                              .arg(link.toString(QUrl::RemoveFragment)));
        m_notice->show();
        return;
    }
    if (page != currentPage())
        showPage(page);
    m_notice->hide();
    if (!url.fragment().isEmpty())
        scrollToHeading(url.fragment());
}

QUrl HelpWindow::currentPage() const
{
    QUrl page = m_browser->source();
    page.setFragment(QString());
    return page;
}

QString HelpWindow::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void HelpWindow::showPage(const QUrl &page)
{
    m_browser->setSource(page, QTextDocument::MarkdownResource);
    m_browser->verticalScrollBar()->setValue(0);
}

bool HelpWindow::scrollToHeading(const QString &fragment)
{
    // The Markdown reader gives headings no anchors: find the heading whose slug matches (with
    // or without its "2." numbering) and put it at the top.
    const QString wanted = fragment.toLower();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        const QString slug = headingSlug(b.text());
        static const QRegularExpression numbering(u"^\\d+-"_s);
        if (slug != wanted && QString(slug).remove(numbering) != wanted)
            continue;
        QTextCursor c(b);
        m_browser->setTextCursor(c);
        QScrollBar *bar = m_browser->verticalScrollBar();
        bar->setValue(bar->maximum()); // then back up: the heading ends at the top
        m_browser->ensureCursorVisible();
        return true;
    }
    return false;
}

void HelpWindow::fitImages()
{
    // Screenshots are 1280 px wide: shown at most the page's width, never wider.
    QTextDocument *doc = m_browser->document();
    const int maxWidth = 820;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            QTextImageFormat img = f.charFormat().toImageFormat();
            const QUrl source = m_browser->source().resolved(QUrl(img.name()));
            const QImage image(QString(u':' + source.path()));
            if (image.isNull() || image.width() <= maxWidth)
                continue;
            img.setWidth(maxWidth);
            img.setHeight(double(image.height()) * maxWidth / image.width());
            QTextCursor c(doc);
            c.setPosition(f.position());
            c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(img);
        }
    }
}

} // namespace atc
