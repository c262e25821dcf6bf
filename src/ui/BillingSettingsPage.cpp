#include "ui_BillingSettingsPage.h"

#include <parcours/core/Money.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/BillingSettingsPage.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// A stored amount ("1800.00") as the consultant reads it ("1 800,00 €"); empty stays empty.
QString shown(const Settings& settings, QStringView key)
{
    const auto cents = settings.amount(key);
    return cents ? Money::fromCents(*cents).display() : QString();
}

} // namespace

BillingSettingsPage::BillingSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::BillingSettingsPage>())
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(u"billingSettingsPage"_s);
    m_errors.bind(settingKeys::billingDefaultPrice.toString(), m_ui->priceLineEdit, m_ui->priceErrorLabel);
    m_errors.bind(settingKeys::billingVatMention.toString(), m_ui->vatLineEdit, m_ui->vatErrorLabel);
    m_errors.bind(settingKeys::billingBankDetails.toString(), m_ui->bankPlainTextEdit, m_ui->bankErrorLabel);
    m_errors.bind(settingKeys::billingCpfCopayment.toString(), m_ui->copaymentLineEdit, m_ui->copaymentErrorLabel);
    m_ui->daysSpinBox->setSuffix(tr(" days"));
    for (int month = 1; month <= 12; ++month)
        m_ui->yearComboBox->addItem(QLocale().standaloneMonthName(month), month);
}

BillingSettingsPage::~BillingSettingsPage() = default;

QString BillingSettingsPage::title() const
{
    return tr("Billing");
}

void BillingSettingsPage::load(const Settings& settings)
{
    m_ui->priceLineEdit->setText(shown(settings, settingKeys::billingDefaultPrice));
    m_ui->daysSpinBox->setValue(settings.count(settingKeys::billingPaymentDays));
    m_ui->vatLineEdit->setText(settings.text(settingKeys::billingVatMention));
    m_ui->bankPlainTextEdit->setPlainText(settings.text(settingKeys::billingBankDetails));
    m_ui->copaymentLineEdit->setText(shown(settings, settingKeys::billingCpfCopayment));
    m_ui->yearComboBox->setCurrentIndex(settings.month(settingKeys::billingYearStart) - 1);
}

QList<std::pair<QString, QString>> BillingSettingsPage::typed() const
{
    return {
        { settingKeys::billingDefaultPrice.toString(), m_ui->priceLineEdit->text() },
        { settingKeys::billingPaymentDays.toString(), QString::number(m_ui->daysSpinBox->value()) },
        { settingKeys::billingVatMention.toString(), m_ui->vatLineEdit->text() },
        { settingKeys::billingBankDetails.toString(), m_ui->bankPlainTextEdit->toPlainText() },
        { settingKeys::billingCpfCopayment.toString(), m_ui->copaymentLineEdit->text() },
        { settingKeys::billingYearStart.toString(), m_ui->yearComboBox->currentData().toString() },
    };
}

bool BillingSettingsPage::check()
{
    QList<FieldError> errors;
    for (const auto& [key, value] : typed()) {
        if (auto normalised = Settings::normalise(key, value); !normalised)
            errors.append({ key, normalised.error().message });
    }
    return !m_errors.show(errors);
}

Result<void> BillingSettingsPage::save(Settings& settings)
{
    for (const auto& [key, value] : typed()) {
        if (auto done = settings.setValue(key, value); !done)
            return done;
    }
    return success();
}

void BillingSettingsPage::showError(const Error& error)
{
    m_errors.show(error);
}

} // namespace parcours
