#include <parcours/ui/TypedDateEdit.h>

#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace parcours {

TypedDateEdit::TypedDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(u"dd/MM/yyyy"_s);
}

void TypedDateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString typed = event->text();
    if (typed.size() != 1 || event->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier)) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    const QChar key = typed.front();
    QLineEdit* line = lineEdit();
    // The format's sections have fixed widths (dd/MM/yyyy), so the text's positions are the format's.
    const QString format = displayFormat();
    const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
    const bool sectionStart
        = at < format.size() && format.at(at).isLetter() && (at == 0 || !format.at(at - 1).isLetter());
    if (key.isDigit()) {
        if (line->hasSelectedText() && line->selectedText() == line->text()) {
            // Everything selected: the date is typed anew from its first section.
            setCurrentSectionIndex(0);
            setSelectedSection(currentSection());
        } else if (sectionStart && !line->hasSelectedText() && currentSection() != NoSection) {
            // At the start of a section not selected: the digit starts it anew instead of being refused.
            setSelectedSection(currentSection());
        }
    } else if (sectionStart && at > 0 && format.at(at - 1) == key) {
        // The separator typed after a full section, which already moved on to the next one: nothing to do.
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace parcours
