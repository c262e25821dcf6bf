#pragma once

#include <QSpinBox>

namespace parcours {

/** A spin box of minutes that reads and writes durations as consultants do: "2 h 30", "45 min", "3 h". */
class DurationSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit DurationSpinBox(QWidget* parent = nullptr);

    /// Parses "2 h 30", "2h30", "2:30", "2 h", "45 min" or a plain number of minutes; -1 when unreadable.
    static int parseDuration(QString text);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
};

} // namespace parcours
