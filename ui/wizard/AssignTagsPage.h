#pragma once

#include <functional>

#include <QPointer>

#include "DraftPage.h"
#include "qualys/QualysTypes.h"
#include "widgets/CreateTagDialog.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QTreeView;
class QPushButton;
class QStandardItemModel;

namespace atc {

class ProfileStore;
class QualysAccountCombo;
class QualysSessionPool;
class QualysTagCatalog;

/**
 * Page 6: tags for the connector itself, and "Create tag" into the shared catalogue. With a
 * Qualys account chosen, also the platform's own tags (QualysTagCatalog::list, and create):
 * the checked ones become the link's connectorTagIds, sent as defaultTagIds.
 */
class AssignTagsPage : public DraftPage
{
    Q_OBJECT
public:
    /** `pool` may be null: no Qualys section. Not owned. */
    AssignTagsPage(ConnectorDraft *draft, ProfileStore *store, QualysSessionPool *pool = nullptr,
                   QWidget *parent = nullptr);
    ~AssignTagsPage() override;
    void initializePage() override;
    void cleanupPage() override;

    /** Reads the platform's tags of the draft's account (again). */
    void loadQualysTags();
    /** Creates a tag on the platform (or finds it by name) and checks it. */
    void createQualysTag(const QString &name, const QString &color = {}, qint64 parentId = 0);
    bool isLoadingQualysTags() const;
    const QList<QualysTag> &qualysTags() const { return m_platformTags; }

    /** Opens the Create Tag dialog (window-modal, not blocking). */
    void openCreateTagDialog();
    /** Adds `tag` to the catalogue (saved at once) and assigns it; false with an inline error. */
    bool addTag(const Tag &tag);
    CreateTagDialog *createTagDialog() const { return m_dialog; }

Q_SIGNALS:
    /** A list or create on the platform ended (ok or with words in the status label). */
    void qualysTagsFinished(bool ok);

private:
    void rebuild();
    void rebuildQualysTags();
    void onQualysChanged();
    void runCatalog(const std::function<void(QualysTagCatalog *)> &operation);
    void setQualysStatus(const QString &text, bool error);
    void stopCatalog();

    ProfileStore *m_store;
    QTreeView *m_list;
    QStandardItemModel *m_model;
    QPushButton *m_create;
    QLabel *m_error;
    QPointer<CreateTagDialog> m_dialog;
    bool m_updating = false;

    QualysSessionPool *m_pool;
    QWidget *m_qualysBox = nullptr;
    QualysAccountCombo *m_qualysAccount = nullptr;
    QListWidget *m_qualysList = nullptr;
    QPushButton *m_qualysCreate = nullptr;
    QPushButton *m_qualysReload = nullptr;
    QProgressBar *m_qualysProgress = nullptr;
    QLabel *m_qualysStatus = nullptr;
    QPointer<QualysTagCatalog> m_catalog;
    QList<QualysTag> m_platformTags;
    QString m_loadedFor;      ///< the account whose tags are listed
    quint64 m_generation = 0; ///< an answer for an older account is dropped
};

} // namespace atc
