#include "ui_PassphraseDialog.h"

#include <parcours/core/AppLock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/PassphraseDialog.h>

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

PassphraseDialog::PassphraseDialog(Mode mode, const QString& intro, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PassphraseDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(tr("Passphrase"));
    m_ui->introLabel->setText(intro);
    const bool choosing = mode == Mode::Choose;
    m_ui->confirmLabel->setVisible(choosing);
    m_ui->confirmLineEdit->setVisible(choosing);
    m_ui->strengthLabel->setVisible(false);
    m_ui->confirmErrorLabel->setVisible(false);
    m_ui->confirmErrorLabel->setStyleSheet(colours::css(colours::error()));
    if (choosing)
        connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateStrength);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
}

PassphraseDialog::~PassphraseDialog() = default;

QString PassphraseDialog::passphrase() const
{
    return m_ui->passphraseLineEdit->text();
}

void PassphraseDialog::updateStrength()
{
    const QString text = m_ui->passphraseLineEdit->text();
    auto strong = checkPasswordStrength(text);
    m_ui->strengthLabel->setText(text.isEmpty() ? QString() : strong ? tr("Strong enough.") : strong.error().message);
    m_ui->strengthLabel->setStyleSheet(strong ? colours::css(colours::success()) : colours::css(colours::error()));
    m_ui->strengthLabel->setVisible(!text.isEmpty());
}

void PassphraseDialog::accept()
{
    if (passphrase().isEmpty())
        return;
    if (m_mode == Mode::Choose) {
        if (!checkPasswordStrength(passphrase())) {
            updateStrength();
            return;
        }
        if (m_ui->confirmLineEdit->text() != passphrase()) {
            m_ui->confirmErrorLabel->setText(tr("The two passphrases differ."));
            m_ui->confirmErrorLabel->show();
            return;
        }
    }
    QDialog::accept();
}

std::optional<QString> PassphraseDialog::ask(QWidget* parent, Mode mode, const QString& intro)
{
    if (s_answerSet) {
        s_answerSet = false;
        return std::exchange(s_next, std::nullopt);
    }
    PassphraseDialog dialog(mode, intro, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

} // namespace parcours
