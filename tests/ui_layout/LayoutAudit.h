#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace atc::test {

/**
 * Checks what a person would see as squashed in a shown window, for every widget visible in
 * it: inputs (line edits, combo boxes, spin boxes, buttons) at least their minimum size
 * (minimumSize() if set, else minimumSizeHint()); labels showing their whole text (a
 * one-line label at least its sizeHint(), a word-wrapped one at least heightForWidth() of
 * its width); every column header of a table or tree view wide enough for its title
 * (QHeaderView::sectionSizeHint()); every widget inside its parent (inside a scroll area: inside
 * the scrolled content, not the viewport); no two sibling inputs overlapping; the window inside the
 * screen's available area. Item views' other internals (editors) and the inner parts of
 * Qt's compound widgets are left out. Returns one line per problem, naming the widget.
 */
QStringList auditLayout(QWidget *window);

/** "QLineEdit 'clientIdEdit'" or "QLabel \"Tenant Name:\"" for a problem report. */
QString describeWidget(const QWidget *w);

} // namespace atc::test
