// The agenda and CPF queries of the schedule over Qt Sql.
#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"
#include "SqlScheduleRepository.h"
#include "SqliteStatement.h"

#include <parcours/core/StoreEvents.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

namespace {

/// How far back the sessions of every bilan are read for the sessions to log (older: the open bilans' only).
constexpr int kUnloggedLookBackDays = 366;

// The week's sessions with their beneficiaries (a large centre's week is thousands of rows: see agenda()).
constexpr auto kAgendaColumns = "s.id, s.bilan_id, s.phase, s.starts_at, s.planned_minutes, s.actual_minutes, s.status, "
                                "s.version, b.client_id, c.last_name, c.first_name, b.funding, r.place, r.moved_to, "
                                "c.consultant FROM session s JOIN bilan b ON b.id = s.bilan_id "
                                "JOIN client c ON c.id = b.client_id LEFT JOIN session_record r ON r.session_id = s.id";

/// One agenda row read through Qt Sql (PostgreSQL).
struct QtAgendaRow {
    const SqlQuery& query;
    bool isNull(int column) const { return query.value(column).isNull(); }
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
    QString text(int column) const { return query.value(column).toString(); }
    template<typename E>
    std::optional<E> key(int column) const { return fromKey<E>(query.value(column).toString()); }
    QDateTime wallClock(int column) const { return readWallClock(query.value(column)); }
};

/// One agenda row read straight from SQLite: keys and times are parsed from the row's bytes, without a QVariant.
struct SqliteAgendaRow {
    const SqliteStatement& statement;
    bool isNull(int column) const { return statement.isNull(column); }
    qint64 integer(int column) const { return statement.integer(column); }
    QString text(int column) const { return statement.text(column); }
    template<typename E>
    std::optional<E> key(int column) const
    {
        std::array<char16_t, 32> buffer;
        const auto view = statement.ascii(column, buffer);
        return view ? fromKey<E>(*view) : std::nullopt;
    }
    QDateTime wallClock(int column) const
    {
        std::array<char16_t, 32> buffer;
        const auto view = statement.ascii(column, buffer);
        return view ? parseWallClock(*view).value_or(QDateTime()) : QDateTime();
    }
};

template<typename Row>
AgendaEntry agendaEntry(const Row& row)
{
    AgendaEntry entry;
    Session& session = entry.session;
    session.id = row.integer(0);
    session.bilanId = row.integer(1);
    session.phase = row.template key<Phase>(2).value_or(Phase::Investigation);
    session.startsAt = row.wallClock(3);
    session.plannedMinutes = static_cast<int>(row.integer(4));
    if (!row.isNull(5))
        session.actualMinutes = static_cast<int>(row.integer(5));
    session.status = row.template key<SessionStatus>(6).value_or(SessionStatus::Planned);
    session.version = static_cast<int>(row.integer(7));
    entry.clientId = row.integer(8);
    entry.lastName = row.text(9);
    entry.firstName = row.text(10);
    entry.funding = row.template key<Funding>(11).value_or(Funding::Personal);
    if (!row.isNull(12))
        entry.place = row.template key<Place>(12);
    entry.movedTo = row.isNull(13) ? 0 : row.integer(13);
    entry.consultant = row.text(14);
    return entry;
}

} // namespace

Result<QList<AgendaEntry>> SqlScheduleRepository::agenda(QDate from, QDate to)
{
    QList<AgendaEntry> entries;
    if (!m_database.isPostgres()) {
        // A large centre's week is 1,800 sessions: read through Qt Sql, each of their fifteen values became a QVariant
        // and most a UTF-16 copy, a third of the agenda's time (docs/performance.md).
        auto statement = SqliteStatement::prepare(
            m_database, QByteArray("SELECT ") + kAgendaColumns
                + " WHERE s.starts_at >= ?1 AND s.starts_at < ?2 ORDER BY s.starts_at, s.id");
        if (!statement)
            return statement.error();
        statement->bind(1, formatIsoDate(from).toLatin1()).bind(2, formatIsoDate(to.addDays(1)).toLatin1());
        while (true) {
            auto row = statement->next();
            if (!row)
                return row.error();
            if (!row.value())
                return entries;
            entries.append(agendaEntry(SqliteAgendaRow { *statement }));
        }
    }
    SqlQuery query(m_database,
        u"SELECT "_s + QLatin1StringView(kAgendaColumns)
            + u" WHERE s.starts_at >= :from AND s.starts_at < :to ORDER BY s.starts_at, s.id"_s);
    query.bind(u":from"_s, dateValue(from)).bind(u":to"_s, dateValue(to.addDays(1)));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next())
        entries.append(agendaEntry(QtAgendaRow { query }));
    return entries;
}

Result<QList<CpfDeclaration>> SqlScheduleRepository::cpfDeclarations(qint64 bilanId)
{
    SqlQuery query(
        m_database, u"SELECT step, declared_on FROM cpf_declaration WHERE bilan_id = :bilan ORDER BY step"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CpfDeclaration> declarations;
    while (query.next()) {
        if (const auto step = fromKey<CpfStep>(query.value(0).toString()))
            declarations << CpfDeclaration { bilanId, *step, readDate(query.value(1)) };
    }
    return declarations;
}

Result<void> SqlScheduleRepository::putCpfDeclaration(const CpfDeclaration& declaration)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO cpf_declaration (bilan_id, step, declared_on, recorded_at) VALUES "
        u"(:bilan, :step, :date, CURRENT_TIMESTAMP) ON CONFLICT (bilan_id, step) DO UPDATE "
        u"SET declared_on = excluded.declared_on, recorded_at = excluded.recorded_at, "
        u"version = cpf_declaration.version + 1"_s);
    query.bind(u":bilan"_s, declaration.bilanId)
        .bind(u":step"_s, toKey(declaration.step))
        .bind(u":date"_s, dateValue(declaration.declaredOn));
    if (auto done = query.exec(); !done)
        return done.error();
    const qint64 bilanId = declaration.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.cpfDeclarationChanged(bilanId); });
    return transaction->commit();
}

Result<QList<CpfBilanFacts>> SqlScheduleRepository::selectCpfFacts(const QString& where, qint64 bilanId)
{
    SqlQuery query(m_database,
        u"SELECT b.id, b.client_id, b.status, b.funding, b.start_date, b.end_date, b.version, "
        u"c.first_name, c.last_name, "
        u"(SELECT MIN(s.starts_at) FROM session s WHERE s.bilan_id = b.id AND s.status = 'done'), "
        u"(SELECT MAX(s.starts_at) FROM session s WHERE s.bilan_id = b.id AND s.status = 'done'), "
        u"(SELECT d.declared_on FROM cpf_declaration d WHERE d.bilan_id = b.id AND d.step = 'entry'), "
        u"(SELECT d.declared_on FROM cpf_declaration d WHERE d.bilan_id = b.id AND d.step = 'exit') "
        u"FROM bilan b JOIN client c ON c.id = b.client_id WHERE "_s
            + where + u" ORDER BY b.id"_s);
    if (bilanId > 0)
        query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CpfBilanFacts> facts;
    while (query.next()) {
        CpfBilanFacts item;
        item.bilan.id = query.value(0).toLongLong();
        item.bilan.clientId = query.value(1).toLongLong();
        item.bilan.status = fromKey<BilanStatus>(query.value(2).toString()).value_or(BilanStatus::Open);
        item.bilan.funding = fromKey<Funding>(query.value(3).toString()).value_or(Funding::Personal);
        item.bilan.startDate = readDate(query.value(4));
        item.bilan.endDate = readDate(query.value(5));
        item.bilan.version = query.value(6).toInt();
        const QString first = query.value(7).toString();
        const QString last = query.value(8).toString();
        item.clientName = first.isEmpty() ? last : first + u' ' + last;
        item.firstSessionDone = readWallClock(query.value(9)).date();
        item.lastSessionDone = readWallClock(query.value(10)).date();
        if (const QDate entry = readDate(query.value(11)); entry.isValid())
            item.declarations << CpfDeclaration { item.bilan.id, CpfStep::Entry, entry };
        if (const QDate exit = readDate(query.value(12)); exit.isValid())
            item.declarations << CpfDeclaration { item.bilan.id, CpfStep::Exit, exit };
        facts << item;
    }
    return facts;
}

Result<QList<CpfBilanFacts>> SqlScheduleRepository::cpfPending()
{
    // A declaration may be due: the bilan is CPF-funded, one session was done, and the entry is not declared or the
    // bilan has ended without its exit declared. The declarations are looked at first (cheap, by primary key) over
    // the CPF bilans only (partial index bilan_cpf_by_status): the reminders run this over every bilan.
    return selectCpfFacts(
        u"b.funding = 'cpf' AND (NOT EXISTS (SELECT 1 FROM cpf_declaration d WHERE d.bilan_id = b.id AND "
        u"d.step = 'entry') OR ((b.status <> 'open' OR b.end_date IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM "
        u"cpf_declaration d WHERE d.bilan_id = b.id AND d.step = 'exit'))) AND EXISTS (SELECT 1 FROM session s "
        u"WHERE s.bilan_id = b.id AND s.status = 'done')"_s,
        0);
}

Result<QList<UnloggedSessions>> SqlScheduleRepository::unloggedSessions(QDate day)
{
    // The reminders run this at start-up: reading every past session would be a scan of the whole history (100 ms
    // on a 20,000-beneficiary demo). So the last year is read from the covering index session_by_time, and older
    // sessions only for the bilans still open (the partial index of open bilans, then session_by_bilan); a bilan
    // ended more than a year before keeps its point in its compliance checks. SQLite is told the join order and
    // which index to leave alone (CROSS JOIN, unary +): it would otherwise scan session_by_time from the start.
    const bool sqlite = !m_database.isPostgres();
    const QString join = sqlite ? u"CROSS JOIN"_s : u"JOIN"_s;
    const QString plus = sqlite ? u"+"_s : QString();
    SqlQuery query(m_database,
        u"SELECT u.bilan_id, COUNT(*), MIN(u.starts_at), b.client_id, c.first_name, c.last_name FROM ("
        u"SELECT s.bilan_id, s.starts_at FROM session s WHERE s.starts_at >= :since AND s.starts_at < :day "
        u"AND s.status = 'planned' UNION ALL SELECT s.bilan_id, s.starts_at FROM bilan o "_s
            + join + u" session s ON s.bilan_id = o.id WHERE o.status = 'open' AND "_s + plus
            + u"s.status = 'planned' AND s.starts_at < :before) u JOIN bilan b ON b.id = u.bilan_id "
              u"JOIN client c ON c.id = b.client_id GROUP BY u.bilan_id, b.client_id, c.first_name, c.last_name "
              u"ORDER BY u.bilan_id"_s);
    const QDate since = day.addDays(-kUnloggedLookBackDays);
    query.bind(u":since"_s, dateValue(since)).bind(u":before"_s, dateValue(since));
    query.bind(u":day"_s, dateValue(day));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<UnloggedSessions> found;
    while (query.next()) {
        UnloggedSessions item;
        item.bilanId = query.value(0).toLongLong();
        item.count = query.value(1).toInt();
        item.firstDay = readWallClock(query.value(2)).date();
        item.clientId = query.value(3).toLongLong();
        const QString first = query.value(4).toString();
        const QString last = query.value(5).toString();
        item.clientName = first.isEmpty() ? last : first + u' ' + last;
        found << item;
    }
    return found;
}

Result<CpfBilanFacts> SqlScheduleRepository::cpfFacts(qint64 bilanId)
{
    auto facts = selectCpfFacts(u"b.id = :bilan"_s, bilanId);
    if (!facts)
        return facts.error();
    if (facts->isEmpty())
        return notFound(QCoreApplication::translate("Storage", "bilan"), bilanId);
    return facts->first();
}

Result<QString> SqlScheduleRepository::calendarUidDomain()
{
    SqlQuery query(m_database, u"SELECT uid_domain FROM calendar_identity WHERE id = 1"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(
            ErrorCode::Storage, QCoreApplication::translate("Storage", "The calendar identity is missing."));
    return query.value(0).toString();
}

} // namespace parcours
