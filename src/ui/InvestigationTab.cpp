#include <parcours/core/BilanService.h>
#include <parcours/ui/CareerOptionsPage.h>
#include <parcours/ui/CompetencesPage.h>
#include <parcours/ui/ExperiencesPage.h>
#include <parcours/ui/FieldInquiriesPage.h>
#include <parcours/ui/InvestigationTab.h>
#include <parcours/ui/PeerFeedbackPage.h>
#include <parcours/ui/ResourcesPage.h>
#include <parcours/ui/TestResultsPage.h>
#include <parcours/ui/ValuesPage.h>
#include <parcours/ui/WrappingTabBar.h>
#include <parcours/ui/Workspace.h>

#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

InvestigationTab::InvestigationTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_parts(new QTabWidget(this))
    , m_reloadTimer(new QTimer(this))
    , m_experiences(new ExperiencesPage(workspace, this))
    , m_competences(new CompetencesPage(workspace, this))
    , m_values(new ValuesPage(workspace, this))
    , m_peerFeedback(new PeerFeedbackPage(workspace, this))
    , m_tests(new TestResultsPage(workspace, this))
    , m_options(new CareerOptionsPage(workspace, this))
    , m_inquiries(new FieldInquiriesPage(workspace, this))
    , m_resources(new ResourcesPage(workspace, this))
{
    setObjectName(u"investigationTab"_s);
    m_parts->setObjectName(u"investigationPartsTabWidget"_s);
    m_parts->setDocumentMode(true);
    m_parts->addTab(m_experiences, tr("History"));
    m_parts->addTab(m_competences, tr("Competences"));
    m_parts->addTab(m_values, tr("Values"));
    m_parts->addTab(m_peerFeedback, tr("How others see them"));
    m_parts->addTab(m_tests, tr("Tests"));
    m_parts->addTab(m_options, tr("Options"));
    m_parts->addTab(m_inquiries, tr("Field inquiries"));
    m_parts->addTab(m_resources, tr("Research"));
    m_parts->setTabToolTip(0, tr("Professional history: experiences, highs and lows, reasons for change"));
    m_parts->setTabToolTip(1, tr("Competence portfolio: know-how, knowledge and personal qualities by domain"));
    m_parts->setTabToolTip(2, tr("Values and motivations: meaning of work, ideal activity, ranked criteria"));
    m_parts->setTabToolTip(3, tr("How others see them: the questionnaire and the answers of each respondent"));
    m_parts->setTabToolTip(5, tr("Career options: desire and feasibility, favourable and unfavourable aspects"));
    m_parts->setTabToolTip(6, tr("Meetings with professionals of the options explored"));
    m_parts->setTabToolTip(7, tr("Documentary research: links and resources consulted"));
    m_parts->setCurrentIndex(QSettings().value(u"window/investigationPart"_s, 0).toInt());
    connect(m_parts, &QTabWidget::currentChanged, this, [this](int index) {
        flushAll();
        QSettings().setValue(u"window/investigationPart"_s, index);
    });
    // Eight parts: in a bilan as narrow as the guide's window leaves it, a tab bar would hide some behind scroll
    // arrows; these buttons wrap onto a second row instead.
    m_partsBar = new WrappingTabBar(m_parts, this);
    m_partsBar->setObjectName(u"investigationPartsBar"_s);
    m_partsBar->setAccessibleName(tr("Parts of the investigation"));
    // Made after the parts, the buttons come first for the keyboard as they do on the screen.
    QWidget::setTabOrder(m_partsBar->buttons().constLast(), m_parts);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_partsBar);
    layout->addWidget(m_parts);

    // Many writes can follow each other (a move rewrites several ranks): one reload once they are all done.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &InvestigationTab::reload);
    connect(&workspace.events(), &StoreEvents::investigationChanged, this, [this](qint64 bilanId) {
        if (bilanId == m_investigation.bilanId)
            m_reloadTimer->start();
    });
    clearBilan();
}

InvestigationTab::~InvestigationTab()
{
    flushAll();
}

QString InvestigationTab::title() const
{
    return tr("&Investigation");
}

void InvestigationTab::showBilan(const Client& client, const BilanOverview* overview)
{
    if (!overview) {
        clearBilan();
        return;
    }
    m_firstName = client.firstName;
    m_peerFeedback->setBeneficiary(client.firstName);
    m_inquiries->setBeneficiary(client.firstName);
    // The panel calls again after every change of the bilan (a session logged…): reload only for another bilan.
    if (overview->bilan.id == m_investigation.bilanId)
        return;
    flushAll();
    m_investigation = {};
    m_investigation.bilanId = overview->bilan.id;
    reload();
}

void InvestigationTab::clearBilan()
{
    flushAll();
    m_investigation = {};
    distribute();
    setEnabled(false);
}

void InvestigationTab::reload()
{
    m_reloadTimer->stop();
    if (m_investigation.bilanId == 0)
        return;
    auto loaded = m_workspace.investigation().load(m_investigation.bilanId);
    if (!loaded) {
        m_workspace.reportError(loaded.error().message);
        return;
    }
    m_investigation = std::move(loaded).value();
    setEnabled(true);
    distribute();
}

void InvestigationTab::distribute()
{
    for (RecordPage* page : std::initializer_list<RecordPage*> {
             m_experiences, m_competences, m_peerFeedback, m_tests, m_options, m_inquiries, m_resources })
        page->setInvestigation(m_investigation);
    m_values->setInvestigation(m_investigation);
}

void InvestigationTab::flushAll()
{
    for (RecordPage* page : std::initializer_list<RecordPage*> {
             m_experiences, m_competences, m_peerFeedback, m_tests, m_options, m_inquiries, m_resources })
        page->flush();
    m_values->flush();
}

} // namespace parcours
