#pragma once

#include <parcours/core/Compliance.h>
#include <parcours/ui/BilanTab.h>

class QGridLayout;
class QLabel;

namespace parcours {

class Workspace;

/**
 * The "Conformité" tab: each compliance check of the bilan shown (R6313-4, R6313-8, L6313-4, CPF), where it stands,
 * what is missing, and a button that opens the tab where it is fixed.
 */
class ComplianceTab : public BilanTab {
    Q_OBJECT
public:
    explicit ComplianceTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    /// The checks shown (empty when no bilan is); worked out now if the tab was waiting to be shown.
    const QList<ComplianceCheck>& checks()
    {
        loadPending();
        return m_checks;
    }
    /// The object name of the tab where a fix place is fixed ("sessionsTab"…), empty for none.
    static QString tabFor(FixPlace place);
    /// Shows the tab where the check is fixed, among the tabs of the panel this tab is in.
    void goToFix(FixPlace place);

private:
    void reload();
    void reloadWhenShown() { loadWhenShown([this] { reload(); }); }
    void rebuild();

    Workspace& m_workspace;
    qint64 m_bilanId = 0;
    QList<ComplianceCheck> m_checks;
    QLabel* m_summary;
    QWidget* m_rows;
    QGridLayout* m_grid;
};

} // namespace parcours
