#include "DraftPage.h"

#include <QPalette>

namespace atc {

using namespace Qt::Literals::StringLiterals;

QColor issueColor(const QPalette &palette, bool error)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (error)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

IssueLabel::IssueLabel(ConnectorDraft *draft, QList<ProfileField> fields, QWidget *input,
                       QWidget *parent)
    : QLabel(parent), m_draft(draft), m_fields(std::move(fields)), m_input(input)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (input) {
        setObjectName(input->objectName() + u"Issue"_s);
        m_baseDescription = input->accessibleDescription();
    }
    connect(draft, &ConnectorDraft::changed, this, &IssueLabel::refresh);
    refresh();
}

void IssueLabel::refresh()
{
    QStringList lines;
    bool anyError = false;
    for (ProfileField field : std::as_const(m_fields)) {
        for (const ValidationIssue &issue : m_draft->issuesFor(field)) {
            const bool error = issue.severity == Severity::Error;
            anyError = anyError || error;
            lines.append((error ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message));
        }
    }
    const QString text = lines.join(u'\n');
    if (text == this->text() && isHidden() == text.isEmpty())
        return;
    setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, issueColor(pal, anyError));
    setPalette(pal);
    setVisible(!text.isEmpty());
    setAccessibleName(text);
    if (m_input) {
        m_input->setAccessibleDescription(
            text.isEmpty()
                ? m_baseDescription
                : (m_baseDescription.isEmpty() ? text : m_baseDescription + u' ' + text));
    }
}

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
    return new IssueLabel(m_draft, std::move(fields), input, this);
}

} // namespace atc
