#pragma once

#include <QLabel>

namespace parcours {

/**
 * A one-line label that ends its text in « … » when it is given less room than the text needs, the whole text in
 * its tooltip. Its minimum width is a few letters, not its text: a long name in the bilan's header no longer widens
 * the panel, and selecting another beneficiary no longer moves the splitter.
 */
class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    /// Whether the text is shortened at the label's present width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace parcours
