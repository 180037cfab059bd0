#pragma once

#include <QTableView>

namespace atc {

/**
 * The subscription connectors table of the main window over a ConnectorTableModel (through a
 * sort/filter proxy): rows selected as a whole, several at once, sorted by name; column widths
 * from the font; the management-group path elided on the left.
 */
class ConnectorTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ConnectorTableView(QWidget *parent = nullptr);
    /** Sets the model, then the widths (a header exists only with a model). */
    void setModel(QAbstractItemModel *model) override;
};

} // namespace atc
