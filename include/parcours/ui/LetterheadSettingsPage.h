#pragma once

#include <parcours/ui/FieldErrors.h>
#include <parcours/ui/SettingsDialog.h>

#include <memory>

namespace Ui {
class LetterheadSettingsPage;
}

namespace parcours {

/** The consultant's identity as printed at the top of every document: name, contact, SIRET, declaration, logo. */
class LetterheadSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit LetterheadSettingsPage(QWidget* parent = nullptr);
    ~LetterheadSettingsPage() override;

    QString title() const override;
    void load(const Settings& settings) override;
    bool check() override;
    Result<void> save(Settings& settings) override;
    void showError(const Error& error) override;

    /// Reads an image file, fits it to a letterhead's size and keeps it as PNG; the refusal shows by the logo.
    bool chooseLogo(const QString& path);
    QByteArray logo() const { return m_logo; }
    const FieldErrors& errors() const { return m_errors; }

private:
    /// The typed values by setting key, as they will be checked and stored.
    QList<std::pair<QString, QString>> typed() const;
    void showLogo();

    std::unique_ptr<Ui::LetterheadSettingsPage> m_ui;
    FieldErrors m_errors;
    QByteArray m_logo;
};

} // namespace parcours
