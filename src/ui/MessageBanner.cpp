#include <parcours/ui/Colours.h>
#include <parcours/ui/MessageBanner.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace parcours {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_label->setObjectName(u"messageBannerLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(u"messageBannerCloseButton"_s);
    m_closeButton->setText(u"×"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_label->setText(text);
    if (kind == Kind::Error) {
        setStyleSheet(colours::bannerStyle(colours::Banner::Error, objectName()));
        m_hideTimer->stop();
    } else {
        setStyleSheet(colours::bannerStyle(colours::Banner::Notice, objectName()));
        m_hideTimer->start(8000);
    }
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace parcours
