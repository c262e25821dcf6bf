#include "TestDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace parcours::test {

QString testPath(const char* name)
{
    const QString fromEnvironment = qEnvironmentVariable(name);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString key = QString::fromLatin1(name);
    if (key == u"PARCOURS_PG_STATE")
        return QStringLiteral(PARCOURS_PG_STATE_DEFAULT);
    if (key == u"PARCOURS_CLI")
        return QStringLiteral(PARCOURS_CLI_DEFAULT);
    if (key == u"PARCOURS_GUI")
        return QStringLiteral(PARCOURS_GUI_DEFAULT);
    if (key == u"PARCOURS_CRASH_WRITER")
        return QStringLiteral(PARCOURS_CRASH_WRITER_DEFAULT);
    if (key == u"PARCOURS_SOURCE_DIR")
        return QStringLiteral(PARCOURS_SOURCE_DIR_DEFAULT);
    return {};
}

void PrintTo(Backend backend, std::ostream* out)
{
    *out << (backend == Backend::Sqlite ? "SQLite" : "PostgreSQL");
}

std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

QString TestDatabase::postgresAdminUrl(QString* error)
{
    const QString state = testPath("PARCOURS_PG_STATE");
    QFile file(state + u"/url"_s);
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = u"no PostgreSQL test server is running: run the tests through ctest (its postgres_start "
                 u"fixture starts one) or 'scripts/pg-test-server start DIR' with PARCOURS_PG_STATE=DIR"_s;
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TestDatabase::adminExec(const QString& statement, QString* error)
{
    const QString url = postgresAdminUrl(error);
    if (url.isEmpty())
        return false;
    const auto location = DatabaseLocation::parse(url);
    const QString name = u"admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(location->user);
        db.setDatabaseName(location->databaseName);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::unique_ptr<TestDatabase> TestDatabase::create(Backend backend, QString* error)
{
    std::unique_ptr<TestDatabase> database(new TestDatabase);
    database->m_backend = backend;
    if (!database->m_folder.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return nullptr;
    }
    if (backend == Backend::Sqlite) {
        database->m_location.path = database->m_folder.filePath(u"parcours.sqlite"_s);
        return database;
    }
    const QString url = postgresAdminUrl(error);
    if (url.isEmpty())
        return nullptr;
    database->m_postgresName = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(24);
    if (!adminExec(u"CREATE DATABASE "_s + database->m_postgresName, error))
        return nullptr;
    database->m_location = DatabaseLocation::parse(url).value();
    database->m_location.databaseName = database->m_postgresName;
    return database;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty()) {
        QString ignored;
        adminExec(u"DROP DATABASE IF EXISTS "_s + m_postgresName + u" WITH (FORCE)"_s, &ignored);
    }
}

void StoreTest::SetUp()
{
    QString error;
    m_database = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(m_database) << error.toStdString();
    auto store = m_database->open();
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    m_store = std::move(store).value();
}

void StoreTest::TearDown()
{
    m_store.reset();
    m_database.reset();
}

} // namespace parcours::test
