// investigation export / import (the whole workspace as one JSON document) and the two printable handouts.
#include "Cli.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/InvestigationJson.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/InvestigationHandouts.h>

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QList<std::pair<QString, qsizetype>> counts(const Investigation& investigation)
{
    return { { u"experiences"_s, investigation.experiences.size() },
        { u"competences"_s, investigation.competences.size() }, { u"criteria"_s, investigation.criteria.size() },
        { u"peer_feedback"_s, investigation.peerFeedback.size() },
        { u"test_results"_s, investigation.testResults.size() },
        { u"career_options"_s, investigation.careerOptions.size() },
        { u"field_inquiries"_s, investigation.fieldInquiries.size() },
        { u"resources"_s, investigation.resources.size() } };
}

int exportInvestigation(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Export, AuditRecord::Bilan, *bilanId, u"investigation-json"_s); !logged)
        return context.fail(logged.error());
    auto investigation = InvestigationService(*store.value()).loadWithFiles(*bilanId);
    if (!investigation)
        return context.fail(investigation.error());
    // The export is a JSON document whether or not --json is given: that is what it is for.
    context.printJson(investigationToJson(investigation.value()));
    return Exit::Ok;
}

int importInvestigation(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    QFile file(context.argument(1));
    const bool fromStdin = context.argument(1) == u"-";
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        return context.fail(u"cannot read %1: %2"_s.arg(context.argument(1), file.errorString()));
    const QByteArray document = file.readAll();
    auto parsed = parseInvestigationJson(document);
    if (!parsed) {
        const Error& error = parsed.error();
        return context.fail(error.field.isEmpty() ? error.message : error.field + u": "_s + error.message);
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto replaced = InvestigationService(*store.value()).replace(*bilanId, parsed.value()); !replaced) {
        const Error& error = replaced.error();
        return context.fail(error.field.startsWith(u'/') ? error.field + u": "_s + error.message : error.message);
    }
    if (context.json()) {
        QJsonObject imported;
        for (const auto& [section, count] : counts(parsed.value()))
            imported.insert(section, count);
        context.printJson(QJsonObject { { u"bilan_id"_s, *bilanId }, { u"imported"_s, imported } });
        return Exit::Ok;
    }
    QStringList parts;
    for (const auto& [section, count] : counts(parsed.value()))
        parts << u"%1: %2"_s.arg(QString(section).replace(u'_', u' ')).arg(count);
    context.out() << "Investigation of bilan " << *bilanId << " replaced: " << parts.join(u", "_s) << Qt::endl;
    return Exit::Ok;
}

/// The first name the handouts call the beneficiary by.
Result<QString> beneficiaryName(Store& store, const Clock& clock, qint64 bilanId)
{
    auto bilan = BilanService(store, clock).get(bilanId);
    if (!bilan)
        return bilan.error();
    auto client = store.clients().get(bilan->clientId);
    if (!client)
        return client.error();
    return client->firstName;
}

int printHandout(Context& context, bool guide)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    std::optional<qint64> optionId;
    if (context.has(u"option"_s)) {
        optionId = context.idOption(u"option"_s, u"career option"_s);
        if (!optionId)
            return Exit::Failed;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Print, AuditRecord::Bilan, *bilanId, guide ? u"inquiry-guide"_s : u"peer-questionnaire"_s); !logged)
        return context.fail(logged.error());
    auto name = beneficiaryName(*store.value(), context.clock(), *bilanId);
    if (!name)
        return context.fail(name.error());
    QString optionTitle;
    if (optionId) {
        auto option = InvestigationService(*store.value()).get<CareerOption>(*optionId);
        if (!option)
            return context.fail(option.error());
        if (option->bilanId != *bilanId)
            return context.fail(u"--option: career option %1 is not one of bilan %2's"_s.arg(*optionId).arg(*bilanId));
        optionTitle = option->title;
    }
    const HandoutContext handout = HandoutContext::fromSettings(Settings(store.value()->settings()), name.value());
    const QString path = context.option(u"out"_s);
    auto written = guide ? writeInquiryGuide(handout, optionTitle, path) : writePeerQuestionnaire(handout, path);
    if (!written)
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject { { u"file"_s, path } });
    return Exit::Ok;
}

} // namespace

void registerInvestigationCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"investigation"_s, u"export"_s }, { u"BILAN_ID"_s }, {},
        u"Prints the bilan's whole investigation as one JSON document (docs/investigation-json.md)."_s, false,
        exportInvestigation });
    commands.append({ { u"investigation"_s, u"import"_s }, { u"BILAN_ID"_s, u"FILE.json"_s }, {},
        u"Replaces the bilan's investigation with the document (FILE '-' reads stdin); all or nothing."_s, false,
        importInvestigation });
    commands.append({ { u"pdf"_s, u"peer-questionnaire"_s }, { u"BILAN_ID"_s }, { { u"out"_s, u"FILE.pdf"_s, true } },
        u"Writes the questionnaire \"le regard des autres\" for the bilan's beneficiary."_s, true,
        [](Context& context) { return printHandout(context, false); } });
    commands.append({ { u"pdf"_s, u"inquiry-guide"_s }, { u"BILAN_ID"_s },
        { { u"option"_s, u"ID"_s }, { u"out"_s, u"FILE.pdf"_s, true } },
        u"Writes the field-inquiry interview guide, about one career option if given."_s, true,
        [](Context& context) { return printHandout(context, true); } });
}

} // namespace parcours::cli
