#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kVersionColumns = u"id, bilan_id, number, status, created_at, submitted_at, finalized_at, "
                                u"observations, version"_s;

SynthesisVersion readVersion(const SqlQuery& query)
{
    SynthesisVersion version;
    version.id = query.value(0).toLongLong();
    version.bilanId = query.value(1).toLongLong();
    version.number = query.value(2).toInt();
    version.status = fromKey<SynthesisStatus>(query.value(3).toString()).value_or(SynthesisStatus::Draft);
    version.createdAt = readWallClock(query.value(4));
    version.submittedAt = readWallClock(query.value(5));
    version.finalizedAt = readWallClock(query.value(6));
    version.observations = query.value(7).toString();
    version.version = query.value(8).toInt();
    return version;
}

QString synthesisKind()
{
    return QCoreApplication::translate("Storage", "synthesis version");
}

} // namespace

SqlSynthesisRepository::SqlSynthesisRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<void> SqlSynthesisRepository::loadContent(SynthesisVersion& version)
{
    SqlQuery sections(m_database, u"SELECT key, title, hidden, body FROM synthesis_section WHERE version_id = :id "
                                  u"ORDER BY position"_s);
    sections.bind(u":id"_s, version.id);
    if (auto done = sections.exec(); !done)
        return done;
    while (sections.next()) {
        SynthesisSection section;
        section.key = sections.value(0).toString();
        section.title = sections.value(1).toString();
        section.hidden = sections.value(2).toBool();
        const QByteArray body = sections.value(3).toString().toUtf8();
        // A body that cannot be read as rich text is shown empty rather than as markup.
        section.body = body.isEmpty() ? RichText {} : RichText::fromJson(body).value_or(RichText {});
        version.sections << section;
    }
    SqlQuery actions(m_database, u"SELECT horizon, step, contact, target_date FROM synthesis_action "
                                 u"WHERE version_id = :id ORDER BY position"_s);
    actions.bind(u":id"_s, version.id);
    if (auto done = actions.exec(); !done)
        return done;
    while (actions.next()) {
        PlannedAction action;
        action.horizon = fromKey<Horizon>(actions.value(0).toString()).value_or(Horizon::Short);
        action.step = actions.value(1).toString();
        action.contact = actions.value(2).toString();
        action.targetDate = readDate(actions.value(3));
        version.actions << action;
    }
    return success();
}

Result<std::optional<SynthesisVersion>> SqlSynthesisRepository::latest(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT "_s + kVersionColumns
                                   + u" FROM synthesis_version WHERE bilan_id = :bilan ORDER BY number DESC LIMIT 1"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<SynthesisVersion>();
    SynthesisVersion version = readVersion(query);
    if (auto loaded = loadContent(version); !loaded)
        return loaded.error();
    return std::optional(version);
}

Result<SynthesisVersion> SqlSynthesisRepository::get(qint64 versionId)
{
    SqlQuery query(m_database, u"SELECT "_s + kVersionColumns + u" FROM synthesis_version WHERE id = :id"_s);
    query.bind(u":id"_s, versionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(synthesisKind(), versionId);
    SynthesisVersion version = readVersion(query);
    if (auto loaded = loadContent(version); !loaded)
        return loaded.error();
    return version;
}

Result<QList<SynthesisVersion>> SqlSynthesisRepository::history(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT "_s + kVersionColumns
                                   + u" FROM synthesis_version WHERE bilan_id = :bilan ORDER BY number DESC"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<SynthesisVersion> versions;
    while (query.next())
        versions << readVersion(query);
    return versions;
}

Result<qint64> SqlSynthesisRepository::create(const SynthesisVersion& version)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO synthesis_version (bilan_id, number, status, created_at, submitted_at, "
                               u"finalized_at, observations) VALUES (:bilan, :number, :status, :created, :submitted, "
                               u":finalized, :observations) RETURNING id"_s);
    query.bind(u":bilan"_s, version.bilanId)
        .bind(u":number"_s, version.number)
        .bind(u":status"_s, toKey(version.status))
        .bind(u":created"_s, wallClockValue(version.createdAt))
        .bind(u":submitted"_s, wallClockValue(version.submittedAt))
        .bind(u":finalized"_s, wallClockValue(version.finalizedAt))
        .bind(u":observations"_s, textValue(version.observations));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    if (auto sections = writeSections(id.value(), version.sections); !sections)
        return sections.error();
    if (auto actions = writeActions(id.value(), version.actions); !actions)
        return actions.error();
    const qint64 bilanId = version.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.synthesisChanged(bilanId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> SqlSynthesisRepository::touch(qint64 versionId, int expected)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery update(m_database, u"UPDATE synthesis_version SET version = version + 1 "
                                u"WHERE id = :id AND version = :version"_s);
    update.bind(u":id"_s, versionId).bind(u":version"_s, expected);
    if (auto done = update.exec(); !done)
        return done;
    if (update.rowsAffected() != 1)
        return staleOrMissing(m_database, u"synthesis_version"_s, synthesisKind(), versionId);
    SqlQuery bilan(m_database, u"SELECT bilan_id FROM synthesis_version WHERE id = :id"_s);
    bilan.bind(u":id"_s, versionId);
    if (auto done = bilan.exec(); !done)
        return done;
    const qint64 bilanId = bilan.next() ? bilan.value(0).toLongLong() : 0;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.synthesisChanged(bilanId); });
    return transaction->commit();
}

Result<void> SqlSynthesisRepository::writeSectionBody(qint64 versionId, const QString& key, const RichText& body)
{
    SqlQuery query(m_database, u"UPDATE synthesis_section SET body = :body, version = version + 1 "
                               u"WHERE version_id = :id AND key = :key"_s);
    query.bind(u":body"_s, QString::fromUtf8(body.toJson())).bind(u":id"_s, versionId).bind(u":key"_s, key);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return notFound(QCoreApplication::translate("Storage", "section"), versionId);
    return success();
}

Result<void> SqlSynthesisRepository::writeSections(qint64 versionId, const QList<SynthesisSection>& sections)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    QStringList keys;
    for (qsizetype position = 0; position < sections.size(); ++position) {
        const SynthesisSection& section = sections.at(position);
        keys << section.key;
        SqlQuery upsert(m_database,
                        u"INSERT INTO synthesis_section (version_id, position, key, title, hidden, body) "
                        u"VALUES (:id, :position, :key, :title, :hidden, :body) ON CONFLICT (version_id, key) "
                        u"DO UPDATE SET position = excluded.position, title = excluded.title, hidden = excluded.hidden, "
                        u"body = excluded.body, version = synthesis_section.version + 1"_s);
        upsert.bind(u":id"_s, versionId)
            .bind(u":position"_s, static_cast<int>(position))
            .bind(u":key"_s, section.key)
            .bind(u":title"_s, textValue(section.title))
            .bind(u":hidden"_s, section.hidden)
            .bind(u":body"_s, section.body.isEmpty() ? u""_s : QString::fromUtf8(section.body.toJson()));
        if (auto done = upsert.exec(); !done)
            return done;
    }
    SqlQuery existing(m_database, u"SELECT key FROM synthesis_section WHERE version_id = :id"_s);
    existing.bind(u":id"_s, versionId);
    if (auto done = existing.exec(); !done)
        return done;
    QStringList removed;
    while (existing.next()) {
        if (!keys.contains(existing.value(0).toString()))
            removed << existing.value(0).toString();
    }
    for (const QString& key : std::as_const(removed)) {
        SqlQuery remove(m_database, u"DELETE FROM synthesis_section WHERE version_id = :id AND key = :key"_s);
        remove.bind(u":id"_s, versionId).bind(u":key"_s, key);
        if (auto done = remove.exec(); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> SqlSynthesisRepository::writeActions(qint64 versionId, const QList<PlannedAction>& actions)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery clear(m_database, u"DELETE FROM synthesis_action WHERE version_id = :id"_s);
    clear.bind(u":id"_s, versionId);
    if (auto done = clear.exec(); !done)
        return done;
    for (qsizetype position = 0; position < actions.size(); ++position) {
        const PlannedAction& action = actions.at(position);
        SqlQuery insert(m_database, u"INSERT INTO synthesis_action (version_id, position, horizon, step, contact, "
                                    u"target_date) VALUES (:id, :position, :horizon, :step, :contact, :target)"_s);
        insert.bind(u":id"_s, versionId)
            .bind(u":position"_s, static_cast<int>(position))
            .bind(u":horizon"_s, toKey(action.horizon))
            .bind(u":step"_s, textValue(action.step))
            .bind(u":contact"_s, textValue(action.contact))
            .bind(u":target"_s, dateValue(action.targetDate));
        if (auto done = insert.exec(); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> SqlSynthesisRepository::writeStatus(const SynthesisVersion& version)
{
    SqlQuery query(m_database, u"UPDATE synthesis_version SET status = :status, submitted_at = :submitted, "
                               u"finalized_at = :finalized, observations = :observations WHERE id = :id"_s);
    query.bind(u":status"_s, toKey(version.status))
        .bind(u":submitted"_s, wallClockValue(version.submittedAt))
        .bind(u":finalized"_s, wallClockValue(version.finalizedAt))
        .bind(u":observations"_s, textValue(version.observations))
        .bind(u":id"_s, version.id);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return notFound(synthesisKind(), version.id);
    return success();
}

} // namespace parcours
