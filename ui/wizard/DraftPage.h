#pragma once

#include <QList>
#include <QWizardPage>

#include "ConnectorDraft.h"
#include "WizardPageId.h"
#include "widgets/IssueLabel.h"
#include "widgets/StatePalette.h"

namespace atc {

/** Base of the seven pages: holds the draft; complete when the page's fields have no error. */
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    DraftPage(PageId id, ConnectorDraft *draft, QWidget *parent = nullptr);

    PageId pageId() const { return m_id; }
    ConnectorDraft *draft() const { return m_draft; }
    bool isComplete() const override;

protected:
    /** An IssueLabel showing the draft's issues of `fields`, kept current as the draft changes;
     *  described as the accessible description of `input`. */
    IssueLabel *issueLabel(QWidget *input, QList<ProfileField> fields);
    IssueLabel *issueLabel(QWidget *input, ProfileField field)
    {
        return issueLabel(input, QList<ProfileField>{field});
    }

private:
    PageId m_id;
    ConnectorDraft *m_draft;
};

} // namespace atc
