#include "DraftPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "store/ProfileStore.h"
#include "widgets/ContentScrollArea.h"
#include "widgets/CreateTagDialog.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

DraftPage::DraftPage(PageId id, ConnectorDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_id(id), m_draft(draft)
{
    connect(draft, &ConnectorDraft::changed, this, &QWizardPage::completeChanged);
}

bool DraftPage::isComplete() const
{
    return !m_draft->pageHasErrors(m_id);
}

QWidget *DraftPage::content()
{
    if (m_content)
        return m_content;
    m_content = new QWidget;
    m_content->setObjectName(u"pageContent"_s);
    auto *area = new ContentScrollArea(m_content, this);
    area->setObjectName(u"pageScrollArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    return m_content;
}

IssueLabel *DraftPage::issueLabel(QWidget *input, QList<ProfileField> fields)
{
    auto *label = new IssueLabel(input, this);
    // Values loaded by Edit / Duplicate were not typed here: their errors show at once.
    label->setErrorsShown(m_draft->mode() != ConnectorDraft::Mode::Create);
    m_labels.append({label, input, fields});
    const auto update = [draft = m_draft, label, fields = std::move(fields)] {
        QList<ValidationIssue> issues;
        for (ProfileField field : fields)
            issues.append(draft->issuesFor(field));
        label->setIssues(issues);
    };
    connect(m_draft, &ConnectorDraft::changed, label, update);
    update();
    if (input)
        watchInput(input, label);
    return label;
}

void DraftPage::watchInput(QWidget *input, IssueLabel *label)
{
    m_labelOf.insert(input, label);
    input->installEventFilter(this); // focus out: a typed-in text was left
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        connect(line, &QLineEdit::textEdited, this, [this, line] { m_edited.insert(line); });
        connect(line, &QLineEdit::returnPressed, this, [this, line] {
            if (m_edited.contains(line))
                touch(line);
        });
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
            if (text->hasFocus()) // not a value loaded by the page
                m_edited.insert(text);
        });
    } else if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        // clicked(), unlike toggled(), is the user's (or click()'s), never setChecked()'s.
        connect(button, &QAbstractButton::clicked, this, [this, button] { touch(button); });
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::activated, this, [this, combo] { touch(combo); });
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input)) {
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this, spin] { touch(spin); });
    } else if (auto *view = qobject_cast<QAbstractItemView *>(input)) {
        // A click or a key in a list or tree changes its checks at once.
        m_labelOf.insert(view->viewport(), label);
        view->viewport()->installEventFilter(this);
    }
}

bool DraftPage::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        if (m_edited.contains(watched))
            touch(watched);
        break;
    case QEvent::MouseButtonRelease:
        if (watched->parent() && qobject_cast<QAbstractItemView *>(watched->parent()))
            touch(watched);
        break;
    case QEvent::KeyRelease:
        if (qobject_cast<QAbstractItemView *>(watched)) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Select)
                touch(watched);
        }
        break;
    default:
        break;
    }
    return QWizardPage::eventFilter(watched, event);
}

void DraftPage::touch(QObject *input)
{
    m_edited.remove(input);
    if (IssueLabel *label = m_labelOf.value(input))
        label->setErrorsShown(true);
}

void DraftPage::revealIssues()
{
    m_edited.clear();
    QWidget *firstWithError = nullptr;
    for (const Watched &w : std::as_const(m_labels)) {
        if (!w.label)
            continue;
        w.label->setErrorsShown(true);
        if (firstWithError || !w.input || !w.input->isVisibleTo(this) || !w.input->isEnabled())
            continue;
        for (ProfileField field : w.fields) {
            for (const ValidationIssue &issue : m_draft->issuesFor(field)) {
                if (issue.severity == Severity::Error)
                    firstWithError = w.input;
            }
        }
    }
    if (firstWithError)
        firstWithError->setFocus(Qt::OtherFocusReason);
}

void DraftPage::showCreateTagDialog(QPointer<CreateTagDialog> *dialog,
                                    const std::function<void(const Tag &)> &created)
{
    if (*dialog)
        return;
    *dialog = new CreateTagDialog(draft()->tagCatalog(), this);
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    CreateTagDialog *d = *dialog;
    connect(d, &QDialog::accepted, this, [d, created] { created(d->tag()); });
    d->open();
}

bool DraftPage::saveNewTag(ProfileStore *store, const Tag &tag, QString *message)
{
    QList<Tag> catalog = draft()->tagCatalog();
    catalog.append(tag);
    QString error;
    if (!store || !store->saveTags(catalog, &error)) {
        *message = tr("The tag could not be saved: %1").arg(error);
        return false;
    }
    draft()->setTagCatalog(catalog);
    return true;
}

} // namespace atc
