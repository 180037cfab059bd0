#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace atc::ui {

class InventoryModel;

/**
 * The asset browser: search, filters (type, location, tag, module, removed) and a table over
 * InventoryModel, with a details pane (Azure metadata; with CSPM the configuration JSON).
 */
class InventoryBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryBrowser(QWidget *parent = nullptr);

    /** Opens the inventory file read-only. */
    bool open(const QString &databasePath, QString *error = nullptr);
    /** Shows the assets of a profile (connectorId 0) or of one subscription connector. */
    void setScope(const QString &profileId, qint64 connectorId,
                  const QHash<QString, QString> &tagNames);
    /** Re-reads counts and filter values (after a run). */
    void refresh();

    InventoryModel *model() const { return m_model; }
    int assetCount() const;

Q_SIGNALS:
    /** The filter was applied (after typing settles) and the table shows `rows` assets. */
    void filterApplied(int rows);

private:
    void applyFilter();
    void fillChoices();
    void showDetails();

    InventoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_location;
    QComboBox *m_tag;
    QComboBox *m_module;
    QCheckBox *m_removed;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QTimer *m_typing;
    QString m_profileId;
    qint64 m_connectorId = 0;
    QHash<QString, QString> m_tagNames;
};

} // namespace atc::ui
