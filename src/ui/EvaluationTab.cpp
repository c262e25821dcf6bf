#include "ui_QuestionnaireDialog.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/QualityDocuments.h>
#include <parcours/ui/TypedDateEdit.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/EvaluationTab.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Workspace.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

QuestionnaireDialog::QuestionnaireDialog(const Questionnaire& questionnaire, Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::QuestionnaireDialog>()), m_submit(std::move(submit)), m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"questions"_s, m_ui->questionsPlainTextEdit, m_ui->questionsErrorLabel);
    setWindowTitle(tr("Questions: %1 (version %2)").arg(displayName(questionnaire.kind)).arg(questionnaire.number));
    QStringList lines;
    for (const EvaluationQuestion& question : questionnaire.questions)
        lines << question.text;
    m_ui->questionsPlainTextEdit->setPlainText(lines.join(u'\n'));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QuestionnaireDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QuestionnaireDialog::reject);
}

QuestionnaireDialog::~QuestionnaireDialog() = default;

void QuestionnaireDialog::setText(const QString& text)
{
    m_ui->questionsPlainTextEdit->setPlainText(text);
}

void QuestionnaireDialog::accept()
{
    m_errors.clear();
    if (auto done = m_submit(m_ui->questionsPlainTextEdit->toPlainText().split(u'\n')); !done) {
        m_errors.show(done.error());
        return;
    }
    QDialog::accept();
}

EvaluationTab::EvaluationTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_versionLabel(new QLabel(this))
    , m_newAnswersButton(new QPushButton(tr("Enter new answers"), this))
    , m_questionsLayout(new QGridLayout)
    , m_date(new TypedDateEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save the answers"), this))
{
    setObjectName(u"evaluationTab"_s);
    m_kind->setObjectName(u"kindComboBox"_s);
    for (EvaluationKind kind : kAllEvaluationKinds)
        m_kind->addItem(displayName(kind), QVariant::fromValue(static_cast<int>(kind)));
    m_versionLabel->setObjectName(u"versionLabel"_s);
    m_versionLabel->setWordWrap(true);
    m_newAnswersButton->setObjectName(u"newAnswersPushButton"_s);
    auto* editButton = new QPushButton(tr("Edit the &questions…"), this);
    editButton->setObjectName(u"editQuestionsPushButton"_s);
    auto* printButton = new QPushButton(tr("&Blank questionnaire (PDF)…"), this);
    printButton->setObjectName(u"printBlankPushButton"_s);
    m_date->setObjectName(u"answeredOnDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_comment->setObjectName(u"commentPlainTextEdit"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(colours::css(colours::error()));
    m_saveButton->setObjectName(u"savePushButton"_s);

    // The questionnaire on one row, what to do with it on the next: on one row they made the tab scroll sideways
    // in a bilan as narrow as the guide's window leaves it.
    auto* top = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Questionnaire:"), this);
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    auto* questionnaireActions = new QHBoxLayout;
    questionnaireActions->addWidget(editButton);
    questionnaireActions->addWidget(printButton);
    questionnaireActions->addStretch();

    auto* answers = new QGroupBox(tr("Answers (1 = not at all, 5 = completely)"), this);
    auto* answersLayout = new QVBoxLayout(answers);
    m_questionsLayout->setColumnStretch(0, 1);
    answersLayout->addLayout(m_questionsLayout);
    auto* details = new QFormLayout;
    details->addRow(tr("Answered &on:"), m_date);
    details->addRow(tr("&Comment:"), m_comment);
    answersLayout->addLayout(details);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_newAnswersButton);
    bottom->addStretch();
    bottom->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(questionnaireActions);
    layout->addWidget(m_versionLabel);
    layout->addWidget(answers);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_newAnswersButton, &QPushButton::clicked, this, &EvaluationTab::startNewAnswers);
    connect(editButton, &QPushButton::clicked, this, &EvaluationTab::editQuestions);
    connect(printButton, &QPushButton::clicked, this, &EvaluationTab::printBlank);
    connect(&m_workspace.events(), &StoreEvents::evaluationChanged, this, [this](qint64 bilanId) {
        if (bilanId == m_bilanId)
            reloadWhenShown();
    });
    connect(&m_workspace.events(), &StoreEvents::questionnaireChanged, this, [this] { reloadWhenShown(); });
    setEnabled(false);
}

QString EvaluationTab::title() const
{
    return tr("E&valuations");
}

EvaluationKind EvaluationTab::kind() const
{
    return static_cast<EvaluationKind>(m_kind->currentData().toInt());
}

void EvaluationTab::showBilan(const Client&, const BilanOverview* overview)
{
    m_bilanId = overview ? overview->bilan.id : 0;
    setEnabled(m_bilanId != 0);
    reloadWhenShown();
}

void EvaluationTab::clearBilan()
{
    m_bilanId = 0;
    setEnabled(false);
    reloadWhenShown();
}

void EvaluationTab::reload()
{
    m_errorLabel->clear();
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto current = service.currentQuestionnaire(kind());
    if (!current) {
        m_workspace.reportError(current.error().message);
        return;
    }
    std::optional<Evaluation> answers;
    if (m_bilanId != 0) {
        auto stored = service.evaluation(m_bilanId, kind());
        if (!stored) {
            m_workspace.reportError(stored.error().message);
            return;
        }
        answers = stored.value();
    }
    m_storedVersion = answers ? answers->version : 0;
    if (answers && answers->questionnaireId != current->id) {
        auto answered = service.questionnaire(answers->questionnaireId);
        if (!answered) {
            m_workspace.reportError(answered.error().message);
            return;
        }
        showQuestionnaire(answered.value(), answers, false);
        m_versionLabel->setText(tr("These answers were given to version %1 of the questionnaire, shown with its own "
                                   "questions. New answers will use version %2.")
                                    .arg(answered->number)
                                    .arg(current->number));
        return;
    }
    showQuestionnaire(current.value(), answers, true);
    m_versionLabel->setText(answers ? tr("Questionnaire version %1, answered.").arg(current->number)
                                    : tr("Questionnaire version %1, not answered yet.").arg(current->number));
}

void EvaluationTab::startNewAnswers()
{
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto current = service.currentQuestionnaire(kind());
    if (!current) {
        m_workspace.reportError(current.error().message);
        return;
    }
    showQuestionnaire(current.value(), std::nullopt, true);
    m_versionLabel->setText(
        tr("New answers to version %1 of the questionnaire; saving replaces the old ones.").arg(current->number));
}

void EvaluationTab::showQuestionnaire(
    const Questionnaire& questionnaire, const std::optional<Evaluation>& answers, bool editable)
{
    while (QLayoutItem* item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_scores.clear();
    int index = 0;
    for (const EvaluationQuestion& question : questionnaire.questions) {
        auto* label = new QLabel(u"%1. %2"_s.arg(++index).arg(question.text), this);
        label->setWordWrap(true);
        auto* score = new QComboBox(this);
        score->setObjectName(question.key + u"ComboBox"_s);
        score->addItem(tr("—"), 0);
        for (int value = quality::kMinScore; value <= quality::kMaxScore; ++value)
            score->addItem(QString::number(value), value);
        if (answers)
            score->setCurrentIndex(score->findData(answers->scores.value(question.key, 0)));
        score->setEnabled(editable);
        label->setBuddy(score);
        score->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const int row = static_cast<int>(m_scores.size());
        m_questionsLayout->addWidget(label, row, 0);
        m_questionsLayout->addWidget(score, row, 1, Qt::AlignTop);
        m_scores.append({ question.key, score });
    }
    m_date->setDate(answers ? answers->answeredOn : m_workspace.clock().today());
    m_comment->setPlainText(answers ? answers->comment : QString());
    m_date->setEnabled(editable);
    m_comment->setReadOnly(!editable);
    m_saveButton->setEnabled(editable && m_bilanId != 0);
    m_newAnswersButton->setVisible(!editable);
}

bool EvaluationTab::save()
{
    loadPending(); // the answers' stored version, for the conflict check
    m_errorLabel->clear();
    QMap<QString, int> scores;
    for (const auto& [key, combo] : m_scores) {
        if (const int value = combo->currentData().toInt(); value > 0)
            scores.insert(key, value);
    }
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    const QString comment = m_comment->toPlainText();
    const QDate answeredOn = m_date->date();
    auto recorded = service.recordEvaluation(m_bilanId, kind(), scores, comment, answeredOn, m_storedVersion);
    if (!recorded && recorded.error().code == ErrorCode::Conflict) {
        // Someone else recorded these answers since they were shown: reload / overwrite / keep a copy.
        ConflictPrompt::Actions actions;
        actions.record = tr("these answers");
        actions.reload = [this]() -> Result<void> {
            reload();
            return success();
        };
        actions.overwrite = [&]() -> Result<void> {
            auto stored = service.evaluation(m_bilanId, kind());
            if (!stored)
                return stored.error();
            m_storedVersion = stored.value() ? stored.value()->version : 0;
            auto again = service.recordEvaluation(m_bilanId, kind(), scores, comment, answeredOn, m_storedVersion);
            return again ? success() : Result<void>(again.error());
        };
        actions.myText = [&] { return comment; };
        auto settled = ConflictPrompt::resolve(this, recorded.error(), actions);
        if (!settled) {
            m_errorLabel->setText(settled.error().message);
            return false;
        }
        if (settled.value() != ConflictPrompt::Choice::Overwrite)
            return false;
        reload();
        m_workspace.reportNotice(tr("Answers saved."));
        return true;
    }
    if (!recorded) {
        m_errorLabel->setText(recorded.error().message);
        return false;
    }
    m_workspace.reportNotice(tr("Answers saved."));
    return true;
}

void EvaluationTab::editQuestions()
{
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto current = service.currentQuestionnaire(kind());
    if (!current) {
        m_workspace.reportError(current.error().message);
        return;
    }
    const EvaluationKind edited = kind();
    auto* dialog = new QuestionnaireDialog(
        current.value(),
        [this, edited](const QStringList& lines) -> Result<void> {
            auto revised
                = QualityService(m_workspace.repositories(), m_workspace.clock()).reviseQuestionnaire(edited, lines);
            if (!revised)
                return revised.error();
            return success();
        },
        this);
    dialog->setObjectName(u"questionnaireDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EvaluationTab::printBlank()
{
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto current = service.currentQuestionnaire(kind());
    if (!current) {
        m_workspace.reportError(current.error().message);
        return;
    }
    const QString suggested
        = kind() == EvaluationKind::End ? tr("satisfaction-end-of-bilan.pdf") : tr("satisfaction-six-months.pdf");
    QString path = FileDialog::getSaveFileName(this, tr("Blank questionnaire"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const Settings settings = m_workspace.settings();
    const QualityDocumentContext context { Letterhead::fromSettings(settings),
        DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
    if (auto written = writeEvaluationQuestionnaire(context, current.value(), path); !written) {
        m_workspace.reportError(tr("The PDF was not saved. %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace parcours
