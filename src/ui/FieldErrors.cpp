#include <parcours/ui/Colours.h>
#include <parcours/ui/FieldErrors.h>

#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

void styleErrorLabel(QLabel* label)
{
    label->setStyleSheet(colours::css(colours::error()));
    label->setWordWrap(true);
    label->hide();
}

} // namespace

FieldErrors::FieldErrors(QLabel* generalLabel)
    : m_general(generalLabel)
{
    if (m_general)
        styleErrorLabel(m_general);
}

void FieldErrors::bind(const QString& field, QWidget* input, QLabel* errorLabel)
{
    styleErrorLabel(errorLabel);
    m_bindings.insert(field, { input, errorLabel });
}

void FieldErrors::clear()
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.label) {
            binding.label->clear();
            binding.label->hide();
        }
        if (binding.input)
            binding.input->setStyleSheet(QString());
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

bool FieldErrors::show(const QList<FieldError>& errors)
{
    clear();
    QWidget* first = nullptr;
    QStringList general;
    for (const FieldError& error : errors) {
        const auto it = m_bindings.constFind(error.field);
        if (it == m_bindings.constEnd() || !it->label) {
            general << error.message;
            continue;
        }
        it->label->setText(it->label->text().isEmpty() ? error.message
                                                       : it->label->text() + u'\n' + error.message);
        it->label->show();
        if (it->input) {
            it->input->setStyleSheet(u"border: 1px solid %1; border-radius: 2px;"_s.arg(colours::error().name()));
            if (!first)
                first = it->input;
        }
    }
    if (!general.isEmpty() && m_general) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !errors.isEmpty();
}

void FieldErrors::show(const Error& error)
{
    show(QList<FieldError> { { error.field, error.message } });
}

QString FieldErrors::messageFor(const QString& field) const
{
    const auto it = m_bindings.constFind(field);
    if (it == m_bindings.constEnd() || !it->label || it->label->isHidden())
        return {};
    return it->label->text();
}

} // namespace parcours
