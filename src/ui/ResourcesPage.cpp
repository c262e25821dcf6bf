#include "ui_ResourceForm.h"

#include <parcours/ui/Autosave.h>
#include <parcours/ui/FormDates.h>
#include <parcours/ui/ResourcesPage.h>
#include <parcours/ui/Workspace.h>

#include <QTableView>

using namespace Qt::StringLiterals;

namespace parcours {

ResourcesPage::ResourcesPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Resource"), tr("Where") }, parent), m_ui(std::make_unique<Ui::ResourceForm>())
{
    setObjectName(u"resourcesPage"_s);
    listView()->setObjectName(u"resourceTableView"_s);
    listView()->setAccessibleName(tr("Resources consulted"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    using S = const QString&;
    using R = DocumentaryResource;
    autosave().bind(m_ui->titleLineEdit,
        [this](S v) { return commitField<R>(m_records, u"title"_s, [&](R& r) { r.title = v.trimmed(); }); });
    autosave().bind(m_ui->locationLineEdit,
        [this](S v) { return commitField<R>(m_records, u"location"_s, [&](R& r) { r.location = v.trimmed(); }); });
    autosave().bind(m_ui->consultedOnLineEdit, [this](S v) {
        const auto date = formDates::parse(v);
        if (!date)
            return report(makeError(ErrorCode::InvalidInput, tr("Write the date as dd/mm/yyyy.")));
        return commitField<R>(m_records, u"consulted_on"_s, [&](R& r) { r.consultedOn = *date; });
    });
    autosave().bind(
        m_ui->notesEdit, [this](S v) { return commitField<R>(m_records, u"notes"_s, [&](R& r) { r.notes = v; }); });
}

ResourcesPage::~ResourcesPage()
{
    flush();
}

void ResourcesPage::load(const Investigation& investigation)
{
    m_records = investigation.resources;
}

QList<RecordListModel::Row> ResourcesPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const DocumentaryResource& r : m_records)
        rows.append({ r.id, { r.title, r.location }, r.notes.left(300), false });
    return rows;
}

void ResourcesPage::showRecord(qint64 id)
{
    const DocumentaryResource* r = find(m_records, id);
    const DocumentaryResource empty;
    const DocumentaryResource& shown = r ? *r : empty;
    autosave().show(m_ui->titleLineEdit, shown.title);
    autosave().show(m_ui->locationLineEdit, shown.location);
    autosave().show(m_ui->consultedOnLineEdit, formDates::text(shown.consultedOn));
    autosave().show(m_ui->notesEdit, shown.notes);
}

qint64 ResourcesPage::addRecord()
{
    DocumentaryResource resource;
    resource.bilanId = bilanId();
    resource.title = tr("New resource");
    resource.consultedOn = workspace().clock().today();
    auto added = investigationEdits::add(workspace(), resource);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->titleLineEdit->setFocus();
    m_ui->titleLineEdit->selectAll();
    return added->id;
}

Result<void> ResourcesPage::removeRecord(qint64 id)
{
    const DocumentaryResource* r = find(m_records, id);
    return r ? investigationEdits::remove(workspace(), *r) : success();
}

QString ResourcesPage::describe(qint64 id) const
{
    const DocumentaryResource* r = find(m_records, id);
    return r ? r->title : QString();
}

} // namespace parcours
