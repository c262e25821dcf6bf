// The complaints and incidents register and the improvement-actions log as PDF and CSV (indicators 31 and 32).
#include <parcours/core/SaveFile.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>
#include <parcours/reports/QualityDocuments.h>

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr const char* kContext = "QualityRegisters";

QString text(const DocumentLanguage& language, const char* source)
{
    return language.text(kContext, source);
}

QString day(const DocumentLanguage& language, QDate date)
{
    return date.isValid() ? language.locale().toString(date, u"dd/MM/yy"_s) : QString();
}

QString kindName(const DocumentLanguage& language, RegisterKind kind)
{
    return kind == RegisterKind::Complaint ? text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Complaint"))
                                           : text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Incident"));
}

QString statusName(const DocumentLanguage& language, ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Planned"));
    case ActionStatus::InProgress:
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "In progress"));
    case ActionStatus::Done:
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Done"));
    case ActionStatus::Dropped:
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Dropped"));
    }
    return {};
}

QString csvField(const QString& value)
{
    // Formula-looking cells are prefixed so a spreadsheet shows them as text.
    QString cell = value;
    if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        return u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
    return cell;
}

QByteArray csv(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << csvField(cell);
        out += cells.join(u';') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QList<QStringList> entryRows(const QList<RegisterEntry>& entries, const DocumentLanguage& language)
{
    QList<QStringList> rows;
    for (const RegisterEntry& e : entries)
        rows.append({ day(language, e.receivedOn), kindName(language, e.kind), e.fromWhom, e.nature, e.handling,
            e.closedOn.isValid() ? text(language, QT_TRANSLATE_NOOP("QualityRegisters", "%1 (closed on %2)"))
                                       .arg(e.outcome, day(language, e.closedOn))
                                 : text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Being handled")) });
    return rows;
}

QList<QStringList> actionRows(const QList<ImprovementAction>& actions, const DocumentLanguage& language)
{
    QList<QStringList> rows;
    for (const ImprovementAction& a : actions)
        rows.append({ day(language, a.raisedOn), a.source, a.action, a.owner, day(language, a.dueOn),
            statusName(language, a.status) });
    return rows;
}

QStringList entryHeaders(const DocumentLanguage& language)
{
    return { text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Date")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Kind")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "From")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Nature")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Handling")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Outcome")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Closed on")) };
}

QStringList actionHeaders(const DocumentLanguage& language)
{
    return { text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Date")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Source")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Action")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Who")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Due")),
        text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Status")) };
}

QString period(const DocumentLanguage& language, QDate from, QDate to)
{
    if (from.isValid() && to.isValid())
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "From %1 to %2"))
            .arg(language.longDate(from), language.longDate(to));
    if (from.isValid())
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Since %1")).arg(language.longDate(from));
    if (to.isValid())
        return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Up to %1")).arg(language.longDate(to));
    return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Every entry"));
}

QString registersTitle(const DocumentLanguage& language)
{
    return text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Quality registers"));
}

} // namespace

std::unique_ptr<QTextDocument> buildQualityRegisters(const QualityDocumentContext& context,
    const QList<RegisterEntry>& entries, const QList<ImprovementAction>& actions, QDate from, QDate to)
{
    const DocumentLanguage& language = context.language;
    DocumentBuilder builder(registersTitle(language));
    builder.letterhead(context.letterhead, language);
    builder.documentTitle(registersTitle(language), period(language, from, to));
    builder.heading(text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Complaints and incidents")), 1);
    builder.note(text(language,
        QT_TRANSLATE_NOOP("QualityRegisters",
            "Complaints received and incidents noticed, how they were handled "
            "and how they ended (Qualiopi indicator 31).")));
    if (entries.isEmpty())
        builder.paragraph(text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Nothing recorded in the period.")));
    else
        builder.table(entryHeaders(language).mid(0, 6), entryRows(entries, language), { 12, 17, 14, 19, 18, 20 });
    builder.heading(text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Improvement actions")), 1);
    builder.note(text(language,
        QT_TRANSLATE_NOOP("QualityRegisters",
            "What was decided to improve the service, from complaints, "
            "evaluations and audits (Qualiopi indicator 32).")));
    if (actions.isEmpty())
        builder.paragraph(text(language, QT_TRANSLATE_NOOP("QualityRegisters", "Nothing recorded in the period.")));
    else
        builder.table(actionHeaders(language), actionRows(actions, language), { 12, 19, 32, 14, 12, 11 });
    return builder.finish();
}

Result<void> writeQualityRegisters(const QualityDocumentContext& context, const QList<RegisterEntry>& entries,
    const QList<ImprovementAction>& actions, QDate from, QDate to, const QString& path)
{
    auto document = buildQualityRegisters(context, entries, actions, from, to);
    PdfOptions options;
    options.title = registersTitle(context.language);
    options.runningHeader = registersTitle(context.language) + u" — "_s + period(context.language, from, to);
    options.language = &context.language;
    return PdfWriter::writeFile(*document, options, path);
}

QByteArray registerCsv(const QList<RegisterEntry>& entries, const DocumentLanguage& language)
{
    QList<QStringList> rows { entryHeaders(language) };
    for (const RegisterEntry& e : entries)
        rows.append({ formatIsoDate(e.receivedOn), kindName(language, e.kind), e.fromWhom, e.nature, e.handling,
            e.outcome, e.closedOn.isValid() ? formatIsoDate(e.closedOn) : QString() });
    return csv(rows);
}

QByteArray actionsCsv(const QList<ImprovementAction>& actions, const DocumentLanguage& language)
{
    QList<QStringList> rows { actionHeaders(language) };
    for (const ImprovementAction& a : actions)
        rows.append({ formatIsoDate(a.raisedOn), a.source, a.action, a.owner,
            a.dueOn.isValid() ? formatIsoDate(a.dueOn) : QString(), statusName(language, a.status) });
    return csv(rows);
}

QByteArray csvTable(const QList<QStringList>& rows)
{
    return csv(rows);
}

Result<void> writeBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SaveFile", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write(bytes);
    return commitWhole(file);
}

} // namespace parcours
