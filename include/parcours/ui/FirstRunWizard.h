#pragma once

#include <QWizard>

#include <memory>

namespace Ui {
class FirstRunWizard;
}

namespace parcours {

class LetterheadSettingsPage;
class Settings;

/**
 * The welcome of the first start: where the data are kept (changeable while the database does not exist yet),
 * the consultant's identity and letterhead (the Paramètres page itself), and the offer of a demonstration
 * database. "Skip" leaves everything as it is; either way it is not shown again (firstRun::markDone).
 */
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    /// `databasePath`: the proposed file (or the URL of a database already chosen); `pathEditable`: may change.
    FirstRunWizard(const QString& databasePath, bool pathEditable, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    /// Fills the letterhead page from a database already open (left blank otherwise).
    void loadLetterhead(const Settings& settings);
    LetterheadSettingsPage* letterheadPage() const { return m_letterhead; }
    /// The file chosen for the data (absolute path), or the location given.
    QString databasePath() const;
    bool demoChosen() const;

    bool validateCurrentPage() override;

private:
    std::unique_ptr<Ui::FirstRunWizard> m_ui;
    LetterheadSettingsPage* m_letterhead = nullptr;
    bool m_pathEditable = false;
};

/// Where the application remembers, for this user, that the welcome was done and where the data are (QSettings).
namespace firstRun {
bool done();
void markDone();
/// The database file chosen at the first start; empty when the default one was kept.
QString rememberedDatabase();
void rememberDatabase(const QString& path);
/// The demonstration file that goes with a database: `parcours-demo.sqlite` in the same folder.
QString demoDatabasePath(const QString& databasePath);
} // namespace firstRun

} // namespace parcours
