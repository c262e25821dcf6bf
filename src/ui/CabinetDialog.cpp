#include "ui_CabinetDialog.h"

#include <parcours/ui/Colours.h>
#include <parcours/ui/CabinetDialog.h>

#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThread>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kCabinetKey = u"cabinet/url"_s;

} // namespace

CabinetDialog::CabinetDialog(Connect connect, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CabinetDialog>())
    , m_connect(std::move(connect))
{
    m_ui->setupUi(this);
    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);
    m_ui->localButton->hide();
    m_ui->resultLabel->hide();
    QObject::connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CabinetDialog::accept);
    QObject::connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CabinetDialog::reject);
    QObject::connect(m_ui->testButton, &QPushButton::clicked, this, &CabinetDialog::testConnection);
    QObject::connect(m_ui->localButton, &QPushButton::clicked, this, [this] {
        m_localChosen = true;
        QDialog::accept();
    });
    setMinimumWidth(520);
}

CabinetDialog::~CabinetDialog() = default;

void CabinetDialog::setLocation(const DatabaseLocation& location)
{
    if (!location.isPostgres())
        return;
    m_ui->hostLineEdit->setText(location.host);
    m_ui->portSpinBox->setValue(location.port);
    m_ui->databaseLineEdit->setText(location.databaseName);
    m_ui->userLineEdit->setText(location.user);
    m_ui->passwordLineEdit->setText(location.password);
    // Filled in from the remembered address: what is left to type is the password.
    if (!location.host.isEmpty() && location.password.isEmpty())
        m_ui->passwordLineEdit->setFocus();
}

DatabaseLocation CabinetDialog::location() const
{
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgres;
    location.host = m_ui->hostLineEdit->text().trimmed();
    location.port = m_ui->portSpinBox->value();
    location.databaseName = m_ui->databaseLineEdit->text().trimmed();
    location.user = m_ui->userLineEdit->text().trimmed();
    location.password = m_ui->passwordLineEdit->text();
    return location;
}

Result<DatabaseLocation> CabinetDialog::typedLocation() const
{
    const DatabaseLocation typed = location();
    if (typed.host.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type the server's name or address."));
    if (typed.databaseName.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type the name of the cabinet's database."));
    if (typed.user.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type your login on the server."));
    return typed;
}

void CabinetDialog::setLocalAvailable(bool available)
{
    m_ui->localButton->setVisible(available);
}

void CabinetDialog::showProblem(const QString& text)
{
    showText(text, false);
}

QString CabinetDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QPushButton* CabinetDialog::testButton() const
{
    return m_ui->testButton;
}

void CabinetDialog::showText(const QString& text, bool ok)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(ok ? colours::css(colours::success()) : colours::css(colours::error()));
    m_ui->resultLabel->show();
}

void CabinetDialog::testConnection()
{
    if (m_testing)
        return;
    auto typed = typedLocation();
    if (!typed) {
        showText(typed.error().message, false);
        Q_EMIT testFinished(false);
        return;
    }
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    showText(tr("Trying to connect to %1…").arg(typed->display()), true);
    // On a thread of its own: an unreachable server takes seconds to give up, the window stays responsive.
    auto outcome = std::make_shared<std::optional<Result<ConnectionReport>>>();
    QThread* thread = QThread::create([location = typed.value(), outcome] { *outcome = checkConnection(location); });
    QPointer<CabinetDialog> self(this);
    QObject::connect(thread, &QThread::finished, thread, [self, outcome, thread] {
        thread->deleteLater();
        if (!self)
            return;
        self->m_testing = false;
        self->m_ui->testButton->setEnabled(true);
        self->showResult(outcome->value_or(Result<ConnectionReport>(makeError(ErrorCode::Storage, QString()))));
    });
    thread->start();
}

void CabinetDialog::showResult(const Result<ConnectionReport>& report)
{
    if (!report) {
        showText(report.error().message, false);
        Q_EMIT testFinished(false);
        return;
    }
    QString text;
    if (report->isEmpty()) {
        text = tr("Connected. The database is empty: Parcours will set it up when you connect.");
    } else if (report->needsUpdate()) {
        text = tr("Connected. The database was set up by an earlier version of Parcours (schema %1): it will be "
                  "updated to schema %2 when you connect, and every computer of the cabinet will then need this "
                  "version of Parcours.")
                   .arg(report->schemaVersion)
                   .arg(report->latestSchemaVersion);
    } else {
        text = tr("Connected: a Parcours database, up to date.");
    }
    showText(text, true);
    Q_EMIT testFinished(true);
}

void CabinetDialog::accept()
{
    auto typed = typedLocation();
    if (!typed) {
        showText(typed.error().message, false);
        return;
    }
    if (m_connect) {
        showText(tr("Connecting to %1…").arg(typed->display()), true);
        if (auto done = m_connect(typed.value()); !done) {
            showText(done.error().message, false);
            return;
        }
    }
    QDialog::accept();
}

namespace cabinet {

QString rememberedUrl()
{
    return QSettings().value(kCabinetKey).toString();
}

void rememberUrl(const QString& url)
{
    QSettings settings;
    settings.setValue(kCabinetKey, url);
    settings.sync();
}

void forget()
{
    QSettings settings;
    settings.remove(kCabinetKey);
    settings.sync();
}

} // namespace cabinet
} // namespace parcours
