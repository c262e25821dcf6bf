#pragma once

#include <QDialog>

#include <parcours/core/Client.h>
#include <parcours/core/Result.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class ClientDialog;
}

namespace parcours {

/** Records or edits a beneficiary; refusals (rules or storage) are shown next to the fields, nothing is lost. */
class ClientDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const Client&)>;
    using Reload = std::function<Result<Client>(qint64 id)>;

    ClientDialog(QDate today, Submit submit, QWidget* parent = nullptr);
    ~ClientDialog() override;

    void setClient(const Client& client);
    /// How to read the stored record again when someone else changed it meanwhile (the conflict's choices).
    void setReload(Reload reload) { m_reload = std::move(reload); }
    /// The client as typed (id and version of the edited record kept).
    Client client() const;
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    QList<FieldError> check(Client& client) const;
    /// Someone else saved this record first: the consultant's choice; true when the dialog may close.
    bool settleConflict(const Client& typed, const Error& conflict);

    std::unique_ptr<Ui::ClientDialog> m_ui;
    QDate m_today;
    Submit m_submit;
    Reload m_reload;
    Client m_client;
    FieldErrors m_errors;
};

} // namespace parcours
