#include "ProfileTableView.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>

#include "ProfileListModel.h"
#include "widgets/HeaderFit.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

ProfileTableView::ProfileTableView(QAbstractItemModel *model, QWidget *parent)
    : ActionTableView(parent)
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
        header->resizeSection(c, giveWay(want[c], least[c], excess, give));
    }
    m_fitting = false;
}

void ProfileTableView::resizeEvent(QResizeEvent *event)
{
    ActionTableView::resizeEvent(event);
    fitColumns();
}

} // namespace atc
