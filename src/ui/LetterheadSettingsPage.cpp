#include "ui_LetterheadSettingsPage.h"

#include <parcours/core/Settings.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/LetterheadSettingsPage.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr qint64 kMaxLogoFileBytes = 20 * 1024 * 1024; // read at most this much of a chosen file
const QSize kLogoBox(1200, 400); // larger logos are scaled down: 16 mm high is all a letterhead shows

} // namespace

LetterheadSettingsPage::LetterheadSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::LetterheadSettingsPage>())
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(u"letterheadSettingsPage"_s);
    m_errors.bind(settingKeys::consultantName.toString(), m_ui->nameLineEdit, m_ui->nameErrorLabel);
    m_errors.bind(settingKeys::consultantTitle.toString(), m_ui->titleLineEdit, m_ui->titleErrorLabel);
    m_errors.bind(settingKeys::consultantAddress.toString(), m_ui->addressPlainTextEdit, m_ui->addressErrorLabel);
    m_errors.bind(settingKeys::consultantPhone.toString(), m_ui->phoneLineEdit, m_ui->phoneErrorLabel);
    m_errors.bind(settingKeys::consultantEmail.toString(), m_ui->emailLineEdit, m_ui->emailErrorLabel);
    m_errors.bind(settingKeys::consultantSiret.toString(), m_ui->siretLineEdit, m_ui->siretErrorLabel);
    m_errors.bind(settingKeys::consultantDeclaration.toString(), m_ui->declarationLineEdit,
                  m_ui->declarationErrorLabel);
    m_errors.bind(settingKeys::consultantLogo.toString(), m_ui->chooseLogoPushButton, m_ui->logoErrorLabel);
    m_ui->languageComboBox->addItem(tr("French"), u"fr"_s);
    m_ui->languageComboBox->addItem(tr("English"), u"en"_s);
    connect(m_ui->chooseLogoPushButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Choose the logo"),
                                                         tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_ui->removeLogoPushButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    // The welcome shows the page before any settings are loaded: « Retirer » stays off until there is a logo.
    showLogo();
}

LetterheadSettingsPage::~LetterheadSettingsPage() = default;

QString LetterheadSettingsPage::title() const
{
    return tr("Letterhead");
}

void LetterheadSettingsPage::load(const Settings& settings)
{
    m_ui->nameLineEdit->setText(settings.text(settingKeys::consultantName));
    m_ui->titleLineEdit->setText(settings.text(settingKeys::consultantTitle));
    m_ui->addressPlainTextEdit->setPlainText(settings.text(settingKeys::consultantAddress));
    m_ui->phoneLineEdit->setText(settings.text(settingKeys::consultantPhone));
    m_ui->emailLineEdit->setText(settings.text(settingKeys::consultantEmail));
    m_ui->siretLineEdit->setText(settings.text(settingKeys::consultantSiret));
    m_ui->declarationLineEdit->setText(settings.text(settingKeys::consultantDeclaration));
    const int language = m_ui->languageComboBox->findData(settings.text(settingKeys::documentLanguage));
    m_ui->languageComboBox->setCurrentIndex(std::max(0, language));
    m_logo = settings.logo();
    showLogo();
}

QList<std::pair<QString, QString>> LetterheadSettingsPage::typed() const
{
    return {
        { settingKeys::consultantName.toString(), m_ui->nameLineEdit->text() },
        { settingKeys::consultantTitle.toString(), m_ui->titleLineEdit->text() },
        { settingKeys::consultantAddress.toString(), m_ui->addressPlainTextEdit->toPlainText() },
        { settingKeys::consultantPhone.toString(), m_ui->phoneLineEdit->text() },
        { settingKeys::consultantEmail.toString(), m_ui->emailLineEdit->text() },
        { settingKeys::consultantSiret.toString(), m_ui->siretLineEdit->text() },
        { settingKeys::consultantDeclaration.toString(), m_ui->declarationLineEdit->text() },
        { settingKeys::documentLanguage.toString(), m_ui->languageComboBox->currentData().toString() },
    };
}

bool LetterheadSettingsPage::check()
{
    QList<FieldError> errors;
    for (const auto& [key, value] : typed()) {
        if (auto normalised = Settings::normalise(key, value); !normalised)
            errors.append({ key, normalised.error().message });
    }
    if (auto logo = Settings::checkLogo(m_logo); !logo)
        errors.append({ settingKeys::consultantLogo.toString(), logo.error().message });
    return !m_errors.show(errors);
}

Result<void> LetterheadSettingsPage::save(Settings& settings)
{
    for (const auto& [key, value] : typed()) {
        if (auto done = settings.setValue(key, value); !done)
            return done;
    }
    if (settings.logo() != m_logo)
        return settings.setLogo(m_logo);
    return success();
}

void LetterheadSettingsPage::showError(const Error& error)
{
    m_errors.show(error);
}

bool LetterheadSettingsPage::chooseLogo(const QString& path)
{
    QFile file(path);
    QImage image;
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxLogoFileBytes) {
        QImageReader reader(&file);
        reader.setAutoTransform(true);
        image = reader.read();
    }
    if (image.isNull()) {
        m_errors.show(QList<FieldError> { { settingKeys::consultantLogo.toString(),
                                            tr("This file cannot be read as an image (PNG or JPEG).") } });
        return false;
    }
    if (image.width() > kLogoBox.width() || image.height() > kLogoBox.height())
        image = image.scaled(kLogoBox, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (auto valid = Settings::checkLogo(png); !valid) {
        m_errors.show(valid.error());
        return false;
    }
    m_errors.clear();
    m_logo = png;
    showLogo();
    return true;
}

void LetterheadSettingsPage::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    m_ui->removeLogoPushButton->setEnabled(!image.isNull());
    if (image.isNull()) {
        m_ui->logoPreviewLabel->setPixmap({});
        m_ui->logoPreviewLabel->setText(tr("no logo"));
        return;
    }
    const QSize box = m_ui->logoPreviewLabel->size() - QSize(8, 8);
    m_ui->logoPreviewLabel->setPixmap(QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio,
                                                                      Qt::SmoothTransformation)));
}

} // namespace parcours
