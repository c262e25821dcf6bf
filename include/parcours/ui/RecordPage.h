#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>
#include <parcours/ui/ConflictBanner.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/InvestigationEdits.h>
#include <parcours/ui/RecordListModel.h>

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace parcours {

class Autosave;
class Workspace;

/**
 * A part of the investigation that lists records and edits the selected one beside the list (experiences,
 * competences, answers, tests, options, inquiries, resources). The page owns the list, the add and delete actions,
 * the autosave of its form and the line where a refused value is explained; each subclass fills its form.
 */
class RecordPage : public QWidget {
    Q_OBJECT
public:
    RecordPage(Workspace& workspace, const QStringList& headers, QWidget* parent = nullptr);
    ~RecordPage() override;

    /// The bilan's investigation as just loaded; the page shows its part of it.
    void setInvestigation(const Investigation& investigation);
    /// Writes what is being typed (before the bilan changes or the window closes).
    void flush();

    qint64 bilanId() const { return m_bilanId; }
    /// The record in the form (0 when none).
    qint64 shownId() const { return m_shownId; }
    void selectRecord(qint64 id);

    QTableView* listView() const { return m_view; }
    RecordListModel* model() const { return m_model; }
    QAction* addRecordAction() const { return m_addAction; }
    QAction* removeRecordAction() const { return m_removeAction; }
    QLabel* refusalLabel() const { return m_refusalLabel; }

protected:
    /// Keeps the page's own copy of its records from the investigation.
    virtual void load(const Investigation& investigation) = 0;
    virtual QList<RecordListModel::Row> rows() const = 0;
    /// Fills the form with the record `id` (0: none; the form is then disabled).
    virtual void showRecord(qint64 id) = 0;
    /// Adds a record with sensible defaults; returns its id (0 when refused, the reason already shown).
    virtual qint64 addRecord() = 0;
    virtual Result<void> removeRecord(qint64 id) = 0;
    /// The record's name in the notice that it was deleted (its title).
    virtual QString describe(qint64 id) const = 0;
    /// After the records changed (loaded or edited): for what the page shows besides the list (a frieze, a chart).
    virtual void recordsChanged() { }

    /// Puts the form beside the list (in a scroll area).
    void setForm(QWidget* form);
    QSplitter* splitter() const { return m_splitter; }
    /// Puts the list above the form, in one column of the splitter (for pages that add a pane beside them).
    void stackListAboveForm();
    /// The layout above the list and the form (a timeline, a chart).
    QVBoxLayout* topLayout() const { return m_topLayout; }
    Autosave& autosave() const { return *m_autosave; }
    Workspace& workspace() const { return m_workspace; }
    /// After a write: the refusal (shown under the form) or nothing; returns whether it was written.
    bool report(const Result<void>& written);
    /// The list again from rows(), keeping the selection, and the form with the shown record.
    void refresh();

    /// The record `id` of `records`, or null.
    template<typename T> static const T* find(const QList<T>& records, qint64 id)
    {
        const auto it = std::find_if(records.begin(), records.end(), [id](const T& r) { return r.id == id; });
        return it == records.end() ? nullptr : &*it;
    }
    /// Changes one field of the shown record through the undo stack (successive changes of a field make one
    /// step); keeps the stored version in `records`. Returns whether it was written, the refusal shown if not.
    template<typename T>
    bool commitField(QList<T>& records, const QString& field, const std::function<void(T&)>& change)
    {
        const T* shown = find(records, m_shownId);
        if (!shown)
            return true;
        T after = *shown;
        change(after);
        auto stored = investigationEdits::change(m_workspace, *shown, after, field);
        if (!stored && stored.error().code == ErrorCode::Conflict)
            return settleConflict(records, after, field, stored.error());
        if (!stored) {
            // Lists, boxes and dates go back to what is stored; a text keeps what was typed (still pending).
            showRecord(m_shownId);
            return report(stored.error());
        }
        for (T& record : records) {
            if (record.id == stored->id)
                record = stored.value();
        }
        refreshRows();
        return report(success());
    }
    /// The list's cells again (after a change), without touching the form.
    void refreshRows();
    /// The records as stored now (another desk changed them), the form showing the stored record.
    Result<void> reloadFromStorage();
    /// The texts of the shown form, one per line (what « Garder une copie » puts on the clipboard).
    QString formText() const;

    /// Someone else saved the record first: the consultant's choice (ConflictPrompt); whether mine was written.
    template<typename T>
    bool settleConflict(QList<T>& records, const T& mine, const QString& field, const Error& conflict)
    {
        ConflictPrompt::Actions actions;
        actions.record = QCoreApplication::translate("RecordPage", "“%1”").arg(describe(mine.id));
        actions.reload = [this] { return reloadFromStorage(); };
        actions.overwrite = [this, &records, mine, field]() -> Result<void> {
            if (auto reloaded = reloadFromStorage(); !reloaded)
                return reloaded;
            const T* current = find(records, mine.id);
            if (!current)
                return makeError(ErrorCode::NotFound, QCoreApplication::translate("RecordPage", "This record was "
                                                                                                "deleted meanwhile."));
            T after = mine;
            after.version = current->version;
            auto stored = investigationEdits::change(m_workspace, *current, after, field);
            if (!stored)
                return stored.error();
            for (T& record : records) {
                if (record.id == stored->id)
                    record = stored.value();
            }
            refreshRows();
            showRecord(m_shownId);
            return success();
        };
        // What I typed: the form while it shows this record, else its texts as the conflict found them.
        const QString typed = formText();
        actions.myText = [this, id = mine.id, typed] { return m_shownId == id ? formText() : typed; };
        // The question waits in a banner above the form (an autosaving page: no window at each pause); a test's
        // answer is taken at once, and then whether mine was written is known here.
        auto written = std::make_shared<bool>(false);
        m_conflictBanner->offer(conflict, std::move(actions), [this, written](const Result<ConflictPrompt::Choice>& settled) {
            if (!settled) {
                report(settled.error());
                return;
            }
            report(success());
            *written = settled.value() == ConflictPrompt::Choice::Overwrite;
        });
        return *written;
    }

private:
    void showSelected();

    Workspace& m_workspace;
    qint64 m_bilanId = 0;
    qint64 m_shownId = 0;
    qint64 m_selectAfterLoad = 0;
    RecordListModel* m_model;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    QStackedWidget* m_formStack;
    QLabel* m_refusalLabel;
    ConflictBanner* m_conflictBanner;
    QSplitter* m_splitter;
    QWidget* m_listSide;
    QWidget* m_formSide;
    QVBoxLayout* m_topLayout;
    Autosave* m_autosave;
    QAction* m_addAction;
    QAction* m_removeAction;
};

} // namespace parcours
