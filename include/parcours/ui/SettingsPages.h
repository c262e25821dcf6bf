#pragma once

#include <parcours/ui/FieldErrors.h>
#include <parcours/ui/SettingsDialog.h>

#include <memory>

namespace Ui {
class WorkingHoursSettingsPage;
class SessionDefaultsSettingsPage;
class BackupSettingsPage;
class AppearanceSettingsPage;
} // namespace Ui

namespace parcours {

class Workspace;

/** A settings page whose fields are typed settings: checked by Settings::normalise, saved key by key. */
class KeyedSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    using SettingsPage::SettingsPage;

    bool check() override;
    Result<void> save(Settings& settings) override;
    void showError(const Error& error) override { m_errors.show(error); }
    const FieldErrors& errors() const { return m_errors; }

protected:
    /// The typed values by setting key, as they will be checked and stored.
    virtual QList<std::pair<QString, QString>> typed() const = 0;
    /// Checks that involve several fields; the refusals are added to those of the single keys.
    virtual QList<FieldError> crossCheck() const { return {}; }

    FieldErrors m_errors { nullptr };
};

/** Working days and hours, the Alsace-Moselle holidays, and the absences (the absences dialog's content). */
class WorkingHoursSettingsPage : public KeyedSettingsPage {
    Q_OBJECT
public:
    explicit WorkingHoursSettingsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~WorkingHoursSettingsPage() override;
    QString title() const override;
    void load(const Settings& settings) override;

protected:
    QList<std::pair<QString, QString>> typed() const override;
    QList<FieldError> crossCheck() const override;

private:
    std::unique_ptr<Ui::WorkingHoursSettingsPage> m_ui;
};

/** What a new session proposes: its length, its place, and the usual weekday and time of the planner. */
class SessionDefaultsSettingsPage : public KeyedSettingsPage {
    Q_OBJECT
public:
    explicit SessionDefaultsSettingsPage(QWidget* parent = nullptr);
    ~SessionDefaultsSettingsPage() override;
    QString title() const override;
    void load(const Settings& settings) override;

protected:
    QList<std::pair<QString, QString>> typed() const override;

private:
    std::unique_ptr<Ui::SessionDefaultsSettingsPage> m_ui;
};

/** The backups: where they are (beside the database), the daily backup and how many are kept. */
class BackupSettingsPage : public KeyedSettingsPage {
    Q_OBJECT
public:
    /// `folder`: the backups folder, empty when the database has none (PostgreSQL).
    explicit BackupSettingsPage(const QString& folder, QWidget* parent = nullptr);
    ~BackupSettingsPage() override;
    QString title() const override;
    void load(const Settings& settings) override;

protected:
    QList<std::pair<QString, QString>> typed() const override;

private:
    std::unique_ptr<Ui::BackupSettingsPage> m_ui;
};

/** The colours: light or dark (Qt 6.4 cannot read the desktop's dark mode); text size is the desktop's. */
class AppearanceSettingsPage : public KeyedSettingsPage {
    Q_OBJECT
public:
    explicit AppearanceSettingsPage(QWidget* parent = nullptr);
    ~AppearanceSettingsPage() override;
    QString title() const override;
    void load(const Settings& settings) override;
    Result<void> save(Settings& settings) override;

protected:
    QList<std::pair<QString, QString>> typed() const override;

private:
    std::unique_ptr<Ui::AppearanceSettingsPage> m_ui;
};

/// Applies the light (the style's own) or the dark palette to the whole application.
void applyColourScheme(bool dark);

} // namespace parcours
