#include "DraftPage.h"

namespace atc {

DraftPage::DraftPage(PageId id, ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_id(id), m_draft(draft)
{
    connect(draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

bool DraftPage::isComplete() const
{
    return !m_draft->pageHasErrors(m_id);
}

IssueLabel *DraftPage::issueLabel(QWidget *input, QList<ProfileField> fields)
{
    auto *label = new IssueLabel(input, this);
    const auto update = [draft = m_draft, label, fields = std::move(fields)] {
        QList<ValidationIssue> issues;
        for (ProfileField field : fields)
            issues.append(draft->issuesFor(field));
        label->setIssues(issues);
    };
    connect(m_draft, &ConnectorDraft::changed, label, update);
    update();
    return label;
}

} // namespace atc
