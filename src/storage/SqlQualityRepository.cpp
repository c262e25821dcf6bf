#include "SqlQualityRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/Hours.h>
#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// The phases whose sessions count toward the 24 h cap, as SQL literals, from the core rule (countsTowardCap): the
/// mean hours of the quality figures are compared with the 24 h, so the entretien préalable and the follow-up stay
/// out. The keys are Parcours' own, never user input.
QString cappedPhaseKeys()
{
    QStringList keys;
    for (Phase phase : kAllPhases) {
        if (countsTowardCap(phase))
            keys << u'\'' + toKey(phase) + u'\'';
    }
    return keys.join(u", "_s);
}

QString questionnaireKind()
{
    return QCoreApplication::translate("Storage", "questionnaire");
}

QString evaluationKind()
{
    return QCoreApplication::translate("Storage", "evaluation");
}

} // namespace

SqlQualityRepository::SqlQualityRepository(Database& database, StoreEvents& events)
    : m_database(database), m_events(events)
{ }

Result<Questionnaire> SqlQualityRepository::loadQuestionnaire(
    const QString& where, const QVariant& key, const QVariant& number)
{
    SqlQuery query(m_database,
        u"SELECT id, kind, number, created_at FROM evaluation_questionnaire WHERE "_s + where
            + u" ORDER BY number DESC LIMIT 1"_s);
    query.bind(u":key"_s, key);
    if (number.isValid())
        query.bind(u":number"_s, number);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(questionnaireKind(), key.toLongLong());
    Questionnaire result;
    result.id = query.value(0).toLongLong();
    result.kind = evaluationKindFromKey(query.value(1).toString()).value_or(EvaluationKind::End);
    result.number = query.value(2).toInt();
    result.createdAt = query.value(3).toDateTime();
    SqlQuery questions(m_database,
        u"SELECT question_key, text FROM evaluation_question "
        u"WHERE questionnaire_id = :id ORDER BY position"_s);
    questions.bind(u":id"_s, result.id);
    if (auto done = questions.exec(); !done)
        return done.error();
    while (questions.next())
        result.questions.append({ questions.value(0).toString(), questions.value(1).toString() });
    return result;
}

Result<Questionnaire> SqlQualityRepository::currentQuestionnaire(EvaluationKind kind)
{
    return loadQuestionnaire(u"kind = :key"_s, toKey(kind), {});
}

Result<Questionnaire> SqlQualityRepository::questionnaire(qint64 id)
{
    return loadQuestionnaire(u"id = :key"_s, id, {});
}

Result<Questionnaire> SqlQualityRepository::addQuestionnaireVersion(
    EvaluationKind kind, const QList<EvaluationQuestion>& questions)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery next(
        m_database, u"SELECT COALESCE(MAX(number), 0) + 1 FROM evaluation_questionnaire WHERE kind = :kind"_s);
    next.bind(u":kind"_s, toKey(kind));
    if (auto done = next.exec(); !done)
        return done.error();
    const int number = next.next() ? next.value(0).toInt() : 1;
    SqlQuery insert(m_database,
        u"INSERT INTO evaluation_questionnaire (kind, number, created_at) "
        u"VALUES (:kind, :number, CURRENT_TIMESTAMP) RETURNING id"_s);
    insert.bind(u":kind"_s, toKey(kind)).bind(u":number"_s, number);
    auto id = insert.execReturningId();
    if (!id)
        return id.error();
    for (int i = 0; i < questions.size(); ++i) {
        SqlQuery row(m_database,
            u"INSERT INTO evaluation_question (questionnaire_id, position, question_key, text) "
            u"VALUES (:id, :position, :key, :text)"_s);
        row.bind(u":id"_s, id.value())
            .bind(u":position"_s, i + 1)
            .bind(u":key"_s, textValue(questions[i].key))
            .bind(u":text"_s, textValue(questions[i].text));
        if (auto done = row.exec(); !done)
            return done.error();
    }
    m_database.afterCommit([this] { Q_EMIT m_events.questionnaireChanged(); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return questionnaire(id.value());
}

Result<std::optional<Evaluation>> SqlQualityRepository::evaluation(qint64 bilanId, EvaluationKind kind)
{
    SqlQuery query(m_database,
        u"SELECT e.id, e.questionnaire_id, e.answered_on, e.version, c.body "
        u"FROM evaluation e LEFT JOIN evaluation_comment c ON c.evaluation_id = e.id "
        u"WHERE e.bilan_id = :bilan AND e.kind = :kind"_s);
    query.bind(u":bilan"_s, bilanId).bind(u":kind"_s, toKey(kind));
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Evaluation>();
    Evaluation result;
    result.id = query.value(0).toLongLong();
    result.bilanId = bilanId;
    result.kind = kind;
    result.questionnaireId = query.value(1).toLongLong();
    result.answeredOn = readDate(query.value(2));
    result.version = query.value(3).toInt();
    result.comment = query.value(4).toString();
    SqlQuery scores(m_database, u"SELECT question_key, score FROM evaluation_score WHERE evaluation_id = :id"_s);
    scores.bind(u":id"_s, result.id);
    if (auto done = scores.exec(); !done)
        return done.error();
    while (scores.next())
        result.scores.insert(scores.value(0).toString(), scores.value(1).toInt());
    return std::optional(result);
}

Result<void> SqlQualityRepository::putEvaluation(const Evaluation& evaluation)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    qint64 id = evaluation.id;
    if (evaluation.version == 0) {
        SqlQuery insert(m_database,
            u"INSERT INTO evaluation (bilan_id, kind, questionnaire_id, answered_on, "
            u"recorded_at) VALUES (:bilan, :kind, :questionnaire, :answered, CURRENT_TIMESTAMP) "
            u"RETURNING id"_s);
        insert.bind(u":bilan"_s, evaluation.bilanId)
            .bind(u":kind"_s, toKey(evaluation.kind))
            .bind(u":questionnaire"_s, evaluation.questionnaireId)
            .bind(u":answered"_s, dateValue(evaluation.answeredOn));
        auto made = insert.execReturningId();
        if (!made) {
            // Someone else entered this bilan's answers of that kind first.
            return made.error().code == ErrorCode::Refused ? Result<void>(makeError(ErrorCode::Conflict,
                       QCoreApplication::translate("Storage",
                           "This %1 was changed by someone else "
                           "since you opened it.")
                           .arg(evaluationKind())))
                                                           : Result<void>(made.error());
        }
        id = made.value();
    } else {
        SqlQuery update(m_database,
            u"UPDATE evaluation SET questionnaire_id = :questionnaire, answered_on = :answered, "
            u"recorded_at = CURRENT_TIMESTAMP, version = version + 1 "
            u"WHERE bilan_id = :bilan AND kind = :kind AND version = :version RETURNING id"_s);
        update.bind(u":questionnaire"_s, evaluation.questionnaireId)
            .bind(u":answered"_s, dateValue(evaluation.answeredOn))
            .bind(u":bilan"_s, evaluation.bilanId)
            .bind(u":kind"_s, toKey(evaluation.kind))
            .bind(u":version"_s, evaluation.version);
        if (auto done = update.exec(); !done)
            return done;
        if (!update.next())
            return makeError(ErrorCode::Conflict,
                QCoreApplication::translate("Storage", "This %1 was changed by someone else since you opened it.")
                    .arg(evaluationKind()));
        id = update.value(0).toLongLong();
        for (const QString& table : { u"evaluation_score"_s, u"evaluation_comment"_s }) {
            SqlQuery clear(m_database, u"DELETE FROM "_s + table + u" WHERE evaluation_id = :id"_s);
            clear.bind(u":id"_s, id);
            if (auto done = clear.exec(); !done)
                return done;
        }
    }
    for (auto it = evaluation.scores.cbegin(); it != evaluation.scores.cend(); ++it) {
        SqlQuery score(m_database,
            u"INSERT INTO evaluation_score (evaluation_id, question_key, score) "
            u"VALUES (:id, :key, :score)"_s);
        score.bind(u":id"_s, id).bind(u":key"_s, textValue(it.key())).bind(u":score"_s, it.value());
        if (auto done = score.exec(); !done)
            return done;
    }
    if (!evaluation.comment.isEmpty()) {
        SqlQuery comment(m_database, u"INSERT INTO evaluation_comment (evaluation_id, body) VALUES (:id, :body)"_s);
        comment.bind(u":id"_s, id).bind(u":body"_s, textValue(evaluation.comment));
        if (auto done = comment.exec(); !done)
            return done;
    }
    const qint64 bilanId = evaluation.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.evaluationChanged(bilanId); });
    return transaction->commit();
}

Result<void> SqlQualityRepository::removeEvaluation(qint64 bilanId, EvaluationKind kind)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery remove(m_database, u"DELETE FROM evaluation WHERE bilan_id = :bilan AND kind = :kind"_s);
    remove.bind(u":bilan"_s, bilanId).bind(u":kind"_s, toKey(kind));
    if (auto done = remove.exec(); !done)
        return done;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.evaluationChanged(bilanId); });
    return transaction->commit();
}

Result<QList<BilanFacts>> SqlQualityRepository::bilanFacts(QDate from, QDate to)
{
    // One row per bilan started or ended in the period; the sums use session_minutes_by_bilan and the
    // evaluation's unique (bilan_id, kind) index.
    SqlQuery query(m_database,
        u"SELECT b.id, b.status, b.funding, b.start_date, b.end_date, "
        u"CASE WHEN b.status = 'closed' AND b.end_date >= :from3 AND b.end_date <= :to3 THEN "
        u"(SELECT COALESCE(SUM(COALESCE(s.actual_minutes, s.planned_minutes)), 0) FROM session s "
        u"WHERE s.bilan_id = b.id AND s.status = 'done' AND s.phase IN (%1)) END, "
        u"CASE WHEN b.status = 'closed' AND b.end_date >= :from4 AND b.end_date <= :to4 THEN "
        u"(SELECT AVG(CAST(sc.score AS REAL)) FROM evaluation e JOIN evaluation_score sc "
        u"ON sc.evaluation_id = e.id WHERE e.bilan_id = b.id AND e.kind = 'end') END, "
        u"CASE WHEN b.status = 'closed' AND b.end_date >= :from5 AND b.end_date <= :to5 THEN "
        u"(SELECT AVG(CAST(sc.score AS REAL)) FROM evaluation e JOIN evaluation_score sc "
        u"ON sc.evaluation_id = e.id WHERE e.bilan_id = b.id AND e.kind = 'six-months') END, "
        u"a.reason, f.due_on, CASE WHEN f.outcome = 'done' THEN f.outcome_on END "
        u"FROM bilan b LEFT JOIN bilan_abandonment a ON a.bilan_id = b.id "
        u"LEFT JOIN follow_up f ON f.bilan_id = b.id WHERE (b.start_date >= :from1 AND b.start_date <= :to1) "
        u"OR (b.end_date >= :from2 AND b.end_date <= :to2)"_s.arg(cappedPhaseKeys()));
    // Hours and satisfaction count only for the bilans concluded in the period: the others skip the sub-queries.
    for (const QString& n : { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s })
        query.bind(u":from"_s + n, dateValue(from)).bind(u":to"_s + n, dateValue(to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<BilanFacts> facts;
    while (query.next()) {
        BilanFacts row;
        row.bilanId = query.value(0).toLongLong();
        row.status = fromKey<BilanStatus>(query.value(1).toString()).value_or(BilanStatus::Open);
        row.funding = fromKey<Funding>(query.value(2).toString()).value_or(Funding::Cpf);
        row.startDate = readDate(query.value(3));
        row.endDate = readDate(query.value(4));
        row.minutesDone = query.value(5).toInt();
        if (!query.value(6).isNull())
            row.endSatisfaction = query.value(6).toDouble();
        if (!query.value(7).isNull())
            row.sixMonthSatisfaction = query.value(7).toDouble();
        // A follow-up counts as held only when it took place ("declined" and "unreachable" are not held).
        row.abandonReason = query.value(8).toString();
        row.followUpDue = readDate(query.value(9));
        row.followUpDone = readDate(query.value(10));
        facts.append(row);
    }
    return facts;
}

} // namespace parcours
