#include "ui_ExperienceForm.h"

#include <parcours/ui/Autosave.h>
#include <parcours/ui/ExperienceTimeline.h>
#include <parcours/ui/ExperiencesPage.h>
#include <parcours/ui/FormDates.h>
#include <parcours/ui/Workspace.h>

#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

ExperiencesPage::ExperiencesPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("From"), tr("To"), tr("Experience") }, parent)
    , m_ui(std::make_unique<Ui::ExperienceForm>())
    , m_timeline(new ExperienceTimeline(this))
{
    setObjectName(u"experiencesPage"_s);
    listView()->setObjectName(u"experienceTableView"_s);
    listView()->setAccessibleName(tr("Experiences"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    topLayout()->addWidget(m_timeline);
    for (Experience::Kind kind : kAllExperienceKinds)
        m_ui->kindComboBox->addItem(displayName(kind), toKey(kind));

    using S = const QString&;
    autosave().bind(m_ui->titleLineEdit, [this](S v) {
        return commitField<Experience>(m_records, u"title"_s, [&](Experience& e) { e.title = v.trimmed(); });
    });
    autosave().bind(m_ui->organisationLineEdit, [this](S v) {
        return commitField<Experience>(
            m_records, u"organisation"_s, [&](Experience& e) { e.organisation = v.trimmed(); });
    });
    autosave().bind(m_ui->startDateLineEdit, [this](S v) { return commitDate(u"start_date"_s, v, true); });
    autosave().bind(m_ui->endDateLineEdit, [this](S v) { return commitDate(u"end_date"_s, v, false); });
    autosave().bind(m_ui->activitiesEdit, [this](S v) {
        return commitField<Experience>(m_records, u"activities"_s, [&](Experience& e) { e.activities = v; });
    });
    autosave().bind(m_ui->highsEdit,
        [this](S v) { return commitField<Experience>(m_records, u"highs"_s, [&](Experience& e) { e.highs = v; }); });
    autosave().bind(m_ui->lowsEdit,
        [this](S v) { return commitField<Experience>(m_records, u"lows"_s, [&](Experience& e) { e.lows = v; }); });
    autosave().bind(m_ui->changeReasonEdit, [this](S v) {
        return commitField<Experience>(m_records, u"change_reason"_s, [&](Experience& e) { e.changeReason = v; });
    });
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] {
        const auto kind = investigationKey<Experience::Kind>(m_ui->kindComboBox->currentData().toString());
        commitField<Experience>(m_records, u"kind"_s, [&](Experience& e) { e.kind = kind.value_or(e.kind); });
    });
    connect(m_timeline, &ExperienceTimeline::experienceClicked, this, &ExperiencesPage::selectRecord);
}

ExperiencesPage::~ExperiencesPage()
{
    flush();
}

void ExperiencesPage::load(const Investigation& investigation)
{
    m_records = investigation.experiences;
}

QList<RecordListModel::Row> ExperiencesPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const Experience& e : m_records) {
        const QString what = e.organisation.isEmpty() ? e.title : e.title + u" — "_s + e.organisation;
        rows.append({ e.id,
            { e.startDate.isValid() ? e.startDate.toString(u"MM/yyyy"_s) : QString(),
                e.endDate.isValid() ? e.endDate.toString(u"MM/yyyy"_s)
                                    : (e.startDate.isValid() ? tr("today") : QString()),
                displayName(e.kind) + u" · "_s + what },
            e.changeReason, false });
    }
    return rows;
}

void ExperiencesPage::recordsChanged()
{
    m_timeline->setExperiences(m_records, workspace().clock().today());
}

void ExperiencesPage::showRecord(qint64 id)
{
    m_timeline->setSelected(id);
    const Experience* e = find(m_records, id);
    const Experience empty;
    const Experience& shown = e ? *e : empty;
    {
        const QSignalBlocker blocker(m_ui->kindComboBox);
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(toKey(shown.kind)));
    }
    autosave().show(m_ui->titleLineEdit, shown.title);
    autosave().show(m_ui->organisationLineEdit, shown.organisation);
    autosave().show(m_ui->startDateLineEdit, formDates::text(shown.startDate));
    autosave().show(m_ui->endDateLineEdit, formDates::text(shown.endDate));
    autosave().show(m_ui->activitiesEdit, shown.activities);
    autosave().show(m_ui->highsEdit, shown.highs);
    autosave().show(m_ui->lowsEdit, shown.lows);
    autosave().show(m_ui->changeReasonEdit, shown.changeReason);
}

bool ExperiencesPage::commitDate(const QString& field, const QString& typed, bool start)
{
    const auto date = formDates::parse(typed);
    if (!date)
        return report(makeError(ErrorCode::InvalidInput, tr("Write the date as dd/mm/yyyy, mm/yyyy or yyyy.")));
    return commitField<Experience>(m_records, field, [&](Experience& e) { (start ? e.startDate : e.endDate) = *date; });
}

qint64 ExperiencesPage::addRecord()
{
    Experience experience;
    experience.bilanId = bilanId();
    experience.title = tr("New experience");
    auto added = investigationEdits::add(workspace(), experience);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->titleLineEdit->setFocus();
    m_ui->titleLineEdit->selectAll();
    return added->id;
}

Result<void> ExperiencesPage::removeRecord(qint64 id)
{
    const Experience* e = find(m_records, id);
    return e ? investigationEdits::remove(workspace(), *e) : success();
}

QString ExperiencesPage::describe(qint64 id) const
{
    const Experience* e = find(m_records, id);
    return e ? e->title : QString();
}

} // namespace parcours
