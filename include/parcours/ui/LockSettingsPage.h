#pragma once

#include <parcours/core/AppLock.h>
#include <parcours/ui/FieldErrors.h>
#include <parcours/ui/SettingsDialog.h>

#include <memory>

namespace Ui {
class LockSettingsPage;
}

namespace parcours {

class Workspace;

/**
 * « Verrouillage »: turns the lock password on or off, sets or changes it (typed twice, its strength said as it is
 * typed), and the idle minutes. Turning it off or changing it asks the current password.
 */
class LockSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit LockSettingsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~LockSettingsPage() override;

    QString title() const override;
    void load(const Settings& settings) override;
    bool check() override;
    Result<void> save(Settings& settings) override;
    void showError(const Error& error) override { m_errors.show(error); }

private:
    void updateFields();
    void updateStrength();
    /// A new password is to be set: turned on now, or a new one typed while it was on.
    bool settingPassword() const;

    std::unique_ptr<Ui::LockSettingsPage> m_ui;
    AppLock m_lock;
    bool m_wasEnabled = false;
    FieldErrors m_errors { nullptr };
};

} // namespace parcours
