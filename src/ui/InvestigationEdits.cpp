#include <parcours/ui/InvestigationEdits.h>
#include <parcours/ui/Workspace.h>

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace parcours {
namespace {

/** The translation context of the undo texts ("Undo add the experience…"). */
struct Edits {
    Q_DECLARE_TR_FUNCTIONS(InvestigationEdits)
};

template<typename T> QString noun();
template<> QString noun<Experience>()
{
    return Edits::tr("the experience");
}
template<> QString noun<Competence>()
{
    return Edits::tr("the competence");
}
template<> QString noun<Criterion>()
{
    return Edits::tr("the criterion");
}
template<> QString noun<PeerFeedback>()
{
    return Edits::tr("the answers of a respondent");
}
template<> QString noun<TestResult>()
{
    return Edits::tr("the test");
}
template<> QString noun<CareerOption>()
{
    return Edits::tr("the option");
}
template<> QString noun<FieldInquiry>()
{
    return Edits::tr("the inquiry");
}
template<> QString noun<DocumentaryResource>()
{
    return Edits::tr("the resource");
}

/// A command id per kind of record, so QUndoStack offers only like commands to mergeWith.
template<typename T> constexpr int commandId();
template<> constexpr int commandId<Experience>()
{
    return 4001;
}
template<> constexpr int commandId<Competence>()
{
    return 4002;
}
template<> constexpr int commandId<Criterion>()
{
    return 4003;
}
template<> constexpr int commandId<PeerFeedback>()
{
    return 4004;
}
template<> constexpr int commandId<TestResult>()
{
    return 4005;
}
template<> constexpr int commandId<CareerOption>()
{
    return 4006;
}
template<> constexpr int commandId<FieldInquiry>()
{
    return 4007;
}
template<> constexpr int commandId<DocumentaryResource>()
{
    return 4008;
}
constexpr int kMotivationsId = 4009;

/// Writes `target` over whatever version is stored now (undo and redo restore a state, they do not merge).
template<typename T> bool overwrite(Workspace& workspace, T target)
{
    auto current = workspace.investigation().get<T>(target.id);
    if (!current) {
        workspace.reportError(current.error().message);
        return false;
    }
    target.version = current->version;
    if (auto done = workspace.investigation().update(target); !done) {
        workspace.reportError(done.error().message);
        return false;
    }
    return true;
}

/** A command already applied when pushed: its first redo does nothing; a failure makes it obsolete. */
class DoneCommand : public QUndoCommand {
public:
    DoneCommand(Workspace& workspace, const QString& text, std::function<Result<void>()> undo,
        std::function<Result<void>()> redo)
        : m_workspace(workspace), m_undo(std::move(undo)), m_redo(std::move(redo))
    {
        setText(text);
    }
    void undo() override { run(m_undo); }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        run(m_redo);
    }

protected:
    void run(const std::function<Result<void>()>& step)
    {
        if (auto done = step(); !done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }
    Workspace& m_workspace;
    std::function<Result<void>()> m_undo;
    std::function<Result<void>()> m_redo;
    bool m_firstRedo = true;
};

/** One record changed from a state to another; like changes of the same field merge into one step. */
template<typename T> class ChangeCommand final : public QUndoCommand {
public:
    ChangeCommand(Workspace& workspace, T before, T after, QString field)
        : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after)), m_field(std::move(field))
    {
        setText(Edits::tr("edit %1").arg(noun<T>()));
    }
    int id() const override { return commandId<T>(); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeCommand*>(other);
        if (m_field.isEmpty() || next->m_field != m_field || next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override
    {
        if (!overwrite(m_workspace, m_before))
            setObsolete(true);
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        if (!overwrite(m_workspace, m_after))
            setObsolete(true);
    }

private:
    Workspace& m_workspace;
    T m_before;
    T m_after;
    QString m_field;
    bool m_firstRedo = true;
};

/** The texts on values changed; like changes of the same text merge. */
class MotivationsCommand final : public QUndoCommand {
public:
    MotivationsCommand(Workspace& workspace, Motivations before, Motivations after, QString field)
        : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after)), m_field(std::move(field))
    {
        setText(Edits::tr("edit the values and motivations"));
    }
    int id() const override { return kMotivationsId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const MotivationsCommand*>(other);
        if (next->m_field != m_field || next->m_after.bilanId != m_after.bilanId)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { write(m_before); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            write(m_after);
    }

private:
    void write(Motivations target)
    {
        auto current = m_workspace.investigation().motivations(target.bilanId);
        if (current) {
            target.version = current->version;
            if (auto done = m_workspace.investigation().setMotivations(target); done)
                return;
            else
                m_workspace.reportError(done.error().message);
        } else {
            m_workspace.reportError(current.error().message);
        }
        setObsolete(true);
    }
    Workspace& m_workspace;
    Motivations m_before;
    Motivations m_after;
    QString m_field;
    bool m_firstRedo = true;
};

/// What removing a record takes with it, to be put back on undo: the records that pointed at it.
template<typename T> std::function<Result<void>()> relinks(Workspace&, const T&)
{
    return [] { return success(); };
}

template<> std::function<Result<void>()> relinks(Workspace& workspace, const Experience& experience)
{
    auto all = workspace.investigation().load(experience.bilanId);
    QList<Competence> linked;
    if (all) {
        for (const Competence& competence : all->competences) {
            if (competence.experienceIds.contains(experience.id))
                linked << competence;
        }
    }
    return [&workspace, linked]() -> Result<void> {
        for (const Competence& competence : linked)
            overwrite(workspace, competence);
        return success();
    };
}

template<> std::function<Result<void>()> relinks(Workspace& workspace, const CareerOption& option)
{
    auto all = workspace.investigation().load(option.bilanId);
    QList<FieldInquiry> linked;
    if (all) {
        for (const FieldInquiry& inquiry : all->fieldInquiries) {
            if (inquiry.careerOptionId == option.id)
                linked << inquiry;
        }
    }
    return [&workspace, linked]() -> Result<void> {
        for (const FieldInquiry& inquiry : linked)
            overwrite(workspace, inquiry);
        return success();
    };
}

} // namespace

namespace investigationEdits {

template<typename T> Result<T> add(Workspace& workspace, const T& record)
{
    auto id = workspace.investigation().add(record);
    if (!id)
        return id.error();
    auto stored = workspace.investigation().get<T>(id.value());
    if (!stored)
        return stored.error();
    const T added = stored.value();
    auto* command = new DoneCommand(
        workspace, Edits::tr("add %1").arg(noun<T>()),
        [&workspace, added] { return workspace.investigation().remove<T>(added.id); },
        [&workspace, added] {
            T again = added;
            if (auto current = workspace.investigation().get<T>(added.id); current)
                again = current.value();
            return workspace.investigation().restore(again);
        });
    workspace.undoStack(record.bilanId)->push(command);
    return stored;
}

template<typename T> Result<T> change(Workspace& workspace, const T& before, const T& after, const QString& field)
{
    if (auto done = workspace.investigation().update(after); !done)
        return done.error();
    auto stored = workspace.investigation().get<T>(after.id);
    if (!stored)
        return stored.error();
    workspace.undoStack(after.bilanId)->push(new ChangeCommand<T>(workspace, before, stored.value(), field));
    return stored;
}

template<typename T> Result<void> remove(Workspace& workspace, const T& record)
{
    auto stored = workspace.investigation().get<T>(record.id);
    if (!stored)
        return stored.error();
    T removed = stored.value();
    if constexpr (std::is_same_v<T, TestResult>) {
        if (removed.file) {
            auto file = workspace.investigation().reportFile(removed.id);
            if (!file)
                return file.error();
            removed.file = file.value();
        }
    }
    auto putBackLinks = relinks(workspace, removed);
    if (auto done = workspace.investigation().remove<T>(removed.id); !done)
        return done;
    auto* command = new DoneCommand(
        workspace, Edits::tr("delete %1").arg(noun<T>()),
        [&workspace, removed, putBackLinks]() -> Result<void> {
            if (auto restored = workspace.investigation().restore(removed); !restored)
                return restored;
            return putBackLinks();
        },
        [&workspace, removed] { return workspace.investigation().remove<T>(removed.id); });
    workspace.undoStack(record.bilanId)->push(command);
    return success();
}

#define PARCOURS_INVESTIGATION_EDITS(T)                                                                                \
    template Result<T> add<T>(Workspace&, const T&);                                                                   \
    template Result<T> change<T>(Workspace&, const T&, const T&, const QString&);                                      \
    template Result<void> remove<T>(Workspace&, const T&);
PARCOURS_INVESTIGATION_EDITS(Experience)
PARCOURS_INVESTIGATION_EDITS(Competence)
PARCOURS_INVESTIGATION_EDITS(Criterion)
PARCOURS_INVESTIGATION_EDITS(PeerFeedback)
PARCOURS_INVESTIGATION_EDITS(TestResult)
PARCOURS_INVESTIGATION_EDITS(CareerOption)
PARCOURS_INVESTIGATION_EDITS(FieldInquiry)
PARCOURS_INVESTIGATION_EDITS(DocumentaryResource)
#undef PARCOURS_INVESTIGATION_EDITS

Result<Motivations> setMotivations(
    Workspace& workspace, const Motivations& before, const Motivations& after, const QString& field)
{
    if (auto done = workspace.investigation().setMotivations(after); !done)
        return done.error();
    auto stored = workspace.investigation().motivations(after.bilanId);
    if (!stored)
        return stored.error();
    workspace.undoStack(after.bilanId)->push(new MotivationsCommand(workspace, before, stored.value(), field));
    return stored;
}

Result<void> moveCriterion(Workspace& workspace, qint64 bilanId, qint64 criterionId, Criterion::Zone zone, int position)
{
    auto before = workspace.investigation().load(bilanId);
    if (!before)
        return before.error();
    if (auto moved = workspace.investigation().moveCriterion(criterionId, zone, position); !moved)
        return moved;
    auto after = workspace.investigation().load(bilanId);
    if (!after)
        return after.error();
    const QList<Criterion> was = before->criteria;
    const QList<Criterion> now = after->criteria;
    workspace.undoStack(bilanId)->push(new DoneCommand(
        workspace, Edits::tr("move a criterion"),
        [&workspace, bilanId, was] { return workspace.investigation().arrangeCriteria(bilanId, was); },
        [&workspace, bilanId, now] { return workspace.investigation().arrangeCriteria(bilanId, now); }));
    return success();
}

Result<void> setPlanB(Workspace& workspace, qint64 bilanId, qint64 optionId)
{
    auto options = workspace.investigation().load(bilanId);
    if (!options)
        return options.error();
    qint64 previous = 0;
    for (const CareerOption& option : options->careerOptions) {
        if (option.planB)
            previous = option.id;
    }
    if (auto done = workspace.investigation().setPlanB(bilanId, optionId); !done)
        return done;
    workspace.undoStack(bilanId)->push(new DoneCommand(
        workspace, Edits::tr("choose the plan B"),
        [&workspace, bilanId, previous] { return workspace.investigation().setPlanB(bilanId, previous); },
        [&workspace, bilanId, optionId] { return workspace.investigation().setPlanB(bilanId, optionId); }));
    return success();
}

Result<QString> addCustomDomain(Workspace& workspace, qint64 bilanId, const QString& name)
{
    auto added = workspace.investigation().addCustomDomain(bilanId, name);
    if (!added)
        return added;
    const QString domain = added.value();
    workspace.undoStack(bilanId)->push(new DoneCommand(
        workspace, Edits::tr("add the domain “%1”").arg(domain),
        [&workspace, bilanId, domain] { return workspace.investigation().removeCustomDomain(bilanId, domain); },
        [&workspace, bilanId, domain]() -> Result<void> {
            auto again = workspace.investigation().addCustomDomain(bilanId, domain);
            return again ? success() : Result<void>(again.error());
        }));
    return added;
}

Result<void> removeCustomDomain(Workspace& workspace, qint64 bilanId, const QString& name)
{
    if (auto done = workspace.investigation().removeCustomDomain(bilanId, name); !done)
        return done;
    workspace.undoStack(bilanId)->push(new DoneCommand(
        workspace, Edits::tr("remove the domain “%1”").arg(name),
        [&workspace, bilanId, name]() -> Result<void> {
            auto again = workspace.investigation().addCustomDomain(bilanId, name);
            return again ? success() : Result<void>(again.error());
        },
        [&workspace, bilanId, name] { return workspace.investigation().removeCustomDomain(bilanId, name); }));
    return success();
}

namespace {

void pushReportChange(Workspace& workspace, qint64 bilanId, qint64 testId, std::optional<ReportFile> before,
    std::optional<ReportFile> after, const QString& text)
{
    workspace.undoStack(bilanId)->push(new DoneCommand(
        workspace, text, [&workspace, testId, before] { return workspace.investigation().setReport(testId, before); },
        [&workspace, testId, after] { return workspace.investigation().setReport(testId, after); }));
}

std::optional<ReportFile> currentReport(Workspace& workspace, qint64 testId)
{
    auto file = workspace.investigation().reportFile(testId);
    return file ? std::optional<ReportFile>(file.value()) : std::nullopt;
}

} // namespace

Result<ReportFile> attachReport(
    Workspace& workspace, qint64 bilanId, qint64 testResultId, const QString& fileName, const QByteArray& content)
{
    const std::optional<ReportFile> before = currentReport(workspace, testResultId);
    auto attached = workspace.investigation().attachReport(testResultId, fileName, content);
    if (!attached)
        return attached;
    pushReportChange(workspace, bilanId, testResultId, before, attached.value(), Edits::tr("attach the report file"));
    return attached;
}

Result<void> detachReport(Workspace& workspace, qint64 bilanId, qint64 testResultId)
{
    const std::optional<ReportFile> before = currentReport(workspace, testResultId);
    if (auto done = workspace.investigation().setReport(testResultId, std::nullopt); !done)
        return done;
    pushReportChange(workspace, bilanId, testResultId, before, std::nullopt, Edits::tr("remove the report file"));
    return success();
}

} // namespace investigationEdits
} // namespace parcours
