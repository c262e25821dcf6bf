#include <parcours/core/Settings.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/ErasureDialog.h>
#include <parcours/ui/Workspace.h>

#include <QCollator>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// One line per kind of record the consultant knows, in alphabetical order: several tables share a name (an option
/// and its aspects are both « Pistes professionnelles »), so their rows are added up.
QString listOf(const QList<ErasureLine>& lines)
{
    QMap<QString, int> rows;
    for (const ErasureLine& line : lines)
        rows[line.what] += line.rows;
    QStringList names = rows.keys();
    QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    QString html = u"<ul>"_s;
    for (const QString& name : std::as_const(names))
        html += u"<li>%1 (%2)</li>"_s.arg(name.toHtmlEscaped()).arg(rows.value(name));
    return html + u"</ul>"_s;
}

} // namespace

ErasureDialog::ErasureDialog(Workspace& workspace, qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientId(clientId)
    , m_everything(new QRadioButton(tr("Erase &everything about this person")))
    , m_keepProof(new QRadioButton(tr("&Keep only the administrative proof the law requires")))
    , m_summary(new QTextBrowser)
    , m_refusal(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(u"erasureDialog"_s);
    setWindowTitle(tr("Erase the person"));
    setWindowModality(Qt::WindowModal);
    m_everything->setObjectName(u"eraseEverythingButton"_s);
    m_keepProof->setObjectName(u"eraseKeepProofButton"_s);
    m_summary->setObjectName(u"erasureSummary"_s);
    m_refusal->setObjectName(u"erasureRefusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(colours::css(colours::error()));
    QPushButton* erase = m_buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(u"eraseButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The right to erasure: choose what goes. Nothing is deleted before you confirm."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_everything);
    layout->addWidget(m_keepProof);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    resize(560, 520);

    m_everything->setChecked(true);
    connect(m_everything, &QRadioButton::toggled, this, &ErasureDialog::showPlan);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(erase, &QPushButton::clicked, this, &ErasureDialog::erase);
    showPlan();
    // Invoices must stay: offer what can be done first.
    if (!m_refusal->text().isEmpty() && m_refusal->property("proofRequired").toBool())
        m_keepProof->setChecked(true);
}

QPushButton* ErasureDialog::eraseButton() const
{
    return m_buttons->findChild<QPushButton*>(u"eraseButton"_s);
}

void ErasureDialog::showPlan()
{
    auto plan = ErasureService(m_workspace.repositories(), m_workspace.clock()).plan(m_clientId, m_keepProof->isChecked());
    if (!plan) {
        m_summary->setHtml(QString());
        m_refusal->setText(plan.error().message);
        eraseButton()->setEnabled(false);
        return;
    }
    QString html = u"<p><b>%1</b></p>"_s.arg(plan->clientName.toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("Will be deleted:").toHtmlEscaped()) + listOf(plan->deleted);
    if (!plan->identityCleared.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Will be cleared from the identity: %1.").arg(plan->identityCleared.join(u", "_s))
                                       .toHtmlEscaped());
    }
    if (plan->kept.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Nothing is kept but the destruction journal (numbers and counts, no name).")
                                       .toHtmlEscaped());
    } else {
        html += u"<p>%1</p>"_s.arg(tr("Kept, as the law requires it (administrative proof):").toHtmlEscaped())
            + listOf(plan->kept);
    }
    html += u"<p>%1</p><ul>"_s.arg(tr("Delete by hand, outside Parcours:").toHtmlEscaped());
    for (const QString& file : std::as_const(plan->outsideFiles))
        html += u"<li>%1</li>"_s.arg(file.toHtmlEscaped());
    m_summary->setHtml(html + u"</ul>"_s);
    m_refusal->setText(plan->refusal);
    m_refusal->setProperty("proofRequired", plan->proofRequired);
    m_refusal->setVisible(!plan->refusal.isEmpty());
    eraseButton()->setEnabled(plan->refusal.isEmpty());
}

void ErasureDialog::erase()
{
    const bool keepProof = m_keepProof->isChecked();
    const QString by = m_workspace.settings().value(settingKeys::consultantName).valueOr(QString());
    auto record = ErasureService(m_workspace.repositories(), m_workspace.clock())
                      .erase(m_clientId, keepProof, by);
    if (!record) {
        m_refusal->setText(record.error().message);
        m_refusal->setVisible(true);
        return;
    }
    Q_EMIT erased(record.value());
    accept();
}

} // namespace parcours
