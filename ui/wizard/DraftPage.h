#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWizardPage>

#include <functional>

#include "ConnectorDraft.h"
#include "WizardPageId.h"
#include "widgets/IssueLabel.h"
#include "widgets/StatePalette.h"

namespace atc {

class CreateTagDialog;
class ProfileStore;
struct Tag;

/**
 * Base of the seven pages: holds the draft; complete when the page's fields have no error.
 *
 * A field's errors are shown only once it was touched: a text typed in and left (focus out or
 * Enter), a box, button, list or spin box changed by the user, or every field of the page once
 * Next was tried (revealIssues()). Edit and Duplicate show the errors of loaded values at once.
 * Warnings are always shown. See docs/wizard.md.
 */
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    DraftPage(PageId id, ConnectorDraft *draft, QWidget *parent = nullptr);

    PageId pageId() const { return m_id; }
    ConnectorDraft *draft() const { return m_draft; }
    bool isComplete() const override;

    /** Shows the errors of every field of this page (Next was tried); focuses the first one
     *  with an error. */
    void revealIssues();

protected:
    /**
     * The widget the page lays its content out on: it sits in a scroll area that fills the
     * page, so a page taller than the window scrolls instead of squeezing its inputs below
     * their minimum sizes (docs/desktop.md, "Window and page sizes").
     */
    QWidget *content();

    /** An IssueLabel showing the draft's issues of `fields`, kept current as the draft changes;
     *  described as the accessible description of `input`. */
    IssueLabel *issueLabel(QWidget *input, QList<ProfileField> fields);
    IssueLabel *issueLabel(QWidget *input, ProfileField field)
    {
        return issueLabel(input, QList<ProfileField>{field});
    }
    bool eventFilter(QObject *watched, QEvent *event) override;

    /** Opens the create-tag dialog over the draft's catalogue (one at a time, in `*dialog`);
     *  the tag the user made there goes to `created`. */
    void showCreateTagDialog(QPointer<CreateTagDialog> *dialog,
                             const std::function<void(const Tag &)> &created);
    /** Adds `tag` to the catalogue: saved through `store` first, then the draft's. False with
     *  the words for the user in `*message`: nothing changed. */
    bool saveNewTag(ProfileStore *store, const Tag &tag, QString *message);

private:
    void watchInput(QWidget *input, IssueLabel *label);
    void touch(QObject *input);

    PageId m_id;
    ConnectorDraft *m_draft;
    struct Watched
    {
        QPointer<IssueLabel> label;
        QPointer<QWidget> input;
        QList<ProfileField> fields;
    };
    QList<Watched> m_labels; ///< in the order the page made them (reading order)
    QHash<QObject *, QPointer<IssueLabel>> m_labelOf; ///< input (or its viewport) → label
    QSet<QObject *> m_edited;                         ///< text inputs typed in and not left yet
    // content(), inside the page's scroll area.
    QWidget *m_content = nullptr;
};

} // namespace atc
