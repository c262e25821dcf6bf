#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/core/Cpf.h>
#include <parcours/ui/BilanTab.h>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;

namespace parcours {

class Workspace;

/**
 * The "Hours and deadlines" tab: per phase and for the bilan, the budget, the hours planned, done and remaining,
 * face to face and personal work apart, against the 24 h cap; the CPF completion rate; the attendance proof still
 * missing; and, for a CPF bilan, the entry and exit declarations with their deadlines until marked declared.
 */
class HoursTab : public BilanTab {
    Q_OBJECT
public:
    HoursTab(Workspace& workspace, const QList<QAction*>& actions, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    QString hoursText() const; ///< the table as plain text (tests, accessibility)
    QString cpfText() const;
    QString proofText() const;
    /// Marks a CPF step of the bilan shown as declared today.
    void declare(CpfStep step);
    /// The bilan shown (nothing when none).
    const BilanOverview* overview() const { return m_overview ? &*m_overview : nullptr; }

Q_SIGNALS:
    /// The bilan shown changed or was reloaded (0 when none): actions that depend on it update.
    void bilanShown(qint64 bilanId);

private:
    void showCpf();

    Workspace& m_workspace;
    std::optional<BilanOverview> m_overview;
    QLabel* m_hours;
    QLabel* m_footnote;
    QLabel* m_rate;
    QLabel* m_proof;
    QGroupBox* m_cpfBox;
    QLabel* m_entry;
    QLabel* m_exit;
    QPushButton* m_declareEntry;
    QPushButton* m_declareExit;
};

} // namespace parcours
