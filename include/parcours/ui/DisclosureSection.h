#pragma once

#include <QGroupBox>

#include <parcours/core/Disclosure.h>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class DateDialog;
class DisclosureConsentDialog;
class DisclosureSendDialog;
class Workspace;

/**
 * « Transmissions à des tiers », in the Conservation tab: the beneficiary's consents to send the synthèse or the
 * test results to a third party, what was sent under them, and the one action that sends (refused without a
 * consent that holds and covers what is sent).
 */
class DisclosureSection : public QGroupBox {
    Q_OBJECT
public:
    explicit DisclosureSection(Workspace& workspace, QWidget* parent = nullptr);

    void setBilan(qint64 bilanId, const QString& clientName);
    void reload();

    const QList<DisclosureConsent>& consents() const { return m_consents; }
    const QList<DisclosureRecord>& disclosures() const { return m_disclosures; }
    QTableWidget* consentsTable() const { return m_consentsTable; }
    QTableWidget* disclosuresTable() const { return m_disclosuresTable; }

    DisclosureConsentDialog* recordConsent();
    /// Withdraws the consent selected in the table; nullptr when none is, or it is already withdrawn.
    DateDialog* withdrawConsent();
    /// Opens the choice of consent and item, then the file; nullptr (and a message) without a consent that holds.
    DisclosureSendDialog* send();
    /// Writes the item under the consent to `path` and records the sending; says what happened.
    bool sendTo(qint64 consentId, DisclosedItem item);

private:
    void fillConsents();
    void fillDisclosures();
    void updateButtons();
    const DisclosureConsent* selectedConsent() const;

    Workspace& m_workspace;
    qint64 m_bilanId = 0;
    QString m_clientName;
    QList<DisclosureConsent> m_consents;
    QList<DisclosureRecord> m_disclosures;
    QLabel* m_intro;
    QTableWidget* m_consentsTable;
    QTableWidget* m_disclosuresTable;
    QPushButton* m_record;
    QPushButton* m_withdraw;
    QPushButton* m_send;
};

} // namespace parcours
