// The wizard driven by the keyboard alone: each page opens with its first field focused, Tab
// reaches every input of the page and the wizard's buttons without a trap, Tab follows the
// page's reading order, and the first two pages can be filled and left with keys only.
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWizardPage>

#include "WizardHarness.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
           qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w);
}

// The widget that takes focus for `w` (a spin box's inner line edit → the spin box).
QWidget *focusOwner(QWidget *w)
{
    while (w && w->focusProxy())
        w = w->focusProxy();
    if (w && qobject_cast<QLineEdit *>(w) && w->parentWidget() &&
        (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
         qobject_cast<QComboBox *>(w->parentWidget())))
        return w->parentWidget();
    return w;
}

// Inputs of `page` a keyboard user must reach: visible, enabled, taking Tab focus, and not
// an inner part of a Qt widget (header views, a view's scroll bars, a line edit's clear button).
QList<QWidget *> reachableInputs(QWizardPage *page)
{
    QList<QWidget *> out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!isInput(w) || !w->isVisibleTo(page) || !w->isEnabled() ||
            !(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QHeaderView *>(w))
            continue;
        if (w->objectName().isEmpty() && w->parentWidget() &&
            (qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
             qobject_cast<QLineEdit *>(w->parentWidget())))
            continue;
        QWidget *owner = focusOwner(w);
        if (!out.contains(owner))
            out.append(owner);
    }
    return out;
}

QString describe(QWidget *w)
{
    if (!w)
        return u"(nothing)"_s;
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// Presses Tab from the current focus until the focus comes back; the visited widgets in order.
QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> seen;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return seen;
    seen.append(focusOwner(start));
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = focusOwner(QApplication::focusWidget());
        if (!now || !window->isAncestorOf(now))
            break; // focus left the window: a trap of another kind, reported by the caller
        if (now == seen.last())
            continue; // Tab moved inside the widget (the links of a label): keep going
        if (now == seen.first())
            return seen;
        if (seen.contains(now))
            break; // a loop that never returns to the start
        seen.append(now);
    }
    seen.append(nullptr); // marks "did not cycle"
    return seen;
}

class WizardKeyboard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(h.startEmulator());
        w = h.open();
        w->activateWindow();
        QApplication::setActiveWindow(w);
        ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    }

    // Checks the page that is showing now.
    void checkCurrentPage()
    {
        QWizardPage *page = w->currentPage();
        ASSERT_NE(page, nullptr);
        SCOPED_TRACE(page->title().toStdString());
        QWidget *first = focusOwner(QApplication::focusWidget());
        ASSERT_NE(first, nullptr) << "nothing has the focus when the page opens";
        EXPECT_TRUE(page->isAncestorOf(first))
            << "the page opens with the focus on " << describe(first).toStdString()
            << ", not on one of its fields";

        const QList<QWidget *> cycle = tabCycle(w);
        ASSERT_FALSE(cycle.isEmpty());
        if (qEnvironmentVariableIsSet("ATC_DEBUG_TAB")) {
            QStringList names;
            for (QWidget *c : cycle)
                names << describe(c) +
                             (c ? u"@"_s + QString::number(c->mapTo(w, QPoint()).y()) : QString());
            qWarning("%s", qPrintable(names.join(u" "_s)));
        }
        EXPECT_NE(cycle.last(), nullptr) << "Tab does not come back to the start (a trap)";

        QStringList missed;
        for (QWidget *input : reachableInputs(page)) {
            if (!cycle.contains(input))
                missed.append(describe(input));
        }
        EXPECT_TRUE(missed.isEmpty())
            << "not reachable by Tab: " << missed.join(u", "_s).toStdString();
        QAbstractButton *forward = w->button(
            page->isFinalPage() || w->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
        if (forward->isEnabled()) {
            EXPECT_TRUE(cycle.contains(forward)) << "Tab never reaches Next/Create";
        }

        // Reading order: within the page, each input Tab reaches is not above the previous one
        // unless it starts a new column (to the right of it).
        QStringList backwards;
        QWidget *prev = nullptr;
        for (QWidget *cur : cycle) {
            // Inputs only: a label's links follow the label's own place in the text flow.
            if (!cur || !page->isAncestorOf(cur) || !isInput(cur))
                continue;
            if (prev) {
                const QRect a(prev->mapTo(page, QPoint(0, 0)), prev->size());
                const QRect b(cur->mapTo(page, QPoint(0, 0)), cur->size());
                const bool above = b.bottom() < a.top();
                const bool newColumn = b.left() > a.left();
                if (above && !newColumn)
                    backwards.append(describe(prev) + u" → "_s + describe(cur));
            }
            prev = cur;
        }
        EXPECT_TRUE(backwards.isEmpty())
            << "Tab goes back up the page: " << backwards.join(u"; "_s).toStdString();
    }

    void pressNext()
    {
        // The default button: Enter outside a multi-line edit moves on, as QWizard promises.
        QAbstractButton *next = w->button(QWizard::NextButton);
        ASSERT_TRUE(next->isEnabled());
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Space);
    }

    InMemorySecretStore secrets;
    WizardHarness h{&secrets};
    ConnectorWizard *w = nullptr;
};

TEST_F(WizardKeyboard, EveryPageIsReachableAndInReadingOrder)
{
    checkCurrentPage(); // Basic Details
    h.type(u"nameEdit"_s, u"Keyboard tenant"_s);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    checkCurrentPage();
    h.click(u"useSandboxButton"_s);
    ASSERT_TRUE(h.runTest().ok);
    checkCurrentPage(); // after the test, with its results shown
    ASSERT_TRUE(h.next(PageId::SubscriptionDetails));
    checkCurrentPage();
    h.type(u"prefixEdit"_s, u"kb"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    checkCurrentPage();
    ASSERT_TRUE(h.next(PageId::TagsActivation));
    checkCurrentPage();
    ASSERT_TRUE(h.next(PageId::AssignTags));
    checkCurrentPage();
    ASSERT_TRUE(h.next(PageId::Confirmation));
    checkCurrentPage();
}

TEST_F(WizardKeyboard, FirstPageIsFilledAndLeftWithKeysOnly)
{
    // The name field has the focus: typing goes there, then Tab to Next and Space.
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus->objectName(), u"nameEdit"_s);
    QTest::keyClicks(focus, u"Typed tenant"_s);
    EXPECT_EQ(h.find<QLineEdit>(u"nameEdit"_s)->text(), u"Typed tenant"_s);
    QAbstractButton *next = w->button(QWizard::NextButton);
    for (int i = 0; i < 50 && QApplication::focusWidget() != next; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), next);
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_EQ(w->currentId(), int(PageId::TenantDetails));
}

} // namespace
