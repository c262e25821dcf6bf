#include <parcours/core/SynthesisService.h>
#include <parcours/core/Text.h>

using namespace Qt::StringLiterals;

namespace parcours {

SynthesisService::SynthesisService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<std::optional<SynthesisVersion>> SynthesisService::current(qint64 bilanId)
{
    return m_repositories.syntheses().latest(bilanId);
}

Result<SynthesisVersion> SynthesisService::get(qint64 versionId)
{
    return m_repositories.syntheses().get(versionId);
}

Result<QList<SynthesisVersion>> SynthesisService::history(qint64 bilanId)
{
    return m_repositories.syntheses().history(bilanId);
}

Result<QList<SectionLayout>> SynthesisService::startingLayout(std::optional<qint64> templateId)
{
    auto templates = m_repositories.syntheses().templates();
    if (!templates)
        return templates.error();
    for (const SynthesisTemplate& item : templates.value()) {
        if (templateId ? item.id == *templateId : item.isDefault)
            return item.sections;
    }
    if (templateId)
        return makeError(ErrorCode::NotFound, tr("There is no template %1.").arg(*templateId));
    return SynthesisRules::standardLayout();
}

Result<SynthesisVersion> SynthesisService::start(qint64 bilanId, std::optional<qint64> templateId)
{
    SynthesisVersion started;
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
            return bilan.error();
        auto existing = m_repositories.syntheses().latest(bilanId);
        if (!existing)
            return existing.error();
        if (existing.value())
            return makeError(ErrorCode::Refused, tr("The synthesis of this bilan is already started."));
        auto layout = startingLayout(templateId);
        if (!layout)
            return layout.error();
        started.bilanId = bilanId;
        started.number = 1;
        started.createdAt = m_clock.now();
        started.sections = SynthesisRules::applyLayout({}, layout.value());
        auto id = m_repositories.syntheses().create(started);
        if (!id)
            return id.error();
        started.id = id.value();
        started.version = 1;
        return success();
    });
    if (!done)
        return done.error();
    return started;
}

Result<SynthesisVersion> SynthesisService::currentOrStart(qint64 bilanId)
{
    auto latest = current(bilanId);
    if (!latest)
        return latest.error();
    if (latest.value())
        return *latest.value();
    return start(bilanId);
}

Result<SynthesisVersion> SynthesisService::lockForChange(qint64 versionId, int expected)
{
    auto version = m_repositories.syntheses().get(versionId);
    if (!version)
        return version.error();
    if (auto editable = SynthesisRules::checkEditable(version->status); !editable)
        return editable.error();
    if (auto touched = m_repositories.syntheses().touch(versionId, expected); !touched)
        return touched.error();
    return version;
}

Result<int> SynthesisService::change(qint64 versionId, int expected,
                                     const std::function<Result<void>(SynthesisVersion&)>& work)
{
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto version = lockForChange(versionId, expected);
        if (!version)
            return version.error();
        return work(version.value());
    });
    if (!done)
        return done.error();
    return expected + 1;
}

Result<int> SynthesisService::setSectionBody(qint64 versionId, int expected, const QString& key, const RichText& body)
{
    const RichText clean = body.normalised();
    if (auto valid = SynthesisRules::checkBody(clean); !valid)
        return valid.error();
    return change(versionId, expected, [&](SynthesisVersion& version) -> Result<void> {
        if (!version.section(key))
            return makeError(ErrorCode::NotFound, tr("This synthesis has no section '%1'.").arg(key), u"key"_s);
        return m_repositories.syntheses().writeSectionBody(versionId, key, clean);
    });
}

Result<int> SynthesisService::setLayout(qint64 versionId, int expected, const QList<SectionLayout>& layout)
{
    if (auto valid = SynthesisRules::checkLayout(layout); !valid)
        return valid.error();
    return change(versionId, expected, [&](SynthesisVersion& version) -> Result<void> {
        return m_repositories.syntheses().writeSections(versionId,
                                                        SynthesisRules::applyLayout(version.sections, layout));
    });
}

Result<int> SynthesisService::setSections(qint64 versionId, int expected, const QList<SynthesisSection>& sections)
{
    QList<SynthesisSection> clean;
    QList<SectionLayout> layout;
    for (SynthesisSection section : sections) {
        section.title = simplifiedLine(section.title);
        section.body = section.body.normalised();
        if (auto valid = SynthesisRules::checkBody(section.body); !valid)
            return valid.error();
        layout << section.layout();
        clean << section;
    }
    if (auto valid = SynthesisRules::checkLayout(layout); !valid)
        return valid.error();
    return change(versionId, expected, [&](SynthesisVersion&) -> Result<void> {
        return m_repositories.syntheses().writeSections(versionId, clean);
    });
}

Result<int> SynthesisService::setActions(qint64 versionId, int expected, const QList<PlannedAction>& actions)
{
    QList<PlannedAction> tidied;
    for (PlannedAction action : actions) {
        action.step = simplifiedLine(RichText::cleanText(action.step));
        action.contact = simplifiedLine(RichText::cleanText(action.contact));
        tidied << action;
    }
    if (auto valid = SynthesisRules::checkActions(tidied); !valid)
        return valid.error();
    return change(versionId, expected, [&](SynthesisVersion&) -> Result<void> {
        return m_repositories.syntheses().writeActions(versionId, tidied);
    });
}

Result<int> SynthesisService::setObservations(qint64 versionId, int expected, const QString& observations)
{
    const QString text = RichText::cleanText(observations).trimmed();
    return change(versionId, expected, [&](SynthesisVersion& version) -> Result<void> {
        if (auto allowed = SynthesisRules::checkObservations(version.status, text); !allowed)
            return allowed;
        version.observations = text;
        return m_repositories.syntheses().writeStatus(version);
    });
}

Result<SynthesisVersion> SynthesisService::move(qint64 bilanId, SynthesisStatus to)
{
    SynthesisVersion moved;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto latest = m_repositories.syntheses().latest(bilanId);
        if (!latest)
            return latest.error();
        if (!latest.value())
            return makeError(ErrorCode::NotFound, tr("The synthesis of this bilan is not started yet."));
        moved = *latest.value();
        if (auto allowed = SynthesisRules::checkTransition(moved.status, to); !allowed)
            return allowed;
        if (auto touched = m_repositories.syntheses().touch(moved.id, moved.version); !touched)
            return touched;
        moved.status = to;
        if (to == SynthesisStatus::Submitted)
            moved.submittedAt = m_clock.now();
        if (to == SynthesisStatus::Final)
            moved.finalizedAt = m_clock.now();
        ++moved.version;
        return m_repositories.syntheses().writeStatus(moved);
    });
    if (!done)
        return done.error();
    return moved;
}

Result<SynthesisVersion> SynthesisService::submit(qint64 bilanId)
{
    return move(bilanId, SynthesisStatus::Submitted);
}

Result<SynthesisVersion> SynthesisService::finalize(qint64 bilanId)
{
    return move(bilanId, SynthesisStatus::Final);
}

Result<SynthesisVersion> SynthesisService::newDraft(qint64 bilanId)
{
    SynthesisVersion draft;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto latest = m_repositories.syntheses().latest(bilanId);
        if (!latest)
            return latest.error();
        if (!latest.value())
            return makeError(ErrorCode::NotFound, tr("The synthesis of this bilan is not started yet."));
        if (!latest.value()->isFrozen())
            return makeError(ErrorCode::Refused, tr("The latest version is not final yet: keep working on it."));
        draft = SynthesisRules::nextDraft(*latest.value(), m_clock.now());
        auto id = m_repositories.syntheses().create(draft);
        if (!id)
            return id.error();
        draft.id = id.value();
        draft.version = 1;
        return success();
    });
    if (!done)
        return done.error();
    return draft;
}

Result<QList<SynthesisTemplate>> SynthesisService::templates()
{
    return m_repositories.syntheses().templates();
}

Result<qint64> SynthesisService::saveTemplate(const QString& name, const QList<SectionLayout>& layout, bool makeDefault)
{
    SynthesisTemplate item;
    item.name = simplifiedLine(RichText::cleanText(name));
    item.isDefault = makeDefault;
    item.sections = layout;
    if (item.name.isEmpty() || item.name.size() > 80) {
        return makeError(ErrorCode::InvalidInput, tr("A template needs a name of 80 characters at most."),
                         u"name"_s);
    }
    if (auto valid = SynthesisRules::checkLayout(layout); !valid)
        return valid.error();
    qint64 id = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto saved = m_repositories.syntheses().saveTemplate(item);
        if (!saved)
            return saved.error();
        id = saved.value();
        return success();
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SynthesisService::removeTemplate(qint64 templateId)
{
    return m_repositories.syntheses().removeTemplate(templateId);
}

Result<qint64> SynthesisService::renameTemplate(qint64 templateId, const QString& name)
{
    const QString newName = simplifiedLine(RichText::cleanText(name));
    if (newName.isEmpty() || newName.size() > 80) {
        return makeError(ErrorCode::InvalidInput, tr("A template needs a name of 80 characters at most."),
                         u"name"_s);
    }
    qint64 id = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto all = m_repositories.syntheses().templates();
        if (!all)
            return all.error();
        std::optional<SynthesisTemplate> renamed;
        for (const SynthesisTemplate& item : all.value()) {
            if (item.id == templateId)
                renamed = item;
            else if (item.name.compare(newName, Qt::CaseInsensitive) == 0)
                return makeError(ErrorCode::InvalidInput, tr("Another template is already called %1.").arg(newName),
                                 u"name"_s);
        }
        if (!renamed)
            return makeError(ErrorCode::NotFound, tr("This template no longer exists."));
        id = templateId;
        if (renamed->name == newName)
            return success();
        // Templates are keyed by their name: the renamed one is saved anew, then the old one removed.
        renamed->name = newName;
        auto saved = m_repositories.syntheses().saveTemplate(*renamed);
        if (!saved)
            return saved.error();
        id = saved.value();
        if (id == templateId)
            return success();
        return m_repositories.syntheses().removeTemplate(templateId);
    });
    if (!done)
        return done.error();
    return id;
}

Result<int> SynthesisService::applyTemplate(qint64 versionId, int expected, qint64 templateId)
{
    auto layout = startingLayout(templateId);
    if (!layout)
        return layout.error();
    return change(versionId, expected, [&](SynthesisVersion& version) -> Result<void> {
        const QList<SectionLayout> merged = SynthesisRules::mergeTemplate(version.layout(), layout.value());
        if (auto valid = SynthesisRules::checkLayout(merged); !valid)
            return valid;
        return m_repositories.syntheses().writeSections(versionId,
                                                        SynthesisRules::applyLayout(version.sections, merged));
    });
}

Result<std::optional<HandoverRecord>> SynthesisService::handover(qint64 bilanId)
{
    return m_repositories.proofs().handover(bilanId);
}

Result<HandoverRecord> SynthesisService::recordHandover(qint64 bilanId, QDate signedOn)
{
    const QDate today = m_clock.today();
    if (!signedOn.isValid())
        signedOn = today;
    HandoverRecord record;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto versions = m_repositories.syntheses().history(bilanId);
        if (!versions)
            return versions.error();
        const auto final = std::find_if(versions->begin(), versions->end(),
                                         [](const SynthesisVersion& v) { return v.isFrozen(); });
        if (final == versions->end()) {
            return makeError(ErrorCode::Refused,
                             tr("The synthesis has no final version yet: finalise it before handing it over."));
        }
        if (signedOn > today)
            return makeError(ErrorCode::InvalidInput, tr("This date is in the future."), u"signed_on"_s);
        if (signedOn < final->finalizedAt.date()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The receipt cannot be signed before the synthesis was final."), u"signed_on"_s);
        }
        auto existing = m_repositories.proofs().handover(bilanId);
        if (!existing)
            return existing.error();
        record.bilanId = bilanId;
        record.synthesisNumber = final->number;
        record.synthesisDate = final->finalizedAt.date();
        record.signedOn = signedOn;
        record.version = existing.value() ? existing.value()->version : 0;
        if (auto saved = m_repositories.proofs().saveHandover(record); !saved)
            return saved;
        ++record.version;
        return success();
    });
    if (!done)
        return done.error();
    return record;
}

} // namespace parcours
