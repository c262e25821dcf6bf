#pragma once

#include <QObject>

namespace parcours {

/**
 * Announces every committed change, so models and panels refresh from storage instead of being told
 * by whoever made the change. Emitted after the transaction commits, never before.
 */
class StoreEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void clientChanged(qint64 clientId);
    void bilanChanged(qint64 bilanId, qint64 clientId);
    void sessionChanged(qint64 sessionId, qint64 bilanId);
    void settingsChanged(const QString& key);
    void absencesChanged();
    void cpfDeclarationChanged(qint64 bilanId);
    /// A version of the bilan's synthèse changed, or a new one was made.
    void synthesisChanged(qint64 bilanId);
    /// The consultant's synthèse templates changed.
    void synthesisTemplatesChanged();
    /// The bilan's administrative proof (agreement, handover receipt) changed.
    void proofChanged(qint64 bilanId);
    /// Anything of a bilan's investigation workspace (records, texts, domains, report files).
    void investigationChanged(qint64 bilanId);
    /// The bilan's funding plan, invoices, credit notes or payments changed (0: a financial year was closed).
    void billingChanged(qint64 bilanId);
    /// A bilan's evaluation (à chaud or à froid) was entered, changed or removed.
    void evaluationChanged(qint64 bilanId);
    /// A questionnaire got a new version.
    void questionnaireChanged();
    /// The complaints and incidents register or the improvement-actions log changed.
    void qualityRegistersChanged();
    /// The bilan's follow-up (due date, outcome, attempts, notes) or its abandonment changed.
    void followUpChanged(qint64 bilanId);
    /// A retention or disclosure consent was recorded or withdrawn, content was destroyed, results were sent.
    void retentionChanged(qint64 bilanId);
    /// The database server went away (a cabinet's PostgreSQL): what was being saved was not, nothing half-done.
    void connectionLost();
    /// The connection is back after connectionLost(): what is shown may be stale, read it again.
    void connectionRestored();
};

} // namespace parcours
