#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

class QLabel;
class QWidget;

namespace parcours {

/**
 * Shows each refused input next to its field in a dialog: the reason in a red label under the field, the
 * field outlined, focus on the first one. Errors without a known field go to the form's general label.
 */
class FieldErrors {
public:
    explicit FieldErrors(QLabel* generalLabel);

    void bind(const QString& field, QWidget* input, QLabel* errorLabel);
    void clear();
    /// Returns true when there was something to show.
    bool show(const QList<FieldError>& errors);
    void show(const Error& error);
    /// The message shown for a field ("" when none): what a user reads next to it.
    QString messageFor(const QString& field) const;

private:
    struct Binding {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Binding> m_bindings;
};

} // namespace parcours
