#pragma once

#include <parcours/core/Result.h>
#include <parcours/storage/ConnectionCheck.h>
#include <parcours/storage/DatabaseLocation.h>

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CabinetDialog;
}

class QPushButton;

namespace parcours {

/**
 * « Se connecter à un cabinet… »: the server, port, database, login and password of a cabinet's PostgreSQL
 * database; « Tester la connexion » tries it on a worker thread (the window never freezes) and says in words what
 * went wrong; « Se connecter » hands the place to `connect`, which opens it (the dialog stays open with the reason
 * when it cannot); « Revenir à mes données locales » asks for the consultant's own file again.
 */
class CabinetDialog : public QDialog {
    Q_OBJECT
public:
    using Connect = std::function<Result<void>(const DatabaseLocation&)>;

    CabinetDialog(Connect connect, QWidget* parent = nullptr);
    ~CabinetDialog() override;

    /// Fills the fields (the password too when it is known in this session).
    void setLocation(const DatabaseLocation& location);
    /// The place typed, password included (kept in memory only).
    DatabaseLocation location() const;
    /// Shows « Revenir à mes données locales » (when a cabinet is open now, or at a start that could not reach it).
    void setLocalAvailable(bool available);
    /// Says why in the result line (a start that could not reach the remembered cabinet).
    void showProblem(const QString& text);
    bool localChosen() const { return m_localChosen; }

    QString resultText() const;
    bool isTesting() const { return m_testing; }
    QPushButton* testButton() const;
    QPushButton* connectButton() const { return m_connectButton; }

    void accept() override;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    /// The test ended; `ok` when Parcours can work on that database.
    void testFinished(bool ok);

private:
    Result<DatabaseLocation> typedLocation() const;
    void showResult(const Result<ConnectionReport>& report);
    void showText(const QString& text, bool ok);

    std::unique_ptr<Ui::CabinetDialog> m_ui;
    Connect m_connect;
    QPushButton* m_connectButton;
    bool m_testing = false;
    bool m_localChosen = false;
};

namespace cabinet {
/// The cabinet opened last (URL without password), empty when the consultant works on their own file.
QString rememberedUrl();
void rememberUrl(const QString& url);
void forget();
} // namespace cabinet

} // namespace parcours
