// The investigation document: written and read back the same, and every bad input refused with the JSON pointer
// of the bad value (what `parcours-cli investigation import` prints).
#include "InvestigationSample.h"
#include "TestDatabase.h"

#include <parcours/core/InvestigationJson.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value, bool remove)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : withValue(array[index], path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : withValue(object[key], path, value, remove);
    return object;
}

/// The sample document with the value at `pointer` replaced (or its key removed).
QByteArray sampleWith(const QString& pointer, const QJsonValue& value, bool remove = false)
{
    const QJsonObject sample = investigationToJson(sampleInvestigation());
    QStringList path = pointer.split(QLatin1Char('/'));
    path.removeFirst();
    return QJsonDocument(withValue(sample, path, value, remove).toObject()).toJson();
}

struct BadInput {
    const char* name;
    const char* pointer;
    QJsonValue value;
    const char* expectedPointer;
    const char* messagePart;
};

} // namespace

TEST(InvestigationJson, TheSampleIsAcceptedAndReadsBackTheSame)
{
    const QByteArray document = QJsonDocument(investigationToJson(sampleInvestigation())).toJson();
    auto parsed = parseInvestigationJson(document);
    ASSERT_TRUE(parsed.ok()) << parsed.error().field.toStdString() << " " << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->careerOptions.size(), 3);
    EXPECT_EQ(parsed->testResults[0].file->content, samplePdfBytes());
    EXPECT_EQ(QJsonDocument(investigationToJson(parsed.value())).toJson().toStdString(), document.toStdString());
}

TEST(InvestigationJson, AMinimalDocumentNeedsOnlyItsFormatAndVersion)
{
    auto parsed = parseInvestigationJson(R"({"format": "parcours-investigation", "version": 1})");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed->experiences.isEmpty());
}

TEST(InvestigationJson, EveryBadInputIsRefusedWithThePointerOfTheBadValue)
{
    const BadInput cases[] = {
        { "score above 5", "/career_options/2/desire", 7, "/career_options/2/desire", "from 1 to 5" },
        { "score as text", "/career_options/0/feasibility", QStringLiteral("4"), "/career_options/0/feasibility",
            "whole number" },
        { "score not whole", "/career_options/0/desire", 3.5, "/career_options/0/desire", "whole number" },
        { "unknown key in a record", "/experiences/0/colour", QStringLiteral("blue"), "/experiences/0/colour",
            "Unknown key" },
        { "unknown key at the top", "/extra", 1, "/extra", "Unknown key" },
        { "escaped unknown key", "/a~b", 1, "/a~0b", "Unknown key" },
        { "another format", "/format", QStringLiteral("csv"), "/format", "parcours-investigation" },
        { "a newer version", "/version", 2, "/version", "version 1" },
        { "bad date", "/experiences/0/start_date", QStringLiteral("2012-13-01"), "/experiences/0/start_date",
            "YYYY-MM-DD" },
        { "backwards dates", "/experiences/0/end_date", QStringLiteral("2001-01-01"), "/experiences/0/end_date",
            "before" },
        { "empty title", "/experiences/1/title", QStringLiteral(" "), "/experiences/1/title", "Say what" },
        { "unknown kind", "/competences/0/kind", QStringLiteral("talent"), "/competences/0/kind", "know-how" },
        { "dangling experience", "/competences/1/experience_ids/0", 99, "/competences/1/experience_ids/0",
            "No experience" },
        { "unknown custom domain", "/competences/3/custom_domain", QStringLiteral("Cuisine"),
            "/competences/3/custom_domain", "custom domains" },
        { "a gap in ranks", "/criteria/1/rank", 5, "/criteria/1/rank", "ranked" },
        { "two plans B", "/career_options/0/plan_b", true, "/career_options/1/plan_b", "plan B" },
        { "plan B set aside", "/career_options/1/status", QStringLiteral("set-aside"), "/career_options/1/plan_b",
            "plan B" },
        { "flag as text", "/competences/0/transferable", QStringLiteral("yes"), "/competences/0/transferable",
            "true or false" },
        { "checksum mismatch", "/test_results/0/report/sha256", QString(64, QLatin1Char('0')),
            "/test_results/0/report/sha256", "checksum" },
        { "not base64", "/test_results/0/report/content_base64", QStringLiteral("!!!"),
            "/test_results/0/report/content_base64", "base64" },
        { "size mismatch", "/test_results/0/report/content_base64", QStringLiteral("TVo="),
            "/test_results/0/report/size", "size" },
        { "not an accepted file", "/test_results/0/report/file_name", QStringLiteral("echo.exe"),
            "/test_results/0/report/file_name", "Only PDF" },
        { "dangling option", "/field_inquiries/0/career_option_id", 42, "/field_inquiries/0/career_option_id",
            "No career option" },
        { "list as object", "/experiences", QJsonObject(), "/experiences", "array" },
        { "record as list", "/resources/0", QJsonArray(), "/resources/0", "object" },
        { "aspect not text", "/career_options/0/favourable/1", 3, "/career_options/0/favourable/1", "string" },
        { "same id twice", "/experiences/1/id", 1, "/experiences/1/id", "twice" },
        { "negative id", "/career_options/0/id", -4, "/career_options/0/id", "positive" },
    };
    for (const BadInput& bad : cases) {
        const auto parsed = parseInvestigationJson(sampleWith(QString::fromUtf8(bad.pointer), bad.value));
        ASSERT_FALSE(parsed.ok()) << bad.name;
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput) << bad.name;
        EXPECT_EQ(parsed.error().field.toStdString(), bad.expectedPointer) << bad.name;
        EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(bad.messagePart)))
            << bad.name << ": " << parsed.error().message.toStdString();
    }
}

TEST(InvestigationJson, AMissingRequiredKeyIsNamed)
{
    const auto parsed = parseInvestigationJson(sampleWith(QStringLiteral("/peer_feedback/0/relation"), {}, true));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field, QStringLiteral("/peer_feedback/0/relation"));
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("required")));
    const auto noFormat = parseInvestigationJson(sampleWith(QStringLiteral("/format"), {}, true));
    EXPECT_EQ(noFormat.error().field, QStringLiteral("/format"));
}

TEST(InvestigationJson, SomethingThatIsNotAnObjectIsRefusedAtTheRoot)
{
    const auto broken = parseInvestigationJson("{\"format\": ");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().field, QString());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("Not valid JSON")));
    EXPECT_EQ(parseInvestigationJson("[]").error().field, QString());
    EXPECT_FALSE(parseInvestigationJson("").ok());
    EXPECT_FALSE(parseInvestigationJson(QByteArray("\xFF\xFE\x00", 3)).ok());
}

TEST(InvestigationJson, TheExampleInTheDocumentationIsAccepted)
{
    QFile page(testPath("PARCOURS_SOURCE_DIR") + QStringLiteral("/docs/investigation-json.md"));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    const auto example
        = QRegularExpression(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption)
              .match(text);
    ASSERT_TRUE(example.hasMatch());
    const auto parsed = parseInvestigationJson(example.captured(1).toUtf8());
    ASSERT_TRUE(parsed.ok()) << parsed.error().field.toStdString() << ": " << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed->careerOptions[1].planB);
    EXPECT_EQ(parsed->fieldInquiries[0].careerOptionId, 1);
}
