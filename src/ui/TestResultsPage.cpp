#include "ui_TestResultForm.h"

#include <parcours/core/InvestigationRules.h>
#include <parcours/ui/Autosave.h>
#include <parcours/ui/FileDialogs.h>
#include <parcours/ui/FormDates.h>
#include <parcours/ui/TestResultsPage.h>
#include <parcours/ui/ViewerCopies.h>
#include <parcours/ui/Workspace.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace parcours {

TestResultsPage::TestResultsPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Taken on"), tr("Instrument"), tr("Report") }, parent)
    , m_ui(std::make_unique<Ui::TestResultForm>())
    , m_copies(new ViewerCopies(ViewerCopies::defaultBase(), this))
{
    setObjectName(u"testResultsPage"_s);
    listView()->setObjectName(u"testResultTableView"_s);
    listView()->setAccessibleName(tr("Tests"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);

    using S = const QString&;
    autosave().bind(m_ui->instrumentLineEdit, [this](S v) {
        return commitField<TestResult>(m_records, u"instrument"_s, [&](TestResult& t) { t.instrument = v.trimmed(); });
    });
    autosave().bind(m_ui->takenOnLineEdit, [this](S v) {
        const auto date = formDates::parse(v);
        if (!date)
            return report(makeError(ErrorCode::InvalidInput, tr("Write the date as dd/mm/yyyy.")));
        return commitField<TestResult>(m_records, u"taken_on"_s, [&](TestResult& t) { t.takenOn = *date; });
    });
    autosave().bind(m_ui->summaryEdit, [this](S v) {
        return commitField<TestResult>(m_records, u"summary"_s, [&](TestResult& t) { t.summary = v; });
    });
    connect(m_ui->attachPushButton, &QPushButton::clicked, this, &TestResultsPage::attachReport);
    connect(m_ui->openPushButton, &QPushButton::clicked, this, [this] { openReport(); });
    connect(m_ui->detachPushButton, &QPushButton::clicked, this, &TestResultsPage::detachReport);
}

TestResultsPage::~TestResultsPage()
{
    flush();
}

void TestResultsPage::load(const Investigation& investigation)
{
    m_records = investigation.testResults;
}

QList<RecordListModel::Row> TestResultsPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const TestResult& t : m_records)
        rows.append({ t.id,
            { t.takenOn.isValid() ? t.takenOn.toString(u"dd/MM/yyyy"_s) : QString(), t.instrument,
                t.file ? t.file->fileName : QString() },
            t.summary.left(300), false });
    return rows;
}

void TestResultsPage::showRecord(qint64 id)
{
    const TestResult* t = find(m_records, id);
    const TestResult empty;
    const TestResult& shown = t ? *t : empty;
    autosave().show(m_ui->instrumentLineEdit, shown.instrument);
    autosave().show(m_ui->takenOnLineEdit, formDates::text(shown.takenOn));
    autosave().show(m_ui->summaryEdit, shown.summary);
    m_ui->fileNameLabel->setText(shown.file
            ? tr("%1 (%2)").arg(shown.file->fileName, QLocale().formattedDataSize(shown.file->size))
            : tr("No file attached"));
    m_ui->fileNameLabel->setToolTip(shown.file ? tr("SHA-256: %1").arg(shown.file->sha256) : QString());
    m_ui->attachPushButton->setText(shown.file ? tr("Re&place…") : tr("&Attach…"));
    m_ui->openPushButton->setEnabled(shown.file.has_value());
    m_ui->detachPushButton->setEnabled(shown.file.has_value());
}

void TestResultsPage::attachReport()
{
    const TestResult* shown = find(m_records, shownId());
    if (!shown)
        return;
    const qint64 testId = shown->id;
    const QString path = FileDialogs::openFileName(
        this, tr("Attach the report"), tr("Reports (%1)").arg(u"*."_s + acceptedReportExtensions().join(u" *."_s)));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > kMaxReportFileBytes) {
        report(makeError(ErrorCode::InvalidInput,
            tr("The file “%1” is too big (%2 MB at most).")
                .arg(QFileInfo(path).fileName())
                .arg(kMaxReportFileBytes / (1024 * 1024))));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())));
        return;
    }
    auto attached
        = investigationEdits::attachReport(workspace(), bilanId(), testId, QFileInfo(path).fileName(), file.readAll());
    report(attached ? success() : Result<void>(attached.error()));
}

QString TestResultsPage::openReport()
{
    const TestResult* shown = find(m_records, shownId());
    if (!shown || !shown->file)
        return {};
    auto file = workspace().investigation().reportFile(shown->id);
    if (!file) {
        report(file.error());
        return {};
    }
    auto copy = m_copies->open(file.value());
    if (!copy) {
        report(copy.error());
        return {};
    }
    report(success());
    return copy.value();
}

void TestResultsPage::detachReport()
{
    const TestResult* shown = find(m_records, shownId());
    if (shown && shown->file)
        report(investigationEdits::detachReport(workspace(), bilanId(), shown->id));
}

qint64 TestResultsPage::addRecord()
{
    TestResult test;
    test.bilanId = bilanId();
    test.instrument = tr("New test");
    test.takenOn = workspace().clock().today();
    auto added = investigationEdits::add(workspace(), test);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->instrumentLineEdit->setFocus();
    m_ui->instrumentLineEdit->selectAll();
    return added->id;
}

Result<void> TestResultsPage::removeRecord(qint64 id)
{
    const TestResult* t = find(m_records, id);
    return t ? investigationEdits::remove(workspace(), *t) : success();
}

QString TestResultsPage::describe(qint64 id) const
{
    const TestResult* t = find(m_records, id);
    return t ? t->instrument : QString();
}

} // namespace parcours
