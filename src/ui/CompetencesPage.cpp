#include "ui_CompetenceForm.h"

#include <parcours/ui/Autosave.h>
#include <parcours/ui/CompetenceMatrixModel.h>
#include <parcours/ui/CompetencesPage.h>
#include <parcours/ui/Workspace.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString domainKey(const Competence& competence)
{
    return competence.domain == Competence::Domain::Custom ? u"custom:"_s + competence.customDomain
                                                           : toKey(competence.domain);
}

} // namespace

CompetencesPage::CompetencesPage(Workspace& workspace, QWidget* parent)
    : RecordPage(workspace, { tr("Competence"), tr("Kind"), tr("Domain") }, parent)
    , m_ui(std::make_unique<Ui::CompetenceForm>())
    , m_matrix(new CompetenceMatrixModel(this))
    , m_matrixView(new QTableView(this))
    , m_newDomainLineEdit(new QLineEdit(this))
    , m_addDomainButton(new QPushButton(tr("Add the domain"), this))
    , m_removeDomainButton(new QPushButton(tr("Remove the domain"), this))
{
    setObjectName(u"competencesPage"_s);
    listView()->setObjectName(u"competenceTableView"_s);
    listView()->setAccessibleName(tr("Competences"));
    auto* form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    for (Competence::Kind kind : kAllCompetenceKinds)
        m_ui->kindComboBox->addItem(displayName(kind), toKey(kind));

    m_matrixView->setObjectName(u"competenceMatrixTableView"_s);
    m_matrixView->setAccessibleName(tr("Competence matrix, kind by domain"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setWordWrap(true);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_newDomainLineEdit->setObjectName(u"newDomainLineEdit"_s);
    m_newDomainLineEdit->setPlaceholderText(tr("Another domain (e.g. Digital, Craft…)"));
    m_newDomainLineEdit->setAccessibleName(tr("Name of a new domain"));
    m_addDomainButton->setObjectName(u"addDomainPushButton"_s);
    m_removeDomainButton->setObjectName(u"removeDomainPushButton"_s);
    m_removeDomainButton->setToolTip(tr("Removes the domain of the selected column, once it holds no competence"));
    auto* legend = new QLabel(tr("↗ transferable"), this);
    legend->setStyleSheet(u"color: palette(placeholder-text);"_s);
    auto* domains = new QHBoxLayout;
    domains->addWidget(legend);
    domains->addStretch();
    domains->addWidget(m_newDomainLineEdit);
    domains->addWidget(m_addDomainButton);
    domains->addWidget(m_removeDomainButton);
    topLayout()->addWidget(m_matrixView);
    topLayout()->addLayout(domains);

    using S = const QString&;
    autosave().bind(m_ui->labelLineEdit, [this](S v) {
        return commitField<Competence>(m_records, u"label"_s, [&](Competence& c) { c.label = v.trimmed(); });
    });
    autosave().bind(m_ui->notesEdit,
        [this](S v) { return commitField<Competence>(m_records, u"notes"_s, [&](Competence& c) { c.notes = v; }); });
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] {
        const auto kind = investigationKey<Competence::Kind>(m_ui->kindComboBox->currentData().toString());
        commitField<Competence>(m_records, u"kind"_s, [&](Competence& c) { c.kind = kind.value_or(c.kind); });
    });
    connect(m_ui->domainComboBox, &QComboBox::activated, this, [this] {
        const QString key = m_ui->domainComboBox->currentData().toString();
        commitField<Competence>(m_records, u"domain"_s, [&](Competence& c) {
            if (key.startsWith(u"custom:"_s)) {
                c.domain = Competence::Domain::Custom;
                c.customDomain = key.mid(7);
            } else {
                c.domain = investigationKey<Competence::Domain>(key).value_or(c.domain);
                c.customDomain.clear();
            }
        });
    });
    connect(m_ui->transferableCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        commitField<Competence>(m_records, u"transferable"_s, [&](Competence& c) { c.transferable = on; });
    });
    connect(m_ui->experiencesListWidget, &QListWidget::itemChanged, this, [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_ui->experiencesListWidget->count(); ++row) {
            const QListWidgetItem* item = m_ui->experiencesListWidget->item(row);
            if (item->checkState() == Qt::Checked)
                ids << item->data(Qt::UserRole).toLongLong();
        }
        commitField<Competence>(m_records, u"experience_ids"_s, [&](Competence& c) { c.experienceIds = ids; });
    });
    connect(m_addDomainButton, &QPushButton::clicked, this, &CompetencesPage::addDomain);
    connect(m_newDomainLineEdit, &QLineEdit::returnPressed, this, &CompetencesPage::addDomain);
    connect(m_removeDomainButton, &QPushButton::clicked, this, &CompetencesPage::removeDomain);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CompetencesPage::updateDomainButtons);
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QList<Competence> cell = m_matrix->cell(index.row(), index.column());
        if (!cell.isEmpty())
            selectRecord(cell.first().id);
    });
}

CompetencesPage::~CompetencesPage()
{
    flush();
}

void CompetencesPage::load(const Investigation& investigation)
{
    m_records = investigation.competences;
    m_experiences = investigation.experiences;
    m_customDomains = investigation.customDomains;
    fillDomains();
}

void CompetencesPage::recordsChanged()
{
    m_matrix->setCompetences(m_records, m_customDomains);
    // As tall as its rows, no more: the list and the form need the room.
    m_matrixView->resizeRowsToContents();
    m_matrixView->setFixedHeight(m_matrixView->horizontalHeader()->height() + m_matrixView->verticalHeader()->length()
        + 2 * m_matrixView->frameWidth() + 2);
    updateDomainButtons();
}

QList<RecordListModel::Row> CompetencesPage::rows() const
{
    QList<RecordListModel::Row> rows;
    for (const Competence& c : m_records) {
        rows.append({ c.id, { c.transferable ? c.label + u" ↗"_s : c.label, displayName(c.kind), domainName(c) },
            c.notes, false });
    }
    return rows;
}

void CompetencesPage::fillDomains()
{
    const QSignalBlocker blocker(m_ui->domainComboBox);
    m_ui->domainComboBox->clear();
    for (Competence::Domain domain : kBuiltInDomains)
        m_ui->domainComboBox->addItem(displayName(domain), toKey(domain));
    for (const QString& name : std::as_const(m_customDomains))
        m_ui->domainComboBox->addItem(name, u"custom:"_s + name);
}

void CompetencesPage::showRecord(qint64 id)
{
    const Competence* c = find(m_records, id);
    const Competence empty;
    const Competence& shown = c ? *c : empty;
    autosave().show(m_ui->labelLineEdit, shown.label);
    autosave().show(m_ui->notesEdit, shown.notes);
    {
        const QSignalBlocker kind(m_ui->kindComboBox);
        const QSignalBlocker domain(m_ui->domainComboBox);
        const QSignalBlocker transferable(m_ui->transferableCheckBox);
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(toKey(shown.kind)));
        m_ui->domainComboBox->setCurrentIndex(m_ui->domainComboBox->findData(domainKey(shown)));
        m_ui->transferableCheckBox->setChecked(shown.transferable);
    }
    const QSignalBlocker blocker(m_ui->experiencesListWidget);
    m_ui->experiencesListWidget->clear();
    for (const Experience& experience : std::as_const(m_experiences)) {
        auto* item = new QListWidgetItem(experience.organisation.isEmpty()
                ? experience.title
                : experience.title + u" — "_s + experience.organisation,
            m_ui->experiencesListWidget);
        item->setData(Qt::UserRole, experience.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.experienceIds.contains(experience.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_experiences.isEmpty()) {
        auto* hint
            = new QListWidgetItem(tr("Record the experiences in the History part first."), m_ui->experiencesListWidget);
        hint->setFlags(Qt::NoItemFlags);
    }
}

qint64 CompetencesPage::addRecord()
{
    Competence competence;
    competence.bilanId = bilanId();
    competence.label = tr("New competence");
    // A new competence goes where the consultant is looking in the matrix.
    const QModelIndex cell = m_matrixView->currentIndex();
    if (cell.isValid()) {
        competence.kind = kAllCompetenceKinds[static_cast<std::size_t>(cell.row())];
        std::tie(competence.domain, competence.customDomain) = m_matrix->domainOf(cell.column());
    }
    auto added = investigationEdits::add(workspace(), competence);
    if (!report(added ? success() : Result<void>(added.error())))
        return 0;
    m_ui->labelLineEdit->setFocus();
    m_ui->labelLineEdit->selectAll();
    return added->id;
}

Result<void> CompetencesPage::removeRecord(qint64 id)
{
    const Competence* c = find(m_records, id);
    return c ? investigationEdits::remove(workspace(), *c) : success();
}

QString CompetencesPage::describe(qint64 id) const
{
    const Competence* c = find(m_records, id);
    return c ? c->label : QString();
}

void CompetencesPage::addDomain()
{
    auto added = investigationEdits::addCustomDomain(workspace(), bilanId(), m_newDomainLineEdit->text());
    if (report(added ? success() : Result<void>(added.error())))
        m_newDomainLineEdit->clear();
}

void CompetencesPage::removeDomain()
{
    const auto [domain, name] = m_matrix->domainOf(m_matrixView->currentIndex().column());
    if (domain == Competence::Domain::Custom && !name.isEmpty())
        report(investigationEdits::removeCustomDomain(workspace(), bilanId(), name));
}

void CompetencesPage::updateDomainButtons()
{
    const QModelIndex current = m_matrixView->currentIndex();
    const bool custom = current.isValid() && m_matrix->domainOf(current.column()).first == Competence::Domain::Custom;
    m_removeDomainButton->setEnabled(custom);
    m_addDomainButton->setEnabled(bilanId() != 0);
}

} // namespace parcours
