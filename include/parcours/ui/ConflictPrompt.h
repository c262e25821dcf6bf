#pragma once

#include <parcours/core/Result.h>

#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QWidget;

namespace parcours {

/**
 * The one answer to ErrorCode::Conflict (someone else — another consultant, or the same one on another computer —
 * changed the record since it was opened): the consultant chooses, nothing is ever overwritten silently.
 * Tests answer in advance with setNextAnswer, as Confirmation does.
 */
class ConflictPrompt {
public:
    enum class Choice {
        Reload, ///< drop my changes, show theirs
        Overwrite, ///< save mine over theirs
        KeepCopy, ///< put my text aside (clipboard), then show theirs
        Cancel, ///< decide later: the editor keeps what was typed
    };

    /// What each choice does for one kind of record.
    struct Actions {
        QString record; ///< "this beneficiary's record", "the section “Projet”"… for the question
        std::function<Result<void>()> reload; ///< shows the stored version in the editor
        std::function<Result<void>()> overwrite; ///< reads the stored version's number and saves mine over it
        std::function<QString()> myText; ///< what I typed, as text, for the copy
    };

    /// Asks (or takes the test's answer) and applies it. The result is the reload's or the overwrite's; a copy
    /// puts myText() on the clipboard then reloads; Cancel gives back the conflict so the editor stays as it is.
    static Result<Choice> resolve(QWidget* parent, const Error& conflict, const Actions& actions);

    /// Applies a choice already made (a click on ConflictBanner): the same effects as resolve.
    static Result<Choice> apply(Choice choice, const Error& conflict, const Actions& actions);

    static Choice ask(QWidget* parent, const QString& record);
    /// The test's answer given in advance, taken (ConflictBanner takes it as a click).
    static std::optional<Choice> takeNextAnswer() { return std::exchange(s_nextAnswer, std::nullopt); }
    static void setNextAnswer(Choice answer) { s_nextAnswer = answer; }
    /// The text the last "Keep a copy" put on the clipboard (tests).
    static const QString& lastCopy() { return s_lastCopy; }

private:
    static inline std::optional<Choice> s_nextAnswer;
    static inline QString s_lastCopy;
};

} // namespace parcours
