#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace parcours {

class Settings;

/** Who the document comes from: the consultant's identity as set in the settings, printed at the top of page 1. */
struct Letterhead {
    QString name;
    QString title;
    QString address;
    QString phone;
    QString email;
    QString siret;
    QString declarationNumber;
    QImage logo; ///< optional

    static Letterhead fromSettings(const Settings& settings);
    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && email.isEmpty(); }
    /// The contact lines, in order, without the empty ones.
    QStringList contactLines() const;
};

} // namespace parcours
