#pragma once

#include <parcours/storage/Store.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace parcours::test {

/// A path the tests need: the environment variable `name` when set, else the value compiled in by CMake.
QString testPath(const char* name);

/** The two backends every storage test runs on. */
enum class Backend { Sqlite, Postgres };

/// How gtest prints a backend in test names and messages.
void PrintTo(Backend backend, std::ostream* out);

/// "Sqlite" / "Postgres", for parameterised test names.
std::string backendName(const ::testing::TestParamInfo<Backend>& info);

/**
 * A fresh, empty Parcours database for one test: a file in a temporary folder (SQLite) or a new database on
 * the throwaway server that ctest started (PostgreSQL), dropped at the end.
 */
class TestDatabase {
public:
    /// Creates the database (not yet opened by a Store); on failure, `error` says why.
    static std::unique_ptr<TestDatabase> create(Backend backend, QString* error);
    ~TestDatabase();

    Backend backend() const { return m_backend; }
    const DatabaseLocation& location() const { return m_location; }
    /// A folder the test may write files into.
    QString folder() const { return m_folder.path(); }
    /// Opens a new Store (a new connection) on the database.
    Result<std::unique_ptr<Store>> open() const { return Store::open(m_location); }

    /// The URL of the test server's maintenance database, or empty with `error` set when no server runs.
    static QString postgresAdminUrl(QString* error);
    /// Runs one statement on the maintenance connection of the test server (CREATE/DROP DATABASE, roles).
    static bool adminExec(const QString& statement, QString* error);

private:
    TestDatabase() = default;
    Backend m_backend = Backend::Sqlite;
    DatabaseLocation m_location;
    QString m_postgresName;
    QTemporaryDir m_folder;
};

/** Base for storage tests parameterised over both backends: a fresh opened Store per test. */
class StoreTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override;
    void TearDown() override;
    Store& store() { return *m_store; }
    TestDatabase& database() { return *m_database; }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

} // namespace parcours::test

/// Instantiates a StoreTest-derived suite on SQLite and PostgreSQL.
#define PARCOURS_ON_BOTH_BACKENDS(Suite)                                                                              \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                          \
                             ::testing::Values(::parcours::test::Backend::Sqlite,                                     \
                                               ::parcours::test::Backend::Postgres),                                  \
                             ::parcours::test::backendName)
