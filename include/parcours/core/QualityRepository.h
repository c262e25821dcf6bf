#pragma once

#include <parcours/core/Quality.h>
#include <parcours/core/QualityStats.h>
#include <parcours/core/Result.h>

#include <QList>

#include <optional>

namespace parcours {

/**
 * Storage of what a quality auditor sees: the versioned satisfaction questionnaires and their answers (scores are
 * administrative proof; the free comment is kept apart, with the bilan's content), the complaints and incidents
 * register, the improvement-actions log, and the facts the dashboard computes its figures from.
 */
class QualityRepository {
public:
    virtual ~QualityRepository() = default;

    /// The newest version of a questionnaire (migration 005 creates version 1 of both).
    virtual Result<Questionnaire> currentQuestionnaire(EvaluationKind kind) = 0;
    virtual Result<Questionnaire> questionnaire(qint64 id) = 0;
    /// Adds the next version of the kind's questionnaire and returns it.
    virtual Result<Questionnaire> addQuestionnaireVersion(
        EvaluationKind kind, const QList<EvaluationQuestion>& questions)
        = 0;

    virtual Result<std::optional<Evaluation>> evaluation(qint64 bilanId, EvaluationKind kind) = 0;
    /// Creates (version 0) or replaces (matching version) the bilan's answers of that kind.
    virtual Result<void> putEvaluation(const Evaluation& evaluation) = 0;
    virtual Result<void> removeEvaluation(qint64 bilanId, EvaluationKind kind) = 0;

    virtual Result<QList<RegisterEntry>> registerEntries(QDate from, QDate to) = 0; ///< invalid: open end; by date
    virtual Result<RegisterEntry> registerEntry(qint64 id) = 0;
    virtual Result<qint64> addRegisterEntry(const RegisterEntry& entry) = 0;
    virtual Result<void> updateRegisterEntry(const RegisterEntry& entry) = 0;

    virtual Result<QList<ImprovementAction>> improvementActions(QDate from, QDate to) = 0;
    virtual Result<ImprovementAction> improvementAction(qint64 id) = 0;
    virtual Result<qint64> addImprovementAction(const ImprovementAction& action) = 0;
    virtual Result<void> updateImprovementAction(const ImprovementAction& action) = 0;

    /// The bilans started or ended between the two dates (both included), with their hours and satisfaction.
    virtual Result<QList<BilanFacts>> bilanFacts(QDate from, QDate to) = 0;
};

} // namespace parcours
