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

    ClientDialog(QDate today, Submit submit, QWidget* parent = nullptr);
    ~ClientDialog() override;

    void setClient(const Client& client);
    /// The client as typed (id and version of the edited record kept).
    Client client() const;
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    QList<FieldError> check(Client& client) const;

    std::unique_ptr<Ui::ClientDialog> m_ui;
    QDate m_today;
    Submit m_submit;
    Client m_client;
    FieldErrors m_errors;
};

} // namespace parcours
