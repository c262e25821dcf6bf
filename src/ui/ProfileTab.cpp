#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/ProfileTab.h>

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString row(const QString& label, const QString& value)
{
    return u"<tr><td style='padding-right:16px; color:#555'>%1</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                          value.toHtmlEscaped());
}

} // namespace

ProfileTab::ProfileTab(QWidget* parent)
    : BilanTab(parent)
    , m_clientLabel(new QLabel(this))
    , m_bilanLabel(new QLabel(this))
{
    setObjectName(u"profileTab"_s);
    auto* clientBox = new QGroupBox(tr("Beneficiary"), this);
    auto* bilanBox = new QGroupBox(tr("Bilan"), this);
    for (QLabel* label : { m_clientLabel, m_bilanLabel }) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_clientLabel->setObjectName(u"clientDetailsLabel"_s);
    m_bilanLabel->setObjectName(u"bilanDetailsLabel"_s);
    (new QVBoxLayout(clientBox))->addWidget(m_clientLabel);
    (new QVBoxLayout(bilanBox))->addWidget(m_bilanLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(clientBox);
    layout->addWidget(bilanBox);
    layout->addStretch();
}

QString ProfileTab::title() const
{
    return tr("&Profile");
}

void ProfileTab::showBilan(const Client& client, const BilanOverview* overview)
{
    setClient(client);
    setBilan(overview);
}

void ProfileTab::clearBilan()
{
    m_clientLabel->clear();
    m_bilanLabel->clear();
}

void ProfileTab::setClient(const Client& client)
{
    const QString none = tr("not given");
    QString html = u"<table>"_s;
    html += row(tr("Name"), client.fullName());
    html += row(tr("E-mail"), client.email.isEmpty() ? none : client.email);
    html += row(tr("Phone"), client.phone.isEmpty() ? none : client.phone);
    html += row(tr("Date of birth"), client.birthDate.isValid() ? format::longDate(client.birthDate) : none);
    html += row(tr("Recorded on"), format::longDate(client.createdAt.date()));
    html += u"</table>"_s;
    m_clientLabel->setText(html);
}

void ProfileTab::setBilan(const BilanOverview* overview)
{
    if (!overview) {
        m_bilanLabel->setText(tr("No bilan yet: this person is a prospect."));
        return;
    }
    const Bilan& bilan = overview->bilan;
    QString html = u"<table>"_s;
    html += row(tr("Number"), QString::number(bilan.id));
    html += row(tr("Status"), displayName(bilan.status));
    html += row(tr("Funding"), displayName(bilan.funding));
    html += row(tr("Start"), bilan.startDate.isValid() ? format::longDate(bilan.startDate) : tr("not fixed yet"));
    if (bilan.endDate.isValid())
        html += row(tr("End"), format::longDate(bilan.endDate));
    for (Phase phase : kAllPhases)
        html += row(displayName(phase), tr("%1 planned").arg(formatMinutes(bilan.budgets.minutes(phase))));
    html += row(tr("Cap"), tr("%1 over preliminary, investigation and conclusion")
                               .arg(formatMinutes(kCapMinutes)));
    html += u"</table>"_s;
    m_bilanLabel->setText(html);
}

} // namespace parcours
