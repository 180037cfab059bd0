#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QTimer;

namespace atc {

class InventoryModel;

/**
 * The asset browser: search, filters (type, location, tag, module, removed) and a table over
 * InventoryModel, with a details pane (Azure metadata; with CSPM the configuration JSON).
 * The model loads in the background: the old rows stay shown, a busy indicator appears when a
 * load takes longer than a moment, and the selected asset stays selected (with its details)
 * when it is still in the new rows.
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
    /** Re-reads counts and filter values (after a run); returns before they are loaded. */
    void refresh();

    InventoryModel *model() const { return m_model; }
    int assetCount() const;
    /** A filter change, sort or refresh is loading; filterApplied() follows. */
    bool isLoading() const;

Q_SIGNALS:
    /** A filter change (after typing settles), sort or refresh has loaded: `rows` assets. */
    void filterApplied(int rows);

private:
    void applyFilter(bool withChoices = false);
    void fillTags();
    void fillChoices();
    void showDetails();
    void onLoadingChanged(bool loading);
    void onLoaded(int rows);

    InventoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_location;
    QComboBox *m_tag;
    QComboBox *m_module;
    QCheckBox *m_removed;
    QLabel *m_count;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QTimer *m_typing;
    QString m_profileId;
    qint64 m_connectorId = 0;
    QHash<QString, QString> m_tagNames;
    qint64 m_keptAsset = 0; ///< the current asset across a model reset
};

} // namespace atc
