// Golden tests of the documents' structure, case by case in tests/reports/data/<case>/: input.json (or input.html for
// the HTML reader) and expected.txt, the outline the document must have. PARCOURS_UPDATE_GOLDEN=1 rewrites the
// expected files (then read the diff before committing it).
#include "DocumentOutline.h"
#include "TestDatabase.h"

#include <parcours/core/WallClock.h>
#include <parcours/reports/Documents.h>
#include <parcours/reports/RichTextDocument.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

QString dataFolder()
{
    return testPath("PARCOURS_SOURCE_DIR") + QStringLiteral("/tests/reports/data");
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QDate date(const QJsonValue& value)
{
    return parseIsoDate(value.toString()).value_or(QDate());
}

RichText body(const QJsonObject& section)
{
    if (section.contains(u"html"))
        return richtext::fromHtml(section.value(u"html").toString());
    if (section.contains(u"rich")) {
        const QByteArray json = QJsonDocument(section.value(u"rich").toObject()).toJson();
        return RichText::fromJson(json).value_or(RichText {});
    }
    return RichText::fromPlainText(section.value(u"text").toString());
}

BilanParties parties(const QJsonObject& input)
{
    BilanParties parties;
    const QJsonObject letterhead = input.value(u"letterhead").toObject();
    parties.letterhead.name = letterhead.value(u"name").toString();
    parties.letterhead.title = letterhead.value(u"title").toString();
    parties.letterhead.address = letterhead.value(u"address").toString();
    parties.letterhead.phone = letterhead.value(u"phone").toString();
    parties.letterhead.email = letterhead.value(u"email").toString();
    parties.letterhead.siret = letterhead.value(u"siret").toString();
    parties.letterhead.declarationNumber = letterhead.value(u"declaration_number").toString();
    const QJsonObject client = input.value(u"client").toObject();
    parties.client.lastName = client.value(u"last_name").toString();
    parties.client.firstName = client.value(u"first_name").toString();
    parties.client.birthDate = date(client.value(u"birth_date"));
    const QJsonObject bilan = input.value(u"bilan").toObject();
    parties.bilan.funding = fromKey<Funding>(bilan.value(u"funding").toString()).value_or(Funding::Cpf);
    parties.bilan.startDate = date(bilan.value(u"start_date"));
    parties.bilan.endDate = date(bilan.value(u"end_date"));
    parties.firstDay = date(input.value(u"first_day"));
    parties.lastDay = date(input.value(u"last_day"));
    return parties;
}

SynthesisVersion version(const QJsonObject& input)
{
    SynthesisVersion version;
    version.number = input.value(u"number").toInt(1);
    version.status = fromKey<SynthesisStatus>(input.value(u"status").toString()).value_or(SynthesisStatus::Draft);
    version.submittedAt = parseWallClock(input.value(u"submitted_at").toString()).value_or(QDateTime());
    version.finalizedAt = parseWallClock(input.value(u"finalized_at").toString()).value_or(QDateTime());
    version.observations = input.value(u"observations").toString();
    for (const QJsonValue& value : input.value(u"sections").toArray()) {
        const QJsonObject section = value.toObject();
        version.sections << SynthesisSection { section.value(u"key").toString(), section.value(u"title").toString(),
                                               section.value(u"hidden").toBool(), body(section) };
    }
    for (const QJsonValue& value : input.value(u"actions").toArray()) {
        const QJsonObject action = value.toObject();
        version.actions << PlannedAction { fromKey<Horizon>(action.value(u"horizon").toString()).value_or(Horizon::Short),
                                           action.value(u"step").toString(), action.value(u"contact").toString(),
                                           date(action.value(u"target_date")) };
    }
    return version;
}

/// The outline of the case's document; the HTML reader's cases list the blocks it kept.
QString render(const QString& folder)
{
    if (QFile::exists(folder + QStringLiteral("/input.html"))) {
        const RichText text = richtext::fromHtml(readFile(folder + QStringLiteral("/input.html")));
        QString lines;
        for (const RichBlock& block : text.blocks) {
            lines += u'[' + toKey(block.type) + u' ' + QString::number(block.level) + u']';
            for (const RichSpan& span : block.spans) {
                lines += QStringLiteral(" {%1%2}").arg(span.bold ? u"b" : u"", span.italic ? u"i" : u"")
                         + QString(span.text).replace(u'\n', u'⏎');
            }
            lines += u'\n';
        }
        return lines;
    }
    const QJsonObject input = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/input.json")).toUtf8()).object();
    const QString kind = input.value(u"document").toString();
    auto language = std::make_unique<DocumentLanguage>(input.value(u"language").toString(QStringLiteral("fr")));
    BuiltDocument built;
    if (kind == u"synthesis") {
        built = documents::synthesis({ parties(input), version(input.value(u"synthesis").toObject()),
                                       date(input.value(u"printed_on")) },
                                     std::move(language));
    } else if (kind == u"receipt") {
        const QJsonObject receipt = input.value(u"receipt").toObject();
        built = documents::receipt({ parties(input), receipt.value(u"number").toInt(), date(receipt.value(u"date")),
                                     date(receipt.value(u"signed_on")) },
                                   std::move(language));
    } else if (kind == u"agreement") {
        const QJsonObject agreement = input.value(u"agreement").toObject();
        AgreementRecord record;
        record.sentOn = date(agreement.value(u"sent_on"));
        record.employer = agreement.value(u"employer").toString();
        if (agreement.contains(u"price_cents"))
            record.priceCents = agreement.value(u"price_cents").toInteger();
        record.paymentTerms = agreement.value(u"payment_terms").toString();
        built = documents::agreement({ parties(input), record }, std::move(language));
    } else if (kind == u"certificate") {
        built = documents::completionCertificate({ parties(input), input.value(u"employer").toString(),
                                                   input.value(u"done_minutes").toInt(), date(input.value(u"issued_on")) },
                                                 std::move(language));
    } else {
        return QStringLiteral("unknown document kind '%1'\n").arg(kind);
    }
    return u"title: "_s + built.options.title + u"\nfile: "_s + built.fileName
        + u"\nheader: "_s + built.options.runningHeader + u"\nfooter: "_s + built.options.footerNote + u"\n\n"_s
        + outline(*built.document);
}

class GoldenDocument : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(GoldenDocument, HasTheExpectedStructure)
{
    const QString folder = dataFolder() + u'/' + QString::fromStdString(GetParam());
    const QString actual = render(folder);
    const QString expectedPath = folder + QStringLiteral("/expected.txt");
    if (qEnvironmentVariableIsSet("PARCOURS_UPDATE_GOLDEN")) {
        QFile file(expectedPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
    }
    const QString expected = readFile(expectedPath);
    ASSERT_FALSE(expected.isEmpty()) << "missing " << expectedPath.toStdString();
    EXPECT_EQ(actual.toStdString(), expected.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenDocument, ::testing::ValuesIn([] {
                             std::vector<std::string> cases;
                             const QStringList folders = QDir(dataFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                      QDir::Name);
                             for (const QString& folder : folders)
                                 cases.push_back(folder.toStdString());
                             return cases;
                         }()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
