#include "ui_LockDialog.h"

#include <parcours/core/AppLock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/LockDialog.h>

#include <QCloseEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

LockDialog::LockDialog(AppLock& lock, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LockDialog>()), m_lock(lock)
{
    m_ui->setupUi(this);
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("Parcours"));
    setWindowModality(Qt::ApplicationModal);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->messageLabel->setStyleSheet(colours::css(colours::error()));
    QPushButton* unlock = m_ui->buttonBox->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(u"unlockPushButton"_s);
    unlock->setDefault(true);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LockDialog::tryUnlock);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LockDialog::refresh);
    m_tick.start();
    refresh();
}

LockDialog::~LockDialog() = default;

void LockDialog::refresh()
{
    const int wait = m_lock.secondsToWait();
    QPushButton* unlock = findChild<QPushButton*>(u"unlockPushButton"_s);
    unlock->setEnabled(wait == 0);
    m_ui->passwordLineEdit->setEnabled(wait == 0);
    QString message = m_refusal;
    if (wait > 0)
        message = tr("Wrong password. Wait %n second(s) before trying again.", nullptr, wait);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    if (wait == 0 && !m_ui->passwordLineEdit->hasFocus())
        m_ui->passwordLineEdit->setFocus();
}

void LockDialog::tryUnlock()
{
    if (m_lock.secondsToWait() > 0)
        return;
    const QString password = m_ui->passwordLineEdit->text();
    m_ui->passwordLineEdit->clear();
    auto opened = m_lock.unlock(password);
    if (opened) {
        m_refusal.clear();
        m_tick.stop();
        Q_EMIT unlocked();
        return;
    }
    // The wait, if any, is said by refresh(); once it has run out, what remains to say is the refusal itself.
    m_refusal = opened.error().code == ErrorCode::Refused ? tr("Wrong password.") : opened.error().message;
    refresh();
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

} // namespace parcours
