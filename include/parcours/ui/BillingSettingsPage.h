#pragma once

#include <parcours/ui/FieldErrors.h>
#include <parcours/ui/SettingsDialog.h>

#include <memory>

namespace Ui {
class BillingSettingsPage;
}

namespace parcours {

/** The billing settings: default price, days to pay, VAT mention, bank details, CPF co-payment, financial year. */
class BillingSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit BillingSettingsPage(QWidget* parent = nullptr);
    ~BillingSettingsPage() override;

    QString title() const override;
    void load(const Settings& settings) override;
    bool check() override;
    Result<void> save(Settings& settings) override;
    void showError(const Error& error) override;
    const FieldErrors& errors() const { return m_errors; }

private:
    /// The typed values by setting key, as they will be checked and stored.
    QList<std::pair<QString, QString>> typed() const;

    std::unique_ptr<Ui::BillingSettingsPage> m_ui;
    FieldErrors m_errors;
};

} // namespace parcours
