#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Quality.h>
#include <parcours/core/QualityStats.h>
#include <parcours/core/Repositories.h>

namespace parcours {

/** Evaluations, questionnaires, the Qualiopi registers and the dashboard's figures: the rules against storage. */
class QualityService {
public:
    QualityService(Repositories& repositories, const Clock& clock);

    Result<Questionnaire> currentQuestionnaire(EvaluationKind kind);
    Result<Questionnaire> questionnaire(qint64 id);
    /// Makes the next version of the questionnaire from the edited wording (answers keep the version they answered).
    Result<Questionnaire> reviseQuestionnaire(EvaluationKind kind, const QList<QString>& texts);

    Result<std::optional<Evaluation>> evaluation(qint64 bilanId, EvaluationKind kind);
    /// Records the answers to the current questionnaire (replacing earlier ones of that kind), dated today when
    /// `answeredOn` is invalid. `expectedVersion` is the stored answers' version (0 when there were none).
    Result<Evaluation> recordEvaluation(qint64 bilanId, EvaluationKind kind, const QMap<QString, int>& scores,
        const QString& comment, QDate answeredOn = {}, int expectedVersion = -1);
    Result<void> removeEvaluation(qint64 bilanId, EvaluationKind kind);

    Result<QList<RegisterEntry>> registerEntries(QDate from = {}, QDate to = {});
    Result<RegisterEntry> registerEntry(qint64 id); ///< as stored now (after someone else's save)
    Result<qint64> addRegisterEntry(const RegisterEntry& entry);
    Result<void> updateRegisterEntry(const RegisterEntry& entry);
    Result<QList<ImprovementAction>> improvementActions(QDate from = {}, QDate to = {});
    Result<ImprovementAction> improvementAction(qint64 id); ///< as stored now
    Result<qint64> addImprovementAction(const ImprovementAction& action);
    Result<void> updateImprovementAction(const ImprovementAction& action);

    /// The dashboard's figures for [from, to], as known today.
    Result<QualityFigures> figures(QDate from, QDate to);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
