#include "ui_DisclosureConsentDialog.h"
#include "ui_DisclosureSendDialog.h"
#include "ui_RetentionConsentDialog.h"

#include <parcours/ui/Format.h>
#include <parcours/ui/RetentionDialogs.h>

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kKindRole = Qt::UserRole;

void dateFormat(QDateEdit* edit, QDate day)
{
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setDate(day);
}

} // namespace

QString dayText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMMM yyyy"_s) : QString();
}

QString cellDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

int tableHeight(const QTableView* table, int rows)
{
    return table->horizontalHeader()->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize()
        + 2 * table->frameWidth() + table->horizontalScrollBar()->sizeHint().height();
}

QString recipientText(const DisclosureConsent& consent)
{
    return QCoreApplication::translate("DisclosureSection", "%1 (%2)")
        .arg(consent.recipientName, displayName(consent.recipientKind));
}

RetentionConsentDialog::RetentionConsentDialog(
    const QString& prompt, QDate today, QDate until, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RetentionConsentDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->generalErrorLabel);
    m_errors.bind(u"kinds"_s, m_ui->kindsListWidget, m_ui->kindsErrorLabel);
    m_errors.bind(u"signed_on"_s, m_ui->signedDateEdit, m_ui->signedErrorLabel);
    m_errors.bind(u"scope"_s, m_ui->scopeLineEdit, m_ui->scopeErrorLabel);
    m_errors.bind(u"keep_until"_s, m_ui->untilDateEdit, m_ui->untilErrorLabel);
    m_ui->promptLabel->setText(prompt);
    for (ContentKind kind : kAllContentKinds) {
        auto* item = new QListWidgetItem(displayName(kind), m_ui->kindsListWidget);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    dateFormat(m_ui->signedDateEdit, today);
    dateFormat(m_ui->untilDateEdit, until);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the consent"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RetentionConsentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RetentionConsentDialog::reject);
}

RetentionConsentDialog::~RetentionConsentDialog() = default;

void RetentionConsentDialog::setChecked(ContentKind kind, bool checked)
{
    QListWidget* list = m_ui->kindsListWidget;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(kKindRole).toInt() == static_cast<int>(kind))
            list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<ContentKind> RetentionConsentDialog::checkedKinds() const
{
    QList<ContentKind> kinds;
    const QListWidget* list = m_ui->kindsListWidget;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            kinds << static_cast<ContentKind>(list->item(row)->data(kKindRole).toInt());
    }
    return kinds;
}

void RetentionConsentDialog::setSignedOn(QDate day)
{
    m_ui->signedDateEdit->setDate(day);
}

void RetentionConsentDialog::setScope(const QString& scope)
{
    m_ui->scopeLineEdit->setText(scope);
}

void RetentionConsentDialog::setUntil(QDate day)
{
    m_ui->untilDateEdit->setDate(day);
}

void RetentionConsentDialog::accept()
{
    m_errors.clear();
    const QList<ContentKind> kinds = checkedKinds();
    if (kinds.isEmpty()) {
        m_errors.show(QList<FieldError> { { u"kinds"_s, tr("Tick the content the beneficiary agreed to keep.") } });
        return;
    }
    RetentionConsent terms;
    terms.signedOn = m_ui->signedDateEdit->date();
    terms.scope = m_ui->scopeLineEdit->text();
    terms.keepUntil = m_ui->untilDateEdit->date();
    if (auto done = m_submit(kinds, terms); !done) {
        m_errors.show(done.error());
        return;
    }
    QDialog::accept();
}

DisclosureConsentDialog::DisclosureConsentDialog(const QString& prompt, QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisclosureConsentDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->generalErrorLabel);
    m_errors.bind(u"recipient_name"_s, m_ui->nameLineEdit, m_ui->nameErrorLabel);
    m_errors.bind(u"what"_s, m_ui->synthesisCheckBox, m_ui->whatErrorLabel);
    m_errors.bind(u"signed_on"_s, m_ui->signedDateEdit, m_ui->signedErrorLabel);
    m_ui->promptLabel->setText(prompt);
    for (RecipientKind kind : kAllRecipientKinds)
        m_ui->kindComboBox->addItem(displayName(kind), static_cast<int>(kind));
    dateFormat(m_ui->signedDateEdit, today);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the consent"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DisclosureConsentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DisclosureConsentDialog::reject);
}

DisclosureConsentDialog::~DisclosureConsentDialog() = default;

void DisclosureConsentDialog::setConsent(const DisclosureConsent& consent)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(static_cast<int>(consent.recipientKind)));
    m_ui->nameLineEdit->setText(consent.recipientName);
    m_ui->synthesisCheckBox->setChecked(consent.covers(DisclosedItem::Synthesis));
    m_ui->testResultsCheckBox->setChecked(consent.covers(DisclosedItem::TestResults));
    if (consent.signedOn.isValid())
        m_ui->signedDateEdit->setDate(consent.signedOn);
}

DisclosureConsent DisclosureConsentDialog::consent() const
{
    DisclosureConsent consent;
    consent.recipientKind = static_cast<RecipientKind>(m_ui->kindComboBox->currentData().toInt());
    consent.recipientName = m_ui->nameLineEdit->text();
    if (m_ui->synthesisCheckBox->isChecked())
        consent.what << DisclosedItem::Synthesis;
    if (m_ui->testResultsCheckBox->isChecked())
        consent.what << DisclosedItem::TestResults;
    consent.signedOn = m_ui->signedDateEdit->date();
    return consent;
}

void DisclosureConsentDialog::accept()
{
    m_errors.clear();
    if (auto done = m_submit(consent()); !done) {
        m_errors.show(done.error());
        return;
    }
    QDialog::accept();
}

DisclosureSendDialog::DisclosureSendDialog(
    const QString& prompt, const QList<DisclosureConsent>& usable, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DisclosureSendDialog>()), m_usable(usable)
{
    m_ui->setupUi(this);
    m_ui->promptLabel->setText(prompt);
    for (const DisclosureConsent& consent : usable) {
        m_ui->consentComboBox->addItem(
            tr("%1, signed on %2").arg(recipientText(consent), dayText(consent.signedOn)), consent.id);
    }
    fillItems();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Choose the file…"));
    connect(m_ui->consentComboBox, &QComboBox::currentIndexChanged, this, &DisclosureSendDialog::fillItems);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DisclosureSendDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DisclosureSendDialog::reject);
}

DisclosureSendDialog::~DisclosureSendDialog() = default;

void DisclosureSendDialog::fillItems()
{
    m_ui->whatComboBox->clear();
    const int index = m_ui->consentComboBox->currentIndex();
    if (index < 0 || index >= m_usable.size())
        return;
    for (DisclosedItem item : m_usable[index].what)
        m_ui->whatComboBox->addItem(displayName(item), static_cast<int>(item));
}

bool DisclosureSendDialog::select(qint64 consentId, DisclosedItem item)
{
    const int consent = m_ui->consentComboBox->findData(consentId);
    if (consent < 0)
        return false;
    m_ui->consentComboBox->setCurrentIndex(consent);
    const int what = m_ui->whatComboBox->findData(static_cast<int>(item));
    if (what < 0)
        return false;
    m_ui->whatComboBox->setCurrentIndex(what);
    return true;
}

qint64 DisclosureSendDialog::consentId() const
{
    return m_ui->consentComboBox->currentData().toLongLong();
}

DisclosedItem DisclosureSendDialog::item() const
{
    return static_cast<DisclosedItem>(m_ui->whatComboBox->currentData().toInt());
}

} // namespace parcours
