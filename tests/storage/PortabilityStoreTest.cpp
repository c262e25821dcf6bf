// The portability document on a real database, on both backends: a richly filled person dumped, loaded into an
// empty database and dumped again gives the same data (ids and the export's own time aside); a document that is
// not an export, or names a person already there, is refused with nothing written.
#include "PersonFixture.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/RetentionRepository.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace parcours;
using namespace parcours::test;

namespace {

/// The document without what an import gives anew: ids, the links between rows, the file names (they hold ids),
/// and the time of the export.
QJsonValue withoutIds(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withoutIds(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        const QString key = it.key();
        if (key == QStringLiteral("id") || key.endsWith(QStringLiteral("_id")) || key == QStringLiteral("moved_to")
            || key == QStringLiteral("file") || key == QStringLiteral("exported_at"))
            continue;
        object.insert(key, withoutIds(it.value()));
    }
    return object;
}

QMap<QString, QByteArray> filesOf(const PersonDump& dump)
{
    QMap<QString, QByteArray> files;
    for (const PersonFile& file : dump.files)
        files.insert(file.path, file.bytes);
    return files;
}

class PortabilityStoreTest : public StoreTest {
protected:
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
};

TEST_P(PortabilityStoreTest, ARoundTripIntoAnEmptyDatabaseGivesTheSameData)
{
    const FilledPerson person = fillPerson(store(), clock);
    ASSERT_GT(invoicePerson(store(), clock, person), 0);
    const PersonDump first = store().retention().dumpPerson(person.clientId, clock.now()).value();
    const QJsonObject records = first.document.value(QStringLiteral("records")).toObject();
    for (const char* table : { "bilan", "session", "session_note", "synthesis_section", "experience", "competence",
             "competence_experience", "test_result", "test_report_file", "evaluation_score", "evaluation_comment",
             "follow_up_note", "invoice", "payment", "client_contact", "retention_consent" }) {
        EXPECT_FALSE(records.value(QString::fromLatin1(table)).toArray().isEmpty()) << table;
    }
    EXPECT_EQ(first.document.value(QStringLiteral("person")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("anais.morvan@example.org"));
    ASSERT_FALSE(first.files.isEmpty()); // the test's report file

    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    auto other = empty->open().value();
    // Another person first, so the ids cannot all be the same by chance.
    ASSERT_GT(addClient(*other, QStringLiteral("Déjà-là")), 0);
    auto loaded = other->retention().loadPerson(first.document, filesOf(first));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_NE(loaded.value(), person.clientId);
    const PersonDump second = other->retention().dumpPerson(loaded.value(), clock.now()).value();
    EXPECT_EQ(QJsonDocument(withoutIds(second.document).toObject()).toJson().toStdString(),
        QJsonDocument(withoutIds(first.document).toObject()).toJson().toStdString());
    ASSERT_EQ(second.files.size(), first.files.size());
    EXPECT_EQ(second.files.first().bytes, first.files.first().bytes);

    // Twice is refused: the person is there already.
    auto again = other->retention().loadPerson(first.document, filesOf(first));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(clientCount(*other), 2);
}

TEST_P(PortabilityStoreTest, WhatIsNotAValidExportIsRefusedWithNothingWritten)
{
    const FilledPerson person = fillPerson(store(), clock);
    const PersonDump dump = store().retention().dumpPerson(person.clientId, clock.now()).value();
    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    auto other = empty->open().value();

    QJsonObject wrongFormat = dump.document;
    wrongFormat.insert(QStringLiteral("format"), QStringLiteral("autre-chose"));
    QJsonObject unknownTable = dump.document;
    QJsonObject records = unknownTable.value(QStringLiteral("records")).toObject();
    records.insert(QStringLiteral("mystery"), QJsonArray { QJsonObject { { QStringLiteral("id"), 1 } } });
    unknownTable.insert(QStringLiteral("records"), records);
    QJsonObject unknownColumn = dump.document;
    records = unknownColumn.value(QStringLiteral("records")).toObject();
    QJsonArray bilans = records.value(QStringLiteral("bilan")).toArray();
    QJsonObject bilan = bilans.first().toObject();
    bilan.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    bilans.replace(0, bilan);
    records.insert(QStringLiteral("bilan"), bilans);
    unknownColumn.insert(QStringLiteral("records"), records);
    for (const QJsonObject& document : { wrongFormat, unknownTable, unknownColumn, QJsonObject {} }) {
        auto refused = other->retention().loadPerson(document, filesOf(dump));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("Not a valid Parcours export")))
            << refused.error().message.toStdString();
    }
    // An altered file: refused before anything is written.
    QMap<QString, QByteArray> altered = filesOf(dump);
    ASSERT_FALSE(altered.isEmpty());
    altered.first().append('!');
    EXPECT_FALSE(other->retention().loadPerson(dump.document, altered).ok());
    EXPECT_EQ(clientCount(*other), 0);
}

PARCOURS_ON_BOTH_BACKENDS(PortabilityStoreTest);

} // namespace
