#include "PersonColumns.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours::person {
namespace {

/// Reads the embedded migrations once: "table.column" → its declared type, for the typed columns.
QHash<QString, ColumnType> readTypes()
{
    QHash<QString, ColumnType> types;
    static const QRegularExpression createTable(u"CREATE TABLE (\\w+) \\("_s);
    static const QRegularExpression typedColumn(u"^\\s+(\\w+) \\{\\{(BOOL|DATE|DATETIME|BLOB)\\}\\}"_s);
    static const QRegularExpression addColumn(u"ALTER TABLE (\\w+) ADD COLUMN (\\w+) \\{\\{(BOOL|DATE|DATETIME|BLOB)\\}\\}"_s);
    const auto typeOf = [](QStringView name) {
        if (name == u"BOOL")
            return ColumnType::Bool;
        if (name == u"DATE")
            return ColumnType::Date;
        if (name == u"DATETIME")
            return ColumnType::DateTime;
        return ColumnType::Bytes;
    };
    const QDir folder(u":/migrations"_s);
    for (const QString& name : folder.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString table;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (const auto created = createTable.match(line); created.hasMatch()) {
                table = created.captured(1);
            } else if (line.startsWith(u')')) {
                table.clear();
            } else if (const auto column = typedColumn.match(line); column.hasMatch() && !table.isEmpty()) {
                types.insert(table + u'.' + column.captured(1), typeOf(column.capturedView(2)));
            } else if (const auto added = addColumn.match(line); added.hasMatch()) {
                types.insert(added.captured(1) + u'.' + added.captured(2), typeOf(added.capturedView(3)));
            }
        }
    }
    return types;
}

} // namespace

ColumnType columnType(const QString& table, const QString& column)
{
    static const QHash<QString, ColumnType> types = readTypes();
    return types.value(table + u'.' + column, ColumnType::Plain);
}

const QHash<QString, QString>& otherReferences()
{
    static const QHash<QString, QString> references {
        { u"session_record.moved_to"_s, u"session"_s },
        { u"competence.custom_domain_id"_s, u"competence_domain"_s },
        { u"competence_experience.experience_id"_s, u"experience"_s },
        { u"field_inquiry.career_option_id"_s, u"career_option"_s },
        { u"invoice.corrects_id"_s, u"invoice"_s },
        { u"evaluation.questionnaire_id"_s, u"evaluation_questionnaire"_s },
        { u"destruction.bilan_id"_s, u"bilan"_s },
    };
    return references;
}

QString keyOf(const QString& table)
{
    return table == u"funding_plan" ? u"bilan_id"_s : u"id"_s;
}

bool isSkipped(const QString& table, const QString& column)
{
    return table == u"client" && (column == u"search_text" || column == u"consultant");
}

} // namespace parcours::person
