#include "ConnectorTableView.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyledItemDelegate>

#include "ConnectorTableModel.h"
#include "widgets/HeaderFit.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// "… / Landing Zones / Corp" rather than "Tenant Root Group / Contoso / Lan…": the end of a
// management-group path is what tells connectors apart.
class ElideLeftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

} // namespace

ConnectorTableView::ConnectorTableView(QWidget *parent) : ActionTableView(parent)
{
    setObjectName(u"connectorTable"_s);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Subscription connectors"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    setItemDelegateForColumn(ConnectorTableModel::GroupPathColumn, new ElideLeftDelegate(this));
}

void ConnectorTableView::setModel(QAbstractItemModel *model)
{
    ActionTableView::setModel(model);
    setSortingEnabled(true);
    sortByColumn(ConnectorTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // A drag of the user's (not ours, not the stretched last column's): stop fitting.
        if (!m_fitting && logical != ConnectorTableModel::LastErrorColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true;
    });
    // The widths follow the rows (names, states) until the user drags a column.
    const auto fit = [this] { fitColumns(); };
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fit);
    connect(model, &QAbstractItemModel::dataChanged, this, fit);
    fitColumns();
}

void ConnectorTableView::fitColumns()
{
    if (m_userSized || m_fitting || !model() ||
        model()->columnCount() != ConnectorTableModel::ColumnCount)
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    // Widths from the font (and a real time stamp), not fixed pixels: they hold at 150 % and
    // in longer languages. The path keeps its most specific end visible.
    const QFontMetrics fm = fontMetrics();
    const int ch = fm.averageCharWidth();
    const int time = fm.horizontalAdvance(ConnectorTableModel::timeText(
                         QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)))) +
                     2 * ch;
    const int usual[ConnectorTableModel::ColumnCount] = {36 * ch, 28 * ch, 40 * ch, 27 * ch,
                                                         time,    time,    8 * ch,  12 * ch};
    // What each column wants (its title, and its cells up to the usual width), and how far the
    // long ones may give way.
    const bool rows = model()->rowCount() > 0;
    int want[ConnectorTableModel::ColumnCount] = {};
    int least[ConnectorTableModel::ColumnCount] = {};
    int wanted = 0;
    int give = 0;
    for (int c = 0; c < ConnectorTableModel::LastErrorColumn; ++c) {
        const int title = header->sectionSizeHint(c);
        const bool longColumn = c <= ConnectorTableModel::StateColumn;
        want[c] = qMax(usual[c], title);
        if (longColumn && rows)
            want[c] = qMax(title, qMin(usual[c], sizeHintForColumn(c)));
        least[c] = longColumn ? qMin(want[c], qMax(title, 16 * ch)) : want[c];
        wanted += want[c];
        give += want[c] - least[c];
    }
    // Last error keeps room for its title and a few words.
    const int lastError =
        qMax(header->sectionSizeHint(ConnectorTableModel::LastErrorColumn), usual[7]);
    int excess = wanted - (viewport()->width() - lastError);
    // The path gives way first (it is elided on the left, its most telling end stays), then
    // the others in proportion.
    constexpr int path = ConnectorTableModel::GroupPathColumn;
    if (excess > 0) {
        const int cut = qMin(excess, want[path] - least[path]);
        give -= want[path] - least[path]; // the path has nothing more to give
        want[path] -= cut;
        excess -= cut;
        least[path] = want[path];
    }
    for (int c = 0; c < ConnectorTableModel::LastErrorColumn; ++c) {
        header->resizeSection(c, giveWay(want[c], least[c], excess, give));
    }
    // The least the stretched Last error gets: its title (a table too narrow for all that
    // scrolls sideways).
    header->resizeSection(ConnectorTableModel::LastErrorColumn, lastError);
    m_fitting = false;
}

void ConnectorTableView::resizeEvent(QResizeEvent *event)
{
    ActionTableView::resizeEvent(event);
    fitColumns();
}

} // namespace atc
