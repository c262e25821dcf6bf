// The consultant's synthèse templates: part of SqlSynthesisRepository, kept apart from the versions.
#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

Result<QList<SynthesisTemplate>> SqlSynthesisRepository::templates()
{
    SqlQuery query(m_database, u"SELECT id, name, is_default, version FROM synthesis_template ORDER BY name"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<SynthesisTemplate> templates;
    while (query.next()) {
        SynthesisTemplate item;
        item.id = query.value(0).toLongLong();
        item.name = query.value(1).toString();
        item.isDefault = query.value(2).toBool();
        item.version = query.value(3).toInt();
        templates << item;
    }
    for (SynthesisTemplate& item : templates) {
        SqlQuery sections(m_database, u"SELECT key, title, hidden FROM synthesis_template_section "
                                      u"WHERE template_id = :id ORDER BY position"_s);
        sections.bind(u":id"_s, item.id);
        if (auto done = sections.exec(); !done)
            return done.error();
        while (sections.next())
            item.sections << SectionLayout { sections.value(0).toString(), sections.value(1).toString(),
                                             sections.value(2).toBool() };
    }
    return templates;
}

Result<qint64> SqlSynthesisRepository::saveTemplate(const SynthesisTemplate& synthesisTemplate)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (synthesisTemplate.isDefault) {
        SqlQuery clear(m_database, u"UPDATE synthesis_template SET is_default = :no, version = version + 1 "
                                   u"WHERE is_default = :yes"_s);
        clear.bind(u":no"_s, false).bind(u":yes"_s, true);
        if (auto done = clear.exec(); !done)
            return done.error();
    }
    SqlQuery upsert(m_database, u"INSERT INTO synthesis_template (name, is_default) VALUES (:name, :default) "
                                u"ON CONFLICT (name) DO UPDATE SET is_default = excluded.is_default, "
                                u"version = synthesis_template.version + 1 RETURNING id"_s);
    upsert.bind(u":name"_s, synthesisTemplate.name).bind(u":default"_s, synthesisTemplate.isDefault);
    auto id = upsert.execReturningId();
    if (!id)
        return id.error();
    SqlQuery clear(m_database, u"DELETE FROM synthesis_template_section WHERE template_id = :id"_s);
    clear.bind(u":id"_s, id.value());
    if (auto done = clear.exec(); !done)
        return done.error();
    for (qsizetype position = 0; position < synthesisTemplate.sections.size(); ++position) {
        const SectionLayout& section = synthesisTemplate.sections.at(position);
        SqlQuery insert(m_database, u"INSERT INTO synthesis_template_section (template_id, position, key, title, "
                                    u"hidden) VALUES (:id, :position, :key, :title, :hidden)"_s);
        insert.bind(u":id"_s, id.value())
            .bind(u":position"_s, static_cast<int>(position))
            .bind(u":key"_s, section.key)
            .bind(u":title"_s, textValue(section.title))
            .bind(u":hidden"_s, section.hidden);
        if (auto done = insert.exec(); !done)
            return done.error();
    }
    m_database.afterCommit([this] { Q_EMIT m_events.synthesisTemplatesChanged(); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> SqlSynthesisRepository::removeTemplate(qint64 templateId)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery remove(m_database, u"DELETE FROM synthesis_template WHERE id = :id"_s);
    remove.bind(u":id"_s, templateId);
    if (auto done = remove.exec(); !done)
        return done;
    if (remove.rowsAffected() != 1)
        return notFound(QCoreApplication::translate("Storage", "template"), templateId);
    m_database.afterCommit([this] { Q_EMIT m_events.synthesisTemplatesChanged(); });
    return transaction->commit();
}

} // namespace parcours
