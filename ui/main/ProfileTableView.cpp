#include "ProfileTableView.h"

#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

#include "ProfileListModel.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

ProfileTableView::ProfileTableView(QAbstractItemModel *model, QWidget *parent) : QTableView(parent)
{
    setObjectName(u"profileTable"_s);
    setTabKeyNavigation(false); // Tab moves on to the next control; arrows move inside
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(ProfileListModel::NameColumn, Qt::AscendingOrder);
    setWordWrap(false);
    verticalHeader()->hide();
    // Every column shows at the window's default size, at 150 % and in longer languages
    // (fitColumns()): the short columns fit their contents, Name, Tenant and Scope get their
    // contents up to a cap and give way when the table is narrow, and Last error takes the
    // rest, elided (whole in its tooltip). A column the user drags keeps its width.
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProfileListModel::LastErrorColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 5);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // A drag of the user's (not ours, not the stretched column's): stop fitting.
        if (!m_fitting && logical != ProfileListModel::LastErrorColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true;
    });
    const auto fit = [this] { fitColumns(); };
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fit);
    connect(model, &QAbstractItemModel::dataChanged, this, fit);
    fitColumns();
    setTextElideMode(Qt::ElideRight);
}

void ProfileTableView::fitColumns()
{
    if (m_userSized || m_fitting || !model())
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    const int ch = fontMetrics().averageCharWidth();
    const int columns = model()->columnCount();
    // What each column wants (its header and its cells), and what it may give way to.
    QList<int> want(columns), least(columns);
    int wanted = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == ProfileListModel::LastErrorColumn || header->isSectionHidden(c))
            continue;
        const int title = header->sectionSizeHint(c);
        want[c] = qMax(title, sizeHintForColumn(c));
        least[c] = want[c];
        int cap = 0;
        if (c == ProfileListModel::NameColumn)
            cap = 40 * ch;
        else if (c == ProfileListModel::TenantColumn || c == ProfileListModel::ScopeColumn)
            cap = 36 * ch;
        if (cap > 0) {
            want[c] = qMin(want[c], qMax(cap, title));
            least[c] = qMin(want[c], qMax(title, 10 * ch));
        }
        wanted += want[c];
    }
    // Last error keeps room for a few words; the rest is shared out.
    const int room = viewport()->width() -
                     qMax(header->sectionSizeHint(ProfileListModel::LastErrorColumn), 12 * ch);
    int excess = wanted - room;
    int give = 0;
    for (int c = 0; c < columns; ++c)
        give += want[c] - least[c];
    for (int c = 0; c < columns; ++c) {
        if (c == ProfileListModel::LastErrorColumn || header->isSectionHidden(c))
            continue;
        int width = want[c];
        if (excess > 0 && give > 0)
            // Rounded up: the shares add up to at least the excess.
            width -= int((qint64(want[c] - least[c]) * qMin(excess, give) + give - 1) / give);
        header->resizeSection(c, width);
    }
    m_fitting = false;
}

void ProfileTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ProfileTableView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QMenu *ProfileTableView::createContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), index.parent()))
        setCurrentIndex(index); // selects the row (whole rows)
    Q_EMIT contextMenuAboutToShow();
    auto *menu = new QMenu(this);
    menu->setObjectName(objectName() + u"ContextMenu"_s);
    for (QAction *a : std::as_const(m_contextActions)) {
        if (a)
            menu->addAction(a);
        else
            menu->addSeparator();
    }
    return menu;
}

void ProfileTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_contextActions.isEmpty()) {
        QTableView::contextMenuEvent(event);
        return;
    }
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // From the keyboard (Menu key) the event's position is the current cell's.
    menu->popup(event->globalPos());
}

} // namespace atc
