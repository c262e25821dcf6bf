#pragma once

#include <QDialog>

#include <parcours/core/Bilan.h>
#include <parcours/core/Result.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class BilanDialog;
}

namespace parcours {

class DurationSpinBox;

/** Opens a bilan or changes its funding, start and phase hours, with the 24 h cap shown as it is typed. */
class BilanDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const Bilan&)>;

    BilanDialog(QDate today, Submit submit, QWidget* parent = nullptr);
    ~BilanDialog() override;

    void setBilan(const Bilan& bilan, const QString& clientName);
    Bilan bilan() const;
    const FieldErrors& errors() const { return m_errors; }
    DurationSpinBox* budgetSpinBox(Phase phase) const;

    void accept() override;

private:
    void updateTotal();

    std::unique_ptr<Ui::BilanDialog> m_ui;
    Submit m_submit;
    Bilan m_bilan;
    FieldErrors m_errors;
};

} // namespace parcours
