#pragma once

// Collects the mnemonics (the letter after '&': Alt+letter) a window offers at one moment:
// buttons, labels with a buddy, group boxes, tab bars and menu bars that are visible in it.
// Hidden widgets (another tab's page, a collapsed section) offer none; disabled ones count,
// since they are enabled at other moments.
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>

namespace atc::test {

using namespace Qt::Literals::StringLiterals;

/** The mnemonic of `text` (lower case), or a null QChar; "&&" is a literal '&'. */
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/** Letter → the texts that claim it, for what `root` shows (root itself a window or page). */
inline QMap<QChar, QStringList> visibleMnemonics(QWidget *root)
{
    QMap<QChar, QStringList> found;
    const auto add = [&](const QString &text) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            found[c] << text;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && (!w->isVisibleTo(root) || w->window() != root->window()))
            continue;
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction())
            continue; // shows the action's iconText(): no '&'
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    add(a->text());
            }
        }
    }
    return found;
}

/** "a: &Apply, &Abort" lines for every letter claimed twice or more; empty when none. */
inline QStringList clashes(const QMap<QChar, QStringList> &mnemonics)
{
    QStringList lines;
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (it.value().size() > 1)
            lines << QString(it.key()) + u": "_s + it.value().join(u", "_s);
    }
    return lines;
}

/** Clashes among the visible actions of one menu (each menu is its own window). */
inline QStringList menuClashes(const QMenu *menu)
{
    QMap<QChar, QStringList> found;
    for (QAction *a : menu->actions()) {
        const QChar c = mnemonicOf(a->text());
        if (a->isVisible() && !a->isSeparator() && !c.isNull())
            found[c] << a->text();
    }
    return clashes(found);
}

} // namespace atc::test
