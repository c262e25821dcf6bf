#include "ui_LockSettingsPage.h"

#include <parcours/core/Settings.h>
#include <parcours/storage/PasswordHashing.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/LockSettingsPage.h>
#include <parcours/ui/Workspace.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kCurrent = u"current"_s;
const QString kPassword = u"password"_s;
const QString kConfirm = u"confirm"_s;

} // namespace

LockSettingsPage::LockSettingsPage(Workspace& workspace, QWidget* parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::LockSettingsPage>())
    , m_lock(workspace.repositories().settings(), passwordHasher(), workspace.clock())
{
    m_ui->setupUi(this);
    setObjectName(u"lockSettingsPage"_s);
    m_ui->idleSpinBox->setSuffix(tr(" min"));
    m_ui->idleSpinBox->setSpecialValueText(tr("Never"));
    m_errors.bind(kCurrent, m_ui->currentLineEdit, m_ui->currentErrorLabel);
    m_errors.bind(kPassword, m_ui->passwordLineEdit, m_ui->strengthLabel);
    m_errors.bind(kConfirm, m_ui->confirmLineEdit, m_ui->confirmErrorLabel);
    m_errors.bind(settingKeys::lockIdleMinutes.toString(), m_ui->idleSpinBox, m_ui->idleErrorLabel);
    connect(m_ui->enableCheckBox, &QCheckBox::toggled, this, &LockSettingsPage::updateFields);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &LockSettingsPage::updateStrength);
}

LockSettingsPage::~LockSettingsPage() = default;

QString LockSettingsPage::title() const
{
    return tr("Lock");
}

void LockSettingsPage::load(const Settings& settings)
{
    m_wasEnabled = m_lock.isEnabled();
    m_ui->enableCheckBox->setChecked(m_wasEnabled);
    m_ui->idleSpinBox->setValue(settings.count(settingKeys::lockIdleMinutes));
    m_ui->passwordLabel->setText(m_wasEnabled ? tr("&New password:") : tr("&Password:"));
    updateFields();
}

void LockSettingsPage::updateFields()
{
    const bool on = m_ui->enableCheckBox->isChecked();
    // The current password proves it is the consultant who changes or removes the lock.
    m_ui->currentLabel->setVisible(m_wasEnabled);
    m_ui->currentLineEdit->setVisible(m_wasEnabled);
    for (QWidget* field : { static_cast<QWidget*>(m_ui->passwordLineEdit), static_cast<QWidget*>(m_ui->confirmLineEdit),
             static_cast<QWidget*>(m_ui->idleSpinBox), static_cast<QWidget*>(m_ui->passwordLabel),
             static_cast<QWidget*>(m_ui->confirmLabel), static_cast<QWidget*>(m_ui->idleLabel) })
        field->setEnabled(on);
    updateStrength();
}

void LockSettingsPage::updateStrength()
{
    const QString password = m_ui->passwordLineEdit->text();
    if (password.isEmpty()) {
        m_ui->strengthLabel->setText(m_wasEnabled && m_ui->enableCheckBox->isChecked()
                ? tr("Leave empty to keep the present password.")
                : QString());
        m_ui->strengthLabel->setStyleSheet(QString());
        m_ui->strengthLabel->setVisible(!m_ui->strengthLabel->text().isEmpty());
        return;
    }
    auto strong = checkPasswordStrength(password);
    m_ui->strengthLabel->setText(strong ? tr("Strong enough.") : strong.error().message);
    m_ui->strengthLabel->setStyleSheet(strong ? colours::css(colours::success()) : colours::css(colours::error()));
    m_ui->strengthLabel->show(); // said as it is typed, not only when OK is pressed
}

bool LockSettingsPage::settingPassword() const
{
    return m_ui->enableCheckBox->isChecked() && (!m_wasEnabled || !m_ui->passwordLineEdit->text().isEmpty());
}

bool LockSettingsPage::check()
{
    QList<FieldError> errors;
    const QString idle = QString::number(m_ui->idleSpinBox->value());
    if (auto normalised = Settings::normalise(settingKeys::lockIdleMinutes, idle); !normalised)
        errors.append({ settingKeys::lockIdleMinutes.toString(), normalised.error().message });
    const bool removing = m_wasEnabled && !m_ui->enableCheckBox->isChecked();
    if (settingPassword()) {
        if (auto strong = checkPasswordStrength(m_ui->passwordLineEdit->text()); !strong)
            errors.append({ kPassword, strong.error().message });
        else if (m_ui->confirmLineEdit->text() != m_ui->passwordLineEdit->text())
            errors.append({ kConfirm, tr("The two passwords differ.") });
    }
    if ((removing || (m_wasEnabled && settingPassword())) && m_ui->currentLineEdit->text().isEmpty())
        errors.append({ kCurrent, tr("Type the current password.") });
    return !m_errors.show(errors);
}

Result<void> LockSettingsPage::save(Settings& settings)
{
    const QString idle = QString::number(m_ui->idleSpinBox->value());
    if (auto done = settings.setValue(settingKeys::lockIdleMinutes, idle); !done)
        return done;
    const QString current = m_ui->currentLineEdit->text();
    Result<void> done;
    if (settingPassword())
        done = m_lock.setPassword(current, m_ui->passwordLineEdit->text());
    else if (m_wasEnabled && !m_ui->enableCheckBox->isChecked())
        done = m_lock.disable(current);
    if (!done)
        return done;
    for (QLineEdit* field : { m_ui->currentLineEdit, m_ui->passwordLineEdit, m_ui->confirmLineEdit })
        field->clear();
    return success();
}

} // namespace parcours
