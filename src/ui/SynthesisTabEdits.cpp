// The Synthèse tab's edits: autosave of the text, sections and action plan, draft → submitted → final, templates,
// and the printed synthèse. Every change goes through synthesisEdits (undoable) or the services (rules checked).
#include <parcours/core/InvestigationDigest.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DocumentActions.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/RichTextEdit.h>
#include <parcours/ui/SectionEditor.h>
#include <parcours/ui/SectionListModel.h>
#include <parcours/ui/SynthesisDialogs.h>
#include <parcours/ui/SynthesisTab.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QTime>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace parcours {

void SynthesisTab::bodyEdited()
{
    if (!editable())
        return;
    if (!m_openEdit || !m_openEdit->open || m_openEdit->key != m_editor->sectionKey()) {
        const SynthesisSection* section = m_shown->section(m_editor->sectionKey());
        if (!section)
            return;
        auto edit = std::make_shared<synthesisEdits::BodyEdit>();
        edit->bilanId = m_bilanId;
        edit->versionId = m_shown->id;
        edit->key = section->key;
        edit->before = section->body;
        RichTextEdit* editor = m_editor->editor();
        edit->current = [editor] { return editor->richText(); };
        m_openEdit = edit;
        synthesisEdits::beginBody(m_workspace, edit);
    }
    m_autosaveTimer->start();
    m_wordTimer->start();
}

void SynthesisTab::saveNow()
{
    m_autosaveTimer->stop();
    if (!m_openEdit || !m_openEdit->open)
        return;
    const auto edit = m_openEdit;
    const int expected = m_shown && m_shown->id == edit->versionId ? m_shown->version : 0;
    if (auto saved = synthesisEdits::saveBody(m_workspace, *edit, expected); !saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            settleBodyConflict(edit, saved.error());
            return;
        }
        // The text stays in the editor and the edit stays open: saved at the next pause or when the link is back.
        m_workspace.reportError(tr("The text could not be saved: %1").arg(saved.error().message));
        return;
    }
    edit->current = nullptr; // closed: undo and redo use the saved texts
    m_savedAt = format::time(m_workspace.clock().now()); // the consultant's clock, not the machine's zone
    updateStatus();
}

void SynthesisTab::settleBodyConflict(const std::shared_ptr<synthesisEdits::BodyEdit>& edit, const Error& conflict)
{
    ConflictPrompt::Actions actions;
    const SynthesisSection* shown = m_shown ? m_shown->section(edit->key) : nullptr;
    actions.record = tr("the section “%1” of the synthesis")
                         .arg(shown ? SynthesisRules::displayTitle(shown->layout()) : edit->key);
    actions.reload = [this, edit]() -> Result<void> {
        auto stored = m_workspace.syntheses().get(edit->versionId);
        if (!stored)
            return stored.error();
        const SynthesisSection* section = stored->section(edit->key);
        edit->after = section ? section->body : edit->before; // what redo gives back: theirs
        edit->open = false;
        edit->current = nullptr;
        reload(); // the edit is closed: the section is shown again from storage
        return success();
    };
    actions.overwrite = [this, edit]() -> Result<void> {
        auto stored = m_workspace.syntheses().get(edit->versionId);
        if (!stored)
            return stored.error();
        auto saved = synthesisEdits::saveBody(m_workspace, *edit, stored->version);
        if (!saved)
            return saved.error();
        edit->current = nullptr;
        return success();
    };
    // What I typed: the editor's text while it still shows this section, else the text as the conflict found it.
    const QString typed = m_editor->editor()->toPlainText();
    actions.myText = [this, edit, typed] {
        const bool stillShown = m_shown && m_shown->id == edit->versionId && m_editor->sectionKey() == edit->key;
        return stillShown ? m_editor->editor()->toPlainText() : typed;
    };
    auto afterwards = [this](const Result<ConflictPrompt::Choice>& settled) {
        if (!settled) {
            m_workspace.reportError(tr("The text could not be saved: %1").arg(settled.error().message));
            return;
        }
        if (settled.value() == ConflictPrompt::Choice::KeepCopy)
            m_workspace.reportNotice(tr("Your text is on the clipboard; the section shows the saved one."));
        m_savedAt = format::time(m_workspace.clock().now()); // the consultant's clock, not the machine's zone
        updateStatus();
    };
    // No window at each pause in the typing: the question waits in the banner, each new save only refreshes it.
    m_conflictBanner->offer(conflict, std::move(actions), std::move(afterwards));
}

void SynthesisTab::insertDigest(DigestPart part)
{
    if (!editable())
        return;
    auto digest = m_workspace.digests().digest(m_bilanId);
    if (!digest) {
        m_workspace.reportError(digest.error().message);
        return;
    }
    const RichText text = DigestWriter::write(digest.value(), part);
    if (text.isEmpty()) {
        m_workspace.reportNotice(tr("The investigation holds nothing to take over yet for this part."));
        return;
    }
    m_editor->editor()->insertRichText(text);
    m_editor->editor()->setFocus();
}

void SynthesisTab::changeLayout(const QList<SectionLayout>& layout, const QString& select)
{
    if (!editable())
        return;
    saveNow();
    const SynthesisVersion before = *m_shown;
    if (auto done = synthesisEdits::setLayout(m_workspace, before, layout); !done) {
        m_workspace.reportError(done.error().message);
        reload();
        return;
    }
    if (!select.isEmpty())
        selectSection(select);
}

void SynthesisTab::changeActions(const QList<PlannedAction>& actions)
{
    if (!editable())
        return;
    saveNow();
    if (auto done = synthesisEdits::setActions(m_workspace, *m_shown, actions); !done) {
        m_workspace.reportError(done.error().message);
        reload();
    }
}

void SynthesisTab::start()
{
    const qint64 templateId = m_templateComboBox->currentData().toLongLong();
    auto started = m_workspace.syntheses().start(m_bilanId, templateId ? std::optional(templateId) : std::nullopt);
    if (!started)
        m_workspace.reportError(started.error().message);
}

void SynthesisTab::move(SynthesisStatus to)
{
    saveNow();
    if (to == SynthesisStatus::Final
        && !Confirmation::ask(this, tr("Make the synthesis final"),
                              tr("Version %1 of the synthesis of %2 will be frozen: it can then be printed and handed "
                                 "over, but no longer changed (a new version can start from it).")
                                  .arg(m_latest ? m_latest->number : 1)
                                  .arg(m_clientName),
                              tr("Make final")))
        return;
    auto moved = to == SynthesisStatus::Final ? m_workspace.syntheses().finalize(m_bilanId)
                                              : m_workspace.syntheses().submit(m_bilanId);
    if (!moved) {
        m_workspace.reportError(moved.error().message);
        return;
    }
    // A final version is frozen: the typing before it can no longer be undone, so Édition › Annuler must not offer
    // it (it ended in a red error).
    if (to == SynthesisStatus::Final)
        m_workspace.undoStack(m_bilanId)->clear();
    m_workspace.reportNotice(to == SynthesisStatus::Final
                                 ? tr("Version %1 is final. Print it, or export it as PDF, to hand it over.")
                                       .arg(moved->number)
                                 : tr("Version %1 is marked as submitted; record the beneficiary's observations "
                                      "when you have them.")
                                       .arg(moved->number));
}

void SynthesisTab::newDraft()
{
    m_chosenVersionId = 0;
    if (auto draft = m_workspace.syntheses().newDraft(m_bilanId); !draft)
        m_workspace.reportError(draft.error().message);
}

void SynthesisTab::addSection()
{
    if (!editable())
        return;
    QList<SectionLayout> layout = m_sectionModel->layout();
    QList<QString> keys;
    for (const SectionLayout& section : layout)
        keys << section.key;
    const QString title = tr("New section");
    const QString key = SynthesisRules::keyForTitle(title, keys);
    layout << SectionLayout { key, title, false };
    changeLayout(layout, key);
    if (const int row = m_sectionModel->rowOf(key); row >= 0)
        m_sectionView->edit(m_sectionModel->index(row));
}

void SynthesisTab::removeSection()
{
    const int row = m_sectionView->currentIndex().row();
    const QString key = m_sectionModel->keyAt(row);
    const SynthesisSection* section = m_shown ? m_shown->section(key) : nullptr;
    if (!section || SynthesisRules::isStandard(key) || !editable())
        return;
    saveNow();
    if (!section->body.isEmpty()
        && !Confirmation::ask(this, tr("Remove the section"),
                              tr("The section “%1” and its text will be removed (Undo brings them back).")
                                  .arg(SynthesisRules::displayTitle(section->layout())),
                              tr("Remove")))
        return;
    QList<SectionLayout> layout = m_sectionModel->layout();
    layout.removeAt(row);
    changeLayout(layout, layout.value(std::max(0, row - 1)).key);
}

ObservationsDialog* SynthesisTab::recordObservations()
{
    if (!m_latest || m_latest->status != SynthesisStatus::Submitted)
        return nullptr;
    saveNow();
    auto* dialog = new ObservationsDialog(
        m_latest->observations,
        [this](const QString& text) -> Result<void> {
            if (!m_latest)
                return makeError(ErrorCode::NotFound, tr("The synthesis is no longer there."));
            auto done = synthesisEdits::setObservations(m_workspace, *m_latest, text);
            return done ? success() : Result<void>(done.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TemplateDialog* SynthesisTab::saveTemplate()
{
    if (!m_shown)
        return nullptr;
    const QList<SectionLayout> layout = m_shown->layout();
    auto* dialog = new TemplateDialog(
        [this, layout](const QString& name, bool makeDefault) -> Result<void> {
            auto saved = m_workspace.syntheses().saveTemplate(name, layout, makeDefault);
            if (!saved)
                return saved.error();
            m_workspace.reportNotice(tr("Template “%1” saved.").arg(name.simplified()));
            return success();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setName(tr("My sections"));
    dialog->open();
    return dialog;
}

void SynthesisTab::applyTemplate(qint64 templateId)
{
    if (!editable())
        return;
    QList<SectionLayout> templateLayout = SynthesisRules::standardLayout();
    if (templateId != 0) {
        auto templates = m_workspace.syntheses().templates();
        if (!templates) {
            m_workspace.reportError(templates.error().message);
            return;
        }
        for (const SynthesisTemplate& item : templates.value()) {
            if (item.id == templateId)
                templateLayout = item.sections;
        }
    }
    changeLayout(SynthesisRules::mergeTemplate(m_shown->layout(), templateLayout));
}

QPrintPreviewDialog* SynthesisTab::preview()
{
    saveNow();
    const qint64 bilanId = m_bilanId;
    const qint64 versionId = m_shown ? m_shown->id : 0;
    return DocumentActions::preview(this, m_workspace,
                                    [this, bilanId, versionId] {
                                        return m_workspace.documents().synthesis(bilanId, versionId);
                                    });
}

void SynthesisTab::print()
{
    saveNow();
    const qint64 bilanId = m_bilanId;
    const qint64 versionId = m_shown ? m_shown->id : 0;
    DocumentActions::print(this, m_workspace,
                           [this, bilanId, versionId] { return m_workspace.documents().synthesis(bilanId, versionId); });
}

bool SynthesisTab::exportPdf()
{
    saveNow();
    const qint64 bilanId = m_bilanId;
    const qint64 versionId = m_shown ? m_shown->id : 0;
    return DocumentActions::exportPdf(this, m_workspace, [this, bilanId, versionId] {
        return m_workspace.documents().synthesis(bilanId, versionId);
    });
}

} // namespace parcours
