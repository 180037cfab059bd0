#include "LayoutAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

namespace atc::test {

using namespace Qt::Literals::StringLiterals;

namespace {

QString sizeText(const QSize &s)
{
    return u"%1×%2"_s.arg(s.width()).arg(s.height());
}

/** Qt's own parts of compound widgets: judged as a whole by their owner. */
bool isInternal(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) ||
            qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QScrollBar *>(p))
            return true;
    }
    return false;
}

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractButton *>(w);
}

/** The minimum a layout gives the widget (as QLayout's qSmartMinSize decides it). */
QSize effectiveMinimum(const QWidget *w)
{
    const QSize hint = w->minimumSizeHint();
    const QSizePolicy policy = w->sizePolicy();
    QSize min(0, 0);
    if (w->minimumWidth() > 0)
        min.setWidth(w->minimumWidth());
    else if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        min.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? hint.width()
                                                                         : w->sizeHint().width());
    if (w->minimumHeight() > 0)
        min.setHeight(w->minimumHeight());
    else if (policy.verticalPolicy() != QSizePolicy::Ignored)
        min.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? hint.height()
                                                                        : w->sizeHint().height());
    return min;
}

/** A scroll area's viewport: what is inside may be larger (it scrolls). */
bool isViewport(const QWidget *w)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(w ? w->parentWidget() : nullptr);
    return area && area->viewport() == w;
}

/** The column header of a table or tree view, if it shows one. */
QHeaderView *columnHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

/**
 * Header sections narrower than their title needs (QHeaderView::sectionSizeHint(): the text in
 * the header's font, its margins and room for the sort arrow): the title is elided or clipped.
 */
void auditHeader(QAbstractItemView *view, QStringList *problems)
{
    QHeaderView *header = columnHeader(view);
    if (!header || header->isHidden() || !header->model())
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const int needed = header->sectionSizeHint(logical);
        const int size = header->sectionSize(logical);
        if (size < needed)
            problems->append(
                u"%1: the header \"%2\" is %3 px wide, its title needs %4 (clipped)"_s.arg(
                    describeWidget(view),
                    header->model()->headerData(logical, header->orientation()).toString(),
                    QString::number(size), QString::number(needed)));
    }
}

} // namespace

QString describeWidget(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        text = edit->accessibleName();
    text = text.simplified();
    if (text.size() > 60)
        text = text.left(57) + u"…"_s;
    QString s = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        s += u" '"_s + w->objectName() + u'\'';
    if (!text.isEmpty())
        s += u" \""_s + text + u'"';
    return s;
}

QStringList auditLayout(QWidget *window)
{
    QStringList problems;
    if (const QScreen *screen = window->screen()) {
        const QRect available = screen->availableGeometry();
        if (window->width() > available.width() || window->height() > available.height())
            problems.append(
                u"the window (%1) is larger than the screen's available area (%2)"_s.arg(
                    sizeText(window->size()), sizeText(available.size())));
    }
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isWindow() || !w->isVisibleTo(window) || isInternal(w, window))
            continue;
        const QString name = describeWidget(w);
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            auditHeader(view, &problems);
        if (isInput(w)) {
            const QSize min = effectiveMinimum(w);
            if (w->width() < min.width() || w->height() < min.height())
                problems.append(u"%1 is %2, below its minimum %3"_s.arg(name, sizeText(w->size()),
                                                                        sizeText(min)));
        }
        if (const auto *label = qobject_cast<const QLabel *>(w);
            label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed)
                    problems.append(u"%1 is %2, its wrapped text needs a height of %3"_s.arg(
                        name, sizeText(label->size()), QString::number(needed)));
                if (label->width() < label->minimumSizeHint().width())
                    problems.append(u"%1 is %2, narrower than its longest word (%3)"_s.arg(
                        name, sizeText(label->size()),
                        QString::number(label->minimumSizeHint().width())));
            } else {
                const QSize hint = label->sizeHint();
                if (label->width() < hint.width() || label->height() < hint.height())
                    problems.append(u"%1 is %2, its text needs %3 (clipped)"_s.arg(
                        name, sizeText(label->size()), sizeText(hint)));
            }
        }
        QWidget *parent = w->parentWidget();
        if (parent && !isViewport(parent) && !parent->rect().contains(w->geometry()))
            problems.append(u"%1 at %2+%3,%4 lies outside %5 (%6)"_s.arg(
                name, sizeText(w->size()), QString::number(w->x()), QString::number(w->y()),
                describeWidget(parent), sizeText(parent->size())));
    }
    // Sibling inputs drawn over each other.
    for (QWidget *parent : QList<QWidget *>{window} + all) {
        if (!parent->isVisibleTo(window) && parent != window)
            continue;
        QList<QWidget *> inputs;
        for (QObject *o : parent->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && !w->isWindow() && w->isVisibleTo(window) && isInput(w) &&
                !isInternal(w, window))
                inputs.append(w);
        }
        for (int i = 0; i < inputs.size(); ++i)
            for (int j = i + 1; j < inputs.size(); ++j)
                if (inputs[i]->geometry().intersects(inputs[j]->geometry()))
                    problems.append(u"%1 overlaps %2"_s.arg(describeWidget(inputs[i]),
                                                            describeWidget(inputs[j])));
    }
    return problems;
}

} // namespace atc::test
