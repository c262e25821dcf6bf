#include <parcours/core/Quality.h>
#include <parcours/core/RichText.h>

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
QString toKey(EvaluationKind kind)
{
    return kind == EvaluationKind::End ? u"end"_s : u"six-months"_s;
}

std::optional<EvaluationKind> evaluationKindFromKey(QStringView key)
{
    if (key == u"end")
        return EvaluationKind::End;
    if (key == u"six-months")
        return EvaluationKind::SixMonths;
    return std::nullopt;
}

QString displayName(EvaluationKind kind)
{
    return kind == EvaluationKind::End ? QCoreApplication::translate("Quality", "End of the bilan")
                                       : QCoreApplication::translate("Quality", "Six months later");
}

QString toKey(RegisterKind kind)
{
    return kind == RegisterKind::Complaint ? u"complaint"_s : u"incident"_s;
}

std::optional<RegisterKind> registerKindFromKey(QStringView key)
{
    if (key == u"complaint")
        return RegisterKind::Complaint;
    if (key == u"incident")
        return RegisterKind::Incident;
    return std::nullopt;
}

QString displayName(RegisterKind kind)
{
    return kind == RegisterKind::Complaint ? QCoreApplication::translate("Quality", "Complaint")
                                           : QCoreApplication::translate("Quality", "Incident");
}

QString toKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return u"planned"_s;
    case ActionStatus::InProgress:
        return u"in-progress"_s;
    case ActionStatus::Done:
        return u"done"_s;
    case ActionStatus::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(QStringView key)
{
    for (ActionStatus status : kAllActionStatuses) {
        if (toKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return QCoreApplication::translate("Quality", "Planned");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Quality", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Quality", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("Quality", "Dropped");
    }
    return {};
}

const EvaluationQuestion* Questionnaire::question(const QString& key) const
{
    for (const EvaluationQuestion& q : questions) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

std::optional<double> Evaluation::meanScore() const
{
    if (scores.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int score : scores)
        sum += score;
    return sum / scores.size();
}

namespace quality {

Result<QMap<QString, int>> parseScores(const QString& text, const Questionnaire& questionnaire)
{
    QMap<QString, int> scores;
    const QStringList pairs = text.split(u',', Qt::SkipEmptyParts);
    if (pairs.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Quality", "Give at least one score, such as q1=5."), u"scores"_s);
    for (const QString& pair : pairs) {
        const QStringList parts = pair.split(u'=');
        bool ok = false;
        const int score = parts.size() == 2 ? parts[1].trimmed().toInt(&ok) : 0;
        const QString key = parts.value(0).trimmed();
        if (parts.size() != 2 || !ok)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Quality", "'%1' is not a score: write the question's key, '=' and a score from 1 to 5.")
                    .arg(pair.trimmed()),
                u"scores"_s);
        if (!questionnaire.question(key))
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Quality", "The questionnaire (version %1) has no question '%2'.")
                    .arg(questionnaire.number)
                    .arg(key),
                u"scores"_s);
        if (score < kMinScore || score > kMaxScore)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Quality", "The score of %1 must be from 1 to 5, not %2.")
                    .arg(key)
                    .arg(score),
                u"scores"_s);
        if (scores.contains(key))
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Quality", "Question %1 is scored twice.").arg(key), u"scores"_s);
        scores.insert(key, score);
    }
    return scores;
}

QList<FieldError> validateEvaluation(const Evaluation& evaluation, const Questionnaire& questionnaire)
{
    QList<FieldError> errors;
    if (evaluation.scores.isEmpty())
        errors.append({ u"scores"_s, QCoreApplication::translate("Quality", "Give at least one score.") });
    for (auto it = evaluation.scores.cbegin(); it != evaluation.scores.cend(); ++it) {
        if (!questionnaire.question(it.key()))
            errors.append({ u"scores"_s,
                QCoreApplication::translate("Quality", "The questionnaire (version %1) has no question '%2'.")
                    .arg(questionnaire.number)
                    .arg(it.key()) });
        else if (it.value() < kMinScore || it.value() > kMaxScore)
            errors.append({ u"scores"_s,
                QCoreApplication::translate("Quality", "The score of %1 must be from 1 to 5, not %2.")
                    .arg(it.key())
                    .arg(it.value()) });
    }
    if (!evaluation.answeredOn.isValid())
        errors.append({ u"answered_on"_s, QCoreApplication::translate("Quality", "Give the date of the answers.") });
    return errors;
}

QList<EvaluationQuestion> numberQuestions(const QList<QString>& texts)
{
    QList<EvaluationQuestion> questions;
    for (const QString& text : texts) {
        const QString tidy = RichText::cleanText(text).simplified();
        if (!tidy.isEmpty())
            questions.append({ u"q%1"_s.arg(questions.size() + 1), tidy });
    }
    return questions;
}

QList<FieldError> validateQuestions(const QList<QString>& texts)
{
    QList<FieldError> errors;
    const QList<EvaluationQuestion> questions = numberQuestions(texts);
    if (questions.isEmpty())
        errors.append(
            { u"questions"_s, QCoreApplication::translate("Quality", "A questionnaire needs at least one question.") });
    if (questions.size() > kMaxQuestions)
        errors.append({ u"questions"_s,
            QCoreApplication::translate("Quality", "A questionnaire has at most %1 questions.").arg(kMaxQuestions) });
    QSet<QString> seen;
    for (const EvaluationQuestion& q : questions) {
        if (seen.contains(q.text.toCaseFolded())) {
            errors.append({ u"questions"_s,
                QCoreApplication::translate("Quality", "The question \"%1\" is there twice.").arg(q.text) });
            break;
        }
        seen.insert(q.text.toCaseFolded());
    }
    return errors;
}

QList<FieldError> validateRegisterEntry(const RegisterEntry& entry, QDate today)
{
    QList<FieldError> errors;
    if (!entry.receivedOn.isValid())
        errors.append(
            { u"date"_s, QCoreApplication::translate("Quality", "Give the date it was received or noticed.") });
    else if (entry.receivedOn > today)
        errors.append({ u"date"_s, QCoreApplication::translate("Quality", "The date cannot be in the future.") });
    if (entry.fromWhom.trimmed().isEmpty())
        errors.append({ u"from"_s, QCoreApplication::translate("Quality", "Say whom it comes from.") });
    if (entry.nature.trimmed().isEmpty())
        errors.append({ u"nature"_s, QCoreApplication::translate("Quality", "Describe what it is about.") });
    if (entry.closedOn.isValid() && entry.receivedOn.isValid() && entry.closedOn < entry.receivedOn)
        errors.append(
            { u"closed_on"_s, QCoreApplication::translate("Quality", "It cannot be closed before it was received.") });
    if (entry.closedOn.isValid() && entry.outcome.trimmed().isEmpty())
        errors.append({ u"outcome"_s, QCoreApplication::translate("Quality", "Say how it ended before closing it.") });
    return errors;
}

QList<FieldError> validateImprovementAction(const ImprovementAction& action, QDate today)
{
    QList<FieldError> errors;
    if (!action.raisedOn.isValid())
        errors.append({ u"date"_s, QCoreApplication::translate("Quality", "Give the date the action was decided.") });
    else if (action.raisedOn > today)
        errors.append({ u"date"_s, QCoreApplication::translate("Quality", "The date cannot be in the future.") });
    if (action.source.trimmed().isEmpty())
        errors.append({ u"source"_s,
            QCoreApplication::translate(
                "Quality", "Say what prompted the action (a complaint, an evaluation, an audit…).") });
    if (action.action.trimmed().isEmpty())
        errors.append({ u"action"_s, QCoreApplication::translate("Quality", "Describe the action.") });
    if (action.owner.trimmed().isEmpty())
        errors.append({ u"owner"_s, QCoreApplication::translate("Quality", "Say who carries the action.") });
    if (action.dueOn.isValid() && action.raisedOn.isValid() && action.dueOn < action.raisedOn)
        errors.append({ u"due"_s,
            QCoreApplication::translate("Quality", "The due date cannot come before the action was decided.") });
    return errors;
}

} // namespace quality
} // namespace parcours
