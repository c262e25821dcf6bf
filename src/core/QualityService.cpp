#include <parcours/core/QualityRepository.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/RichText.h>
#include <parcours/core/Validation.h>

#include <QCoreApplication>

namespace parcours {
namespace {

RegisterEntry tidied(RegisterEntry entry)
{
    entry.fromWhom = RichText::cleanText(entry.fromWhom).simplified();
    entry.nature = RichText::cleanText(entry.nature).trimmed();
    entry.handling = RichText::cleanText(entry.handling).trimmed();
    entry.outcome = RichText::cleanText(entry.outcome).trimmed();
    return entry;
}

ImprovementAction tidied(ImprovementAction action)
{
    action.source = RichText::cleanText(action.source).simplified();
    action.action = RichText::cleanText(action.action).trimmed();
    action.owner = RichText::cleanText(action.owner).simplified();
    return action;
}

Result<void> checkPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Quality", "The period must have a start and an end, in order."),
            QStringLiteral("period"));
    return success();
}

} // namespace

QualityService::QualityService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<Questionnaire> QualityService::currentQuestionnaire(EvaluationKind kind)
{
    return m_repositories.quality().currentQuestionnaire(kind);
}

Result<Questionnaire> QualityService::questionnaire(qint64 id)
{
    return m_repositories.quality().questionnaire(id);
}

Result<Questionnaire> QualityService::reviseQuestionnaire(EvaluationKind kind, const QList<QString>& texts)
{
    if (auto valid = firstError(quality::validateQuestions(texts)); !valid)
        return valid.error();
    const QList<EvaluationQuestion> questions = quality::numberQuestions(texts);
    Questionnaire made;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto current = m_repositories.quality().currentQuestionnaire(kind);
        if (!current)
            return current.error();
        if (current->questions == questions) {
            made = current.value(); // nothing changed: no new version
            return success();
        }
        auto added = m_repositories.quality().addQuestionnaireVersion(kind, questions);
        if (!added)
            return added.error();
        made = added.value();
        return success();
    });
    if (!done)
        return done.error();
    return made;
}

Result<std::optional<Evaluation>> QualityService::evaluation(qint64 bilanId, EvaluationKind kind)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    return m_repositories.quality().evaluation(bilanId, kind);
}

Result<Evaluation> QualityService::recordEvaluation(qint64 bilanId, EvaluationKind kind,
    const QMap<QString, int>& scores, const QString& comment, QDate answeredOn, int expectedVersion)
{
    Evaluation evaluation;
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
            return bilan.error();
        auto questionnaire = m_repositories.quality().currentQuestionnaire(kind);
        if (!questionnaire)
            return questionnaire.error();
        auto existing = m_repositories.quality().evaluation(bilanId, kind);
        if (!existing)
            return existing.error();
        evaluation.bilanId = bilanId;
        evaluation.kind = kind;
        evaluation.questionnaireId = questionnaire->id;
        evaluation.answeredOn = answeredOn.isValid() ? answeredOn : m_clock.today();
        evaluation.scores = scores;
        evaluation.comment = RichText::cleanText(comment).trimmed();
        evaluation.version = existing.value() ? existing.value()->version : 0;
        if (expectedVersion >= 0 && expectedVersion != evaluation.version)
            return makeError(ErrorCode::Conflict,
                QCoreApplication::translate(
                    "Quality", "These answers were changed by someone else since you opened them."));
        if (auto valid = firstError(quality::validateEvaluation(evaluation, questionnaire.value())); !valid)
            return valid;
        if (evaluation.answeredOn > m_clock.today())
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Quality", "The answers cannot be dated in the future."),
                QStringLiteral("answered_on"));
        return m_repositories.quality().putEvaluation(evaluation);
    });
    if (!done)
        return done.error();
    ++evaluation.version;
    return evaluation;
}

Result<void> QualityService::removeEvaluation(qint64 bilanId, EvaluationKind kind)
{
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
            return bilan.error();
        return m_repositories.quality().removeEvaluation(bilanId, kind);
    });
}

Result<QList<RegisterEntry>> QualityService::registerEntries(QDate from, QDate to)
{
    return m_repositories.quality().registerEntries(from, to);
}

Result<qint64> QualityService::addRegisterEntry(const RegisterEntry& entry)
{
    const RegisterEntry tidy = tidied(entry);
    if (auto valid = firstError(quality::validateRegisterEntry(tidy, m_clock.today())); !valid)
        return valid.error();
    return m_repositories.quality().addRegisterEntry(tidy);
}

Result<void> QualityService::updateRegisterEntry(const RegisterEntry& entry)
{
    const RegisterEntry tidy = tidied(entry);
    if (auto valid = firstError(quality::validateRegisterEntry(tidy, m_clock.today())); !valid)
        return valid;
    return m_repositories.quality().updateRegisterEntry(tidy);
}

Result<RegisterEntry> QualityService::registerEntry(qint64 id)
{
    return m_repositories.quality().registerEntry(id);
}

Result<ImprovementAction> QualityService::improvementAction(qint64 id)
{
    return m_repositories.quality().improvementAction(id);
}

Result<QList<ImprovementAction>> QualityService::improvementActions(QDate from, QDate to)
{
    return m_repositories.quality().improvementActions(from, to);
}

Result<qint64> QualityService::addImprovementAction(const ImprovementAction& action)
{
    const ImprovementAction tidy = tidied(action);
    if (auto valid = firstError(quality::validateImprovementAction(tidy, m_clock.today())); !valid)
        return valid.error();
    return m_repositories.quality().addImprovementAction(tidy);
}

Result<void> QualityService::updateImprovementAction(const ImprovementAction& action)
{
    const ImprovementAction tidy = tidied(action);
    if (auto valid = firstError(quality::validateImprovementAction(tidy, m_clock.today())); !valid)
        return valid;
    return m_repositories.quality().updateImprovementAction(tidy);
}

Result<QualityFigures> QualityService::figures(QDate from, QDate to)
{
    if (auto valid = checkPeriod(from, to); !valid)
        return valid.error();
    auto facts = m_repositories.quality().bilanFacts(from, to);
    if (!facts)
        return facts.error();
    return quality::computeFigures(facts.value(), from, to, m_clock.today());
}

} // namespace parcours
