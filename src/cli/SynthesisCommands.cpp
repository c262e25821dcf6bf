// synthesis …, receipt signed: writing the synthèse and taking it to final from the command line.
#include "Cli.h"

#include <parcours/core/SynthesisService.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/DocumentService.h>
#include <parcours/reports/Json.h>
#include <parcours/reports/RichTextDocument.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

/// A UTF-8 text file, read whole; refused when missing, too large or not UTF-8.
Result<QString> readTextFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxInputBytes)
        return makeError(ErrorCode::InvalidInput, u"%1 is too large (16 MB at most)"_s.arg(path));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidInput, u"%1 is not UTF-8 text"_s.arg(path));
    return text;
}

bool isHtml(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"html" || suffix == u"htm";
}

int setSection(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    const QString key = context.option(u"section"_s);
    if (auto valid = SynthesisRules::checkKey(key); !valid)
        return context.fail(valid.error());
    const QString path = context.option(u"file"_s);
    auto text = readTextFile(path);
    if (!text)
        return context.fail(text.error());
    const RichText body = isHtml(path) ? richtext::fromHtml(text.value()) : RichText::fromPlainText(text.value());
    if (auto valid = SynthesisRules::checkBody(body); !valid)
        return context.fail(valid.error());
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    SynthesisService service(*store.value(), context.clock());
    auto version = service.currentOrStart(*bilanId);
    if (!version)
        return context.fail(version.error());
    int rowVersion = version->version;
    // A new key adds a section of the consultant's own; --title names (or renames) the section.
    QList<SectionLayout> layout = version->layout();
    auto existing = std::find_if(layout.begin(), layout.end(), [&](const SectionLayout& s) { return s.key == key; });
    const bool added = existing == layout.end();
    if (added)
        layout << SectionLayout { key, context.has(u"title"_s) ? context.option(u"title"_s) : key, false };
    else if (context.has(u"title"_s))
        existing->title = context.option(u"title"_s);
    if (added || context.has(u"title"_s)) {
        auto arranged = service.setLayout(version->id, rowVersion, layout);
        if (!arranged)
            return context.fail(arranged.error());
        rowVersion = arranged.value();
    }
    auto written = service.setSectionBody(version->id, rowVersion, key, body);
    if (!written)
        return context.fail(written.error());
    return Exit::Ok;
}

int showSynthesis(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::ReadContent, AuditRecord::Bilan, *bilanId, u"synthesis"_s); !logged)
        return context.fail(logged.error());
    auto version = SynthesisService(*store.value(), context.clock()).current(*bilanId);
    if (!version)
        return context.fail(version.error());
    if (!version.value())
        return context.fail(u"the synthesis of bilan %1 is not started yet"_s.arg(*bilanId));
    const SynthesisVersion& shown = *version.value();
    if (context.json()) {
        context.printJson(json::synthesis(shown));
        return Exit::Ok;
    }
    context.out() << "Synthesis of bilan " << shown.bilanId << ", version " << shown.number << ": "
                  << toKey(shown.status) << ", " << shown.wordCount() << " words\n";
    QList<QStringList> rows;
    for (const SynthesisSection& section : shown.sections) {
        rows << QStringList { section.key, section.hidden ? u"hidden"_s : u"shown"_s,
                              QString::number(section.body.wordCount()),
                              SynthesisRules::displayTitle(section.layout()) };
    }
    context.printTable({ u"KEY"_s, u"SHOWN"_s, u"WORDS"_s, u"TITLE"_s }, rows);
    return Exit::Ok;
}

int moveSynthesis(Context& context, SynthesisStatus to)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    SynthesisService service(*store.value(), context.clock());
    auto moved = to == SynthesisStatus::Submitted ? service.submit(*bilanId) : service.finalize(*bilanId);
    if (!moved)
        return context.fail(moved.error());
    return Exit::Ok;
}

int newDraft(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto draft = SynthesisService(*store.value(), context.clock()).newDraft(*bilanId);
    if (!draft)
        return context.fail(draft.error());
    context.out() << draft->number << Qt::endl;
    return Exit::Ok;
}

int recordObservations(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto text = readTextFile(context.option(u"file"_s));
    if (!text)
        return context.fail(text.error());
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    SynthesisService service(*store.value(), context.clock());
    auto version = service.current(*bilanId);
    if (!version)
        return context.fail(version.error());
    if (!version.value())
        return context.fail(u"the synthesis of bilan %1 is not started yet"_s.arg(*bilanId));
    if (auto done = service.setObservations(version.value()->id, version.value()->version, text.value()); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int addAction(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    PlannedAction action;
    const auto horizon = fromKey<Horizon>(context.option(u"horizon"_s));
    if (!horizon)
        return context.fail(u"--horizon: expected short|medium|long, not '%1'"_s.arg(context.option(u"horizon"_s)));
    action.horizon = *horizon;
    action.step = context.option(u"step"_s);
    action.contact = context.option(u"contact"_s);
    if (context.has(u"target"_s)) {
        const auto target = context.dateOption(u"target"_s);
        if (!target)
            return Exit::Failed;
        action.targetDate = *target;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    SynthesisService service(*store.value(), context.clock());
    auto version = service.currentOrStart(*bilanId);
    if (!version)
        return context.fail(version.error());
    QList<PlannedAction> actions = version->actions;
    actions << action;
    if (auto done = service.setActions(version->id, version->version, actions); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int exportHtml(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto built = DocumentService(*store.value(), context.clock()).synthesis(*bilanId);
    if (!built)
        return context.fail(built.error());
    if (auto logged = context.audit(AuditOperation::Export, AuditRecord::Bilan, *bilanId, u"synthesis-html"_s); !logged)
        return context.fail(logged.error());
    const QString path = context.option(u"out"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const QByteArray html = built->document->toHtml().toUtf8();
    if (file.write(html) != html.size() || !file.commit()) {
        file.cancelWriting();
        return context.fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    return Exit::Ok;
}

int signReceipt(Context& context)
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
    if (auto done = SynthesisService(*store.value(), context.clock()).recordHandover(*bilanId, date); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

QString standardKeys()
{
    QStringList keys;
    for (const SectionLayout& section : SynthesisRules::standardLayout())
        keys << section.key;
    return keys.join(u", "_s);
}

} // namespace

void registerSynthesisCommands(QList<CommandSpec>& commands)
{
    const QString bilan = u"BILAN_ID"_s;
    commands.append({ { u"synthesis"_s, u"set"_s }, { bilan },
                      { { u"section"_s, u"KEY"_s, true }, { u"file"_s, u"FILE"_s, true }, { u"title"_s, u"TITLE"_s } },
                      u"Writes a section from a file: plain text (paragraphs at blank lines), or .html reduced to "
                      u"bold, italic, lists and headings. The standard KEYs: "_s + standardKeys()
                          + u"; a new KEY adds a section of your own."_s,
                      true, setSection });
    commands.append({ { u"synthesis"_s, u"show"_s }, { bilan }, {},
                      u"Shows the latest version: status, words, and the section keys."_s, false, showSynthesis });
    commands.append({ { u"synthesis"_s, u"submit"_s }, { bilan }, {},
                      u"Marks the latest version as submitted to the beneficiary for observations."_s, false,
                      [](Context& c) { return moveSynthesis(c, SynthesisStatus::Submitted); } });
    commands.append({ { u"synthesis"_s, u"observations"_s }, { bilan }, { { u"file"_s, u"FILE"_s, true } },
                      u"Records the beneficiary's observations (plain text) on the submitted version."_s, false,
                      recordObservations });
    commands.append({ { u"synthesis"_s, u"finalize"_s }, { bilan }, {},
                      u"Makes the latest version final: dated and read only."_s, false,
                      [](Context& c) { return moveSynthesis(c, SynthesisStatus::Final); } });
    commands.append({ { u"synthesis"_s, u"new-draft"_s }, { bilan }, {},
                      u"Starts a new draft from the final version; prints its number."_s, false, newDraft });
    commands.append({ { u"synthesis"_s, u"action"_s, u"add"_s }, { bilan },
                      { { u"horizon"_s, u"short|medium|long"_s, true }, { u"step"_s, u"TEXT"_s, true },
                        { u"contact"_s, u"TEXT"_s }, { u"target"_s, u"YYYY-MM-DD"_s } },
                      u"Adds a step to the action plan."_s, false, addAction });
    commands.append({ { u"synthesis"_s, u"export"_s }, { bilan }, { { u"out"_s, u"FILE.html"_s, true } },
                      u"Writes the synthesis as HTML (the same content as the PDF)."_s, true, exportHtml });
    commands.append({ { u"receipt"_s, u"signed"_s }, { bilan }, { { u"date"_s, u"YYYY-MM-DD"_s } },
                      u"Records the day the beneficiary signed the receipt of the final synthesis (today by "
                      u"default)."_s,
                      false, signReceipt });
}

} // namespace parcours::cli
