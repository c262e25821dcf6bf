#include "ui_ValuesForm.h"

#include <parcours/ui/Colours.h>
#include <parcours/ui/Autosave.h>
#include <parcours/ui/CriterionListModel.h>
#include <parcours/ui/InvestigationEdits.h>
#include <parcours/ui/ValuesPage.h>
#include <parcours/ui/Workspace.h>

#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

ValuesPage::ValuesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ValuesForm>())
    , m_autosave(new Autosave(this))
    , m_essential(new CriterionListModel(Criterion::Zone::Essential, this))
    , m_negotiable(new CriterionListModel(Criterion::Zone::Negotiable, this))
    , m_refusalLabel(new QLabel(this))
{
    setObjectName(u"valuesPage"_s);
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_refusalLabel->setStyleSheet(colours::css(colours::error()));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form, 1);
    layout->addWidget(m_refusalLabel);

    for (auto [view, model] :
        { std::pair { m_ui->essentialListView, m_essential }, std::pair { m_ui->negotiableListView, m_negotiable } }) {
        view->setModel(model);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::CopyAction);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        connect(model, &CriterionListModel::moveRequested, this, [this](qint64 id, Criterion::Zone zone, int position) {
            if (report(investigationEdits::moveCriterion(m_workspace, m_bilanId, id, zone, position)))
                m_selectAfterLoad = id;
        });
        connect(model, &CriterionListModel::renameRequested, this, [this](qint64 id, const QString& label) {
            const auto it
                = std::find_if(m_criteria.begin(), m_criteria.end(), [id](const Criterion& c) { return c.id == id; });
            if (it == m_criteria.end())
                return;
            Criterion after = *it;
            after.label = label;
            auto stored = investigationEdits::change(m_workspace, *it, after, u"label"_s);
            report(stored ? success() : Result<void>(stored.error()));
        });
        // One selection at a time across the two lists: the buttons act on it.
        connect(
            view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view](const QModelIndex& index) {
                if (!index.isValid())
                    return;
                QListView* other = view == m_ui->essentialListView ? m_ui->negotiableListView : m_ui->essentialListView;
                other->selectionModel()->clear();
            });
    }
    m_ui->essentialListView->setAccessibleName(tr("Fundamental criteria, most important first"));
    m_ui->negotiableListView->setAccessibleName(tr("Room for concession, most important first"));

    m_autosave->bind(m_ui->meaningEdit, [this](const QString& v) { return commitText(u"meaning_of_work"_s, v); });
    m_autosave->bind(m_ui->idealEdit, [this](const QString& v) { return commitText(u"ideal_activity"_s, v); });
    connect(m_ui->addCriterionPushButton, &QPushButton::clicked, this, &ValuesPage::addCriterion);
    connect(m_ui->newCriterionLineEdit, &QLineEdit::returnPressed, this, &ValuesPage::addCriterion);
    connect(m_ui->upPushButton, &QPushButton::clicked, this, [this] { move(-1, false); });
    connect(m_ui->downPushButton, &QPushButton::clicked, this, [this] { move(1, false); });
    connect(m_ui->switchPushButton, &QPushButton::clicked, this, [this] { move(0, true); });
    connect(m_ui->removeCriterionPushButton, &QPushButton::clicked, this, &ValuesPage::removeCriterion);
}

ValuesPage::~ValuesPage()
{
    flush();
}

CriterionListModel* ValuesPage::model(Criterion::Zone zone) const
{
    return zone == Criterion::Zone::Essential ? m_essential : m_negotiable;
}

void ValuesPage::setInvestigation(const Investigation& investigation)
{
    if (investigation.bilanId != m_bilanId) {
        m_autosave->flush();
        m_autosave->discard();
        m_bilanId = investigation.bilanId;
        report(success());
    }
    m_motivations = investigation.motivations;
    m_motivations.bilanId = investigation.bilanId;
    m_autosave->show(m_ui->meaningEdit, m_motivations.meaningOfWork);
    m_autosave->show(m_ui->idealEdit, m_motivations.idealActivity);
    const qint64 keep = m_selectAfterLoad ? std::exchange(m_selectAfterLoad, 0) : (selected() ? selected()->id : 0);
    m_criteria = investigation.criteria;
    m_essential->setCriteria(m_criteria);
    m_negotiable->setCriteria(m_criteria);
    if (keep)
        select(keep);
    setEnabled(m_bilanId != 0);
}

void ValuesPage::flush()
{
    m_autosave->flush();
}

bool ValuesPage::commitText(const QString& field, const QString& text)
{
    if (m_bilanId == 0)
        return true;
    Motivations after = m_motivations;
    (field == u"meaning_of_work" ? after.meaningOfWork : after.idealActivity) = text;
    auto stored = investigationEdits::setMotivations(m_workspace, m_motivations, after, field);
    if (!stored)
        return report(stored.error());
    m_motivations = stored.value();
    return report(success());
}

void ValuesPage::addCriterion()
{
    Criterion criterion;
    criterion.bilanId = m_bilanId;
    criterion.label = m_ui->newCriterionLineEdit->text().simplified();
    // A new criterion goes to the zone the consultant is working in (the fundamental one by default).
    if (m_ui->negotiableListView->selectionModel()->hasSelection())
        criterion.zone = Criterion::Zone::Negotiable;
    auto added = investigationEdits::add(m_workspace, criterion);
    if (report(added ? success() : Result<void>(added.error())))
        m_ui->newCriterionLineEdit->clear();
}

const Criterion* ValuesPage::selected() const
{
    for (auto [view, model] :
        { std::pair { m_ui->essentialListView, m_essential }, std::pair { m_ui->negotiableListView, m_negotiable } }) {
        if (view->selectionModel()->hasSelection())
            return model->criterionAt(view->currentIndex().row());
    }
    return nullptr;
}

void ValuesPage::select(qint64 criterionId)
{
    for (auto [view, model] :
        { std::pair { m_ui->essentialListView, m_essential }, std::pair { m_ui->negotiableListView, m_negotiable } }) {
        const QModelIndex index = model->indexOf(criterionId);
        if (index.isValid())
            view->setCurrentIndex(index);
    }
}

void ValuesPage::move(int delta, bool switchZone)
{
    const Criterion* criterion = selected();
    if (!criterion)
        return;
    const qint64 id = criterion->id;
    const Criterion::Zone zone = switchZone
        ? (criterion->zone == Criterion::Zone::Essential ? Criterion::Zone::Negotiable : Criterion::Zone::Essential)
        : criterion->zone;
    // Ranks are 1-based; positions 0-based. Another zone: at its end.
    const int position = switchZone ? model(zone)->rowCount() : std::max(0, criterion->rank - 1 + delta);
    // The lists reload once the event loop runs; it is selected then, where it went.
    if (report(investigationEdits::moveCriterion(m_workspace, m_bilanId, id, zone, position)))
        m_selectAfterLoad = id;
}

void ValuesPage::removeCriterion()
{
    if (const Criterion* criterion = selected()) {
        const QString label = criterion->label;
        if (report(investigationEdits::remove(m_workspace, *criterion)))
            m_workspace.reportNotice(tr("Deleted: “%1”. Edit › Undo puts it back.").arg(label));
    }
}

bool ValuesPage::report(const Result<void>& written)
{
    m_refusalLabel->setVisible(!written.ok());
    m_refusalLabel->setText(written.ok() ? QString() : written.error().message);
    return written.ok();
}

} // namespace parcours
