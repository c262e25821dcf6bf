#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/DocumentActions.h>

class QAction;
class QGroupBox;
class QLabel;
class QPrintPreviewDialog;

namespace parcours {

class AgreementDialog;
class DateDialog;
class Workspace;

/**
 * The Documents tab: the administrative papers of a bilan with where each stands — the tripartite agreement (sent,
 * signed, refused, the 10-day silence), the synthèse's handover receipt, the certificat de réalisation — and their
 * preview, print and PDF export.
 */
class DocumentsTab : public BilanTab {
    Q_OBJECT
public:
    /// The documents this tab prints.
    enum class Kind { Agreement, Receipt, Certificate };

    explicit DocumentsTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    AgreementDialog* editAgreement();
    DateDialog* recordReceipt();
    QPrintPreviewDialog* preview(Kind kind);
    bool exportPdf(Kind kind);
    void print(Kind kind);

    QLabel* agreementLabel() const { return m_agreementLabel; }
    QLabel* receiptLabel() const { return m_receiptLabel; }
    QLabel* certificateLabel() const { return m_certificateLabel; }
    QAction* editAgreementAction() const { return m_editAgreementAction; }
    QAction* recordReceiptAction() const { return m_recordReceiptAction; }

private:
    QGroupBox* group(const QString& title, QLabel* label, QList<QAction*> actions, Kind kind);
    void refresh();
    DocumentActions::Build builderFor(Kind kind);

    Workspace& m_workspace;
    Bilan m_bilan;
    QString m_clientName;
    int m_doneMinutes = 0;
    QLabel* m_agreementLabel;
    QLabel* m_receiptLabel;
    QLabel* m_certificateLabel;
    QAction* m_editAgreementAction;
    QAction* m_recordReceiptAction;
    QList<QAction*> m_documentActions; ///< preview, print, export of each kind
    QGroupBox* m_agreementGroup = nullptr;
};

} // namespace parcours
