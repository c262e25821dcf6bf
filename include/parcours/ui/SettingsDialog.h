#pragma once

#include <QDialog>

#include <parcours/core/Result.h>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace parcours {

class Settings;
class Workspace;

/** One page of the Settings dialog: it loads its settings, checks what was typed and saves it. */
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The page's name in the dialog's list, translated.
    virtual QString title() const = 0;
    virtual void load(const Settings& settings) = 0;
    /// Checks what was typed and shows every refusal next to its field; true when all is well.
    virtual bool check() = 0;
    /// Writes the page's settings; the dialog runs every page's save in one transaction.
    virtual Result<void> save(Settings& settings) = 0;
    /// Shows a refusal that came back from storage.
    virtual void showError(const Error& error) = 0;
};

/**
 * The Paramètres dialog: a list of pages (the letterhead first; other features add theirs with addPage). OK checks
 * every page, then saves them all or nothing; a refusal keeps the dialog open on the page concerned.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Adds a page (the dialog takes it) and loads its settings.
    void addPage(SettingsPage* page);
    SettingsPage* page(int index) const;
    int pageCount() const;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace& m_workspace;
    QList<SettingsPage*> m_pages;
};

} // namespace parcours
