#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/ui/BilanTab.h>

class QTabWidget;
class QTimer;

namespace parcours {

class CareerOptionsPage;
class CompetencesPage;
class ExperiencesPage;
class FieldInquiriesPage;
class PeerFeedbackPage;
class ResourcesPage;
class TestResultsPage;
class ValuesPage;
class Workspace;
class WrappingTabBar;

/**
 * The Investigation tab: the bilan's investigation workspace in eight parts (history, competences, values, how
 * others see them, tests, options, field inquiries, documentary research). Everything autosaves and goes on the
 * bilan's undo stack; the tab reloads from storage whenever the investigation changes, whoever changed it.
 */
class InvestigationTab : public BilanTab {
    Q_OBJECT
public:
    explicit InvestigationTab(Workspace& workspace, QWidget* parent = nullptr);
    ~InvestigationTab() override;

    QString title() const override;
    QString auditKey() const override { return QStringLiteral("investigation"); }
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    /// Loads the investigation again now (normally done after each change, once the event loop runs).
    void reload();
    const Investigation& investigation() const { return m_investigation; }
    QTabWidget* parts() const { return m_parts; }
    /// The buttons that show the parts (the tab widget's own bar is hidden).
    WrappingTabBar* partsBar() const { return m_partsBar; }
    ExperiencesPage* experiencesPage() const { return m_experiences; }
    CompetencesPage* competencesPage() const { return m_competences; }
    ValuesPage* valuesPage() const { return m_values; }
    PeerFeedbackPage* peerFeedbackPage() const { return m_peerFeedback; }
    TestResultsPage* testResultsPage() const { return m_tests; }
    CareerOptionsPage* careerOptionsPage() const { return m_options; }
    FieldInquiriesPage* fieldInquiriesPage() const { return m_inquiries; }
    ResourcesPage* resourcesPage() const { return m_resources; }

private:
    void distribute();
    void flushAll();

    Workspace& m_workspace;
    Investigation m_investigation;
    QString m_firstName;
    QTabWidget* m_parts;
    WrappingTabBar* m_partsBar = nullptr;
    QTimer* m_reloadTimer;
    ExperiencesPage* m_experiences;
    CompetencesPage* m_competences;
    ValuesPage* m_values;
    PeerFeedbackPage* m_peerFeedback;
    TestResultsPage* m_tests;
    CareerOptionsPage* m_options;
    FieldInquiriesPage* m_inquiries;
    ResourcesPage* m_resources;
};

} // namespace parcours
