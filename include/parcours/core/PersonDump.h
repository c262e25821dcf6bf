#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace parcours {

/// The portability document's format name and version (docs/export-format.md).
inline const QString kPersonFormat = QStringLiteral("parcours-personne");
inline constexpr int kPersonFormatVersion = 1;

/** A value stored in the database as bytes (a test's report file, a scanned sheet), written beside the JSON. */
struct PersonFile {
    QString path; ///< relative to the export folder: "fichiers/test_report_file-12-rapport.pdf"
    QByteArray bytes;
};

/** Everything the database holds about one person: the JSON document and the files it names. */
struct PersonDump {
    QJsonObject document;
    QList<PersonFile> files;
};

} // namespace parcours
