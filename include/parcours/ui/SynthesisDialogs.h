#pragma once

#include <QDialog>

#include <parcours/core/Result.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class ObservationsDialog;
class TemplateDialog;
} // namespace Ui

namespace parcours {

/** Records the beneficiary's observations on the submitted synthèse; a refusal keeps the dialog open. */
class ObservationsDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const QString&)>;
    ObservationsDialog(const QString& observations, Submit submit, QWidget* parent = nullptr);
    ~ObservationsDialog() override;
    void setText(const QString& text);
    void accept() override;

private:
    std::unique_ptr<Ui::ObservationsDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

/** Names the consultant's template (and whether new syntheses start from it). */
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const QString& name, bool makeDefault)>;
    explicit TemplateDialog(Submit submit, QWidget* parent = nullptr);
    ~TemplateDialog() override;
    void setName(const QString& name);
    void accept() override;

private:
    std::unique_ptr<Ui::TemplateDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

} // namespace parcours
