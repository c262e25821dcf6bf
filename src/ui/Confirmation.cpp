#include <parcours/ui/Confirmation.h>

#include <QMessageBox>
#include <QPushButton>

namespace parcours {

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* confirm = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace parcours
