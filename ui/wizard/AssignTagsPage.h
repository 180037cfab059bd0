#pragma once

#include <QPointer>

#include "DraftPage.h"
#include "widgets/CreateTagDialog.h"

class QLabel;
class QTreeView;
class QPushButton;
class QStandardItemModel;

namespace atc {

class ProfileStore;

/** Page 6: tags for the connector itself, and "Create tag" into the shared catalogue. */
class AssignTagsPage : public DraftPage
{
    Q_OBJECT
public:
    AssignTagsPage(ConnectorDraft *draft, ProfileStore *store, QWidget *parent = nullptr);
    void initializePage() override;

    /** Opens the Create Tag dialog (window-modal, not blocking). */
    void openCreateTagDialog();
    /** Adds `tag` to the catalogue (saved at once) and assigns it; false with an inline error. */
    bool addTag(const Tag &tag);
    CreateTagDialog *createTagDialog() const { return m_dialog; }

private:
    void rebuild();

    ProfileStore *m_store;
    QTreeView *m_list;
    QStandardItemModel *m_model;
    QPushButton *m_create;
    QLabel *m_error;
    QPointer<CreateTagDialog> m_dialog;
    bool m_updating = false;
};

} // namespace atc
