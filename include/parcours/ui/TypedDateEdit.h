#pragma once

#include <QDateEdit>

namespace parcours {

/**
 * A date field that takes a date typed on the keyboard ("19/07/2027" or "19072027"), as well as the arrows and
 * the calendar. QDateEdit inserts a digit typed into a full section ("18" + "1" = "118", refused) unless the
 * section is selected, and a click or Home leaves it unselected: here a digit first selects the section under the
 * cursor, so it replaces it. Digits only in the text (dd/MM/yyyy): a day's name as first section takes no digit.
 */
class TypedDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit TypedDateEdit(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace parcours
