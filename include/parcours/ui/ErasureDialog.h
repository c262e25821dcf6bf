#pragma once

#include <parcours/core/ErasureService.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace parcours {

class Workspace;

/**
 * « Effacer la personne… »: the choice between erasing a person entirely and keeping only the administrative proof,
 * with what each would delete and keep listed before the consultant confirms. The button stays off while the
 * choice is refused (an open bilan; invoices for a full erasure), the reason shown.
 */
class ErasureDialog : public QDialog {
    Q_OBJECT
public:
    ErasureDialog(Workspace& workspace, qint64 clientId, QWidget* parent = nullptr);

    QRadioButton* keepProofButton() const { return m_keepProof; }
    QRadioButton* everythingButton() const { return m_everything; }
    QTextBrowser* summary() const { return m_summary; }
    QPushButton* eraseButton() const;

Q_SIGNALS:
    /// Erased, with the journal entry; the person may no longer exist.
    void erased(const DestructionRecord& record);

private:
    void showPlan();
    void erase();

    Workspace& m_workspace;
    qint64 m_clientId;
    QRadioButton* m_everything;
    QRadioButton* m_keepProof;
    QTextBrowser* m_summary;
    QLabel* m_refusal;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours
