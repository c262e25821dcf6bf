// agreement …, pdf …: the tripartite agreement's dates and terms, and every document of a bilan as PDF.
#include "Cli.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/DocumentService.h>
#include <parcours/reports/Json.h>


using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int recordEvent(Context& context, AgreementEvent event)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    const auto dateGiven = context.dateOption(u"date"_s, QDate());
    if (!dateGiven)
        return Exit::Failed;
    const QDate date = *dateGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = AgreementService(*store.value(), context.clock()).record(*bilanId, event, date); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int showAgreement(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    AgreementService service(*store.value(), context.clock());
    auto record = service.get(*bilanId);
    if (!record)
        return context.fail(record.error());
    const AgreementStatus status = AgreementRules::status(record.value(), context.clock().today());
    if (context.json()) {
        context.printJson(json::agreement(record.value(), status));
        return Exit::Ok;
    }
    const auto date = [](QDate d) { return d.isValid() ? formatIsoDate(d) : u"-"_s; };
    QTextStream& out = context.out();
    out << "Agreement of bilan " << *bilanId << ": " << toKey(status.state) << '\n';
    out << "Sent: " << date(record->sentOn) << "   Signed: " << date(record->signedOn)
        << "   Refused: " << date(record->refusedOn) << "   Deadline: " << date(status.deadline) << '\n';
    out.flush();
    return Exit::Ok;
}

int setTerms(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    std::optional<qint64> price;
    if (context.has(u"price"_s)) {
        price = AgreementRules::parsePrice(context.option(u"price"_s));
        if (!price)
            return context.fail(u"--price: '%1' is not an amount in euros"_s.arg(context.option(u"price"_s)));
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    AgreementService service(*store.value(), context.clock());
    auto record = service.get(*bilanId);
    if (!record)
        return context.fail(record.error());
    if (context.has(u"employer"_s))
        record->employer = context.option(u"employer"_s).replace(u"\\n"_s, u"\n"_s);
    if (price)
        record->priceCents = price;
    if (context.has(u"payment"_s))
        record->paymentTerms = context.option(u"payment"_s);
    if (auto done = service.update(record.value()); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int writePdf(Context& context, const std::function<Result<BuiltDocument>(DocumentService&, qint64)>& build,
    const QString& what, AuditRecord kind = AuditRecord::Bilan)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    DocumentService documents(*store.value(), context.clock());
    auto built = build(documents, *bilanId);
    if (!built)
        return context.fail(built.error());
    if (auto logged = context.audit(AuditOperation::Print, kind, *bilanId, what); !logged)
        return context.fail(logged.error());
    if (auto written = built->writePdf(context.option(u"out"_s)); !written)
        return context.fail(written.error());
    return Exit::Ok;
}

} // namespace

void registerDocumentCommands(QList<CommandSpec>& commands)
{
    const QString bilan = u"BILAN_ID"_s;
    const OptionSpec date { u"date"_s, u"YYYY-MM-DD"_s };
    commands.append({ { u"agreement"_s, u"sent"_s }, { bilan }, { date },
                      u"Records that the tripartite agreement was sent (today by default); 10 days to sign."_s, false,
                      [](Context& c) { return recordEvent(c, AgreementEvent::Sent); } });
    commands.append({ { u"agreement"_s, u"signed"_s }, { bilan }, { date },
                      u"Records the beneficiary's signature of the agreement (within 10 days of sending)."_s, false,
                      [](Context& c) { return recordEvent(c, AgreementEvent::Signed); } });
    commands.append({ { u"agreement"_s, u"refused"_s }, { bilan }, { date },
                      u"Records that the beneficiary refused the agreement."_s, false,
                      [](Context& c) { return recordEvent(c, AgreementEvent::Refused); } });
    commands.append({ { u"agreement"_s, u"show"_s }, { bilan }, {},
                      u"Shows the agreement's state (silence 10 days after sending is a refusal) and dates."_s, false,
                      showAgreement });
    commands.append({ { u"agreement"_s, u"terms"_s }, { bilan },
                      { { u"employer"_s, u"TEXT"_s }, { u"price"_s, u"EUROS"_s }, { u"payment"_s, u"TEXT"_s } },
                      u"Sets what the agreement prints beyond the bilan: employer (\\n between lines), price, "
                      u"payment terms."_s,
                      false, setTerms });
    const OptionSpec out { u"out"_s, u"FILE.pdf"_s, true };
    commands.append({ { u"pdf"_s, u"synthesis"_s }, { bilan }, { out },
                      u"Writes the synthesis (latest version) as PDF."_s, true,
                      [](Context& c) {
                          return writePdf(c, [](DocumentService& d, qint64 id) { return d.synthesis(id); }, u"synthesis"_s);
                      } });
    commands.append({ { u"pdf"_s, u"receipt"_s }, { bilan }, { out },
                      u"Writes the handover receipt of the final synthesis as PDF."_s, true,
                      [](Context& c) { return writePdf(c, &DocumentService::receipt, u"receipt"_s); } });
    commands.append({ { u"pdf"_s, u"agreement"_s }, { bilan }, { out },
                      u"Writes the tripartite agreement (R6313-8) as PDF."_s, true,
                      [](Context& c) { return writePdf(c, &DocumentService::agreement, u"agreement"_s); } });
    commands.append({ { u"pdf"_s, u"completion-certificate"_s }, { bilan }, { out },
                      u"Writes the certificat de réalisation as PDF."_s, true,
                      [](Context& c) { return writePdf(c, &DocumentService::completionCertificate, u"completion-certificate"_s); } });
    // `pdf destruction-certificate JOURNAL_ID` or `pdf destruction-certificate --bilan BILAN_ID`: the flag says
    // the number is a bilan's (its latest destruction).
    commands.append({ { u"pdf"_s, u"destruction-certificate"_s }, { u"JOURNAL_ID"_s }, { { u"bilan"_s, {} }, out },
                      u"Writes the certificate of a destruction of bilan content (R6313-7) as PDF: kinds, counts, "
                      u"when, by whom; with --bilan, the bilan's latest destruction."_s,
                      true, [](Context& c) {
                          const bool ofBilan = c.has(u"bilan"_s);
                          return writePdf(c, [ofBilan](DocumentService& d, qint64 id) {
                              return ofBilan ? d.destructionCertificateOfBilan(id) : d.destructionCertificate(id);
                          }, u"destruction-certificate"_s, ofBilan ? AuditRecord::Bilan : AuditRecord::Journal);
                      } });
}

} // namespace parcours::cli
