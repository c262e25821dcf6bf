#pragma once

#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>

namespace parcours {

/**
 * A dialog's save met someone else's (ErrorCode::Conflict): the ConflictPrompt's three choices for one record type
 * with a `version`. The dialog gives how to read the stored record, how to show it and how to save; settle() asks
 * and does the rest. Reload shows theirs (with its version: saving again then works); Overwrite reads the stored
 * version's number and saves what was typed over it; Keep a copy puts my text on the clipboard, then shows theirs;
 * deciding later keeps the form as typed with the message.
 */
template<class Record> struct ConflictingSave {
    QString record; ///< "the tripartite agreement", for the question
    std::function<Result<Record>()> read; ///< the stored record
    std::function<void(const Record&)> show; ///< fills the form with it (and remembers its version)
    std::function<Result<void>(const Record&)> submit; ///< the dialog's save
    std::function<QString(const Record&)> text; ///< a record as text, for the copy
    /// Gives mine the stored version's number; by default `mine.version = stored.version`.
    std::function<void(Record& mine, const Record& stored)> rebase;

    bool enabled() const { return bool(read) && bool(show) && bool(submit); }

    /// True when mine is now saved (the dialog may close); false when theirs is shown or nothing was decided.
    bool settle(QWidget* parent, const Error& conflict, const Record& typed, FieldErrors& errors) const
    {
        ConflictPrompt::Actions actions;
        actions.record = record;
        actions.reload = [this]() -> Result<void> {
            auto stored = read();
            if (!stored)
                return stored.error();
            show(stored.value());
            return success();
        };
        actions.overwrite = [this, &typed]() -> Result<void> {
            auto stored = read();
            if (!stored)
                return stored.error();
            Record mine = typed;
            if (rebase)
                rebase(mine, stored.value());
            else if constexpr (requires { mine.version; })
                mine.version = stored->version;
            return submit(mine);
        };
        actions.myText = [this, &typed] { return text ? text(typed) : QString(); };
        auto settled = ConflictPrompt::resolve(parent, conflict, actions);
        if (!settled) {
            errors.show(settled.error());
            return false;
        }
        errors.clear();
        return settled.value() == ConflictPrompt::Choice::Overwrite;
    }
};

} // namespace parcours
