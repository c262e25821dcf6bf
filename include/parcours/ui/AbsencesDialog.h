#pragma once

#include <parcours/core/Schedule.h>
#include <parcours/ui/FieldErrors.h>

#include <QDialog>

#include <memory>

namespace Ui {
class AbsencesDialog;
}

class QLabel;

namespace parcours {

class Workspace;

/** The consultant's declared absences: the list, and adding or removing one. The planner moves sessions off them. */
class AbsencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit AbsencesDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~AbsencesDialog() override;

    QList<Absence> absences() const { return m_absences; }
    const FieldErrors& errors() const { return m_errors; }
    /// After an absence is added: the sessions still planned in it (hidden when none).
    QLabel* noticeLabel() const;
    /// Adds the absence typed in the form; false (reason shown) when refused.
    bool addTyped();
    void removeSelected();

private:
    void reload();
    void showPlannedDuring(const Absence& absence);

    std::unique_ptr<Ui::AbsencesDialog> m_ui;
    Workspace& m_workspace;
    QList<Absence> m_absences;
    FieldErrors m_errors;
};

} // namespace parcours
