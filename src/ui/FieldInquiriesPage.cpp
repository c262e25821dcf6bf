#include "ui_FieldInquiryForm.h"

#include <parcours/reports/InvestigationHandouts.h>
#include <parcours/ui/Autosave.h>
#include <parcours/ui/FieldInquiriesPage.h>
#include <parcours/ui/FileDialogs.h>
#include <parcours/ui/FormDates.h>
#include <parcours/ui/Workspace.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

FieldInquiriesPage::FieldInquiriesPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Met on"), tr("Professional"), tr("Option") }, parent)
    , m_ui(std::make_unique<Ui::FieldInquiryForm>())
    , m_printButton(new QPushButton(tr("&Print the interview guide…"), this))
{
    setObjectName(u"fieldInquiriesPage"_s);
    listView()->setObjectName(u"fieldInquiryTableView"_s);
    listView()->setAccessibleName(tr("Field inquiries"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    m_printButton->setObjectName(u"printGuidePushButton"_s);
    auto* intro = new QLabel(tr("Before a meeting, print the interview guide (about the option of the selected "
                                "inquiry); afterwards, record what was learnt."),
        this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_printButton);
    topLayout()->addLayout(top);

    using S = const QString&;
    using F = FieldInquiry;
    autosave().bind(m_ui->contactNameLineEdit, [this](S v) {
        return commitField<F>(m_records, u"contact_name"_s, [&](F& i) { i.contactName = v.trimmed(); });
    });
    autosave().bind(m_ui->contactRoleLineEdit, [this](S v) {
        return commitField<F>(m_records, u"contact_role"_s, [&](F& i) { i.contactRole = v.trimmed(); });
    });
    autosave().bind(m_ui->organisationLineEdit, [this](S v) {
        return commitField<F>(m_records, u"organisation"_s, [&](F& i) { i.organisation = v.trimmed(); });
    });
    autosave().bind(m_ui->contactDetailsLineEdit,
        [this](S v) { return commitField<F>(m_records, u"contact_details"_s, [&](F& i) { i.contactDetails = v; }); });
    autosave().bind(m_ui->metOnLineEdit, [this](S v) {
        const auto date = formDates::parse(v);
        if (!date)
            return report(makeError(ErrorCode::InvalidInput, tr("Write the date as dd/mm/yyyy.")));
        return commitField<F>(m_records, u"met_on"_s, [&](F& i) { i.metOn = *date; });
    });
    autosave().bind(m_ui->activitiesEdit,
        [this](S v) { return commitField<F>(m_records, u"activities"_s, [&](F& i) { i.activities = v; }); });
    autosave().bind(m_ui->conditionsEdit,
        [this](S v) { return commitField<F>(m_records, u"conditions"_s, [&](F& i) { i.conditions = v; }); });
    autosave().bind(m_ui->qualitiesEdit,
        [this](S v) { return commitField<F>(m_records, u"qualities"_s, [&](F& i) { i.qualities = v; }); });
    autosave().bind(m_ui->trainingPathEdit,
        [this](S v) { return commitField<F>(m_records, u"training_path"_s, [&](F& i) { i.trainingPath = v; }); });
    autosave().bind(m_ui->jobMarketEdit,
        [this](S v) { return commitField<F>(m_records, u"job_market"_s, [&](F& i) { i.jobMarket = v; }); });
    connect(m_ui->optionComboBox, &QComboBox::activated, this, [this] {
        const qint64 option = m_ui->optionComboBox->currentData().toLongLong();
        commitField<F>(m_records, u"career_option_id"_s,
            [&](F& i) { i.careerOptionId = option ? std::optional<qint64>(option) : std::nullopt; });
    });
    connect(m_printButton, &QPushButton::clicked, this, [this] { printGuide(); });
}

FieldInquiriesPage::~FieldInquiriesPage()
{
    flush();
}

void FieldInquiriesPage::load(const Investigation& investigation)
{
    m_records = investigation.fieldInquiries;
    m_options = investigation.careerOptions;
    const QSignalBlocker blocker(m_ui->optionComboBox);
    m_ui->optionComboBox->clear();
    m_ui->optionComboBox->addItem(tr("(no particular option)"), 0);
    for (const CareerOption& option : std::as_const(m_options))
        m_ui->optionComboBox->addItem(option.title, option.id);
    m_printButton->setEnabled(investigation.bilanId != 0);
}

QString FieldInquiriesPage::optionTitle(const std::optional<qint64>& id) const
{
    const CareerOption* option = id ? find(m_options, *id) : nullptr;
    return option ? option->title : QString();
}

QList<RecordListModel::Row> FieldInquiriesPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const FieldInquiry& i : m_records) {
        QStringList who;
        for (const QString& part : { i.contactName, i.contactRole, i.organisation }) {
            if (!part.isEmpty())
                who << part;
        }
        rows.append({ i.id, { formDates::text(i.metOn), who.join(u", "_s), optionTitle(i.careerOptionId) },
            i.contactDetails, false });
    }
    return rows;
}

void FieldInquiriesPage::showRecord(qint64 id)
{
    const FieldInquiry* i = find(m_records, id);
    const FieldInquiry empty;
    const FieldInquiry& shown = i ? *i : empty;
    {
        const QSignalBlocker blocker(m_ui->optionComboBox);
        m_ui->optionComboBox->setCurrentIndex(
            std::max(0, m_ui->optionComboBox->findData(shown.careerOptionId.value_or(0))));
    }
    autosave().show(m_ui->contactNameLineEdit, shown.contactName);
    autosave().show(m_ui->contactRoleLineEdit, shown.contactRole);
    autosave().show(m_ui->organisationLineEdit, shown.organisation);
    autosave().show(m_ui->contactDetailsLineEdit, shown.contactDetails);
    autosave().show(m_ui->metOnLineEdit, formDates::text(shown.metOn));
    autosave().show(m_ui->activitiesEdit, shown.activities);
    autosave().show(m_ui->conditionsEdit, shown.conditions);
    autosave().show(m_ui->qualitiesEdit, shown.qualities);
    autosave().show(m_ui->trainingPathEdit, shown.trainingPath);
    autosave().show(m_ui->jobMarketEdit, shown.jobMarket);
}

qint64 FieldInquiriesPage::addRecord()
{
    FieldInquiry inquiry;
    inquiry.bilanId = bilanId();
    inquiry.contactRole = tr("Professional to meet");
    // An inquiry is usually about the option kept most recently: offer the first kept one.
    for (const CareerOption& option : std::as_const(m_options)) {
        if (option.status == CareerOption::Status::Kept) {
            inquiry.careerOptionId = option.id;
            break;
        }
    }
    auto added = investigationEdits::add(workspace(), inquiry);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->contactNameLineEdit->setFocus();
    return added->id;
}

Result<void> FieldInquiriesPage::removeRecord(qint64 id)
{
    const FieldInquiry* i = find(m_records, id);
    return i ? investigationEdits::remove(workspace(), *i) : success();
}

QString FieldInquiriesPage::describe(qint64 id) const
{
    const FieldInquiry* i = find(m_records, id);
    return i ? (i->contactName.isEmpty() ? i->contactRole : i->contactName) : QString();
}

QString FieldInquiriesPage::printGuide()
{
    flush();
    const FieldInquiry* shown = find(m_records, shownId());
    const QString option = shown ? optionTitle(shown->careerOptionId) : QString();
    const QString path = FileDialogs::saveFileName(this, tr("Save the interview guide"),
        tr("Interview guide - %1.pdf").arg(option.isEmpty() ? m_firstName : option), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const HandoutContext context = HandoutContext::fromSettings(workspace().settings(), m_firstName);
    if (auto written = writeInquiryGuide(context, option, path); !written) {
        workspace().reportError(written.error().message);
        return {};
    }
    workspace().reportNotice(tr("Interview guide saved: %1").arg(path));
    return path;
}

} // namespace parcours
