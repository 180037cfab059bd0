#include "IssueLabel.h"

#include <QFormLayout>
#include <QPalette>
#include <QResizeEvent>

#include "StatePalette.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

QSize WrapLabel::sizeHint() const
{
    const QSize base = QLabel::sizeHint();
    if (!wordWrap() || width() <= 1)
        return base;
    return {base.width(), heightForWidth(width())};
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (wordWrap() && event->oldSize().width() != event->size().width())
        updateGeometry(); // the height for the new width differs
}

QLabel *makeHint(const QString &text, QWidget *parent, bool wrap)
{
    QLabel *label = wrap ? new WrapLabel(text, parent) : new QLabel(text, parent);
    label->setWordWrap(wrap);
    label->setAlignment(Qt::AlignLeft | (wrap ? Qt::AlignTop : Qt::AlignVCenter));
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

IssueLabel::IssueLabel(QWidget *input, QWidget *parent)
    : WrapLabel(QString(), parent), m_input(input)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (input) {
        setObjectName(input->objectName() + u"Issue"_s);
        m_baseDescription = input->accessibleDescription();
    }
    refresh();
    // Once the page has put this label into its form, hide the row as well, not just the label.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_forceLayout = true;
            refresh();
        },
        Qt::QueuedConnection);
}

void IssueLabel::setIssues(const QList<ValidationIssue> &issues)
{
    m_issues = issues;
    refresh();
}

void IssueLabel::setErrorsShown(bool shown)
{
    if (shown == m_errorsShown)
        return;
    m_errorsShown = shown;
    refresh();
}

void IssueLabel::refresh()
{
    QStringList lines;
    bool anyError = false;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        const bool error = issue.severity == Severity::Error;
        if (error && !m_errorsShown)
            continue;
        anyError = anyError || error;
        lines.append((error ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message));
    }
    const QString text = lines.join(u'\n');
    if (text == this->text() && isHidden() == text.isEmpty() && !m_forceLayout)
        return;
    m_forceLayout = false;
    setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, issueColor(pal, anyError));
    setPalette(pal);
    // In a form, hide the whole row: a hidden widget alone still leaves its row's spacing.
    QFormLayout *form = nullptr;
    if (parentWidget()) {
        for (QFormLayout *f : parentWidget()->findChildren<QFormLayout *>()) {
            if (f->indexOf(this) >= 0)
                form = f;
        }
    }
    if (form)
        form->setRowVisible(this, !text.isEmpty());
    else
        setVisible(!text.isEmpty());
    setAccessibleName(text);
    if (m_input) {
        m_input->setAccessibleDescription(
            text.isEmpty()
                ? m_baseDescription
                : (m_baseDescription.isEmpty() ? text : m_baseDescription + u' ' + text));
    }
}

} // namespace atc
