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
    using Reload = std::function<Result<Bilan>(qint64 id)>;

    BilanDialog(QDate today, Submit submit, QWidget* parent = nullptr);
    ~BilanDialog() override;

    void setBilan(const Bilan& bilan, const QString& clientName);
    Bilan bilan() const;
    /// How to read the stored bilan again when someone else changed it meanwhile (the conflict's choices).
    void setReload(Reload reload) { m_reload = std::move(reload); }
    const FieldErrors& errors() const { return m_errors; }
    DurationSpinBox* budgetSpinBox(Phase phase) const;

    void accept() override;

private:
    void updateTotal();

    std::unique_ptr<Ui::BilanDialog> m_ui;
    Submit m_submit;
    Reload m_reload;
    QString m_clientName;
    bool settleConflict(const Bilan& typed, const Error& conflict);
    Bilan m_bilan;
    FieldErrors m_errors;
};

} // namespace parcours
