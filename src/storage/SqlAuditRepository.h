#pragma once

#include <parcours/core/AuditRepository.h>

namespace parcours {

class Database;

/** The audit log over Qt Sql: audit_entry and its one-row audit_anchor (migration 011). */
class SqlAuditRepository final : public AuditRepository {
public:
    explicit SqlAuditRepository(Database& database);

    Result<AuditTail> tail() override;
    Result<void> append(const AuditEntry& entry) override;
    Result<QList<AuditEntry>> entries(const AuditFilter& filter) override;
    Result<AuditAnchor> anchor() override;
    Result<int> purgeBefore(const QDateTime& cutoff, const QDateTime& now) override;
    Result<QString> login() override;
    Result<bool> readsEveryEntry() override;

private:
    Database& m_database;
    std::optional<QString> m_login;
};

} // namespace parcours
