// Evaluations, questionnaire versions, the Qualiopi registers and the dashboard's facts, on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/QualityRepository.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/WallClock.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class QualityStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        service = std::make_unique<QualityService>(store(), clock);
        bilanId = newBilan(u"Haddad"_s, Funding::Employer, QDate(2025, 1, 6));
    }
    qint64 newBilan(const QString& name, Funding funding, QDate start)
    {
        Client client;
        client.lastName = name;
        client.firstName = u"Nour"_s;
        const qint64 clientId = ClientService(store(), clock).add(client).value();
        return BilanService(store(), clock).open(clientId, funding, start).value();
    }
    void end(qint64 id, BilanStatus status, QDate date)
    {
        Bilan bilan = store().bilans().get(id).value();
        bilan.status = status;
        bilan.endDate = date;
        ASSERT_TRUE(store().bilans().update(bilan).ok());
    }
    void sessionDone(qint64 id, QDate date, int minutes, Phase phase = Phase::Investigation)
    {
        Session session;
        session.bilanId = id;
        session.phase = phase;
        session.startsAt = wallClock(date, QTime(9, 0));
        session.plannedMinutes = minutes + 30;
        session.actualMinutes = minutes;
        session.status = SessionStatus::Done;
        ASSERT_TRUE(store().sessions().add(session).ok());
    }

    ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<QualityService> service;
    qint64 bilanId = 0;
};

} // namespace

TEST_P(QualityStoreTest, BothQuestionnairesComeWithSixQuestionsOfOurOwn)
{
    for (EvaluationKind kind : kAllEvaluationKinds) {
        const Questionnaire q = service->currentQuestionnaire(kind).value();
        EXPECT_EQ(q.number, 1);
        EXPECT_EQ(q.kind, kind);
        ASSERT_EQ(q.questions.size(), 6);
        EXPECT_EQ(q.questions.first().key, u"q1"_s);
        EXPECT_FALSE(q.questions.last().text.isEmpty());
    }
    EXPECT_NE(service->currentQuestionnaire(EvaluationKind::End)->questions,
        service->currentQuestionnaire(EvaluationKind::SixMonths)->questions);
}

TEST_P(QualityStoreTest, AnswersAreStoredAndReplacedWithTheirVersionChecked)
{
    QSignalSpy changed(&store().events(), &StoreEvents::evaluationChanged);
    const auto recorded
        = service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 5 }, { u"q3"_s, 2 } }, u"Très utile."_s);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    EXPECT_EQ(changed.count(), 1);
    auto stored = service->evaluation(bilanId, EvaluationKind::End).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->scores.size(), 2);
    EXPECT_EQ(stored->scores.value(u"q3"_s), 2);
    EXPECT_EQ(stored->comment, u"Très utile."_s);
    EXPECT_EQ(stored->answeredOn, QDate(2026, 3, 2));
    EXPECT_EQ(stored->version, recorded->version);
    EXPECT_FALSE(service->evaluation(bilanId, EvaluationKind::SixMonths).value().has_value());

    // Entering them again replaces them; a stale version is a conflict and leaves them alone.
    ASSERT_TRUE(
        service
            ->recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 4 } }, {}, QDate(2026, 3, 1), stored->version)
            .ok());
    const auto stale
        = service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 1 } }, {}, {}, stored->version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    stored = service->evaluation(bilanId, EvaluationKind::End).value();
    EXPECT_EQ(stored->scores, (QMap<QString, int> { { u"q1"_s, 4 } }));
    EXPECT_TRUE(stored->comment.isEmpty());
}

TEST_P(QualityStoreTest, RefusedAnswersLeaveNothingStored)
{
    EXPECT_EQ(service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q9"_s, 3 } }, {}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 6 } }, {}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(
        service->recordEvaluation(bilanId, EvaluationKind::End, {}, u"Rien"_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(service->recordEvaluation(bilanId + 99, EvaluationKind::End, { { u"q1"_s, 3 } }, {}).error().code,
        ErrorCode::NotFound);
    EXPECT_FALSE(service->evaluation(bilanId, EvaluationKind::End).value().has_value());
}

TEST_P(QualityStoreTest, EditingTheQuestionsMakesANewVersionAndOldAnswersKeepTheirOwn)
{
    ASSERT_TRUE(service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q6"_s, 5 } }, {}).ok());
    const Questionnaire first = service->currentQuestionnaire(EvaluationKind::End).value();
    QSignalSpy changed(&store().events(), &StoreEvents::questionnaireChanged);
    const auto second
        = service->reviseQuestionnaire(EvaluationKind::End, { u"Êtes-vous satisfait ?"_s, u"Et du lieu ?"_s });
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->number, 2);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(service->currentQuestionnaire(EvaluationKind::End)->questions.size(), 2);
    // The same wording again makes no third version.
    EXPECT_EQ(
        service->reviseQuestionnaire(EvaluationKind::End, { u"Êtes-vous satisfait ?"_s, u"Et du lieu ?"_s })->number,
        2);
    // The six-month questionnaire is untouched.
    EXPECT_EQ(service->currentQuestionnaire(EvaluationKind::SixMonths)->number, 1);

    const Evaluation old = service->evaluation(bilanId, EvaluationKind::End).value().value();
    EXPECT_EQ(old.questionnaireId, first.id);
    const Questionnaire answered = service->questionnaire(old.questionnaireId).value();
    EXPECT_EQ(answered.questions, first.questions);
    EXPECT_NE(answered.question(u"q6"_s), nullptr);

    // New answers answer version 2, where q6 no longer exists.
    EXPECT_FALSE(service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q6"_s, 5 } }, {}).ok());
    const auto renewed = service->recordEvaluation(bilanId, EvaluationKind::End, { { u"q2"_s, 3 } }, {});
    ASSERT_TRUE(renewed.ok());
    EXPECT_EQ(service->evaluation(bilanId, EvaluationKind::End).value()->questionnaireId, second->id);
    EXPECT_FALSE(service->reviseQuestionnaire(EvaluationKind::End, { u" "_s }).ok());
}

TEST_P(QualityStoreTest, RegisterEntriesAreListedByDateAndUpdatedWithTheirVersion)
{
    QSignalSpy changed(&store().events(), &StoreEvents::qualityRegistersChanged);
    RegisterEntry entry;
    entry.kind = RegisterKind::Incident;
    entry.receivedOn = QDate(2026, 2, 10);
    entry.fromWhom = u"Consultante"_s;
    entry.nature = u"Salle indisponible, entretien déplacé"_s;
    const qint64 id = service->addRegisterEntry(entry).value();
    entry.receivedOn = QDate(2025, 12, 1);
    entry.kind = RegisterKind::Complaint;
    entry.fromWhom = u"Employeur"_s;
    ASSERT_TRUE(service->addRegisterEntry(entry).ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(service->addRegisterEntry(RegisterEntry {}).ok());

    const auto all = service->registerEntries().value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().fromWhom, u"Employeur"_s);
    EXPECT_EQ(service->registerEntries(QDate(2026, 1, 1), QDate(2026, 12, 31))->size(), 1);

    RegisterEntry stored = store().quality().registerEntry(id).value();
    EXPECT_EQ(stored.kind, RegisterKind::Incident);
    stored.handling = u"Entretien tenu à distance le jour même"_s;
    stored.outcome = u"Aucune heure perdue"_s;
    stored.closedOn = QDate(2026, 2, 10);
    ASSERT_TRUE(service->updateRegisterEntry(stored).ok());
    EXPECT_EQ(service->updateRegisterEntry(stored).error().code, ErrorCode::Conflict);
    EXPECT_EQ(store().quality().registerEntry(id)->outcome, u"Aucune heure perdue"_s);
}

TEST_P(QualityStoreTest, ImprovementActionsAreListedAndUpdated)
{
    ImprovementAction action;
    action.raisedOn = QDate(2026, 2, 11);
    action.source = u"Incident du 10 février"_s;
    action.action = u"Réserver une salle de repli"_s;
    action.owner = u"Céline Leca"_s;
    action.dueOn = QDate(2026, 4, 1);
    const qint64 id = service->addImprovementAction(action).value();
    ImprovementAction stored = store().quality().improvementAction(id).value();
    EXPECT_EQ(stored.dueOn, QDate(2026, 4, 1));
    EXPECT_EQ(stored.status, ActionStatus::Planned);
    stored.status = ActionStatus::Done;
    ASSERT_TRUE(service->updateImprovementAction(stored).ok());
    EXPECT_EQ(service->improvementActions()->first().status, ActionStatus::Done);
    EXPECT_EQ(service->updateImprovementAction(stored).error().code, ErrorCode::Conflict);
    EXPECT_TRUE(service->improvementActions(QDate(2026, 3, 1), {})->isEmpty());
}

TEST_P(QualityStoreTest, TheDashboardReadsStatusDatesHoursFundingAndScores)
{
    // bilanId: employer, started 6 Jan 2025, concluded 30 June 2025, 120 + 90 min done, end scores 5 and 4.
    sessionDone(bilanId, QDate(2025, 1, 6), 120);
    sessionDone(bilanId, QDate(2025, 2, 3), 90);
    end(bilanId, BilanStatus::Closed, QDate(2025, 6, 30));
    ASSERT_TRUE(
        service
            ->recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 5 }, { u"q2"_s, 4 } }, {}, QDate(2025, 6, 30))
            .ok());
    ASSERT_TRUE(
        service->recordEvaluation(bilanId, EvaluationKind::SixMonths, { { u"q1"_s, 3 } }, {}, QDate(2026, 1, 5)).ok());
    // A CPF bilan abandoned in 2025, one still open, one from 2023 outside the year.
    const qint64 abandoned = newBilan(u"Roux"_s, Funding::Cpf, QDate(2025, 3, 3));
    sessionDone(abandoned, QDate(2025, 3, 3), 60);
    end(abandoned, BilanStatus::Abandoned, QDate(2025, 4, 1));
    newBilan(u"Martin"_s, Funding::Personal, QDate(2025, 11, 3));
    const qint64 old = newBilan(u"Petit"_s, Funding::Cpf, QDate(2023, 3, 1));
    end(old, BilanStatus::Closed, QDate(2023, 9, 1));

    const auto facts = store().quality().bilanFacts(QDate(2025, 1, 1), QDate(2025, 12, 31));
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    EXPECT_EQ(facts->size(), 3);
    const auto figures = service->figures(QDate(2025, 1, 1), QDate(2025, 12, 31));
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->started, 3);
    EXPECT_EQ(figures->concluded, 1);
    EXPECT_EQ(figures->abandoned, 1);
    EXPECT_DOUBLE_EQ(*figures->completionRate, 0.5);
    EXPECT_DOUBLE_EQ(*figures->meanHoursDone, 3.5); // 210 min
    EXPECT_DOUBLE_EQ(*figures->endSatisfaction.mean, 4.5);
    EXPECT_DOUBLE_EQ(*figures->sixMonthSatisfaction.mean, 3.0);
    EXPECT_EQ(figures->sixMonthSatisfaction.expected, 1);
    EXPECT_EQ(figures->fundingMix.value(Funding::Employer), 1);
    EXPECT_EQ(figures->fundingMix.value(Funding::Cpf), 1);
    EXPECT_EQ(figures->fundingMix.value(Funding::Personal), 1);
    EXPECT_FALSE(service->figures(QDate(2025, 12, 31), QDate(2025, 1, 1)).ok());
}

TEST_P(QualityStoreTest, TheMeanHoursCountOnlyThePhasesUnderTheCap)
{
    // 3 h + 12 h + 2 h 20 over the three phases; the entretien préalable and the follow-up are not part of the 24 h
    // the auditor compares the figure with.
    sessionDone(bilanId, QDate(2025, 1, 6), 60, Phase::Intake);
    sessionDone(bilanId, QDate(2025, 1, 13), 180, Phase::Preliminary);
    sessionDone(bilanId, QDate(2025, 2, 3), 720);
    sessionDone(bilanId, QDate(2025, 3, 3), 140, Phase::Conclusion);
    end(bilanId, BilanStatus::Closed, QDate(2025, 3, 3));
    sessionDone(bilanId, QDate(2025, 9, 3), 60, Phase::FollowUp);
    const auto figures = service->figures(QDate(2025, 1, 1), QDate(2025, 12, 31));
    ASSERT_TRUE(figures.ok()) << figures.error().message.toStdString();
    ASSERT_TRUE(figures->meanHoursDone.has_value());
    EXPECT_DOUBLE_EQ(*figures->meanHoursDone, (180 + 720 + 140) / 60.0); // 17 h 20, not 19 h 20
}

TEST_P(QualityStoreTest, TheDashboardCountsTheFollowUpsHeldAndWhyBilansWereAbandoned)
{
    // Closed through the application: the follow-ups fall due in September 2025; only bilanId's takes place.
    BilanEndService ending(store(), clock);
    FollowUpService followUps(store(), clock);
    sessionDone(bilanId, QDate(2025, 2, 3), 120);
    ASSERT_TRUE(ending.close(bilanId, QDate(2025, 3, 14)).ok());
    const qint64 silent = newBilan(u"Vidal"_s, Funding::Cpf, QDate(2025, 1, 13));
    sessionDone(silent, QDate(2025, 2, 10), 90);
    ASSERT_TRUE(ending.close(silent, QDate(2025, 3, 21)).ok());
    FollowUpChange held;
    held.outcome = FollowUpOutcome::Done;
    held.outcomeOn = QDate(2025, 9, 20);
    ASSERT_TRUE(followUps.apply(bilanId, held).ok());
    FollowUpChange declined;
    declined.outcome = FollowUpOutcome::Declined;
    declined.outcomeOn = QDate(2025, 9, 22);
    ASSERT_TRUE(followUps.apply(silent, declined).ok());
    const qint64 moved = newBilan(u"Roux"_s, Funding::Personal, QDate(2025, 2, 3));
    ASSERT_TRUE(ending.abandon(moved, u"Déménagement à l'étranger"_s, QDate(2025, 4, 2)).ok());

    const auto figures = service->figures(QDate(2025, 1, 1), QDate(2025, 12, 31));
    ASSERT_TRUE(figures.ok()) << figures.error().message.toStdString();
    EXPECT_EQ(figures->concluded, 2);
    EXPECT_EQ(figures->followUpsDue, 2);
    EXPECT_EQ(figures->followUpsDone, 1); // a declined follow-up was not held
    EXPECT_EQ(figures->followUpsOnTime, 1);
    EXPECT_EQ(figures->abandoned, 1);
    EXPECT_EQ(figures->abandonReasons.value(u"Déménagement à l'étranger"_s), 1);
}

PARCOURS_ON_BOTH_BACKENDS(QualityStoreTest);
