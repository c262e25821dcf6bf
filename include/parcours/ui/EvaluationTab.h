#pragma once

#include <parcours/core/Quality.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/FieldErrors.h>

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class QuestionnaireDialog;
} // namespace Ui

namespace parcours {

class Workspace;

/** Edits the wording of a questionnaire, one question per line; saving makes its next version. */
class QuestionnaireDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const QStringList&)>;
    QuestionnaireDialog(const Questionnaire& questionnaire, Submit submit, QWidget* parent = nullptr);
    ~QuestionnaireDialog() override;
    void setText(const QString& text);
    void accept() override;

private:
    std::unique_ptr<Ui::QuestionnaireDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

/**
 * The « Évaluations » tab: the beneficiary's answers to the end-of-bilan and six-month questionnaires (scores 1–5 and
 * a comment), entered by the consultant; old answers show the questions of the version they answered. From here
 * the consultant also rewords a questionnaire and prints it blank.
 */
class EvaluationTab : public BilanTab {
    Q_OBJECT
public:
    explicit EvaluationTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    /// The kind shown (the combo box at the top).
    EvaluationKind kind() const;
    /// Saves what is entered (the Save button).
    bool save();
    /// Shows the current questionnaire with empty answers, to enter new ones over answers to an older version.
    void startNewAnswers();
    /// Opens the questionnaire's editor.
    void editQuestions();
    /// Asks where, then writes the blank questionnaire as PDF.
    void printBlank();

private:
    void reload();
    void reloadWhenShown() { loadWhenShown([this] { reload(); }); }
    void showQuestionnaire(const Questionnaire& questionnaire, const std::optional<Evaluation>& answers, bool editable);

    Workspace& m_workspace;
    qint64 m_bilanId = 0;
    int m_storedVersion = 0;
    QComboBox* m_kind;
    QLabel* m_versionLabel;
    QPushButton* m_newAnswersButton;
    QGridLayout* m_questionsLayout;
    QList<std::pair<QString, QComboBox*>> m_scores;
    QDateEdit* m_date;
    QPlainTextEdit* m_comment;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
};

} // namespace parcours
