#include "GuiTestSupport.h"

#include <parcours/core/WallClock.h>
#include <parcours/ui/ClientListModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class ClientListModelTest : public GuiTest {
protected:
    qint64 add(const QString& last, const QString& first)
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        return workspace().clients().add(client).value();
    }
    QString name(const ClientListModel& model, int row)
    {
        return model.data(model.index(row, ClientListModel::NameColumn)).toString();
    }
};

} // namespace

TEST_F(ClientListModelTest, ListsEveryoneSortedByNameAndPassesTheModelChecker)
{
    add(QStringLiteral("Ménard"), QStringLiteral("Théo"));
    add(QStringLiteral("Bœuf"), QStringLiteral("Hélène"));
    ClientListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(name(model, 0), QStringLiteral("Bœuf, Hélène"));
    EXPECT_EQ(name(model, 1), QStringLiteral("Ménard, Théo"));
    EXPECT_EQ(model.headerData(ClientListModel::HoursColumn, Qt::Horizontal).toString(),
              QStringLiteral("Heures faites"));
    EXPECT_EQ(model.data(model.index(0, ClientListModel::PhaseColumn)).toString(), QStringLiteral("Prospect"));
}

TEST_F(ClientListModelTest, SearchIgnoresAccentsAndStatusFilters)
{
    const qint64 helene = add(QStringLiteral("Bœuf"), QStringLiteral("Hélène"));
    add(QStringLiteral("Ménard"), QStringLiteral("Théo"));
    ASSERT_TRUE(workspace().bilans().open(helene, Funding::Cpf, QDate(2026, 1, 12)).ok());
    ClientListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(ClientQuery { QStringLiteral("helene"), {} });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.clientAt(0)->id, helene);
    model.setQuery(ClientQuery { {}, ClientStatus::Prospect });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(name(model, 0), QStringLiteral("Ménard, Théo"));
    model.setQuery(ClientQuery { {}, ClientStatus::InProgress });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.indexOf(helene).row(), 0);
    EXPECT_FALSE(model.indexOf(helene + 100).isValid());
}

TEST_F(ClientListModelTest, RowsFollowTheStoreWithoutBeingTold)
{
    ClientListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
    const qint64 id = add(QStringLiteral("Çelik"), QStringLiteral("Loïc"));
    ASSERT_EQ(model.rowCount(), 1); // a new client appears

    const qint64 bilanId = workspace().bilans().open(id, Funding::Employer, QDate(2026, 1, 12)).value();
    Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 1, 26), QTime(14, 0)), 180);
    const qint64 sessionId = workspace().sessions().add(session).value();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(workspace().sessions().log(sessionId, SessionLog { SessionStatus::Done, 175, {} }).ok());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.data(model.index(0, ClientListModel::HoursColumn)).toString(), QStringLiteral("2 h 55 / 24 h"));
    EXPECT_EQ(model.data(model.index(0, ClientListModel::PhaseColumn)).toString(), QStringLiteral("Préliminaire"));
}

TEST_F(ClientListModelTest, ReadsAPageAtATimeAndRevealsARowFurtherDown)
{
    // More than two pages of beneficiaries: the model reads the first page only, then more as the view asks.
    const int total = 2 * ClientListModel::kPageSize + 50;
    qint64 last = 0;
    ASSERT_TRUE(workspace()
                    .repositories()
                    .transact([&]() -> Result<void> {
                        for (int i = 0; i < total; ++i)
                            last = add(QStringLiteral("Zélie-%1").arg(i, 4, 10, QLatin1Char('0')),
                                       QStringLiteral("Éloïse"));
                        return success();
                    })
                    .ok());
    ClientListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    EXPECT_EQ(model.rowCount(), ClientListModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * ClientListModel::kPageSize);
    EXPECT_FALSE(model.indexOf(last).isValid());
    const QModelIndex revealed = model.reveal(last);
    ASSERT_TRUE(revealed.isValid());
    EXPECT_EQ(revealed.row(), total - 1);
    EXPECT_EQ(name(model, total - 1), QStringLiteral("Zélie-%1, Éloïse").arg(total - 1, 4, 10, QLatin1Char('0')));
    EXPECT_FALSE(model.canFetchMore({}));

    // A search starts again from its first page: accents and case ignored.
    model.setQuery(ClientQuery { .search = QStringLiteral("ZELIE-000"), .status = {} });
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_FALSE(model.canFetchMore({}));
}
