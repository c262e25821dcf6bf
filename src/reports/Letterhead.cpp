#include <parcours/core/Settings.h>
#include <parcours/reports/Letterhead.h>

using namespace Qt::StringLiterals;

namespace parcours {

Letterhead Letterhead::fromSettings(const Settings& settings)
{
    Letterhead letterhead;
    letterhead.name = settings.text(settingKeys::consultantName);
    letterhead.title = settings.text(settingKeys::consultantTitle);
    letterhead.address = settings.text(settingKeys::consultantAddress);
    letterhead.phone = settings.text(settingKeys::consultantPhone);
    letterhead.email = settings.text(settingKeys::consultantEmail);
    letterhead.siret = settings.text(settingKeys::consultantSiret);
    letterhead.declarationNumber = settings.text(settingKeys::consultantDeclaration);
    // Decoded here, in memory: the stored bytes were checked to be a PNG or JPEG; anything unreadable is no logo.
    if (const QByteArray logo = settings.logo(); !logo.isEmpty())
        letterhead.logo = QImage::fromData(logo);
    return letterhead;
}

QStringList Letterhead::contactLines() const
{
    QStringList lines;
    for (const QString& line : address.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    QStringList contact;
    if (!phone.isEmpty())
        contact << phone;
    if (!email.isEmpty())
        contact << email;
    if (!contact.isEmpty())
        lines << contact.join(u" · "_s);
    return lines;
}

} // namespace parcours
