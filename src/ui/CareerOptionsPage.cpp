#include "ui_CareerOptionForm.h"

#include <parcours/ui/AspectListEditor.h>
#include <parcours/ui/Autosave.h>
#include <parcours/ui/CareerOptionsPage.h>
#include <parcours/ui/OptionChart.h>
#include <parcours/ui/Workspace.h>

#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace parcours {

CareerOptionsPage::CareerOptionsPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Option"), tr("Desire"), tr("Feasibility"), tr("Status") }, parent)
    , m_ui(std::make_unique<Ui::CareerOptionForm>())
    , m_chart(new OptionChart(this))
{
    setObjectName(u"careerOptionsPage"_s);
    listView()->setObjectName(u"careerOptionTableView"_s);
    listView()->setAccessibleName(tr("Career options"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    stackListAboveForm();
    splitter()->insertWidget(0, m_chart);
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    splitter()->setSizes({ 360, 500 });
    for (CareerOption::Status status : kAllOptionStatuses)
        m_ui->statusComboBox->addItem(displayName(status), toKey(status));
    m_ui->favourableEditor->setPlaceholderText(tr("A favourable aspect"));
    m_ui->unfavourableEditor->setPlaceholderText(tr("An unfavourable aspect, a grey area"));

    using S = const QString&;
    autosave().bind(m_ui->titleLineEdit, [this](S v) {
        return commitField<CareerOption>(m_records, u"title"_s, [&](CareerOption& o) { o.title = v.trimmed(); });
    });
    autosave().bind(m_ui->descriptionEdit, [this](S v) {
        return commitField<CareerOption>(m_records, u"description"_s, [&](CareerOption& o) { o.description = v; });
    });
    connect(m_ui->desireSpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (const CareerOption* o = find(m_records, shownId()))
            setScores(o->id, value, o->feasibility, u"desire"_s);
    });
    connect(m_ui->feasibilitySpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (const CareerOption* o = find(m_records, shownId()))
            setScores(o->id, o->desire, value, u"feasibility"_s);
    });
    connect(m_ui->statusComboBox, &QComboBox::activated, this, [this] {
        const auto status = investigationKey<CareerOption::Status>(m_ui->statusComboBox->currentData().toString());
        commitField<CareerOption>(
            m_records, u"status"_s, [&](CareerOption& o) { o.status = status.value_or(o.status); });
    });
    connect(m_ui->planBCheckBox, &QCheckBox::clicked, this, [this](bool checked) {
        const qint64 id = shownId();
        if (!report(investigationEdits::setPlanB(this->workspace(), bilanId(), checked ? id : 0))) {
            const QSignalBlocker blocker(m_ui->planBCheckBox);
            m_ui->planBCheckBox->setChecked(!checked);
        }
    });
    connect(m_ui->favourableEditor, &AspectListEditor::aspectsChanged, this, [this](const QStringList& aspects) {
        commitField<CareerOption>(m_records, u"favourable"_s, [&](CareerOption& o) { o.favourable = aspects; });
    });
    connect(m_ui->unfavourableEditor, &AspectListEditor::aspectsChanged, this, [this](const QStringList& aspects) {
        commitField<CareerOption>(m_records, u"unfavourable"_s, [&](CareerOption& o) { o.unfavourable = aspects; });
    });
    connect(m_chart, &OptionChart::optionClicked, this, &CareerOptionsPage::selectRecord);
    // Each drag is its own step of undo (no field to merge on).
    connect(m_chart, &OptionChart::scoresChanged, this,
        [this](qint64 id, int desire, int feasibility) { setScores(id, desire, feasibility, QString()); });
}

CareerOptionsPage::~CareerOptionsPage()
{
    flush();
}

void CareerOptionsPage::load(const Investigation& investigation)
{
    m_records = investigation.careerOptions;
}

void CareerOptionsPage::recordsChanged()
{
    m_chart->setOptions(m_records);
}

QList<RecordListModel::Row> CareerOptionsPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const CareerOption& o : m_records) {
        const QString status = o.planB ? displayName(o.status) + u" · "_s + tr("plan B") : displayName(o.status);
        rows.append({ o.id, { o.title, QString::number(o.desire), QString::number(o.feasibility), status },
            o.description.left(300), o.status == CareerOption::Status::SetAside });
    }
    return rows;
}

void CareerOptionsPage::showRecord(qint64 id)
{
    m_chart->setSelected(id);
    const CareerOption* o = find(m_records, id);
    const CareerOption empty;
    const CareerOption& shown = o ? *o : empty;
    autosave().show(m_ui->titleLineEdit, shown.title);
    autosave().show(m_ui->descriptionEdit, shown.description);
    const QSignalBlocker desire(m_ui->desireSpinBox);
    const QSignalBlocker feasibility(m_ui->feasibilitySpinBox);
    const QSignalBlocker status(m_ui->statusComboBox);
    const QSignalBlocker planB(m_ui->planBCheckBox);
    m_ui->desireSpinBox->setValue(shown.desire);
    m_ui->feasibilitySpinBox->setValue(shown.feasibility);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(toKey(shown.status)));
    m_ui->planBCheckBox->setChecked(shown.planB);
    m_ui->favourableEditor->setAspects(shown.favourable);
    m_ui->unfavourableEditor->setAspects(shown.unfavourable);
}

void CareerOptionsPage::setScores(qint64 id, int desire, int feasibility, const QString& field)
{
    if (id != shownId())
        selectRecord(id);
    commitField<CareerOption>(m_records, field, [&](CareerOption& o) {
        o.desire = desire;
        o.feasibility = feasibility;
    });
    showRecord(shownId());
}

qint64 CareerOptionsPage::addRecord()
{
    CareerOption option;
    option.bilanId = bilanId();
    option.title = tr("New option");
    auto added = investigationEdits::add(workspace(), option);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->titleLineEdit->setFocus();
    m_ui->titleLineEdit->selectAll();
    return added->id;
}

Result<void> CareerOptionsPage::removeRecord(qint64 id)
{
    const CareerOption* o = find(m_records, id);
    return o ? investigationEdits::remove(workspace(), *o) : success();
}

QString CareerOptionsPage::describe(qint64 id) const
{
    const CareerOption* o = find(m_records, id);
    return o ? o->title : QString();
}

} // namespace parcours
