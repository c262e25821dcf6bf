#pragma once

#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** Which satisfaction questionnaire: at the end of the bilan (« à chaud ») or six months later (« à froid »). */
enum class EvaluationKind { End, SixMonths };
inline constexpr std::array kAllEvaluationKinds { EvaluationKind::End, EvaluationKind::SixMonths };

QString toKey(EvaluationKind kind); ///< "end", "six-months"
std::optional<EvaluationKind> evaluationKindFromKey(QStringView key);
QString displayName(EvaluationKind kind);

/** One question of a questionnaire: a stable key within its version ("q1") and the wording. */
struct EvaluationQuestion {
    QString key;
    QString text;
    bool operator==(const EvaluationQuestion&) const = default;
};

/** One version of a questionnaire. Versions are never changed: editing the questions makes the next version. */
struct Questionnaire {
    qint64 id = 0;
    EvaluationKind kind = EvaluationKind::End;
    int number = 0; ///< 1, 2, … per kind
    QList<EvaluationQuestion> questions;
    QDateTime createdAt;
    /// The question with that key, or nullptr.
    const EvaluationQuestion* question(const QString& key) const;
};

/** The answers of one beneficiary to one questionnaire version: scores 1–5 by question key, a free comment. */
struct Evaluation {
    qint64 id = 0;
    qint64 bilanId = 0;
    EvaluationKind kind = EvaluationKind::End;
    qint64 questionnaireId = 0; ///< the version answered
    QDate answeredOn;
    QMap<QString, int> scores; ///< question key → 1..5; a question left blank has no entry
    QString comment; ///< kept apart from the scores (bilan content, destroyable)
    int version = 0;
    /// The mean of the scores, or nullopt when there is none.
    std::optional<double> meanScore() const;
};

/** Is it a complaint (réclamation) or an incident (dysfonctionnement)? */
enum class RegisterKind { Complaint, Incident };
QString toKey(RegisterKind kind); ///< "complaint", "incident"
std::optional<RegisterKind> registerKindFromKey(QStringView key);
QString displayName(RegisterKind kind);

/** One line of the complaints and incidents register (Qualiopi indicator 31). */
struct RegisterEntry {
    qint64 id = 0;
    RegisterKind kind = RegisterKind::Complaint;
    QDate receivedOn;
    QString fromWhom; ///< "beneficiary", "employer", a funder… in the consultant's words
    QString nature;
    QString handling; ///< what was done
    QString outcome; ///< how it ended (empty while being handled)
    QDate closedOn; ///< null while being handled
    int version = 0;
};

/** Where an improvement action stands. */
enum class ActionStatus { Planned, InProgress, Done, Dropped };
inline constexpr std::array kAllActionStatuses { ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
    ActionStatus::Dropped };
QString toKey(ActionStatus status); ///< "planned", "in-progress", "done", "dropped"
std::optional<ActionStatus> actionStatusFromKey(QStringView key);
QString displayName(ActionStatus status);

/** One line of the improvement-actions log (Qualiopi indicator 32). */
struct ImprovementAction {
    qint64 id = 0;
    QDate raisedOn;
    QString source; ///< what prompted it: a complaint, an evaluation, an audit…
    QString action;
    QString owner; ///< who carries it
    QDate dueOn; ///< null when no date was set
    ActionStatus status = ActionStatus::Planned;
    int version = 0;
};

namespace quality {

inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 5;
inline constexpr int kMaxQuestions = 12;

/// Reads "q1=5,q2=4" into scores; refuses a malformed pair, a score outside 1–5, a key given twice, a key the
/// questionnaire does not have. Nothing is returned on refusal.
Result<QMap<QString, int>> parseScores(const QString& text, const Questionnaire& questionnaire);
/// Checks answers against the questionnaire they answer: at least one score, every key known, scores 1–5, a date.
QList<FieldError> validateEvaluation(const Evaluation& evaluation, const Questionnaire& questionnaire);
/// Checks the wording of a new version: 1 to 12 questions, none empty, no two alike.
QList<FieldError> validateQuestions(const QList<QString>& texts);
/// The questions of a new version keyed q1, q2… in order (blank lines dropped, text tidied).
QList<EvaluationQuestion> numberQuestions(const QList<QString>& texts);
QList<FieldError> validateRegisterEntry(const RegisterEntry& entry, QDate today);
QList<FieldError> validateImprovementAction(const ImprovementAction& action, QDate today);

} // namespace quality
} // namespace parcours
