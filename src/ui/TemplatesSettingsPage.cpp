#include "ui_TemplatesSettingsPage.h"

#include <parcours/ui/Confirmation.h>
#include <parcours/ui/TemplatesSettingsPage.h>
#include <parcours/ui/Workspace.h>

using namespace Qt::StringLiterals;

namespace parcours {

TemplatesSettingsPage::TemplatesSettingsPage(Workspace& workspace, QWidget* parent)
    : SettingsPage(parent), m_ui(std::make_unique<Ui::TemplatesSettingsPage>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    setObjectName(u"templatesSettingsPage"_s);
    m_errors.bind(u"name"_s, m_ui->nameLineEdit, m_ui->nameErrorLabel);
    connect(m_ui->templatesListWidget, &QListWidget::currentRowChanged, this, &TemplatesSettingsPage::selectionChanged);
    connect(m_ui->renamePushButton, &QPushButton::clicked, this, [this] { renameSelected(); });
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, [this] { renameSelected(); });
    connect(m_ui->removePushButton, &QPushButton::clicked, this, [this] { removeSelected(); });
}

TemplatesSettingsPage::~TemplatesSettingsPage() = default;

QString TemplatesSettingsPage::title() const
{
    return tr("Synthèse templates");
}

void TemplatesSettingsPage::load(const Settings&)
{
    reload();
}

void TemplatesSettingsPage::reload()
{
    const int row = m_ui->templatesListWidget->currentRow();
    auto templates = m_workspace.syntheses().templates();
    if (!templates) {
        m_errors.show(templates.error());
        return;
    }
    m_templates = templates.value();
    m_ui->templatesListWidget->clear();
    for (const SynthesisTemplate& item : std::as_const(m_templates)) {
        m_ui->templatesListWidget->addItem(item.isDefault ? tr("%1 (used by default)").arg(item.name) : item.name);
    }
    if (m_templates.isEmpty())
        m_ui->templatesListWidget->addItem(tr("No template yet: save one from the Synthèse tab."));
    m_ui->templatesListWidget->setEnabled(!m_templates.isEmpty());
    if (!m_templates.isEmpty())
        m_ui->templatesListWidget->setCurrentRow(std::clamp(row, 0, static_cast<int>(m_templates.size()) - 1));
    selectionChanged();
}

void TemplatesSettingsPage::selectionChanged()
{
    const int row = m_ui->templatesListWidget->currentRow();
    const bool selected = row >= 0 && row < m_templates.size();
    m_ui->nameLineEdit->setEnabled(selected);
    m_ui->renamePushButton->setEnabled(selected);
    m_ui->removePushButton->setEnabled(selected);
    m_ui->nameLineEdit->setText(selected ? m_templates.at(row).name : QString());
}

bool TemplatesSettingsPage::renameSelected()
{
    m_errors.clear();
    const int row = m_ui->templatesListWidget->currentRow();
    if (row < 0 || row >= m_templates.size())
        return false;
    auto renamed = m_workspace.syntheses().renameTemplate(m_templates.at(row).id, m_ui->nameLineEdit->text());
    if (!renamed) {
        m_errors.show(renamed.error());
        return false;
    }
    reload();
    return true;
}

bool TemplatesSettingsPage::removeSelected()
{
    m_errors.clear();
    const int row = m_ui->templatesListWidget->currentRow();
    if (row < 0 || row >= m_templates.size())
        return false;
    const SynthesisTemplate item = m_templates.at(row);
    if (!Confirmation::ask(this, tr("Delete the template"),
            tr("Delete the template “%1”? Synthèses started from it keep their sections.").arg(item.name),
            tr("Delete")))
        return false;
    if (auto removed = m_workspace.syntheses().removeTemplate(item.id); !removed) {
        m_errors.show(removed.error());
        return false;
    }
    reload();
    return true;
}

} // namespace parcours
