<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AgreementRules</name>
        <message numerus="yes">
            <source>Sent; awaiting the signature until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>Sent; awaiting the signature until %1 (%n day left)</numerusform>
                <numerusform>Sent; awaiting the signature until %1 (%n days left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message numerus="yes">
            <source>%n more character(s)</source>
            <translation>
                <numerusform>%n more character</numerusform>
                <numerusform>%n more characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Wait %n second before trying again.</numerusform>
                <numerusform>Wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Wrong password. Wait %n second before trying again.</numerusform>
                <numerusform>Wrong password. Wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BilanService</name>
        <message numerus="yes">
            <source>Bilan no. %1 has %n logged session(s): deleting it would destroy their attendance records. Mark it abandoned instead, or confirm the deletion.</source>
            <translation>
                <numerusform>Bilan no. %1 has %n logged session: deleting it would destroy their attendance records. Mark it abandoned instead, or confirm the deletion.</numerusform>
                <numerusform>Bilan no. %1 has %n logged sessions: deleting it would destroy their attendance records. Mark it abandoned instead, or confirm the deletion.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingService</name>
        <message numerus="yes">
            <source>There is no funder no. %1: this bilan has %n funder(s).</source>
            <translation>
                <numerusform>There is no funder no. %1: this bilan has %n funder.</numerusform>
                <numerusform>There is no funder no. %1: this bilan has %n funders.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientImportService</name>
        <message numerus="yes">
            <source>The file has %n problem(s); nothing was imported. First: line %1: %2</source>
            <translation>
                <numerusform>The file has %n problem; nothing was imported. First: line %1: %2</numerusform>
                <numerusform>The file has %n problems; nothing was imported. First: line %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComplianceRules</name>
        <message numerus="yes">
            <source>%n point(s) to fix</source>
            <translation>
                <numerusform>%n point to fix</numerusform>
                <numerusform>%n points to fix</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In order so far; %n point(s) still to come</source>
            <translation>
                <numerusform>In order so far; %n point still to come</numerusform>
                <numerusform>In order so far; %n points still to come</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All checks done, %n of them late</source>
            <translation>
                <numerusform>All checks done, %n of them late</numerusform>
                <numerusform>All checks done, %n of them late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) to log (held, no-show, cancelled or moved): %1.</source>
            <translation>
                <numerusform>%n past session to log (held, no-show, cancelled or moved): %1.</numerusform>
                <numerusform>%n past sessions to log (held, no-show, cancelled or moved): %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvestigationService</name>
        <message numerus="yes">
            <source>The domain “%1” still holds %n competence(s): class them elsewhere first.</source>
            <translation>
                <numerusform>The domain “%1” still holds %n competence: class them elsewhere first.</numerusform>
                <numerusform>The domain “%1” still holds %n competences: class them elsewhere first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message numerus="yes">
            <source>%1 %2 (%n session(s))</source>
            <translation>
                <numerusform>%1 %2 (%n session)</numerusform>
                <numerusform>%1 %2 (%n sessions)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 sessions of %2 do not fit the phase budgets: the bilan can still take %3, that is %n session(s) at most. Plan fewer or shorter sessions, or change the budgets.</source>
            <translation>
                <numerusform>%1 sessions of %2 do not fit the phase budgets: the bilan can still take %3, that is %n session at most. Plan fewer or shorter sessions, or change the budgets.</numerusform>
                <numerusform>%1 sessions of %2 do not fit the phase budgets: the bilan can still take %3, that is %n sessions at most. Plan fewer or shorter sessions, or change the budgets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) of %1 make %2, but the bilan has only %3 left under the legal cap of %4 (%5 already committed).</source>
            <translation>
                <numerusform>%n session of %1 makes %2, but the bilan has only %3 left under the legal cap of %4 (%5 already committed).</numerusform>
                <numerusform>%n sessions of %1 make %2, but the bilan has only %3 left under the legal cap of %4 (%5 already committed).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScheduleEdits</name>
        <message numerus="yes">
            <source>plan %n session(s)</source>
            <translation>
                <numerusform>plan %n session</numerusform>
                <numerusform>plan %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message numerus="yes">
            <source>%n bilan(s)</source>
            <translation>
                <numerusform>%n bilan</numerusform>
                <numerusform>%n bilans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AbsencesDialog</name>
        <message numerus="yes">
            <source>%n planned session(s) fall in this absence: %1. Move or cancel them from the agenda.</source>
            <translation>
                <numerusform>%n planned session falls in this absence: %1. Move or cancel it from the agenda.</numerusform>
                <numerusform>%n planned sessions fall in this absence: %1. Move or cancel them from the agenda.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AgendaModel</name>
        <message numerus="yes">
            <source>and %n other overlapping session(s)</source>
            <translation>
                <numerusform>and %n other overlapping session</numerusform>
                <numerusform>and %n other overlapping sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AgendaWindow</name>
        <message numerus="yes">
            <source>⚠ %n session(s) overlap this week</source>
            <translation>
                <numerusform>⚠ %n session overlaps this week</numerusform>
                <numerusform>⚠ %n sessions overlap this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n session(s)</source>
            <translation>
                <numerusform>%1 — %n session</numerusform>
                <numerusform>%1 — %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AppController</name>
        <message numerus="yes">
            <source>Backup restored: %n beneficiary(ies), %1.</source>
            <translation>
                <numerusform>Backup restored: %n beneficiary, %1.</numerusform>
                <numerusform>Backup restored: %n beneficiaries, %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup made and checked: %n beneficiary(ies), %1.</source>
            <translation>
                <numerusform>Backup made and checked: %n beneficiary, %1.</numerusform>
                <numerusform>Backup made and checked: %n beneficiaries, %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AuditLogWindow</name>
        <message numerus="yes">
            <source>%n entry(ies).</source>
            <translation>
                <numerusform>%n entry.</numerusform>
                <numerusform>%n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The log is intact: %n entry(ies) checked, each one chained to the one before.</source>
            <translation>
                <numerusform>The log is intact: %n entry checked, chained to the one before.</numerusform>
                <numerusform>The log is intact: %n entries checked, each one chained to the one before.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::BackupsDialog</name>
        <message numerus="yes">
            <source>the backup of %1 (%n beneficiary(ies))</source>
            <translation>
                <numerusform>the backup of %1 (%n beneficiary)</numerusform>
                <numerusform>the backup of %1 (%n beneficiaries)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup made: %n beneficiary(ies), %1, checked.</source>
            <translation>
                <numerusform>Backup made: %n beneficiary, %1, checked.</numerusform>
                <numerusform>Backup made: %n beneficiaries, %1, checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted copy written to %1: %n beneficiary(ies), %2.</source>
            <translation>
                <numerusform>Encrypted copy written to %1: %n beneficiary, %2.</numerusform>
                <numerusform>Encrypted copy written to %1: %n beneficiaries, %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::BillingTab</name>
        <message numerus="yes">
            <source>Issue %n invoice(s), %1 in all, numbered and dated today? An issued invoice can be neither changed nor deleted: it is corrected with a credit note.</source>
            <translation>
                <numerusform>Issue %n invoice, %1 in all, numbered and dated today? An issued invoice can be neither changed nor deleted: it is corrected with a credit note.</numerusform>
                <numerusform>Issue %n invoices, %1 in all, numbered and dated today? An issued invoice can be neither changed nor deleted: it is corrected with a credit note.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::BillingWindow</name>
        <message numerus="yes">
            <source>Still owed: %1 on %n invoice(s)</source>
            <translation>
                <numerusform>Still owed: %1 on %n invoice</numerusform>
                <numerusform>Still owed: %1 on %n invoices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientImportDialog</name>
        <message numerus="yes">
            <source>%n beneficiary(ies) to create</source>
            <translation>
                <numerusform>%n beneficiary to create</numerusform>
                <numerusform>%n beneficiaries to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) not created</source>
            <translation>
                <numerusform>, %n duplicate not created</numerusform>
                <numerusform>, %n duplicates not created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to correct first: nothing is imported until then.</source>
            <translation>
                <numerusform>%n problem to correct first: nothing is imported until then.</numerusform>
                <numerusform>%n problems to correct first: nothing is imported until then.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beneficiary(ies) imported</source>
            <translation>
                <numerusform>%n beneficiary imported</numerusform>
                <numerusform>%n beneficiaries imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) left out</source>
            <translation>
                <numerusform>, %n duplicate left out</numerusform>
                <numerusform>, %n duplicates left out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientRights</name>
        <message numerus="yes">
            <source>All the data of %1 was exported to %2 (%n document(s)).</source>
            <translation>
                <numerusform>All the data of %1 was exported to %2 (%n document).</numerusform>
                <numerusform>All the data of %1 was exported to %2 (%n documents).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::ConnectionWatcher</name>
        <message numerus="yes">
            <source>The connection to the cabinet's server is lost; trying again in %n second(s). What you type is kept and saved once the link is back.</source>
            <translation>
                <numerusform>The connection to the cabinet's server is lost; trying again in %n second. What you type is kept and saved once the link is back.</numerusform>
                <numerusform>The connection to the cabinet's server is lost; trying again in %n seconds. What you type is kept and saved once the link is back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::FollowUpPanel</name>
        <message numerus="yes">
            <source>%n past session(s) to log</source>
            <translation>
                <numerusform>%n past session to log</numerusform>
                <numerusform>%n past sessions to log</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::FollowUps</name>
        <message numerus="yes">
            <source>%n follow-up(s) to do, %1 overdue</source>
            <translation>
                <numerusform>%n follow-up to do, %1 overdue</numerusform>
                <numerusform>%n follow-ups to do, %1 overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) to do</source>
            <translation>
                <numerusform>%n follow-up to do</numerusform>
                <numerusform>%n follow-ups to do</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due within 30 days, %1 of them overdue: see the Follow-ups panel.</source>
            <translation>
                <numerusform>%n reminder due within 30 days, %1 of them overdue: see the Follow-ups panel.</numerusform>
                <numerusform>%n reminders due within 30 days, %1 of them overdue: see the Follow-ups panel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due within 30 days: see the Follow-ups panel.</source>
            <translation>
                <numerusform>%n reminder due within 30 days: see the Follow-ups panel.</numerusform>
                <numerusform>%n reminders due within 30 days: see the Follow-ups panel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) to log.</source>
            <translation>
                <numerusform>%n past session to log.</numerusform>
                <numerusform>%n past sessions to log.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::InvoiceTableModel</name>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::LockDialog</name>
        <message numerus="yes">
            <source>Wrong password. Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Wrong password. Wait %n second before trying again.</numerusform>
                <numerusform>Wrong password. Wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::PeerFeedbackPage</name>
        <message numerus="yes">
            <source>%n respondent(s): %1</source>
            <translation>
                <numerusform>%n respondent: %1</numerusform>
                <numerusform>%n respondents: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::PhaseTimeline</name>
        <message numerus="yes">
            <source>%1: %2 done of %3, %n session(s) done</source>
            <translation>
                <numerusform>%1: %2 done of %3, %n session done</numerusform>
                <numerusform>%1: %2 done of %3, %n sessions done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n planned</source>
            <translation>
                <numerusform>, %n planned</numerusform>
                <numerusform>, %n planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::PlanDialog</name>
        <message numerus="yes">
            <source>%n session(s), %1 face to face</source>
            <translation>
                <numerusform>%n session, %1 face to face</numerusform>
                <numerusform>%n sessions, %1 face to face</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overlap(s) with other sessions: kept only if you save them so</source>
            <translation>
                <numerusform>%n overlap with other sessions: kept only if you save them so</numerusform>
                <numerusform>%n overlaps with other sessions: kept only if you save them so</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) planned.</source>
            <translation>
                <numerusform>%n session planned.</numerusform>
                <numerusform>%n sessions planned.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::RecoveryDialog</name>
        <message numerus="yes">
            <source>The latest good backup is from %1 (%n beneficiary(ies), %2). Restoring it puts it in place of the damaged file, which is kept in the backups folder, never deleted.</source>
            <translation>
                <numerusform>The latest good backup is from %1 (%n beneficiary, %2). Restoring it puts it in place of the damaged file, which is kept in the backups folder, never deleted.</numerusform>
                <numerusform>The latest good backup is from %1 (%n beneficiaries, %2). Restoring it puts it in place of the damaged file, which is kept in the backups folder, never deleted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::RetentionTab</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n record(s)</source>
            <translation>
                <numerusform>%1: %n record</numerusform>
                <numerusform>%1: %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, to destroy in %n day(s)</source>
            <translation>
                <numerusform>%1, to destroy in %n day</numerusform>
                <numerusform>%1, to destroy in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::Scheduling</name>
        <message numerus="yes">
            <source>%n event(s) exported to %1. Import the file again after a change: the events are updated, not duplicated.</source>
            <translation>
                <numerusform>%n event exported to %1. Import the file again after a change: the events are updated, not duplicated.</numerusform>
                <numerusform>%n events exported to %1. Import the file again after a change: the events are updated, not duplicated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete bilan no. %1 of %2 with its %n session(s)?</source>
            <translation>
                <numerusform>Delete bilan no. %1 of %2 with its %n session?</numerusform>
                <numerusform>Delete bilan no. %1 of %2 with its %n sessions?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) were logged: their attendance records, notes and scans will be destroyed too. If the bilan stopped, marking it abandoned keeps them.</source>
            <translation>
                <numerusform>%n session was logged: their attendance records, notes and scans will be destroyed too. If the bilan stopped, marking it abandoned keeps them.</numerusform>
                <numerusform>%n sessions were logged: their attendance records, notes and scans will be destroyed too. If the bilan stopped, marking it abandoned keeps them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::SectionEditor</name>
        <message numerus="yes">
            <source>This section: %n word(s)</source>
            <translation>
                <numerusform>This section: %n word</numerusform>
                <numerusform>This section: %n words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synthesis: %n word(s)</source>
            <translation>
                <numerusform>Synthesis: %n word</numerusform>
                <numerusform>Synthesis: %n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::SectionListModel</name>
        <message numerus="yes">
            <source>Hidden: not printed (%n word(s))</source>
            <translation>
                <numerusform>Hidden: not printed (%n word)</numerusform>
                <numerusform>Hidden: not printed (%n words)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::SynthesisTab</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
</TS>
