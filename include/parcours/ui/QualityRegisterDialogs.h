#pragma once

#include <parcours/core/Quality.h>
#include <parcours/ui/ConflictingSave.h>
#include <parcours/ui/FieldErrors.h>

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RegisterEntryDialog;
class ImprovementActionDialog;
} // namespace Ui

namespace parcours {

/** A complaint or incident of the register, new or edited; a refusal keeps the dialog open with what was typed. */
class RegisterEntryDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const RegisterEntry&)>;
    RegisterEntryDialog(const RegisterEntry& entry, Submit submit, QWidget* parent = nullptr);
    ~RegisterEntryDialog() override;
    RegisterEntry entry() const;
    void setEntry(const RegisterEntry& entry);
    /// How to read the stored entry: a save that meets someone else's then asks what to do (ConflictPrompt).
    void setReload(std::function<Result<RegisterEntry>()> read);
    void accept() override;

private:
    std::unique_ptr<Ui::RegisterEntryDialog> m_ui;
    RegisterEntry m_entry;
    Submit m_submit;
    FieldErrors m_errors;
    ConflictingSave<RegisterEntry> m_conflicts;
};

/** An improvement action of the log, new or edited. */
class ImprovementActionDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const ImprovementAction&)>;
    ImprovementActionDialog(const ImprovementAction& action, Submit submit, QWidget* parent = nullptr);
    ~ImprovementActionDialog() override;
    ImprovementAction action() const;
    void setAction(const ImprovementAction& action);
    /// How to read the stored action: a save that meets someone else's then asks what to do (ConflictPrompt).
    void setReload(std::function<Result<ImprovementAction>()> read);
    void accept() override;

private:
    std::unique_ptr<Ui::ImprovementActionDialog> m_ui;
    ImprovementAction m_action;
    Submit m_submit;
    FieldErrors m_errors;
    ConflictingSave<ImprovementAction> m_conflicts;
};

} // namespace parcours
