#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/RetentionService.h>
#include <parcours/ui/BilanTab.h>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class DateDialog;
class DisclosureSection;
class RetentionConsentDialog;
class Workspace;

/**
 * The « Conservation » tab (R6313-7): each kind of the bilan's content and where it stands (running, kept under a
 * consent until a day, due since a day, nothing), the beneficiary's consents to keep some of it, the destruction
 * with its confirmation and certificate, and the disclosure log (DisclosureSection).
 */
class RetentionTab : public BilanTab {
    Q_OBJECT
public:
    explicit RetentionTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    // What the tab shows, read first if the bilan changed while the tab was hidden.
    const RetentionSchedule& schedule() { loadPending(); return m_schedule; }
    const QList<RetentionConsent>& consents() { loadPending(); return m_consents; }
    QTableWidget* consentsTable() { loadPending(); return m_consentsTable; }
    DisclosureSection* disclosures() { loadPending(); return m_disclosures; }
    /// What a kind's state reads as in the tab ("À détruire depuis le 20 mars 2026").
    static QString stateText(const ContentRetention& content, QDate today);

    RetentionConsentDialog* recordConsent();
    /// Withdraws the consent selected in the table; nullptr when none is, or it is already withdrawn.
    DateDialog* withdrawConsent();
    /// Asks to confirm (listing what goes, what stays, what to delete by hand), then destroys. Refused while the
    /// bilan is open. True when something was destroyed.
    bool destroyContent();
    /// Saves the certificate of the bilan's latest destruction as PDF.
    bool exportCertificate();

private:
    /// Reads the tab now when it is shown, else when it next is (some twenty queries: opening a bilan on another
    /// tab does not wait for them).
    void reloadWhenShown() { loadWhenShown([this] { reload(); }); }
    void reload();
    void fillContents();
    void fillConsents();
    void updateButtons();
    QString confirmationText(const DestructionPlan& plan) const;

    Workspace& m_workspace;
    Bilan m_bilan;
    QString m_clientName;
    RetentionSchedule m_schedule;
    QList<RetentionConsent> m_consents;
    int m_destructions = 0;
    QLabel* m_summary;
    QWidget* m_contentRows;
    QGridLayout* m_contentGrid;
    QTableWidget* m_consentsTable;
    QPushButton* m_recordConsent;
    QPushButton* m_withdrawConsent;
    QLabel* m_destructionLabel;
    QPushButton* m_destroy;
    QPushButton* m_certificate;
    DisclosureSection* m_disclosures;
};

} // namespace parcours
