#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/core/Synthesis.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

RichBlock block(RichBlockType type, QList<RichSpan> spans, int level = 1)
{
    return RichBlock { type, level, std::move(spans) };
}

RichBlock textBlock(RichBlockType type, const QString& text, int level = 1)
{
    return block(type, { RichSpan { text } }, level);
}

QStringList tidy(const QStringList& items)
{
    QStringList result;
    for (const QString& item : items) {
        const QString line = RichText::cleanText(item).simplified();
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

void appendList(RichText& text, const QStringList& items, int level)
{
    for (const QString& item : tidy(items))
        text.blocks << textBlock(RichBlockType::Bullet, item, level);
}

} // namespace

bool InvestigationDigest::isEmpty() const
{
    const auto domainEmpty = [](const Domain& d) {
        return tidy(d.knowHow).isEmpty() && tidy(d.knowledge).isEmpty() && tidy(d.behaviour).isEmpty();
    };
    return std::all_of(domains.begin(), domains.end(), domainEmpty) && keptOptions.isEmpty()
        && tidy(essentialCriteria).isEmpty() && tidy(negotiableCriteria).isEmpty();
}

DigestPart DigestWriter::partFor(QStringView sectionKey)
{
    if (sectionKey == sectionKeys::path)
        return DigestPart::Competences;
    if (sectionKey == sectionKeys::personal)
        return DigestPart::Criteria;
    if (sectionKey == sectionKeys::options || sectionKey == sectionKeys::project || sectionKey == sectionKeys::planB)
        return DigestPart::Options;
    return DigestPart::Everything;
}

RichText DigestWriter::write(const InvestigationDigest& digest, DigestPart part)
{
    RichText text;
    const bool all = part == DigestPart::Everything;
    if (all || part == DigestPart::Competences) {
        RichText competences;
        for (const InvestigationDigest::Domain& domain : digest.domains) {
            const QList<std::pair<QString, QStringList>> kinds {
                { tr("Know-how"), domain.knowHow },
                { tr("Knowledge"), domain.knowledge },
                { tr("Personal qualities"), domain.behaviour },
            };
            RichText lists;
            for (const auto& [kind, items] : kinds) {
                if (tidy(items).isEmpty())
                    continue;
                lists.blocks << block(RichBlockType::Bullet, { RichSpan { kind, false, true } });
                appendList(lists, items, 2);
            }
            if (lists.blocks.isEmpty())
                continue;
            const QString name = RichText::cleanText(domain.name).simplified();
            competences.blocks << textBlock(RichBlockType::Subheading,
                                            name.isEmpty() ? tr("Other competences") : name);
            competences.blocks << lists.blocks;
            if (!tidy(domain.transferable).isEmpty()) {
                competences.blocks << block(RichBlockType::Paragraph,
                                            { RichSpan { tr("Transferable: "), true },
                                              RichSpan { tidy(domain.transferable).join(u", "_s) } });
            }
        }
        if (!competences.blocks.isEmpty() && all)
            text.blocks << textBlock(RichBlockType::Heading, tr("Competences by domain"));
        text.blocks << competences.blocks;
    }
    if ((all || part == DigestPart::Options) && !digest.keptOptions.isEmpty()) {
        if (all)
            text.blocks << textBlock(RichBlockType::Heading, tr("Options kept"));
        for (const InvestigationDigest::Option& option : digest.keptOptions) {
            QList<RichSpan> title { RichSpan { RichText::cleanText(option.title).simplified(), true } };
            QStringList scores;
            if (option.desire > 0)
                scores << tr("desire %1/5").arg(option.desire);
            if (option.feasibility > 0)
                scores << tr("feasibility %1/5").arg(option.feasibility);
            if (option.planB)
                scores << tr("plan B");
            if (!scores.isEmpty())
                title << RichSpan { u" ("_s + scores.join(u", "_s) + u')' };
            text.blocks << block(RichBlockType::Paragraph, title);
            if (!tidy(option.favourable).isEmpty()) {
                text.blocks << block(RichBlockType::Bullet, { RichSpan { tr("Favourable aspects"), false, true } });
                appendList(text, option.favourable, 2);
            }
            if (!tidy(option.unfavourable).isEmpty()) {
                text.blocks << block(RichBlockType::Bullet, { RichSpan { tr("Unfavourable aspects"), false, true } });
                appendList(text, option.unfavourable, 2);
            }
        }
    }
    if (all || part == DigestPart::Criteria) {
        const QStringList essential = tidy(digest.essentialCriteria);
        const QStringList negotiable = tidy(digest.negotiableCriteria);
        if (all && !(essential.isEmpty() && negotiable.isEmpty()))
            text.blocks << textBlock(RichBlockType::Heading, tr("Criteria"));
        if (!essential.isEmpty()) {
            text.blocks << textBlock(RichBlockType::Subheading, tr("Essential criteria"));
            appendList(text, essential, 1);
        }
        if (!negotiable.isEmpty()) {
            text.blocks << textBlock(RichBlockType::Subheading, tr("Open to compromise"));
            appendList(text, negotiable, 1);
        }
    }
    return text.normalised();
}

InvestigationDigest digest(const Investigation& investigation)
{
    InvestigationDigest result;
    const QStringList columns = domainColumns(investigation.customDomains);
    QList<InvestigationDigest::Domain> domains(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        domains[i].name = columns[i];
    for (const Competence& competence : investigation.competences) {
        const int column = domainColumn(competence, investigation.customDomains);
        if (column < 0)
            continue;
        InvestigationDigest::Domain& domain = domains[column];
        switch (competence.kind) {
        case Competence::Kind::KnowHow:
            domain.knowHow << competence.label;
            break;
        case Competence::Kind::Knowledge:
            domain.knowledge << competence.label;
            break;
        case Competence::Kind::Behaviour:
            domain.behaviour << competence.label;
            break;
        }
        if (competence.transferable)
            domain.transferable << competence.label;
    }
    for (const InvestigationDigest::Domain& domain : std::as_const(domains)) {
        if (!domain.knowHow.isEmpty() || !domain.knowledge.isEmpty() || !domain.behaviour.isEmpty())
            result.domains << domain;
    }

    for (const CareerOption& option : investigation.careerOptions) {
        if (option.status != CareerOption::Status::Kept && !option.planB)
            continue;
        result.keptOptions << InvestigationDigest::Option { option.title, option.description, option.desire,
            option.feasibility, option.planB, option.favourable, option.unfavourable };
    }
    std::stable_sort(result.keptOptions.begin(), result.keptOptions.end(),
        [](const InvestigationDigest::Option& a, const InvestigationDigest::Option& b) {
            if (a.planB != b.planB)
                return !a.planB;
            return a.desire * a.feasibility > b.desire * b.feasibility;
        });

    for (const Criterion& criterion : rankCriteria(investigation.criteria))
        (criterion.zone == Criterion::Zone::Essential ? result.essentialCriteria : result.negotiableCriteria)
            << criterion.label;
    result.meaningOfWork = investigation.motivations.meaningOfWork;
    result.idealActivity = investigation.motivations.idealActivity;
    for (const KeywordCount& keyword : recurringKeywords(investigation.peerFeedback)) {
        if (keyword.respondents >= 2)
            result.peerKeywords << keyword;
    }
    return result;
}

Result<InvestigationDigest> StoredInvestigationDigestProvider::digest(qint64 bilanId)
{
    auto investigation = m_investigation.load(bilanId);
    if (!investigation)
        return investigation.error();
    return parcours::digest(investigation.value());
}

} // namespace parcours
