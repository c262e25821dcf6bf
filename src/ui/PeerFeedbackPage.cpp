#include "ui_PeerFeedbackForm.h"

#include <parcours/core/InvestigationRules.h>
#include <parcours/reports/InvestigationHandouts.h>
#include <parcours/ui/Autosave.h>
#include <parcours/ui/FileDialogs.h>
#include <parcours/ui/FormDates.h>
#include <parcours/ui/PeerFeedbackPage.h>
#include <parcours/ui/Workspace.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

PeerFeedbackPage::PeerFeedbackPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Respondent"), tr("Relation") }, parent)
    , m_ui(std::make_unique<Ui::PeerFeedbackForm>())
    , m_summary(new QTextBrowser(this))
    , m_printButton(new QPushButton(tr("&Print the questionnaire…"), this))
{
    setObjectName(u"peerFeedbackPage"_s);
    listView()->setObjectName(u"peerFeedbackTableView"_s);
    listView()->setAccessibleName(tr("Respondents"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    for (PeerFeedback::Relation relation : kAllRelations)
        m_ui->relationComboBox->addItem(displayName(relation), toKey(relation));

    m_printButton->setObjectName(u"printQuestionnairePushButton"_s);
    auto* intro = new QLabel(tr("Print the questionnaire for the people the beneficiary chooses (colleagues, managers, "
                                "friends, family), then record each one's answers here."),
        this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_printButton);
    topLayout()->addLayout(top);
    m_summary->setObjectName(u"peerSummaryTextBrowser"_s);
    m_summary->setAccessibleName(tr("What comes back across respondents"));
    m_summary->setOpenLinks(false);
    stackListAboveForm();
    splitter()->addWidget(m_summary);
    splitter()->setStretchFactor(0, 3);
    splitter()->setStretchFactor(1, 2);

    using S = const QString&;
    autosave().bind(m_ui->respondentLineEdit, [this](S v) {
        return commitField<PeerFeedback>(
            m_records, u"respondent"_s, [&](PeerFeedback& p) { p.respondent = v.trimmed(); });
    });
    autosave().bind(m_ui->receivedOnLineEdit, [this](S v) {
        const auto date = formDates::parse(v);
        if (!date)
            return report(makeError(ErrorCode::InvalidInput, tr("Write the date as dd/mm/yyyy.")));
        return commitField<PeerFeedback>(m_records, u"received_on"_s, [&](PeerFeedback& p) { p.receivedOn = *date; });
    });
    autosave().bind(m_ui->relationalStyleEdit, [this](S v) {
        return commitField<PeerFeedback>(
            m_records, u"relational_style"_s, [&](PeerFeedback& p) { p.relationalStyle = v; });
    });
    autosave().bind(m_ui->strengthsEdit, [this](S v) {
        return commitField<PeerFeedback>(m_records, u"strengths"_s, [&](PeerFeedback& p) { p.strengths = v; });
    });
    autosave().bind(m_ui->vigilanceEdit, [this](S v) {
        return commitField<PeerFeedback>(m_records, u"vigilance"_s, [&](PeerFeedback& p) { p.vigilance = v; });
    });
    autosave().bind(m_ui->suggestedPathsEdit, [this](S v) {
        return commitField<PeerFeedback>(
            m_records, u"suggested_paths"_s, [&](PeerFeedback& p) { p.suggestedPaths = v; });
    });
    autosave().bind(m_ui->keywordsLineEdit, [this](S v) {
        return commitField<PeerFeedback>(m_records, u"keywords"_s, [&](PeerFeedback& p) { p.keywords = v; });
    });
    connect(m_ui->relationComboBox, &QComboBox::activated, this, [this] {
        const auto relation
            = investigationKey<PeerFeedback::Relation>(m_ui->relationComboBox->currentData().toString());
        commitField<PeerFeedback>(
            m_records, u"relation"_s, [&](PeerFeedback& p) { p.relation = relation.value_or(p.relation); });
    });
    connect(m_printButton, &QPushButton::clicked, this, [this] { printQuestionnaire(); });
}

PeerFeedbackPage::~PeerFeedbackPage()
{
    flush();
}

void PeerFeedbackPage::load(const Investigation& investigation)
{
    m_records = investigation.peerFeedback;
}

void PeerFeedbackPage::recordsChanged()
{
    m_summary->setHtml(summaryHtml());
    m_printButton->setEnabled(bilanId() != 0);
}

QList<RecordListModel::Row> PeerFeedbackPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const PeerFeedback& p : m_records)
        rows.append({ p.id, { p.respondent, displayName(p.relation) }, p.keywords, false });
    return rows;
}

void PeerFeedbackPage::showRecord(qint64 id)
{
    const PeerFeedback* p = find(m_records, id);
    const PeerFeedback empty;
    const PeerFeedback& shown = p ? *p : empty;
    {
        const QSignalBlocker blocker(m_ui->relationComboBox);
        m_ui->relationComboBox->setCurrentIndex(m_ui->relationComboBox->findData(toKey(shown.relation)));
    }
    autosave().show(m_ui->respondentLineEdit, shown.respondent);
    autosave().show(m_ui->receivedOnLineEdit, formDates::text(shown.receivedOn));
    autosave().show(m_ui->relationalStyleEdit, shown.relationalStyle);
    autosave().show(m_ui->strengthsEdit, shown.strengths);
    autosave().show(m_ui->vigilanceEdit, shown.vigilance);
    autosave().show(m_ui->suggestedPathsEdit, shown.suggestedPaths);
    autosave().show(m_ui->keywordsLineEdit, shown.keywords);
}

qint64 PeerFeedbackPage::addRecord()
{
    PeerFeedback feedback;
    feedback.bilanId = bilanId();
    feedback.respondent = tr("New respondent");
    feedback.receivedOn = workspace().clock().today();
    auto added = investigationEdits::add(workspace(), feedback);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->respondentLineEdit->setFocus();
    m_ui->respondentLineEdit->selectAll();
    return added->id;
}

Result<void> PeerFeedbackPage::removeRecord(qint64 id)
{
    const PeerFeedback* p = find(m_records, id);
    return p ? investigationEdits::remove(workspace(), *p) : success();
}

QString PeerFeedbackPage::describe(qint64 id) const
{
    const PeerFeedback* p = find(m_records, id);
    return p ? p->respondent : QString();
}

QString PeerFeedbackPage::summaryHtml() const
{
    if (m_records.isEmpty())
        return u"<p style='color:gray'>%1</p>"_s.arg(
            tr("The answers, once recorded, are brought together here.").toHtmlEscaped());
    QString html = u"<h3>%1</h3>"_s.arg(tr("What comes back").toHtmlEscaped());
    QStringList relations;
    for (PeerFeedback::Relation relation : kAllRelations) {
        const auto count = std::count_if(
            m_records.begin(), m_records.end(), [&](const PeerFeedback& p) { return p.relation == relation; });
        if (count > 0)
            relations << u"%1 × %2"_s.arg(displayName(relation)).arg(count);
    }
    html += u"<p>%1</p>"_s.arg(tr("%n respondent(s): %1", nullptr, static_cast<int>(m_records.size()))
                                   .arg(relations.join(u", "_s))
                                   .toHtmlEscaped());
    QStringList words;
    for (const KeywordCount& keyword : recurringKeywords(m_records)) {
        const QString word = keyword.word.toHtmlEscaped();
        words << (keyword.respondents > 1 ? u"<b>%1</b>&nbsp;(%2)"_s.arg(word).arg(keyword.respondents) : word);
    }
    if (!words.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Words chosen:").toHtmlEscaped(), words.join(u", "_s));
    const std::pair<QString, QString PeerFeedback::*> questions[] = {
        { tr("With others"), &PeerFeedback::relationalStyle },
        { tr("Strengths"), &PeerFeedback::strengths },
        { tr("Points of vigilance"), &PeerFeedback::vigilance },
        { tr("Could picture them as"), &PeerFeedback::suggestedPaths },
    };
    for (const auto& [title, member] : questions) {
        QString items;
        for (const PeerFeedback& p : m_records) {
            const QString answer = (p.*member).trimmed();
            if (!answer.isEmpty())
                items += u"<li><i>%1 (%2)</i> — %3</li>"_s.arg(p.respondent.toHtmlEscaped(),
                    displayName(p.relation).toHtmlEscaped(), answer.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        }
        if (!items.isEmpty())
            html += u"<h4>%1</h4><ul>%2</ul>"_s.arg(title.toHtmlEscaped(), items);
    }
    return html;
}

QString PeerFeedbackPage::printQuestionnaire()
{
    flush();
    const QString path = FileDialogs::saveFileName(this, tr("Save the questionnaire"),
        tr("How others see me - %1.pdf").arg(m_firstName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const HandoutContext context = HandoutContext::fromSettings(workspace().settings(), m_firstName);
    if (auto written = writePeerQuestionnaire(context, path); !written) {
        workspace().reportError(written.error().message);
        return {};
    }
    workspace().reportNotice(tr("Questionnaire saved: %1").arg(path));
    return path;
}

} // namespace parcours
