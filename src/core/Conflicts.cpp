// Which sessions of one consultant overlap, for the agenda: counted for each, the first few named.
#include <parcours/core/Planner.h>

#include <QHash>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

namespace parcours {
namespace {

struct Span {
    int consultant;
    qint64 start; ///< minutes of wall clock: the agenda's overlaps are read on the clock, not across time zones
    qint64 end;
    qsizetype entry;
};

qint64 wallMinutes(const QDateTime& at)
{
    return at.date().toJulianDay() * 24 * 60 + at.time().msecsSinceStartOfDay() / 60000;
}

/// Marks one consultant's spans, sorted by start. A large centre's demonstration file puts its whole week in one
/// agenda, forty sessions an hour: listing every pair was a third of a million steps, so each session's overlaps are
/// counted from the ones still running and one binary search, and only the first kListedConflicts are looked for.
void markGroup(QList<AgendaEntry>& entries, const Span* first, const Span* last)
{
    const auto size = static_cast<std::size_t>(last - first);
    // The earlier sessions still running when the current one starts, by position in start order.
    std::set<std::size_t> running;
    auto byEnd = [first](std::size_t a, std::size_t b) { return first[a].end > first[b].end; };
    std::vector<std::size_t> endHeap;
    for (std::size_t j = 0; j < size; ++j) {
        const Span& span = first[j];
        while (!endHeap.empty() && first[endHeap.front()].end <= span.start) {
            running.erase(endHeap.front());
            std::pop_heap(endHeap.begin(), endHeap.end(), byEnd);
            endHeap.pop_back();
        }
        // Later sessions that start before this one ends: a run right after it in start order.
        const Span* after = std::lower_bound(first + j + 1, last, span.end,
            [](const Span& other, qint64 end) { return other.start < end; });
        const auto later = static_cast<std::size_t>(after - first) - j - 1;
        AgendaEntry& entry = entries[span.entry];
        entry.conflictCount = static_cast<int>(running.size() + later);
        for (auto it = running.begin(); it != running.end() && entry.conflicts.size() < AgendaEntry::kListedConflicts;
             ++it)
            entry.conflicts << entries[first[*it].entry].session.id;
        for (const Span* other = first + j + 1; other != after && entry.conflicts.size() < AgendaEntry::kListedConflicts;
             ++other)
            entry.conflicts << entries[other->entry].session.id;
        running.insert(j);
        endHeap.push_back(j);
        std::push_heap(endHeap.begin(), endHeap.end(), byEnd);
    }
}

} // namespace

void markConflicts(QList<AgendaEntry>& entries)
{
    // A cabinet's agenda may hold several consultants' sessions: only one person's own sessions can collide.
    QHash<QString, int> consultants;
    std::vector<Span> spans;
    spans.reserve(static_cast<std::size_t>(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        AgendaEntry& entry = entries[i];
        entry.conflicts.clear();
        entry.conflictCount = 0;
        if (!occupiesTime(entry.session.status))
            continue;
        auto known = consultants.constFind(entry.consultant);
        if (known == consultants.cend())
            known = consultants.insert(entry.consultant, static_cast<int>(consultants.size()));
        const Session& session = entry.session;
        const qint64 start = wallMinutes(session.startsAt);
        const int minutes = session.actualMinutes ? *session.actualMinutes : session.plannedMinutes;
        spans.push_back({ known.value(), start, start + minutes, i });
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return std::tie(a.consultant, a.start, a.entry) < std::tie(b.consultant, b.start, b.entry);
    });
    for (auto group = spans.begin(); group != spans.end();) {
        const auto end = std::find_if(
            group, spans.end(), [&](const Span& span) { return span.consultant != group->consultant; });
        markGroup(entries, &*group, &*group + (end - group));
        group = end;
    }
}

} // namespace parcours
