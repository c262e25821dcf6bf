#include "ui_SessionLogDialog.h"

#include <parcours/core/Hours.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/FileChooser.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/ScheduleEdits.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/SessionLogDialog.h>
#include <parcours/ui/Workspace.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

using Outcome = SessionLogDialog::Outcome;

bool isMove(Outcome outcome)
{
    return outcome == Outcome::MovedByBeneficiary || outcome == Outcome::MovedByConsultant;
}

} // namespace

SessionLogDialog::SessionLogDialog(
    Workspace& workspace, const BilanOverview& overview, qint64 sessionId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionLogDialog>())
    , m_workspace(workspace)
    , m_overview(overview)
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    for (const Session& session : overview.sessions) {
        if (session.id == sessionId)
            m_session = session;
    }
    m_record = overview.recordOf(sessionId);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(fields::startsAt.toString(), m_ui->movedDateEdit, m_ui->startsAtErrorLabel);
    m_errors.bind(fields::actualMinutes.toString(), m_ui->actualSpinBox, m_ui->actualMinutesErrorLabel);
    m_errors.bind(u"scan"_s, m_ui->attachScanPushButton, m_ui->scanErrorLabel);
    m_errors.bind(u"personal_work_minutes"_s, m_ui->personalWorkSpinBox, m_ui->personalWorkErrorLabel);
    m_errors.bind(u"handed_over"_s, m_ui->handedOverEdit, m_ui->handedOverErrorLabel);

    m_ui->statusComboBox->addItem(tr("It took place"), static_cast<int>(Outcome::Done));
    m_ui->statusComboBox->addItem(
        tr("Cancelled by the beneficiary"), static_cast<int>(Outcome::CancelledByBeneficiary));
    m_ui->statusComboBox->addItem(tr("Cancelled by me"), static_cast<int>(Outcome::CancelledByConsultant));
    m_ui->statusComboBox->addItem(tr("The beneficiary did not come"), static_cast<int>(Outcome::NoShow));
    m_ui->statusComboBox->addItem(
        tr("Moved, at the beneficiary's request"), static_cast<int>(Outcome::MovedByBeneficiary));
    m_ui->statusComboBox->addItem(tr("Moved, at my request"), static_cast<int>(Outcome::MovedByConsultant));
    for (Place place : kAllPlaces)
        m_ui->placeComboBox->addItem(displayName(place), toKey(place));
    m_ui->actualSpinBox->setRange(0, 24 * 60);
    m_ui->personalWorkSpinBox->setRange(0, 24 * 60);
    m_ui->movedDateEdit->setDisplayFormat(u"dd/MM/yyyy (ddd)"_s);
    for (QLabel* quiet : { m_ui->proofLabel, m_ui->scanFileLabel })
        quiet->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_ui->capLabel->setStyleSheet(colours::css(colours::warning()) + u" font-weight: bold;"_s);

    const QDateTime end = m_session.startsAt.addSecs(60LL * m_session.plannedMinutes);
    m_ui->sessionLabel->setText(
        tr("<b>%1</b>, %2 – %3 · %4")
            .arg(format::longDate(m_session.startsAt.date()).toHtmlEscaped(), format::time(m_session.startsAt),
                format::time(end), displayName(m_session.phase).toHtmlEscaped()));
    load();
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &SessionLogDialog::updateFields);
    connect(m_ui->placeComboBox, &QComboBox::currentIndexChanged, this, &SessionLogDialog::updateFields);
    for (QCheckBox* box :
        { m_ui->attendanceSignedCheckBox, m_ui->consultantAttestedCheckBox, m_ui->beneficiaryConfirmedCheckBox })
        connect(box, &QCheckBox::toggled, this, &SessionLogDialog::updateFields);
    connect(m_ui->actualSpinBox, &QSpinBox::valueChanged, this, &SessionLogDialog::updateCapWarning);
    connect(m_ui->personalWorkSpinBox, &QSpinBox::valueChanged, this, &SessionLogDialog::updateCapWarning);
    connect(m_ui->attachScanPushButton, &QPushButton::clicked, this, &SessionLogDialog::attachScan);
    connect(m_ui->removeScanPushButton, &QPushButton::clicked, this, [this] {
        m_newScan.reset();
        m_removeScan = true;
        updateFields();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionLogDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionLogDialog::reject);
    updateFields();
    m_ui->statusComboBox->setFocus();
}

SessionLogDialog::~SessionLogDialog() = default;

void SessionLogDialog::load()
{
    Outcome outcome = Outcome::Done; // logging a planned session: most often it took place
    switch (m_session.status) {
    case SessionStatus::Planned:
    case SessionStatus::Done:
        break;
    case SessionStatus::NoShow:
        outcome = Outcome::NoShow;
        break;
    case SessionStatus::Cancelled:
        outcome = m_record.cancelledBy == Party::Consultant ? Outcome::CancelledByConsultant
                                                            : Outcome::CancelledByBeneficiary;
        break;
    }
    setOutcome(outcome);
    m_ui->movedDateEdit->setDate(m_session.startsAt.date().addDays(7));
    m_ui->movedTimeEdit->setTime(m_session.startsAt.time());
    m_ui->actualSpinBox->setValue(m_session.actualMinutes.value_or(m_session.plannedMinutes));
    const bool remote = m_record.place ? *m_record.place == Place::Remote
                                       : m_workspace.settings().text(settingKeys::sessionPlace) == toKey(Place::Remote);
    m_ui->placeComboBox->setCurrentIndex(remote ? 1 : 0);
    m_ui->attendanceSignedCheckBox->setChecked(m_record.attendanceSigned);
    m_ui->consultantAttestedCheckBox->setChecked(m_record.consultantAttested);
    m_ui->beneficiaryConfirmedCheckBox->setChecked(m_record.beneficiaryConfirmed);
    m_ui->personalWorkSpinBox->setValue(m_record.personalWorkMinutes);
    m_ui->handedOverEdit->setPlainText(m_record.handedOver);
    m_ui->notesEdit->setPlainText(m_session.notes);
}

SessionLogDialog::Outcome SessionLogDialog::outcome() const
{
    return static_cast<Outcome>(m_ui->statusComboBox->currentData().toInt());
}

void SessionLogDialog::setOutcome(Outcome outcome)
{
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(static_cast<int>(outcome)));
}

void SessionLogDialog::updateFields()
{
    const Outcome current = outcome();
    const bool done = current == Outcome::Done;
    const bool remote = m_ui->placeComboBox->currentData().toString() == toKey(Place::Remote);
    m_ui->movedLabel->setVisible(isMove(current));
    m_ui->movedWidget->setVisible(isMove(current));
    m_ui->doneGroupBox->setEnabled(done);
    m_ui->workGroupBox->setEnabled(done);
    m_ui->consultantAttestedCheckBox->setVisible(remote);
    m_ui->beneficiaryConfirmedCheckBox->setVisible(remote);
    m_ui->scanWidget->setVisible(remote);
    const QString scanName = m_newScan ? m_newScan->fileName : (m_removeScan ? QString() : m_record.scanFileName);
    m_ui->scanFileLabel->setText(scanName.isEmpty() ? tr("No scan attached") : scanName);
    m_ui->removeScanPushButton->setVisible(!scanName.isEmpty());
    m_ui->attendanceSignedCheckBox->setText(
        remote ? tr("The signed sheet came back") : tr("The attendance sheet was signed"));

    // What the attendance proof still lacks, as it would be stored.
    Session logged = m_session;
    logged.status = done ? SessionStatus::Done : SessionStatus::Cancelled;
    SessionRecord record = m_record;
    record.place = remote ? Place::Remote : Place::Office;
    record.attendanceSigned = m_ui->attendanceSignedCheckBox->isChecked() || (remote && !scanName.isEmpty());
    record.consultantAttested = remote && m_ui->consultantAttestedCheckBox->isChecked();
    record.beneficiaryConfirmed = remote && m_ui->beneficiaryConfirmedCheckBox->isChecked();
    const QString gap = attendanceGap(logged, record);
    m_ui->proofLabel->setText(gap.isEmpty() ? tr("Attendance proof complete.") : gap);
    m_ui->proofLabel->setVisible(done);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(isMove(current) ? tr("Move the session") : tr("Save"));
    updateCapWarning();
}

void SessionLogDialog::updateCapWarning()
{
    // The rules of the cap at logging time (HoursCap.h), on the figures as typed: a refusal, or which planned
    // sessions will no longer fit.
    QString warning;
    if (outcome() == Outcome::Done && countsTowardCap(m_session.phase)) {
        Session logged = m_session;
        logged.status = SessionStatus::Done;
        logged.actualMinutes = m_ui->actualSpinBox->value();
        const int personalBefore = m_overview.timeline.hours.countedPersonalWorkMinutes();
        const int personalAfter = personalBefore - m_record.personalWorkMinutes + m_ui->personalWorkSpinBox->value();
        if (auto fits = checkRecordFitsCap(m_overview.sessions, logged, personalBefore, personalAfter); !fits)
            warning = tr("%1 It cannot be saved so.").arg(fits.error().message);
        else if (auto planned = plannedOverCap(withSession(m_overview.sessions, logged), personalAfter))
            warning = planned->message();
    }
    m_ui->capLabel->setText(warning);
    m_ui->capLabel->setVisible(!warning.isEmpty());
}

QString SessionLogDialog::capWarning() const
{
    return m_ui->capLabel->isHidden() ? QString() : m_ui->capLabel->text();
}

void SessionLogDialog::attachScan()
{
    const QString path
        = FileChooser::openFile(this, tr("The signed attendance sheet"), tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxScanBytes) {
        m_errors.show(makeError(ErrorCode::InvalidInput, tr("The scan is too large (10 MB at most)."), u"scan"_s));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.show(makeError(
            ErrorCode::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), u"scan"_s));
        return;
    }
    const QByteArray content = file.readAll();
    if (scanMediaType(content).isEmpty()) {
        m_errors.show(makeError(ErrorCode::InvalidInput, tr("The scan must be a PDF, PNG or JPEG file."), u"scan"_s));
        return;
    }
    m_errors.clear();
    m_newScan = SessionScan { m_session.id, QFileInfo(path).fileName(), {}, content };
    m_removeScan = false;
    updateFields();
}

SessionLogDetails SessionLogDialog::details() const
{
    SessionLogDetails details;
    const Outcome current = outcome();
    if (current == Outcome::CancelledByBeneficiary)
        details.cancelledBy = Party::Beneficiary;
    else if (current == Outcome::CancelledByConsultant)
        details.cancelledBy = Party::Consultant;
    if (current != Outcome::Done)
        return details;
    const bool remote = m_ui->placeComboBox->currentData().toString() == toKey(Place::Remote);
    details.place = remote ? Place::Remote : Place::Office;
    details.attendanceSigned = m_ui->attendanceSignedCheckBox->isChecked();
    details.consultantAttested = remote && m_ui->consultantAttestedCheckBox->isChecked();
    details.beneficiaryConfirmed = remote && m_ui->beneficiaryConfirmedCheckBox->isChecked();
    details.personalWorkMinutes = m_ui->personalWorkSpinBox->value();
    details.handedOver = m_ui->handedOverEdit->toPlainText();
    if (remote && m_newScan)
        details.scan = m_newScan;
    details.removeScan = m_removeScan || (!remote && !m_record.scanFileName.isEmpty());
    return details;
}

void SessionLogDialog::accept()
{
    m_errors.clear();
    const Outcome current = outcome();
    if (isMove(current)) {
        const QDateTime to = wallClock(m_ui->movedDateEdit->date(),
            QTime(m_ui->movedTimeEdit->time().hour(), m_ui->movedTimeEdit->time().minute()));
        auto moved = scheduleEdits::move(m_workspace, m_session.id, to,
            current == Outcome::MovedByBeneficiary ? Party::Beneficiary : Party::Consultant);
        if (!moved) {
            m_errors.show(moved.error());
            return;
        }
        QStringList notes;
        for (const SlotNotice& notice : moved->notices)
            notes << notice.text();
        const QString when = QLocale().toString(to, u"dddd d MMMM, HH:mm"_s);
        m_workspace.reportNotice(notes.isEmpty() ? tr("Session moved to %1.").arg(when)
                                                 : tr("Session moved to %1. %2").arg(when, notes.join(u' ')));
        QDialog::accept();
        return;
    }
    SessionLog log;
    log.status = current == Outcome::Done ? SessionStatus::Done
        : current == Outcome::NoShow      ? SessionStatus::NoShow
                                          : SessionStatus::Cancelled;
    if (log.status == SessionStatus::Done)
        log.actualMinutes = m_ui->actualSpinBox->value();
    log.notes = m_ui->notesEdit->toPlainText();
    auto done = scheduleEdits::log(m_workspace, m_session.id, log, details(), m_session.version);
    if (!done && done.error().code == ErrorCode::Conflict) {
        // Logged meanwhile on another desk: the consultant chooses, never a silent overwrite.
        bool overwritten = false;
        ConflictPrompt::Actions actions;
        actions.record = tr("this session");
        actions.reload = [] { return success(); }; // the dialog closes: the bilan shows the other log
        actions.overwrite = [&]() -> Result<void> {
            overwritten = true;
            auto logged = scheduleEdits::log(m_workspace, m_session.id, log, details());
            if (!logged)
                return logged.error();
            return success();
        };
        actions.myText = [notes = log.notes] { return notes.value_or(QString()); };
        auto settled = ConflictPrompt::resolve(this, done.error(), actions);
        if (!settled) {
            m_errors.show(settled.error());
            return;
        }
        overwritten ? QDialog::accept() : QDialog::reject();
        return;
    }
    if (!done) {
        m_errors.show(done.error());
        return;
    }
    // Recorded as it happened; the plan is what must change.
    if (done.value())
        m_workspace.reportNotice(tr("Session logged. %1").arg(done.value()->message()));
    QDialog::accept();
}

} // namespace parcours
