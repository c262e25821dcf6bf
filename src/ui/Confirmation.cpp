#include <parcours/ui/Confirmation.h>

#include <QMessageBox>
#include <QPushButton>

namespace parcours {

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* confirm = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace parcours
