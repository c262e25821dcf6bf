#include <parcours/ui/ConflictPrompt.h>

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>

namespace parcours {

ConflictPrompt::Choice ConflictPrompt::ask(QWidget* parent, const QString& record)
{
    if (s_nextAnswer) {
        const Choice answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, QApplication::translate("ConflictPrompt", "Changed by someone else"),
                    QApplication::translate("ConflictPrompt",
                                            "Someone else changed %1 since you opened it (another consultant, or "
                                            "you on another computer). Your changes are not saved yet.")
                        .arg(record),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QApplication::translate(
        "ConflictPrompt", "Reload: drop your changes and show theirs.\nOverwrite: save yours over theirs.\nKeep a "
                          "copy: copy your text to the clipboard, then show theirs."));
    QPushButton* reload = box.addButton(QApplication::translate("ConflictPrompt", "Reload"), QMessageBox::RejectRole);
    QPushButton* overwrite
        = box.addButton(QApplication::translate("ConflictPrompt", "Overwrite"), QMessageBox::DestructiveRole);
    QPushButton* copy = box.addButton(QApplication::translate("ConflictPrompt", "Keep a copy"), QMessageBox::AcceptRole);
    QPushButton* later = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == reload)
        return Choice::Reload;
    if (box.clickedButton() == overwrite)
        return Choice::Overwrite;
    if (box.clickedButton() == copy)
        return Choice::KeepCopy;
    return Choice::Cancel;
}

Result<ConflictPrompt::Choice> ConflictPrompt::resolve(QWidget* parent, const Error& conflict, const Actions& actions)
{
    return apply(ask(parent, actions.record), conflict, actions);
}

Result<ConflictPrompt::Choice> ConflictPrompt::apply(Choice choice, const Error& conflict, const Actions& actions)
{
    switch (choice) {
    case Choice::Reload:
        if (auto done = actions.reload(); !done)
            return done.error();
        return choice;
    case Choice::Overwrite:
        if (auto done = actions.overwrite(); !done)
            return done.error();
        return choice;
    case Choice::KeepCopy:
        s_lastCopy = actions.myText ? actions.myText() : QString();
        QGuiApplication::clipboard()->setText(s_lastCopy);
        if (auto done = actions.reload(); !done)
            return done.error();
        return choice;
    case Choice::Cancel:
        break;
    }
    return conflict;
}

} // namespace parcours
