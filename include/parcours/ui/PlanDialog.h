#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/core/Planner.h>
#include <parcours/ui/FieldErrors.h>

#include <QDialog>

#include <memory>

namespace Ui {
class PlanDialog;
}

namespace parcours {

class PlanProposalModel;
class Workspace;

/**
 * "Plan the sessions…": from a start date, a weekday and time, a count and a length, the planner's proposal as an
 * editable table (holidays, absences and conflicts flagged) that is saved in one step, or not at all.
 */
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    PlanDialog(Workspace& workspace, const BilanOverview& overview, QWidget* parent = nullptr);
    ~PlanDialog() override;

    PlanProposalModel* model() const { return m_model; }
    PlanRequest request() const;
    /// The error shown above the table (a request refused), or below it (a proposal refused); "" when none.
    QString errorText() const;
    QString summary() const;

    void accept() override;

private:
    void propose();
    void review();
    void updateSummary(const QString& refusal);
    void proposeDefaults(const BilanOverview& overview);

    std::unique_ptr<Ui::PlanDialog> m_ui;
    Workspace& m_workspace;
    qint64 m_bilanId;
    BilanHours m_hours;
    PlanProposalModel* m_model;
    FieldErrors m_errors;
    QSet<int> m_fortnights;
    QString m_refusal;
    bool m_proposing = false;
};

} // namespace parcours
