#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Workspace.h>

#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QResizeEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

ClientListPanel::ClientListPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new ClientListModel(workspace, this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"clientListPanel"_s);
    auto* title = new QLabel(tr("Beneficiaries"), this);
    title->setObjectName(u"clientListTitleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search by name, e-mail or phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search beneficiaries"));
    title->setBuddy(m_search);

    m_status->setObjectName(u"statusComboBox"_s);
    m_status->setAccessibleName(tr("Show"));
    m_status->addItem(tr("All beneficiaries"), QString());
    m_status->addItem(tr("Bilans in progress"), toKey(ClientStatus::InProgress));
    m_status->addItem(tr("Prospects"), toKey(ClientStatus::Prospect));
    m_status->addItem(tr("Ended bilans"), toKey(ClientStatus::Ended));

    m_view->setObjectName(u"clientTableView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Beneficiaries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    for (int column : { ClientListModel::PhaseColumn, ClientListModel::NextSessionColumn,
                        ClientListModel::HoursColumn, ClientListModel::ComplianceColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The other columns size to their contents and the name takes what is left: never let the splitter squeeze
    // the list until the names become "…" (a saved narrower layout included). On a small screen (a laptop at 200 %
    // has 960 logical pixels) the list gives way rather than push the bilan off the screen.
    const int wanted = fontMetrics().averageCharWidth() * 88;
    const QScreen* screen = QGuiApplication::primaryScreen();
    setMinimumWidth(screen ? std::min(wanted, screen->availableGeometry().width() * 2 / 5) : wanted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    // Keystrokes are coalesced: the query runs once typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientListPanel::applyQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyQuery();
        if (m_model->rowCount() > 0 && m_selectedId == 0)
            selectClient(m_model->clientAt(0)->id);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClientListPanel::applyQuery);
    // A search that failed while the cabinet's server was away is run again once it is back.
    connect(&workspace.events(), &StoreEvents::connectionRestored, this, &ClientListPanel::applyQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListPanel::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListPanel::fitNameColumn, Qt::QueuedConnection);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const ClientSummary* row = m_model->clientAt(index.row()))
            Q_EMIT clientActivated(row->id);
    });

    applyQuery();
}

void ClientListPanel::applyQuery()
{
    ClientQuery query;
    query.search = m_search->text();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        query.status = fromKey<ClientStatus>(status);
    m_model->setQuery(query);
}

void ClientListPanel::selectClient(qint64 clientId)
{
    QModelIndex index = m_model->reveal(clientId);
    if (!index.isValid() && clientId != 0) {
        // The client is hidden by the search or the filter: show everyone so the new record is visible.
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_searchTimer->stop();
        applyQuery();
        index = m_model->reveal(clientId);
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ClientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientListPanel::onCurrentChanged()
{
    const ClientSummary* row = m_model->clientAt(m_view->currentIndex().row());
    const qint64 id = row ? row->id : 0;
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    Q_EMIT clientSelected(id);
}

void ClientListPanel::restoreSelection()
{
    const QModelIndex index = m_model->indexOf(m_selectedId);
    if (index.isValid()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    if (m_selectedId != 0) {
        m_selectedId = 0;
        Q_EMIT clientSelected(0);
    }
}

void ClientListPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitNameColumn();
}

void ClientListPanel::fitNameColumn()
{
    QHeaderView* header = m_view->horizontalHeader();
    // The longest name among the rows on screen (a few dozen, whatever the size of the list).
    int nameWidth = header->sectionSizeHint(ClientListModel::NameColumn);
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int row = first; row <= std::min(last, first + 200); ++row) {
        const QString name = m_model->index(row, ClientListModel::NameColumn).data().toString();
        nameWidth = std::max(nameWidth, m_view->fontMetrics().horizontalAdvance(name) + 16);
    }
    int wanted = nameWidth;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ClientListModel::NameColumn && !header->isSectionHidden(column))
            wanted += header->sectionSize(column);
    }
    // Names whole and the other columns scrolled sideways only when the name would be left too little room to be
    // read (a laptop at 200 %); otherwise a long name is shortened with « … » and every column stays in sight,
    // the compliance marker included.
    const int room = m_view->viewport()->width() - (wanted - nameWidth);
    const bool cramped = wanted > m_view->viewport()->width() && room < m_view->fontMetrics().averageCharWidth() * 16;
    const auto mode = cramped ? QHeaderView::ResizeToContents : QHeaderView::Stretch;
    if (header->sectionResizeMode(ClientListModel::NameColumn) != mode)
        header->setSectionResizeMode(ClientListModel::NameColumn, mode);
}

} // namespace parcours
