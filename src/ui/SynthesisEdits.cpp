#include <parcours/ui/SynthesisEdits.h>
#include <parcours/ui/Workspace.h>

#include <QUndoCommand>
#include <QUndoStack>

namespace parcours {
namespace {

/// Applies a change to whatever version of the synthèse is stored now (undo and redo restore a state).
bool overwrite(Workspace& workspace, qint64 versionId, const std::function<Result<int>(int)>& change)
{
    auto current = workspace.syntheses().get(versionId);
    if (!current) {
        workspace.reportError(current.error().message);
        return false;
    }
    if (auto done = change(current->version); !done) {
        workspace.reportError(done.error().message);
        return false;
    }
    return true;
}

QString sectionName(const SynthesisVersion* version, const QString& key)
{
    const SynthesisSection* section = version ? version->section(key) : nullptr;
    return section ? SynthesisRules::displayTitle(section->layout()) : key;
}

/** Typing in a section: from the text before to the text saved (or, while typing, the editor's). */
class BodyCommand final : public QUndoCommand {
public:
    BodyCommand(Workspace& workspace, std::shared_ptr<synthesisEdits::BodyEdit> edit, const QString& section)
        : m_workspace(workspace)
        , m_edit(std::move(edit))
    {
        setText(QCoreApplication::translate("SynthesisEdits", "typing in “%1”").arg(section));
    }
    void undo() override
    {
        if (m_edit->open) {
            // Still being typed: what the editor holds is what redo will give back.
            m_edit->after = m_edit->current ? m_edit->current() : m_edit->before;
            m_edit->open = false;
        }
        write(m_edit->before);
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return; // the text is in the editor already
        write(m_edit->after);
    }

private:
    void write(const RichText& text)
    {
        const auto& edit = *m_edit;
        if (!overwrite(m_workspace, edit.versionId, [&](int version) {
                return m_workspace.syntheses().setSectionBody(edit.versionId, version, edit.key, text);
            }))
            setObsolete(true);
    }
    Workspace& m_workspace;
    std::shared_ptr<synthesisEdits::BodyEdit> m_edit;
    bool m_firstRedo = true;
};

/** The sections renamed, hidden, moved, added or removed (texts of removed sections come back on undo). */
class LayoutCommand final : public QUndoCommand {
public:
    LayoutCommand(Workspace& workspace, SynthesisVersion before, QList<SectionLayout> after)
        : m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("SynthesisEdits", "change the sections"));
    }
    void undo() override
    {
        if (!overwrite(m_workspace, m_before.id, [&](int version) {
                return m_workspace.syntheses().setSections(m_before.id, version, m_before.sections);
            }))
            setObsolete(true);
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        if (!overwrite(m_workspace, m_before.id,
                       [&](int version) { return m_workspace.syntheses().setLayout(m_before.id, version, m_after); }))
            setObsolete(true);
    }

private:
    Workspace& m_workspace;
    SynthesisVersion m_before;
    QList<SectionLayout> m_after;
    bool m_firstRedo = true;
};

/** A change of the action plan's table, or of the observations. */
template<typename T>
class ValueCommand final : public QUndoCommand {
public:
    using Apply = std::function<Result<int>(Workspace&, qint64 versionId, int version, const T& value)>;
    ValueCommand(Workspace& workspace, qint64 versionId, T before, T after, Apply apply, const QString& text)
        : m_workspace(workspace)
        , m_versionId(versionId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
        setText(text);
    }
    void undo() override { write(m_before); }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        write(m_after);
    }

private:
    void write(const T& value)
    {
        if (!overwrite(m_workspace, m_versionId,
                       [&](int version) { return m_apply(m_workspace, m_versionId, version, value); }))
            setObsolete(true);
    }
    Workspace& m_workspace;
    qint64 m_versionId;
    T m_before;
    T m_after;
    Apply m_apply;
    bool m_firstRedo = true;
};

} // namespace

namespace synthesisEdits {

void beginBody(Workspace& workspace, const std::shared_ptr<BodyEdit>& edit)
{
    auto version = workspace.syntheses().get(edit->versionId);
    const QString name = sectionName(version ? &version.value() : nullptr, edit->key);
    workspace.undoStack(edit->bilanId)->push(new BodyCommand(workspace, edit, name));
}

Result<int> saveBody(Workspace& workspace, BodyEdit& edit, int expected)
{
    const RichText text = (edit.current ? edit.current() : edit.after).normalised();
    auto saved = workspace.syntheses().setSectionBody(edit.versionId, expected, edit.key, text);
    if (!saved && saved.error().code == ErrorCode::Conflict) {
        // Changed elsewhere meanwhile (another section, the CLI): saved over it when this section is as it was.
        auto current = workspace.syntheses().get(edit.versionId);
        const SynthesisSection* section = current ? current->section(edit.key) : nullptr;
        if (section && section->body == edit.before)
            saved = workspace.syntheses().setSectionBody(edit.versionId, current->version, edit.key, text);
    }
    if (!saved)
        return saved.error();
    edit.after = text;
    edit.open = false;
    return saved;
}

Result<int> setLayout(Workspace& workspace, SynthesisVersion before, const QList<SectionLayout>& after)
{
    auto done = workspace.syntheses().setLayout(before.id, before.version, after);
    if (!done)
        return done;
    workspace.undoStack(before.bilanId)->push(new LayoutCommand(workspace, before, after));
    return done;
}

Result<int> setActions(Workspace& workspace, SynthesisVersion before, const QList<PlannedAction>& after)
{
    auto done = workspace.syntheses().setActions(before.id, before.version, after);
    if (!done)
        return done;
    auto apply = [](Workspace& w, qint64 id, int version, const QList<PlannedAction>& value) {
        return w.syntheses().setActions(id, version, value);
    };
    workspace.undoStack(before.bilanId)
        ->push(new ValueCommand<QList<PlannedAction>>(workspace, before.id, before.actions, after, apply,
                                                      QCoreApplication::translate("SynthesisEdits",
                                                                                  "change the action plan")));
    return done;
}

Result<int> setObservations(Workspace& workspace, SynthesisVersion before, const QString& after)
{
    auto done = workspace.syntheses().setObservations(before.id, before.version, after);
    if (!done)
        return done;
    auto apply = [](Workspace& w, qint64 id, int version, const QString& value) {
        return w.syntheses().setObservations(id, version, value);
    };
    workspace.undoStack(before.bilanId)
        ->push(new ValueCommand<QString>(workspace, before.id, before.observations, after, apply,
                                         QCoreApplication::translate("SynthesisEdits",
                                                                     "record the beneficiary's observations")));
    return done;
}

} // namespace synthesisEdits
} // namespace parcours
