#include "ui_AbsencesDialog.h"

#include <parcours/ui/AbsencesDialog.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/Workspace.h>

#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

AbsencesDialog::AbsencesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AbsencesDialog>()), m_workspace(workspace), m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"last_day"_s, m_ui->lastDayDateEdit, m_ui->lastDayErrorLabel);
    m_errors.bind(u"label"_s, m_ui->labelLineEdit, m_ui->labelErrorLabel);
    const QDate today = workspace.clock().today();
    for (QDateEdit* edit : { m_ui->firstDayDateEdit, m_ui->lastDayDateEdit }) {
        edit->setDisplayFormat(u"dd/MM/yyyy (ddd)"_s);
        edit->setDate(today);
    }
    connect(m_ui->firstDayDateEdit, &QDateEdit::dateChanged, this, [this](QDate first) {
        if (m_ui->lastDayDateEdit->date() < first)
            m_ui->lastDayDateEdit->setDate(first);
    });
    connect(m_ui->addPushButton, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &AbsencesDialog::removeSelected);
    connect(m_ui->absencesListWidget, &QListWidget::currentRowChanged, this,
        [this](int row) { m_ui->removePushButton->setEnabled(row >= 0); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AbsencesDialog::reject);
    reload();
}

AbsencesDialog::~AbsencesDialog() = default;

void AbsencesDialog::reload()
{
    auto absences = m_workspace.planning().absences();
    if (!absences) {
        m_errors.show(absences.error());
        return;
    }
    m_absences = absences.value();
    m_ui->absencesListWidget->clear();
    for (const Absence& absence : std::as_const(m_absences)) {
        QString text = absence.firstDay == absence.lastDay
            ? format::longDate(absence.firstDay)
            : tr("from %1 to %2").arg(format::longDate(absence.firstDay), format::longDate(absence.lastDay));
        if (!absence.label.isEmpty())
            text += u" — "_s + absence.label;
        m_ui->absencesListWidget->addItem(text);
    }
    if (m_absences.isEmpty())
        m_ui->absencesListWidget->addItem(tr("No absence declared."));
    m_ui->absencesListWidget->setEnabled(!m_absences.isEmpty());
    m_ui->removePushButton->setEnabled(false);
}

QLabel* AbsencesDialog::noticeLabel() const
{
    return m_ui->noticeLabel;
}

void AbsencesDialog::showPlannedDuring(const Absence& absence)
{
    // The absence is kept whatever is planned (the consultant may come in for a session): said, not refused.
    auto planned = m_workspace.planning().plannedDuring(absence.firstDay, absence.lastDay);
    if (!planned || planned->isEmpty())
        return;
    QStringList when;
    for (const AgendaEntry& entry : planned.value()) {
        when << tr("%1 at %2 (%3)").arg(format::shortDate(entry.session.startsAt.date()),
                    format::time(entry.session.startsAt), entry.clientName());
    }
    m_ui->noticeLabel->setText(
        tr("%n planned session(s) fall in this absence: %1. Move or cancel them from the agenda.", nullptr,
            static_cast<int>(planned->size()))
            .arg(when.join(u", "_s)));
    m_ui->noticeLabel->setVisible(true);
}

bool AbsencesDialog::addTyped()
{
    m_errors.clear();
    m_ui->noticeLabel->clear();
    m_ui->noticeLabel->setVisible(false);
    const Absence absence { 0, m_ui->firstDayDateEdit->date(), m_ui->lastDayDateEdit->date(),
        m_ui->labelLineEdit->text(), 0 };
    auto added = m_workspace.planning().addAbsence(absence);
    if (!added) {
        m_errors.show(added.error());
        return false;
    }
    m_ui->labelLineEdit->clear();
    reload();
    showPlannedDuring(absence);
    return true;
}

void AbsencesDialog::removeSelected()
{
    const int row = m_ui->absencesListWidget->currentRow();
    if (row < 0 || row >= m_absences.size())
        return;
    if (auto removed = m_workspace.planning().removeAbsence(m_absences.at(row).id); !removed)
        m_errors.show(removed.error());
    reload();
}

} // namespace parcours
