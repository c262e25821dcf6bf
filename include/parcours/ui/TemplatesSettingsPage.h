#pragma once

#include <parcours/core/Synthesis.h>
#include <parcours/ui/FieldErrors.h>
#include <parcours/ui/SettingsDialog.h>

#include <memory>

namespace Ui {
class TemplatesSettingsPage;
}

namespace parcours {

class Workspace;

/** The consultant's synthèse templates: listed, renamed and deleted at once (they are saved from the Synthèse tab). */
class TemplatesSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit TemplatesSettingsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TemplatesSettingsPage() override;

    QString title() const override;
    void load(const Settings& settings) override;
    bool check() override { return true; }
    Result<void> save(Settings&) override { return success(); }
    void showError(const Error& error) override { m_errors.show(error); }

    QList<SynthesisTemplate> templates() const { return m_templates; }
    /// Renames the selected template to what is typed; false (reason shown) when refused.
    bool renameSelected();
    /// Deletes the selected template after confirmation.
    bool removeSelected();

private:
    void reload();
    void selectionChanged();

    std::unique_ptr<Ui::TemplatesSettingsPage> m_ui;
    Workspace& m_workspace;
    QList<SynthesisTemplate> m_templates;
    FieldErrors m_errors { nullptr };
};

} // namespace parcours
