#pragma once

#include <QWidget>

#include <parcours/core/BilanService.h>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace parcours {

class BilanDialog;
class BilanTab;
class ClientDialog;
class PhaseTimeline;
class ProfileTab;
class SessionsTab;
class Workspace;

/** The centre of the window: the selected beneficiary, their bilan's phase timeline, and the bilan's tabs. */
class BilanPanel : public QWidget {
    Q_OBJECT
public:
    explicit BilanPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    qint64 bilanId() const { return m_overview ? m_overview->bilan.id : 0; }

    PhaseTimeline* timeline() const { return m_timeline; }
    SessionsTab* sessionsTab() const { return m_sessionsTab; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Brings `tab` to the front (each tab sits in its own scroll area), inside « Gestion » when it is there.
    void showTab(const BilanTab* tab);
    /// The tab in front (inside « Gestion » when that is in front).
    BilanTab* currentTab() const;
    /// Every tab, in the order added (the order the saved "window/bilanTab" counts in).
    const QList<BilanTab*>& bilanTabs() const { return m_bilanTabs; }
    /// The tab widget holding `tab`: tabs(), or managementTabs() for the tabs of « Gestion ».
    QTabWidget* tabWidgetOf(const BilanTab* tab) const;
    /// The index of `tab` in tabWidgetOf(tab) (-1 when it is not there).
    int tabIndex(const BilanTab* tab) const;
    /// The tabs inside « Gestion ».
    QTabWidget* managementTabs() const { return m_managementTabs; }
    QAction* editClientAction() const { return m_editClientAction; }
    QAction* openBilanAction() const { return m_openBilanAction; }
    QAction* editBilanAction() const { return m_editBilanAction; }
    /// The header's second line, as shown ("Bilan no. 3 · CPF · started on …").
    QString subtitle() const;
    QString hoursSummary() const;

    /// Adds a tab under the timeline; the panel keeps it in step with the bilan shown.
    void addTab(BilanTab* tab);
    /// Adds a tab inside « Gestion », the one tab that gathers the administration of the bilan (billing,
    /// evaluations, compliance, retention, hours): see docs/architecture.md, "The bilan's tabs".
    void addManagementTab(BilanTab* tab);

    ClientDialog* editClient();
    BilanDialog* openBilan();
    BilanDialog* editBilan();

private:
    void auditOpening();
    void reload();
    void showBilan(qint64 bilanId);
    void updateActions();
    void refreshTabs();
    void addPage(QTabWidget* tabs, BilanTab* tab);
    void tabChanged();

    Workspace& m_workspace;
    qint64 m_clientId = 0;
    std::optional<Client> m_client;
    std::optional<BilanOverview> m_overview;
    /// The bilan and content tab whose opening was last logged (docs/protection.md).
    std::pair<qint64, const BilanTab*> m_auditedOpening { 0, nullptr };
    QList<Bilan> m_bilans;

    QStackedWidget* m_stack;
    QLabel* m_nameLabel;
    QLabel* m_subtitleLabel;
    QComboBox* m_bilanComboBox;
    QLabel* m_hoursLabel;
    PhaseTimeline* m_timeline;
    QTabWidget* m_tabs;
    QTabWidget* m_managementTabs;
    ProfileTab* m_profileTab;
    SessionsTab* m_sessionsTab;
    QList<BilanTab*> m_bilanTabs;
    QWidget* m_noBilanPage;
    QPushButton* m_openBilanButton;
    QAction* m_editClientAction;
    QAction* m_openBilanAction;
    QAction* m_editBilanAction;
};

} // namespace parcours
