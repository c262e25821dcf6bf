// The investigation's models under QAbstractItemModelTester, through the changes a consultant makes: the lists
// of records, the competence matrix, the ranked criteria.
#include "InvestigationSample.h"

#include <parcours/ui/CompetenceMatrixModel.h>
#include <parcours/ui/CriterionListModel.h>
#include <parcours/ui/RecordListModel.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

TEST(RecordListModel, RefreshingTheSameRecordsOnlyRepaintsTheRowsThatChanged)
{
    RecordListModel model({ QStringLiteral("Option"), QStringLiteral("Envie") });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({ { 1, { QStringLiteral("Céramiste"), QStringLiteral("5") }, {}, false },
        { 2, { QStringLiteral("Formatrice"), QStringLiteral("3") }, {}, true } });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Envie"));
    EXPECT_TRUE(model.data(model.index(1, 0), Qt::ForegroundRole).isValid()); // muted
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({ { 1, { QStringLiteral("Céramiste"), QStringLiteral("4") }, {}, false },
        { 2, { QStringLiteral("Formatrice"), QStringLiteral("3") }, {}, true } });
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toModelIndex().row(), 0);
    EXPECT_EQ(model.data(model.index(0, 1)).toString(), QStringLiteral("4"));
    model.setRows({ { 2, { QStringLiteral("Formatrice"), QStringLiteral("3") }, {}, true } });
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.idAt(0), 2);
    EXPECT_EQ(model.indexOf(1), QModelIndex());
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CompetenceMatrixModel, ShowsEachCompetenceInItsKindAndDomain)
{
    CompetenceMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Investigation sample = sampleInvestigation();
    model.setCompetences(sample.competences, sample.customDomains);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Artisanat"));
    // Savoir-être × relational: the transferable "Écoute active".
    EXPECT_EQ(model.data(model.index(2, 0)).toString(), QStringLiteral("Écoute active ↗"));
    EXPECT_EQ(model.data(model.index(0, 3)).toString(), QStringLiteral("Tournage de pièces en série"));
    EXPECT_EQ(model.data(model.index(1, 2)).toString(), QString());
    EXPECT_EQ(model.data(model.index(1, 1), Qt::UserRole).toInt(), 1);
    EXPECT_EQ(model.cell(2, 0).first().label, QStringLiteral("Écoute active"));
    EXPECT_EQ(model.domainOf(3).second, QStringLiteral("Artisanat"));

    // A domain more, then a competence fewer.
    model.setCompetences(sample.competences, { QStringLiteral("Artisanat"), QStringLiteral("Numérique") });
    EXPECT_EQ(model.columnCount(), 5);
    model.setCompetences(sample.competences.mid(1), { QStringLiteral("Artisanat"), QStringLiteral("Numérique") });
    EXPECT_EQ(model.data(model.index(2, 0)).toString(), QString());
    model.setCompetences({}, {});
    EXPECT_EQ(model.columnCount(), 3);
}

TEST(CriterionListModel, ListsItsZoneInRankOrderAndAsksToMoveWhatIsDropped)
{
    const Investigation sample = sampleInvestigation();
    QList<Criterion> criteria = sample.criteria;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        criteria[i].id = i + 1;
    CriterionListModel essential(Criterion::Zone::Essential);
    CriterionListModel negotiable(Criterion::Zone::Negotiable);
    QAbstractItemModelTester essentialTester(&essential, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester negotiableTester(&negotiable, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::reverse(criteria.begin(), criteria.end());
    essential.setCriteria(criteria);
    negotiable.setCriteria(criteria);
    ASSERT_EQ(essential.rowCount(), 2);
    EXPECT_EQ(essential.data(essential.index(0)).toString(), QStringLiteral("1. Autonomie"));
    EXPECT_EQ(essential.data(essential.index(0), Qt::EditRole).toString(), QStringLiteral("Autonomie"));
    EXPECT_TRUE(essential.flags(essential.index(0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_TRUE(essential.flags({}).testFlag(Qt::ItemIsDropEnabled));

    QSignalSpy moves(&negotiable, &CriterionListModel::moveRequested);
    std::unique_ptr<QMimeData> dragged(essential.mimeData({ essential.index(1) }));
    ASSERT_TRUE(negotiable.dropMimeData(dragged.get(), Qt::CopyAction, 1, 0, {}));
    ASSERT_EQ(moves.count(), 1);
    EXPECT_EQ(moves.first().at(0).toLongLong(), 2);
    EXPECT_EQ(moves.first().at(1).value<Criterion::Zone>(), Criterion::Zone::Negotiable);
    EXPECT_EQ(moves.first().at(2).toInt(), 1);
    // Within its own list, dropped below itself: counted without it.
    QSignalSpy ownMoves(&essential, &CriterionListModel::moveRequested);
    std::unique_ptr<QMimeData> first(essential.mimeData({ essential.index(0) }));
    ASSERT_TRUE(essential.dropMimeData(first.get(), Qt::CopyAction, 2, 0, {}));
    EXPECT_EQ(ownMoves.first().at(2).toInt(), 1);
    // The view never deletes the dragged row itself.
    EXPECT_EQ(essential.supportedDragActions(), Qt::CopyAction);

    QSignalSpy renames(&essential, &CriterionListModel::renameRequested);
    EXPECT_TRUE(essential.setData(essential.index(0), QStringLiteral("  Autonomie   au travail ")));
    ASSERT_EQ(renames.count(), 1);
    EXPECT_EQ(renames.first().at(1).toString(), QStringLiteral("Autonomie au travail"));
    QMimeData foreign;
    foreign.setText(QStringLiteral("3"));
    EXPECT_FALSE(essential.dropMimeData(&foreign, Qt::CopyAction, 0, 0, {}));
}
