#include "Cli.h"

#include <parcours/core/DemoData.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/storage/BulkWriter.h>

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

// Rows per write transaction: large enough that committing costs nothing, small enough to show progress.
constexpr int kClientsPerBatch = 5000;

/** What one run wrote, for the summary line. */
struct DemoCounts {
    qint64 clients = 0;
    qint64 bilans = 0;
    qint64 sessions = 0;
    qint64 investigations = 0;
    qint64 syntheses = 0;
};

Result<void> writeExtras(Store& store, const Clock& clock, qint64 bilanId, const DemoBilan& demo, DemoCounts& counts)
{
    // Investigation and synthèse through their services: a few queries each, for one bilan in ten.
    if (demo.withInvestigation) {
        Motivations motivations;
        motivations.bilanId = bilanId;
        motivations.meaningOfWork = u"Être utile, apprendre, transmettre."_s;
        motivations.idealActivity = u"Un métier de contact, avec de l'autonomie et des journées variées."_s;
        if (auto done = InvestigationService(store).setMotivations(motivations); !done)
            return done.error();
        ++counts.investigations;
    }
    if (demo.withSynthesis) {
        SynthesisService syntheses(store, clock);
        auto draft = syntheses.start(bilanId);
        if (!draft)
            return draft.error();
        if (!draft->sections.isEmpty()) {
            const QString key = draft->sections.first().key;
            auto written = syntheses.setSectionBody(
                draft->id, draft->version, key,
                RichText::fromPlainText(u"Le bénéficiaire souhaite faire le point sur ses compétences "
                                        u"et construire un projet réaliste."_s));
            if (!written)
                return written.error();
        }
        ++counts.syntheses;
    }
    return success();
}

Result<void> writeOne(BulkWriter& writer, Store& store, const Clock& clock, const DemoBeneficiary& person,
                      DemoCounts& counts)
{
    auto clientId = writer.addClient(person.client);
    if (!clientId)
        return clientId.error();
    ++counts.clients;
    for (const DemoBilan& demo : person.bilans) {
        Bilan bilan = demo.bilan;
        bilan.clientId = clientId.value();
        auto bilanId = writer.addBilan(bilan);
        if (!bilanId)
            return bilanId.error();
        ++counts.bilans;
        for (const auto& [exit, day] : { std::pair { false, demo.cpfEntry }, std::pair { true, demo.cpfExit } }) {
            if (day.isValid()) {
                if (auto declared = writer.addCpfDeclaration(bilanId.value(), exit, day); !declared)
                    return declared.error();
            }
        }
        for (Session session : demo.sessions) {
            session.bilanId = bilanId.value();
            if (auto id = writer.addSession(session); !id)
                return id.error();
            ++counts.sessions;
        }
        if (auto done = writeExtras(store, clock, bilanId.value(), demo, counts); !done)
            return done;
    }
    return success();
}

int demo(Context& context)
{
    bool ok = false;
    const qint64 clients = context.option(u"clients"_s).toLongLong(&ok);
    if (!ok || clients < 1 || clients > 10'000'000)
        return context.usage(u"--clients: expected a number from 1 to 10000000, not '%1'"_s.arg(context.option(u"clients"_s)));
    quint64 seed = 1;
    if (context.has(u"seed"_s)) {
        seed = context.option(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return context.usage(u"--seed: expected a whole number, not '%1'"_s.arg(context.option(u"seed"_s)));
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BulkWriter writer(*store.value());
    auto empty = writer.isEmpty();
    if (!empty)
        return context.fail(empty.error());
    if (!empty.value())
        return context.fail(u"The database already holds beneficiaries: demo data goes into an empty database only."_s);

    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(seed, context.clock().today());
    DemoCounts counts;
    for (qint64 done = 0; done < clients;) {
        if (auto begun = writer.begin(); !begun)
            return context.fail(begun.error());
        for (int inBatch = 0; inBatch < kClientsPerBatch && done < clients; ++inBatch, ++done) {
            if (auto written = writeOne(writer, *store.value(), context.clock(), generator.next(), counts); !written)
                return context.fail(written.error());
        }
        if (auto committed = writer.commit(); !committed)
            return context.fail(committed.error());
    }
    const QJsonObject summary { { u"clients"_s, counts.clients }, { u"bilans"_s, counts.bilans },
                                { u"sessions"_s, counts.sessions }, { u"investigations"_s, counts.investigations },
                                { u"syntheses"_s, counts.syntheses }, { u"seconds"_s, timer.elapsed() / 1000.0 } };
    if (context.json()) {
        context.printJson(summary);
    } else {
        context.out() << u"%1 beneficiaries, %2 bilans, %3 sessions, %4 investigations, %5 syntheses in %6 s"_s
                             .arg(counts.clients).arg(counts.bilans).arg(counts.sessions).arg(counts.investigations)
                             .arg(counts.syntheses).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                      << Qt::endl;
    }
    return Exit::Ok;
}

} // namespace

void registerDemoCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"demo"_s }, {}, { { u"clients"_s, u"N"_s, true }, { u"seed"_s, u"S"_s } },
        u"Fills an empty database with N invented beneficiaries, their bilans and sessions (the same seed "
        u"gives the same data); for demonstrations and benchmarks."_s,
        false, demo });
}

} // namespace parcours::cli
