// The synthèse's PDF inside one process: building the document from a 10-page synthèse, laying it out and writing
// the PDF. The whole-process figure (start-up and database included) is scripts/bench-synthesis-pdf's.
#include <parcours/reports/Documents.h>
#include <parcours/reports/RichTextDocument.h>

#include <QBuffer>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace parcours;
using namespace Qt::StringLiterals;

namespace {

SynthesisContent tenPages()
{
    SynthesisContent content;
    content.parties.letterhead.name = u"Camille Exemple"_s;
    content.parties.client.lastName = u"Lefèvre"_s;
    content.parties.client.firstName = u"Zoé"_s;
    content.parties.bilan.startDate = QDate(2026, 1, 12);
    content.printedOn = QDate(2026, 3, 16);
    QString html = u"<h2>Points clés</h2>"_s;
    const QString paragraph = u"<p>Zoé a construit, au fil de douze années d'assistanat de direction, des compétences "
                              u"d'organisation, d'animation et de transmission qu'elle souhaite mettre au service de la "
                              u"formation d'adultes. Les entretiens ont précisé ses motivations et ses critères, et "
                              u"confronté son projet au terrain. <b>Point clé.</b></p>"_s;
    for (int i = 0; i < 5; ++i)
        html += paragraph;
    html += u"<ul><li>Organiser</li><li><i>Animer</i></li><li>Transmettre</li></ul>"_s + paragraph + paragraph + paragraph;
    const RichText body = richtext::fromHtml(html);
    for (const SectionLayout& layout : SynthesisRules::standardLayout())
        content.version.sections << SynthesisSection { layout.key, {}, false, body };
    for (int i = 0; i < 3; ++i)
        content.version.actions << PlannedAction { Horizon::Short, u"Étape"_s, u"AFPA"_s, QDate(2026, 4, 15) };
    return content;
}

void BuildDocument(benchmark::State& state)
{
    const SynthesisContent content = tenPages();
    for (auto _ : state) {
        BuiltDocument built = documents::synthesis(content, std::make_unique<DocumentLanguage>());
        benchmark::DoNotOptimize(built.document.get());
    }
}
BENCHMARK(BuildDocument)->Unit(benchmark::kMillisecond);

void BuildAndWritePdf(benchmark::State& state)
{
    const SynthesisContent content = tenPages();
    int pages = 0;
    for (auto _ : state) {
        BuiltDocument built = documents::synthesis(content, std::make_unique<DocumentLanguage>());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!PdfWriter::write(*built.document, built.options, buffer).ok())
            state.SkipWithError("the PDF was not written");
        pages = built.document->pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BuildAndWritePdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
