#pragma once

#include <parcours/core/QualityRepository.h>

namespace parcours {

class Database;
class StoreEvents;

/** Questionnaires, evaluations, the Qualiopi registers and the dashboard's facts over Qt Sql. */
class SqlQualityRepository final : public QualityRepository {
public:
    SqlQualityRepository(Database& database, StoreEvents& events);

    Result<Questionnaire> currentQuestionnaire(EvaluationKind kind) override;
    Result<Questionnaire> questionnaire(qint64 id) override;
    Result<Questionnaire> addQuestionnaireVersion(
        EvaluationKind kind, const QList<EvaluationQuestion>& questions) override;
    Result<std::optional<Evaluation>> evaluation(qint64 bilanId, EvaluationKind kind) override;
    Result<void> putEvaluation(const Evaluation& evaluation) override;
    Result<void> removeEvaluation(qint64 bilanId, EvaluationKind kind) override;

    Result<QList<RegisterEntry>> registerEntries(QDate from, QDate to) override;
    Result<RegisterEntry> registerEntry(qint64 id) override;
    Result<qint64> addRegisterEntry(const RegisterEntry& entry) override;
    Result<void> updateRegisterEntry(const RegisterEntry& entry) override;
    Result<QList<ImprovementAction>> improvementActions(QDate from, QDate to) override;
    Result<ImprovementAction> improvementAction(qint64 id) override;
    Result<qint64> addImprovementAction(const ImprovementAction& action) override;
    Result<void> updateImprovementAction(const ImprovementAction& action) override;

    Result<QList<BilanFacts>> bilanFacts(QDate from, QDate to) override;

private:
    Result<Questionnaire> loadQuestionnaire(const QString& where, const QVariant& key, const QVariant& number);
    Database& m_database;
    StoreEvents& m_events;
};

} // namespace parcours
