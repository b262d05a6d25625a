<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rijkapp</source>
        <translation>About Rijkapp</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
    <message>
        <source>Your own companion for working at the Rijk: leave, IKB, development and the conversations of the gesprekscyclus, following the CAO Rijk. Rijkapp works without internet and keeps everything encrypted on this computer.

Rijkapp helps you plan and check; the CAO Rijk and P-Direkt decide. Check important choices with P-Direkt or your HR adviser.</source>
        <translation>Your own companion for working at the Rijk: leave, IKB, development and the conversations of the gesprekscyclus, following the CAO Rijk. Rijkapp works without internet and keeps everything encrypted on this computer.

Rijkapp helps you plan and check; the CAO Rijk and P-Direkt decide. Check important choices with P-Direkt or your HR adviser.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How you see it worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you see it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reflection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation type="unfinished">Your reflection</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Say what you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Agreements on results, your development, your career and your employability, with how you see that they worked and your own reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements in this conversation yet. Without its own agreements the PDF shows those of the planning conversation; take them over to say where each stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements in this conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <source>Remove the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the agreements of the planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the %1 agreements of the planning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Every change Rijkapp made to your data, newest first. The log stays inside your encrypted data file.</source>
        <translation>Every change Rijkapp made to your data, newest first. The log stays inside your encrypted data file.</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance per kind of hours</source>
        <translation>Balance per kind of hours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>No leave hours yet on this date.</source>
        <translation>No leave hours yet on this date.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>IKB-uren do not expire: what is left on 31 December moves to spaarverlof.</source>
        <translation>IKB-uren do not expire: what is left on 31 December moves to spaarverlof.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>assumption</translation>
    </message>
    <message>
        <source>This figure rests on an assumption: a rule that is not confirmed yet. %1 Rijkapp uses it as the best guess. Check this figure with P-Direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>How is %1 worked out?</source>
        <translation>How is %1 worked out?</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expires on %1</translation>
    </message>
    <message>
        <source>moves to spaarverlof on %1</source>
        <translation>moves to spaarverlof on %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
</context>
<context>
    <name>CertificateEditor</name>
    <message>
        <source>%1 — does not expire</source>
        <translation>%1 — does not expire</translation>
    </message>
    <message>
        <source>%1 — valid until %2</source>
        <translation>%1 — valid until %2</translation>
    </message>
    <message>
        <source>A certificate is kept encrypted in your own data, never as a loose file. Fill in its last valid day to get a reminder 90, 60, 30 and 7 days before.</source>
        <translation>A certificate is kept encrypted in your own data, never as a loose file. Fill in its last valid day to get a reminder 90, 60, 30 and 7 days before.</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>No certificates yet.</translation>
    </message>
    <message>
        <source>Certificates of this activity</source>
        <translation>Certificates of this activity</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Certificate issued on</translation>
    </message>
    <message>
        <source>&amp;Valid until (last day):</source>
        <translation>&amp;Valid until (last day):</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>Add a &amp;file…</translation>
    </message>
    <message>
        <source>Add a certificate file</source>
        <translation>Add a certificate file</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected certificate</source>
        <translation>Remove the selected certificate</translation>
    </message>
    <message>
        <source>Add a certificate</source>
        <translation>Add a certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction: balance in P-Direkt on %1</source>
        <translation>Correction: balance in P-Direkt on %1</translation>
    </message>
    <message>
        <source>Add a correction</source>
        <translation>Add a correction</translation>
    </message>
    <message>
        <source>Rijkapp adds %1 on %2, so that your total is the same as in P-Direkt. Choose the kind of hours the difference belongs to. You can undo this with Ctrl+Z.</source>
        <translation>Rijkapp adds %1 on %2, so that your total is the same as in P-Direkt. Choose the kind of hours the difference belongs to. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Kind of hours:</source>
        <translation>&amp;Kind of hours:</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Add correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong. Rijkapp could not finish what you were doing. What was saved before is safe.

The report is in %1. If it keeps happening, you can send this file to the makers of Rijkapp; it holds no data about you.</source>
        <translation>Something went wrong. Rijkapp could not finish what you were doing. What was saved before is safe.

The report is in %1. If it keeps happening, you can send this file to the makers of Rijkapp; it holds no data about you.</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export to JSON</source>
        <translation>Export to JSON</translation>
    </message>
    <message>
        <source>Rijkapp export (*.json)</source>
        <translation>Rijkapp export (*.json)</translation>
    </message>
    <message>
        <source>Your data was exported to %1.</source>
        <translation>Your data was exported to %1.</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Import from JSON</translation>
    </message>
    <message>
        <source>Importing replaces all your data in Rijkapp with the data in %1.

Rijkapp makes a backup first, so you can go back with File &gt; Restore a backup. Continue?</source>
        <translation>Importing replaces all your data in Rijkapp with the data in %1.

Rijkapp makes a backup first, so you can go back with File &gt; Restore a backup. Continue?</translation>
    </message>
    <message>
        <source>Imported. A backup was made first: %1.</source>
        <translation>Imported. A backup was made first: %1.</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Backup made: %1.</translation>
    </message>
    <message>
        <source>The backup of %1 is back. Your previous data is kept aside in %2.</source>
        <translation>The backup of %1 is back. Your previous data is kept aside in %2.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Choose from the calendar</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Choose from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty. Alt+Down opens a calendar.</source>
        <translation>Type a date like %1, or leave it empty. Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>Type a date like %1. Alt+Down opens a calendar.</source>
        <translation>Type a date like %1. Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>%1: choose from the calendar</source>
        <translation>%1: choose from the calendar</translation>
    </message>
    <message>
        <source>Fill in a date, like %1.</source>
        <translation>Fill in a date, like %1.</translation>
    </message>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation>Type a year from %1 to %2.</translation>
    </message>
    <message>
        <source>Type the year in four digits, like %1.</source>
        <translation>Type the year in four digits, like %1.</translation>
    </message>
    <message>
        <source>This date does not exist. Type a date like %1.</source>
        <translation>This date does not exist. Type a date like %1.</translation>
    </message>
    <message>
        <source>Type a date like %1.</source>
        <translation>Type a date like %1.</translation>
    </message>
</context>
<context>
    <name>DatedRecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DevelopmentBudgetDialog</name>
    <message>
        <source>Add a development budget</source>
        <translation>Add a development budget</translation>
    </message>
    <message>
        <source>Change a development budget</source>
        <translation>Change a development budget</translation>
    </message>
    <message>
        <source>A budget for your development, in money, in hours or both. What is not used by its last day lapses.</source>
        <translation>A budget for your development, in money, in hours or both. What is not used by its last day lapses.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the budget</source>
        <translation>Name of the budget</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <source>Whose budget it is</source>
        <translation>Whose budget it is</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>&amp;Money (€):</source>
        <translation>&amp;Money (€):</translation>
    </message>
    <message>
        <source>Money in euros</source>
        <translation>Money in euros</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>The organisation&apos;s</translation>
    </message>
    <message>
        <source>The team&apos;s</source>
        <translation>The team&apos;s</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>My own</translation>
    </message>
    <message>
        <source>for example Opleidingsbudget directie</source>
        <translation>for example Opleidingsbudget directie</translation>
    </message>
    <message>
        <source>for example your directorate</source>
        <translation>for example your directorate</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: fill in a number, for example %2.</source>
        <translation>%1: fill in a number, for example %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Add employment</source>
        <translation>Add employment</translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation>Change employment</translation>
    </message>
    <message>
        <source>Fill in your terms of employment from a date on, as on your payslip. They apply until the next record. Amounts are for full time (36 hours), as in the salary table of the CAO Rijk.</source>
        <translation>Fill in your terms of employment from a date on, as on your payslip. They apply until the next record. Amounts are for full time (36 hours), as in the salary table of the CAO Rijk.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>S&amp;tep (periodiek):</source>
        <translation>S&amp;tep (periodiek):</translation>
    </message>
    <message>
        <source>Full-time &amp;salary per month:</source>
        <translation>Full-time &amp;salary per month:</translation>
    </message>
    <message>
        <source>&amp;Allowances per month:</source>
        <translation>&amp;Allowances per month:</translation>
    </message>
    <message>
        <source>&amp;Last working day:</source>
        <translation>&amp;Last working day:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Step (periodiek)</source>
        <translation>Step (periodiek)</translation>
    </message>
    <message>
        <source>Allowances per month</source>
        <translation>Allowances per month</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>Full-time salary per month in euros</source>
        <translation>Full-time salary per month in euros</translation>
    </message>
    <message>
        <source>The salary for a full week of 36 hours at your scale and step. On your P-Direkt payslip it is the line “Salaris” if you work 36 hours. If you work fewer hours, that line shows your part: look up your scale and step in the salary table of the CAO Rijk.</source>
        <translation>The salary for a full week of 36 hours at your scale and step. On your P-Direkt payslip it is the line “Salaris” if you work 36 hours. If you work fewer hours, that line shows your part: look up your scale and step in the salary table of the CAO Rijk.</translation>
    </message>
    <message>
        <source>Only when you leave: the last day of your employment.</source>
        <translation>Only when you leave: the last day of your employment.</translation>
    </message>
    <message>
        <source>Your hours in your contract; 36 is full time.</source>
        <translation>Your hours in your contract; 36 is full time.</translation>
    </message>
    <message>
        <source>Part-time factor %1 (%2 of 36 hours).</source>
        <translation>Part-time factor %1 (%2 of 36 hours).</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: fill in a number of hours, for example %2.</translation>
    </message>
    <message>
        <source>%1: fill in an amount in euros, for example %2.</source>
        <translation>%1: fill in an amount in euros, for example %2.</translation>
    </message>
    <message>
        <source>%1: choose your scale; it is on your payslip.</source>
        <translation>%1: choose your scale; it is on your payslip.</translation>
    </message>
    <message>
        <source>%1: choose your step; it is on your payslip.</source>
        <translation>%1: choose your step; it is on your payslip.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is already a record from %1. Change that one instead.</source>
        <translation>There is already a record from %1. Change that one instead.</translation>
    </message>
</context>
<context>
    <name>EmploymentModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Full-time salary per month</source>
        <translation>Full-time salary per month</translation>
    </message>
    <message>
        <source>Allowances per month</source>
        <translation>Allowances per month</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <source>These terms apply today.</source>
        <translation>These terms apply today.</translation>
    </message>
</context>
<context>
    <name>ExpiryCard</name>
    <message>
        <source>What expires when</source>
        <translation>What expires when</translation>
    </message>
    <message>
        <source>None of your hours expire after this date. IKB-uren and spaarverlof do not expire.</source>
        <translation>None of your hours expire after this date. IKB-uren and spaarverlof do not expire.</translation>
    </message>
    <message>
        <source>%1 expire on %2</source>
        <translation>%1 expire on %2</translation>
    </message>
    <message>
        <source>You have planned all of it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have planned %1 of it already; %2 is not planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of it is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan those %1 before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan those %1 before %2: about %3 working days of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>This is an assumption: %1</source>
        <translation type="unfinished">This is an assumption: %1</translation>
    </message>
    <message>
        <source>This rule is an assumption: it is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>Each step below shows the date, what happened and the rule behind it.</source>
        <translation>Each step below shows the date, what happened and the rule behind it.</translation>
    </message>
    <message>
        <source>A step marked as an assumption rests on a rule that is not confirmed by the CAO Rijk yet. Check that figure with P-Direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to explain for this figure yet.</source>
        <translation>There is nothing to explain for this figure yet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Take over your balance from P-Direkt</source>
        <translation>Take over your balance from P-Direkt</translation>
    </message>
    <message>
        <source>Fill in your starting details again</source>
        <translation>Fill in your starting details again</translation>
    </message>
    <message>
        <source>Take over the balance from P-Direkt</source>
        <translation>Take over the balance from P-Direkt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>Bac&amp;k</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>F&amp;inish</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>Close without saving anything</translation>
    </message>
    <message>
        <source>Check this step and go to the next</source>
        <translation>Check this step and go to the next</translation>
    </message>
    <message>
        <source>Save everything and close</source>
        <translation>Save everything and close</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Your employment</source>
        <translation>Your employment</translation>
    </message>
    <message>
        <source>Your work schedule</source>
        <translation>Your work schedule</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Your week adds up to %1, your employment to %2 per week. Check your hours per day if that is not right.</source>
        <translation>Your week adds up to %1, your employment to %2 per week. Check your hours per day if that is not right.</translation>
    </message>
    <message>
        <source>Balance taken over from P-Direkt on %1</source>
        <translation>Balance taken over from P-Direkt on %1</translation>
    </message>
    <message>
        <source>Your starting details are saved.</source>
        <translation>Your starting details are saved.</translation>
    </message>
    <message>
        <source>Saved. Your leave balance on %1 is %2, as in P-Direkt.</source>
        <translation>Saved. Your leave balance on %1 is %2, as in P-Direkt.</translation>
    </message>
</context>
<context>
    <name>GesprekkenPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>The conversations of the gesprekscyclus Rijk with your manager: planning, reflecting on your functioning and the evaluation with a conclusion. Prepare each one from your own records and choose what goes in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens · Delete deletes · Insert adds</source>
        <translation type="unfinished">Enter opens · Delete deletes · Insert adds</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year you have at least one registered conversation with your manager. In the planning conversation you agree on results and your development; later you reflect on how it goes, and the evaluation ends with your manager&apos;s conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose New conversation… (or press Insert) to prepare your first one. Rijkapp fills in what it knows: your agreements, your learning and your budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1 deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Export leave to a calendar</source>
        <translation>Export leave to a calendar</translation>
    </message>
    <message>
        <source>Rijkapp makes an iCalendar file (.ics) with your leave as all-day events. Open it in Outlook or another calendar. The file stays on this computer.</source>
        <translation>Rijkapp makes an iCalendar file (.ics) with your leave as all-day events. Open it in Outlook or another calendar. The file stays on this computer.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Planned leave</source>
        <translation>&amp;Planned leave</translation>
    </message>
    <message>
        <source>&amp;Taken leave</source>
        <translation>&amp;Taken leave</translation>
    </message>
    <message>
        <source>Public &amp;holidays of the Rijk</source>
        <translation>Public &amp;holidays of the Rijk</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IkbAssumptions</name>
    <message>
        <source>Assumptions: these rules are not confirmed yet. Check the figures that depend on them with P-Direkt.</source>
        <translation>Assumptions: these rules are not confirmed yet. Check the figures that depend on them with P-Direkt.</translation>
    </message>
    <message>
        <source>• %1 Source: %2.</source>
        <translation>• %1 Source: %2.</translation>
    </message>
</context>
<context>
    <name>IkbChart</name>
    <message>
        <source>Accrued (running total)</source>
        <translation>Accrued (running total)</translation>
    </message>
    <message>
        <source>Spent (running total)</source>
        <translation>Spent (running total)</translation>
    </message>
    <message>
        <source>Paid out in the month</source>
        <translation>Paid out in the month</translation>
    </message>
    <message>
        <source>Chart of your IKB by month</source>
        <translation>Chart of your IKB by month</translation>
    </message>
    <message>
        <source>In %1 %2 accrues and %3 is spent; %4 is paid out in the course of the year, at the end included.</source>
        <translation>In %1 %2 accrues and %3 is spent; %4 is paid out in the course of the year, at the end included.</translation>
    </message>
</context>
<context>
    <name>IkbChoiceDialog</name>
    <message>
        <source>Whole hours only. Bought hours are added to your leave; hours you do not use move to your IKB-spaarverlof at the end of the year.</source>
        <translation>Whole hours only. Bought hours are added to your leave; hours you do not use move to your IKB-spaarverlof at the end of the year.</translation>
    </message>
    <message>
        <source>Sold hours come from your IKB-uren (leave) and are paid out on top of your budget. Bought hours cannot be sold.</source>
        <translation>Sold hours come from your IKB-uren (leave) and are paid out on top of your budget. Bought hours cannot be sold.</translation>
    </message>
    <message>
        <source>Try out an IKB choice</source>
        <translation>Try out an IKB choice</translation>
    </message>
    <message>
        <source>This choice is only used in the what-if comparison. Nothing is saved.</source>
        <translation>This choice is only used in the what-if comparison. Nothing is saved.</translation>
    </message>
    <message>
        <source>Add an IKB choice</source>
        <translation>Add an IKB choice</translation>
    </message>
    <message>
        <source>Change an IKB choice</source>
        <translation>Change an IKB choice</translation>
    </message>
    <message>
        <source>Plan what you do with your IKB budget in a month. Rijkapp checks the choice against the CAO Rijk as you type. You still make the choice yourself in the P-Direktportaal.</source>
        <translation>Plan what you do with your IKB budget in a month. Rijkapp checks the choice against the CAO Rijk as you type. You still make the choice yourself in the P-Direktportaal.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation>&amp;Choice:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Amount in euros</translation>
    </message>
    <message>
        <source>&amp;Fiscaal doel:</source>
        <translation>&amp;Fiscaal doel:</translation>
    </message>
    <message>
        <source>Fiscaal doel</source>
        <translation>Fiscaal doel</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Number of hours</source>
        <translation>Number of hours</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>P-Direkt:</source>
        <translation>P-Direkt:</translation>
    </message>
    <message>
        <source>Submitted in P-Direkt</source>
        <translation>Submitted in P-Direkt</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>optional, for yourself</source>
        <translation>optional, for yourself</translation>
    </message>
    <message>
        <source>I have submitted this choice in the P-Direktportaal</source>
        <translation>I have submitted this choice in the P-Direktportaal</translation>
    </message>
    <message>
        <source>Use in the comparison</source>
        <translation>Use in the comparison</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fill in an amount in euros, for example %1.</source>
        <translation>Fill in an amount in euros, for example %1.</translation>
    </message>
    <message>
        <source>Fill in a number of hours, for example %1.</source>
        <translation>Fill in a number of hours, for example %1.</translation>
    </message>
    <message>
        <source>With this choice another choice no longer fits: %1</source>
        <translation>With this choice another choice no longer fits: %1</translation>
    </message>
    <message>
        <source>Cost: %1 × %2 = %3.</source>
        <translation>Cost: %1 × %2 = %3.</translation>
    </message>
    <message>
        <source>Price of one IKB hour in %1: %2.</source>
        <translation>Price of one IKB hour in %1: %2.</translation>
    </message>
    <message>
        <source>Maximum in %1: %2. Bought in your other choices: %3.</source>
        <translation>Maximum in %1: %2. Bought in your other choices: %3.</translation>
    </message>
    <message>
        <source>You receive: %1 × %2 = %3, on top of your budget.</source>
        <translation>You receive: %1 × %2 = %3, on top of your budget.</translation>
    </message>
    <message>
        <source>Value of one sold IKB hour in %1: %2.</source>
        <translation>Value of one sold IKB hour in %1: %2.</translation>
    </message>
    <message>
        <source>Maximum to sell in %1: %2. Sold in your other choices: %3. The hours come from your IKB-uren (leave).</source>
        <translation>Maximum to sell in %1: %2. Sold in your other choices: %3. The hours come from your IKB-uren (leave).</translation>
    </message>
    <message>
        <source>Accrued by the end of %1: %2. Already spent by then in your other choices: %3.</source>
        <translation>Accrued by the end of %1: %2. Already spent by then in your other choices: %3.</translation>
    </message>
    <message>
        <source>There is no IKB budget in %1.</source>
        <translation>There is no IKB budget in %1.</translation>
    </message>
    <message>
        <source>What this choice means</source>
        <translation>What this choice means</translation>
    </message>
    <message>
        <source>%1: at most %2 a year from your IKB.</source>
        <translation>%1: at most %2 a year from your IKB.</translation>
    </message>
    <message>
        <source>%1: no fixed maximum a year.</source>
        <translation>%1: no fixed maximum a year.</translation>
    </message>
    <message>
        <source>Once every %1 calendar years.</source>
        <translation>Once every %1 calendar years.</translation>
    </message>
    <message>
        <source>Only together with the goal %1.</source>
        <translation>Only together with the goal %1.</translation>
    </message>
    <message>
        <source>Keep the proof (an invoice or annual statement in your name): P-Direkt may ask for it.</source>
        <translation>Keep the proof (an invoice or annual statement in your name): P-Direkt may ask for it.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Source: %1 (not confirmed)</source>
        <translation>Source: %1 (not confirmed)</translation>
    </message>
    <message>
        <source>(This rule is not confirmed.)</source>
        <translation>(This rule is not confirmed.)</translation>
    </message>
</context>
<context>
    <name>IkbChoiceList</name>
    <message>
        <source>Mark as not submitted</source>
        <translation>Mark as not submitted</translation>
    </message>
    <message>
        <source>Mark the selected choice as not submitted in P-Direkt</source>
        <translation>Mark the selected choice as not submitted in P-Direkt</translation>
    </message>
    <message>
        <source>Mark as submitted in P-Direkt</source>
        <translation>Mark as submitted in P-Direkt</translation>
    </message>
    <message>
        <source>Mark the selected choice as submitted in P-Direkt</source>
        <translation>Mark the selected choice as submitted in P-Direkt</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>What you do with your budget: an extra pay-out, buying or selling IKB-uren, or a fiscaal doel. Mark a choice as submitted once you have entered it in the P-Direktportaal.</source>
        <translation>What you do with your budget: an extra pay-out, buying or selling IKB-uren, or a fiscaal doel. Mark a choice as submitted once you have entered it in the P-Direktportaal.</translation>
    </message>
    <message>
        <source>Your IKB choices</source>
        <translation>Your IKB choices</translation>
    </message>
    <message>
        <source>No choices this year. If you change nothing, your whole budget is paid out in December.</source>
        <translation>No choices this year. If you change nothing, your whole budget is paid out in December.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add an IKB choice</source>
        <translation>Add an IKB choice</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the selected IKB choice</source>
        <translation>Change the selected IKB choice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected IKB choice</source>
        <translation>Delete the selected IKB choice</translation>
    </message>
    <message>
        <source>Add IKB choice</source>
        <translation>Add IKB choice</translation>
    </message>
    <message>
        <source>IKB choice added.</source>
        <translation>IKB choice added.</translation>
    </message>
    <message>
        <source>Change IKB choice</source>
        <translation>Change IKB choice</translation>
    </message>
    <message>
        <source>IKB choice changed.</source>
        <translation>IKB choice changed.</translation>
    </message>
    <message>
        <source>Delete IKB choice</source>
        <translation>Delete IKB choice</translation>
    </message>
    <message>
        <source>IKB choice for %1 deleted. Undo with Ctrl+Z.</source>
        <translation>IKB choice for %1 deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Mark IKB choice as submitted</source>
        <translation>Mark IKB choice as submitted</translation>
    </message>
    <message>
        <source>Mark IKB choice as not submitted</source>
        <translation>Mark IKB choice as not submitted</translation>
    </message>
    <message>
        <source>Marked as submitted in P-Direkt.</source>
        <translation>Marked as submitted in P-Direkt.</translation>
    </message>
    <message>
        <source>Marked as not submitted.</source>
        <translation>Marked as not submitted.</translation>
    </message>
</context>
<context>
    <name>IkbChoiceModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cost or value</source>
        <translation>Cost or value</translation>
    </message>
    <message>
        <source>Last day in P-Direkt</source>
        <translation>Last day in P-Direkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Not submitted, last day passed</source>
        <translation>Not submitted, last day passed</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Not submitted yet</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>IkbCutoffSection</name>
    <message>
        <source>Last day in P-Direkt</source>
        <translation>Last day in P-Direkt</translation>
    </message>
    <message>
        <source>Choices for a month must be in by &amp;day:</source>
        <translation>Choices for a month must be in by &amp;day:</translation>
    </message>
    <message>
        <source>Last day of the month for IKB choices</source>
        <translation>Last day of the month for IKB choices</translation>
    </message>
    <message>
        <source>Rijkapp assumes day %1 of each month.</source>
        <translation>Rijkapp assumes day %1 of each month.</translation>
    </message>
    <message>
        <source>You chose day %1 of each month.</source>
        <translation>You chose day %1 of each month.</translation>
    </message>
    <message>
        <source>P-Direkt publishes the real last day (“Afsluiting IKB”) for each month, usually around the 12th; it can differ per month. Choose the day P-Direkt gives. Source of the default: %1 (not confirmed).</source>
        <translation>P-Direkt publishes the real last day (“Afsluiting IKB”) for each month, usually around the 12th; it can differ per month. Choose the day P-Direkt gives. Source of the default: %1 (not confirmed).</translation>
    </message>
</context>
<context>
    <name>IkbFigures</name>
    <message>
        <source>Accrued in %1</source>
        <translation>Accrued in %1</translation>
    </message>
    <message>
        <source>Spent in %1</source>
        <translation>Spent in %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>The year is over; everything is paid out.</source>
        <translation>The year is over; everything is paid out.</translation>
    </message>
    <message>
        <source>of %1 in the whole year</source>
        <translation>of %1 in the whole year</translation>
    </message>
    <message>
        <source>%1 has not started yet; %2 in the whole year</source>
        <translation>%1 has not started yet; %2 in the whole year</translation>
    </message>
    <message>
        <source>Accrued so far</source>
        <translation>Accrued so far</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Spent so far</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Available now</translation>
    </message>
    <message>
        <source>Final pay-out in %1</source>
        <translation>Final pay-out in %1</translation>
    </message>
    <message>
        <source>You leave on %1; what is left is paid out after that.</source>
        <translation>You leave on %1; what is left is paid out after that.</translation>
    </message>
    <message>
        <source>Paid out in December</source>
        <translation>Paid out in December</translation>
    </message>
    <message>
        <source>Expected pay-out in December</source>
        <translation>Expected pay-out in December</translation>
    </message>
    <message>
        <source>What is left of your budget at the end of the year.</source>
        <translation>What is left of your budget at the end of the year.</translation>
    </message>
    <message>
        <source>IKB-uren bought</source>
        <translation>IKB-uren bought</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The most you can buy this year.</source>
        <translation>The most you can buy this year.</translation>
    </message>
    <message>
        <source>IKB-uren sold</source>
        <translation>IKB-uren sold</translation>
    </message>
    <message>
        <source>Sold hours are paid on top of your budget.</source>
        <translation>Sold hours are paid on top of your budget.</translation>
    </message>
</context>
<context>
    <name>IkbMonthModel</name>
    <message>
        <source>Extra pay-outs you chose, and what is left of the budget at the end of the year (or after leaving).</source>
        <translation>Extra pay-outs you chose, and what is left of the budget at the end of the year (or after leaving).</translation>
    </message>
    <message>
        <source>Pay-outs, bought hours and fiscale doelen together.</source>
        <translation>Pay-outs, bought hours and fiscale doelen together.</translation>
    </message>
    <message>
        <source>What is left of your budget at the end of the month.</source>
        <translation>What is left of your budget at the end of the month.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Accrued</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Hours bought (cost)</source>
        <translation>Hours bought (cost)</translation>
    </message>
    <message>
        <source>Fiscaal doel</source>
        <translation>Fiscaal doel</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>%1 + %2 sold hours</source>
        <translation>%1 + %2 sold hours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Forecast on your current salary.</source>
        <translation>Forecast on your current salary.</translation>
    </message>
    <message>
        <source>What is left of your budget is paid out in %1: %2.</source>
        <translation>What is left of your budget is paid out in %1: %2.</translation>
    </message>
    <message>
        <source>Sold IKB-uren are paid on top of your budget: %1.</source>
        <translation>Sold IKB-uren are paid on top of your budget: %1.</translation>
    </message>
    <message>
        <source>Bought hours you did not use are reversed: %1 returns to your budget.</source>
        <translation>Bought hours you did not use are reversed: %1 returns to your budget.</translation>
    </message>
</context>
<context>
    <name>IkbPage</name>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Your individueel keuzebudget: what you build up each month and what you do with it. You make your choices in the P-Direktportaal; here you plan them and see what they mean.</source>
        <translation>Your individueel keuzebudget: what you build up each month and what you do with it. You make your choices in the P-Direktportaal; here you plan them and see what they mean.</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile first: your hours and your salary. Then your IKB appears here, month by month.</source>
        <translation>Fill in your employment in your profile first: your hours and your salary. Then your IKB appears here, month by month.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>How is the IKB of this year worked out?</source>
        <translation>How is the IKB of this year worked out?</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Your IKB month by month</source>
        <translation>Your IKB month by month</translation>
    </message>
    <message>
        <source>Months in grey italics are a forecast on your current salary.</source>
        <translation>Months in grey italics are a forecast on your current salary.</translation>
    </message>
    <message>
        <source>How is this month worked out?</source>
        <translation>How is this month worked out?</translation>
    </message>
    <message>
        <source>How is the selected month worked out?</source>
        <translation>How is the selected month worked out?</translation>
    </message>
    <message>
        <source>Over the year</source>
        <translation>Over the year</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>What if?</translation>
    </message>
    <message>
        <source>Your plan breaks a rule of the CAO Rijk:</source>
        <translation>Your plan breaks a rule of the CAO Rijk:</translation>
    </message>
    <message>
        <source>Your IKB in %1</source>
        <translation>Your IKB in %1</translation>
    </message>
    <message>
        <source>IKB choices must now be in by day %1 of each month.</source>
        <translation>IKB choices must now be in by day %1 of each month.</translation>
    </message>
</context>
<context>
    <name>IkbReminderBanner</name>
    <message>
        <source>Mark these choices as submitted</source>
        <translation>Mark these choices as submitted</translation>
    </message>
    <message>
        <source>Submit your choice for %1 in the P-Direktportaal by %2.</source>
        <translation>Submit your choice for %1 in the P-Direktportaal by %2.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Not marked as submitted, and the last day has passed:</source>
        <translation>Not marked as submitted, and the last day has passed:</translation>
    </message>
    <message>
        <source>• %1 (last day %2)</source>
        <translation>• %1 (last day %2)</translation>
    </message>
    <message>
        <source>Check in the P-Direktportaal whether it was processed. Did you submit it in time? Then mark it as submitted below.</source>
        <translation>Check in the P-Direktportaal whether it was processed. Did you submit it in time? Then mark it as submitted below.</translation>
    </message>
    <message>
        <source>I have submitted it</source>
        <translation>I have submitted it</translation>
    </message>
</context>
<context>
    <name>IkbText</name>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>Extra pay-out</source>
        <translation>Extra pay-out</translation>
    </message>
    <message>
        <source>Buy IKB-uren</source>
        <translation>Buy IKB-uren</translation>
    </message>
    <message>
        <source>Sell IKB-uren</source>
        <translation>Sell IKB-uren</translation>
    </message>
    <message>
        <source>Fiscaal doel</source>
        <translation>Fiscaal doel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>IkbTile</name>
    <message>
        <source>Submit your choice for %1 in the P-Direktportaal by %2.</source>
        <translation>Submit your choice for %1 in the P-Direktportaal by %2.</translation>
    </message>
    <message>
        <source>Your choice for %1 is not marked as submitted, and its last day has passed.</source>
        <translation>Your choice for %1 is not marked as submitted, and its last day has passed.</translation>
    </message>
    <message>
        <source>%1 choices are not marked as submitted, and their last day has passed.</source>
        <translation>%1 choices are not marked as submitted, and their last day has passed.</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile to see your IKB budget.</source>
        <translation>Fill in your employment in your profile to see your IKB budget.</translation>
    </message>
    <message>
        <source>There is no IKB budget this year.</source>
        <translation>There is no IKB budget this year.</translation>
    </message>
    <message>
        <source>Accrued this year so far: %1</source>
        <translation>Accrued this year so far: %1</translation>
    </message>
    <message>
        <source>Final pay-out in %1: %2</source>
        <translation>Final pay-out in %1: %2</translation>
    </message>
    <message>
        <source>Expected pay-out in December: %1</source>
        <translation>Expected pay-out in December: %1</translation>
    </message>
    <message>
        <source>IKB-uren bought: %1 of at most %2</source>
        <translation>IKB-uren bought: %1 of at most %2</translation>
    </message>
    <message>
        <source>IKB: available now</source>
        <translation>IKB: available now</translation>
    </message>
</context>
<context>
    <name>IkbWhatIfPanel</name>
    <message>
        <source>As planned</source>
        <translation>As planned</translation>
    </message>
    <message>
        <source>All in December</source>
        <translation>All in December</translation>
    </message>
    <message>
        <source>Buy %1 hours</source>
        <translation>Buy %1 hours</translation>
    </message>
    <message>
        <source>Union fee via the IKB</source>
        <translation>Union fee via the IKB</translation>
    </message>
    <message>
        <source>Your own scenario</source>
        <translation>Your own scenario</translation>
    </message>
    <message>
        <source>Compare choices before you make them. Each column is your IKB year with other choices. Nothing you try here is saved.</source>
        <translation>Compare choices before you make them. Each column is your IKB year with other choices. Nothing you try here is saved.</translation>
    </message>
    <message>
        <source>&amp;Union fee (vakbondscontributie) per year:</source>
        <translation>&amp;Union fee (vakbondscontributie) per year:</translation>
    </message>
    <message>
        <source>Union fee per year</source>
        <translation>Union fee per year</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>Scenarios side by side</translation>
    </message>
    <message>
        <source>Add or remove choices to see what they do. They are only kept while this page is open, and never saved.</source>
        <translation>Add or remove choices to see what they do. They are only kept while this page is open, and never saved.</translation>
    </message>
    <message>
        <source>Choices in your own scenario</source>
        <translation>Choices in your own scenario</translation>
    </message>
    <message>
        <source>Add a choice…</source>
        <translation>Add a choice…</translation>
    </message>
    <message>
        <source>Add a choice to your own scenario</source>
        <translation>Add a choice to your own scenario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected choice from your own scenario</source>
        <translation>Remove the selected choice from your own scenario</translation>
    </message>
    <message>
        <source>Start from my plan</source>
        <translation>Start from my plan</translation>
    </message>
    <message>
        <source>Start your own scenario from your saved choices</source>
        <translation>Start your own scenario from your saved choices</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Remove every choice from your own scenario</source>
        <translation>Remove every choice from your own scenario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All in December: no choices this year, the whole budget is paid out at the end of the year.</source>
        <translation>All in December: no choices this year, the whole budget is paid out at the end of the year.</translation>
    </message>
    <message>
        <source>Buy %1 hours: this is not possible in any month of %2.</source>
        <translation>Buy %1 hours: this is not possible in any month of %2.</translation>
    </message>
    <message>
        <source>Buy %1 hours: in %2, the first month in which enough has accrued. They cost %3.</source>
        <translation>Buy %1 hours: in %2, the first month in which enough has accrued. They cost %3.</translation>
    </message>
    <message>
        <source>Union fee via the IKB: %1 in December %2 as a fiscaal doel.</source>
        <translation>Union fee via the IKB: %1 in December %2 as a fiscaal doel.</translation>
    </message>
    <message>
        <source>No choices: everything is paid out in December.</source>
        <translation>No choices: everything is paid out in December.</translation>
    </message>
    <message>
        <source>Fill in an amount in euros, for example %1.</source>
        <translation>Fill in an amount in euros, for example %1.</translation>
    </message>
</context>
<context>
    <name>InPdfBox</name>
    <message>
        <source>In the PDF</source>
        <translation type="unfinished">In the PDF</translation>
    </message>
    <message>
        <source>%1 in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformantsEditor</name>
    <message>
        <source>Only their name and function are kept. What informants said about you stays private: it is not written down here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function of the informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected informant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningActivityDialog</name>
    <message>
        <source>Add a learning activity</source>
        <translation>Add a learning activity</translation>
    </message>
    <message>
        <source>Change a learning activity</source>
        <translation>Change a learning activity</translation>
    </message>
    <message>
        <source>What you learn, from whom and when. On the right Rijkapp shows what your employer pays and what you pay, as you type.</source>
        <translation>What you learn, from whom and when. On the right Rijkapp shows what your employer pays and what you pay, as you type.</translation>
    </message>
    <message>
        <source>Parts of the activity</source>
        <translation>Parts of the activity</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation>Cost and funding</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>Certificates (%1)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Lesson and exam hours:</source>
        <translation>&amp;Lesson and exam hours:</translation>
    </message>
    <message>
        <source>Lesson and exam hours</source>
        <translation>Lesson and exam hours</translation>
    </message>
    <message>
        <source>Self-stud&amp;y hours:</source>
        <translation>Self-stud&amp;y hours:</translation>
    </message>
    <message>
        <source>Self-study hours</source>
        <translation>Self-study hours</translation>
    </message>
    <message>
        <source>Skill&amp;s:</source>
        <translation>Skill&amp;s:</translation>
    </message>
    <message>
        <source>Skills, separated by commas</source>
        <translation>Skills, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Cost (€):</source>
        <translation>&amp;Cost (€):</translation>
    </message>
    <message>
        <source>Cost in euros</source>
        <translation>Cost in euros</translation>
    </message>
    <message>
        <source>&amp;Why do you study?</source>
        <translation>&amp;Why do you study?</translation>
    </message>
    <message>
        <source>Reason for studiefaciliteiten</source>
        <translation>Reason for studiefaciliteiten</translation>
    </message>
    <message>
        <source>Paid from:</source>
        <translation>Paid from:</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <source>&amp;Development budget:</source>
        <translation>&amp;Development budget:</translation>
    </message>
    <message>
        <source>Development budget</source>
        <translation>Development budget</translation>
    </message>
    <message>
        <source>&amp;Talk agreement:</source>
        <translation>&amp;Talk agreement:</translation>
    </message>
    <message>
        <source>Talk agreement it serves</source>
        <translation>Talk agreement it serves</translation>
    </message>
    <message>
        <source>for example Projectmatig werken</source>
        <translation>for example Projectmatig werken</translation>
    </message>
    <message>
        <source>for example Rijksacademie</source>
        <translation>for example Rijksacademie</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>for example planning, writing advice</source>
        <translation>for example planning, writing advice</translation>
    </message>
    <message>
        <source>No studiefaciliteiten asked</source>
        <translation>No studiefaciliteiten asked</translation>
    </message>
    <message>
        <source>My manager asks me to</source>
        <translation>My manager asks me to</translation>
    </message>
    <message>
        <source>It is part of my career agreements</source>
        <translation>It is part of my career agreements</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>The reason decides the studiefaciliteiten of the CAO Rijk. For another reason your employer decides, up to the shares shown.</source>
        <translation>The reason decides the studiefaciliteiten of the CAO Rijk. For another reason your employer decides, up to the shares shown.</translation>
    </message>
    <message>
        <source>Studiefaciliteiten (CAO)</source>
        <translation>Studiefaciliteiten (CAO)</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>A+O Blik vooruit</source>
        <translation>A+O Blik vooruit</translation>
    </message>
    <message>
        <source>A+O Loopbaanadvies</source>
        <translation>A+O Loopbaanadvies</translation>
    </message>
    <message>
        <source>My own money</source>
        <translation>My own money</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Only for you: it stays in your own data and is not shown to anyone. Three questions can help: What did I learn? What does it mean for my work? What will I do next?</source>
        <translation>Only for you: it stays in your own data and is not shown to anyone. Three questions can help: What did I learn? What does it mean for my work? What will I do next?</translation>
    </message>
    <message>
        <source>&amp;Your reflection:</source>
        <translation>&amp;Your reflection:</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Your reflection</translation>
    </message>
    <message>
        <source>Put the three &amp;questions in the text</source>
        <translation>Put the three &amp;questions in the text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What did I learn?</source>
        <translation>What did I learn?</translation>
    </message>
    <message>
        <source>What does it mean for my work?</source>
        <translation>What does it mean for my work?</translation>
    </message>
    <message>
        <source>What will I do next?</source>
        <translation>What will I do next?</translation>
    </message>
    <message>
        <source>%1: fill in a number, for example %2.</source>
        <translation>%1: fill in a number, for example %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Studiefaciliteiten for %1</source>
        <translation>Studiefaciliteiten for %1</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>this activity</translation>
    </message>
</context>
<context>
    <name>LearningBudgets</name>
    <message>
        <source>Your development budgets</source>
        <translation>Your development budgets</translation>
    </message>
    <message>
        <source>Add a &amp;budget…</source>
        <translation>Add a &amp;budget…</translation>
    </message>
    <message>
        <source>Add a development budget</source>
        <translation>Add a development budget</translation>
    </message>
    <message>
        <source>No development budgets yet. Ask your manager whether your organisation or team has one, and add it here.</source>
        <translation>No development budgets yet. Ask your manager whether your organisation or team has one, and add it here.</translation>
    </message>
    <message>
        <source>of your organisation</source>
        <translation>of your organisation</translation>
    </message>
    <message>
        <source>of your team</source>
        <translation>of your team</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>your own</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translation>%1 · from %2 to %3</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Lapsed on %1.</source>
        <translation>Lapsed on %1.</translation>
    </message>
    <message>
        <source>Starts on %1.</source>
        <translation>Starts on %1.</translation>
    </message>
    <message>
        <source>What is left lapses on %1 unless you book it before then.</source>
        <translation>What is left lapses on %1 unless you book it before then.</translation>
    </message>
    <message>
        <source>Everything is booked: nothing lapses.</source>
        <translation>Everything is booked: nothing lapses.</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>How is what is left of %1 worked out?</source>
        <translation>How is what is left of %1 worked out?</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Add budget</translation>
    </message>
    <message>
        <source>Budget %1 added.</source>
        <translation>Budget %1 added.</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Change budget</translation>
    </message>
    <message>
        <source>Budget %1 changed.</source>
        <translation>Budget %1 changed.</translation>
    </message>
    <message>
        <source>Delete budget</source>
        <translation>Delete budget</translation>
    </message>
    <message>
        <source>Delete the budget %1? Activities booked on it stay in your learning log, booked on no budget.</source>
        <translation>Delete the budget %1? Activities booked on it stay in your learning log, booked on no budget.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Budget %1 deleted.</source>
        <translation>Budget %1 deleted.</translation>
    </message>
</context>
<context>
    <name>LearningCertificates</name>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>The certificate of %1 expired on %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until today. Renew it now.</source>
        <translation>The certificate of %1 is valid until today. Renew it now.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until tomorrow. Renew it now.</source>
        <translation>The certificate of %1 is valid until tomorrow. Renew it now.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until %2: %3 days left. Renew it in time.</source>
        <translation>The certificate of %1 is valid until %2: %3 days left. Renew it in time.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Your certificates</source>
        <translation>Your certificates</translation>
    </message>
    <message>
        <source>No certificates yet. Add one in an activity, on the Certificates tab.</source>
        <translation>No certificates yet. Add one in an activity, on the Certificates tab.</translation>
    </message>
    <message>
        <source>O&amp;pen certificate</source>
        <translation>O&amp;pen certificate</translation>
    </message>
    <message>
        <source>Open the selected certificate</source>
        <translation>Open the selected certificate</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a file</source>
        <translation>Save the selected certificate as a file</translation>
    </message>
    <message>
        <source>Expiry dates to calendar (.ics)…</source>
        <translation>Expiry dates to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Export the last valid days of your certificates to a calendar file</source>
        <translation>Export the last valid days of your certificates to a calendar file</translation>
    </message>
    <message>
        <source>No program was found to open %1. Use Save as… instead.</source>
        <translation>No program was found to open %1. Use Save as… instead.</translation>
    </message>
    <message>
        <source>%1 is open. The temporary copy is removed when you close Rijkapp.</source>
        <translation>%1 is open. The temporary copy is removed when you close Rijkapp.</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Save the certificate as</translation>
    </message>
    <message>
        <source>The certificate is saved as %1.</source>
        <translation>The certificate is saved as %1.</translation>
    </message>
    <message>
        <source>Export the certificates&apos; last valid days</source>
        <translation>Export the certificates&apos; last valid days</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved: %1</source>
        <translation>Calendar file saved: %1</translation>
    </message>
</context>
<context>
    <name>LearningChart</name>
    <message>
        <source>Lesson and exam hours</source>
        <translation>Lesson and exam hours</translation>
    </message>
    <message>
        <source>Self-study hours</source>
        <translation>Self-study hours</translation>
    </message>
    <message>
        <source>Cost (right)</source>
        <translation>Cost (right)</translation>
    </message>
    <message>
        <source>Chart of your learning hours and costs per year</source>
        <translation>Chart of your learning hours and costs per year</translation>
    </message>
    <message>
        <source>%1: %2 lesson and exam hours, %3 self-study, cost %4.</source>
        <translation>%1: %2 lesson and exam hours, %3 self-study, cost %4.</translation>
    </message>
</context>
<context>
    <name>LearningFacilities</name>
    <message>
        <source>Studiefaciliteiten for your activities</source>
        <translation>Studiefaciliteiten for your activities</translation>
    </message>
    <message>
        <source>What the CAO Rijk gives you depends on why you study. Choose an activity to see who pays, your study leave and the risk of paying back.</source>
        <translation>What the CAO Rijk gives you depends on why you study. Choose an activity to see who pays, your study leave and the risk of paying back.</translation>
    </message>
    <message>
        <source>Studiefaciliteiten per activity</source>
        <translation>Studiefaciliteiten per activity</translation>
    </message>
    <message>
        <source>No activities yet. Add them on the Learning page to see what is paid.</source>
        <translation>No activities yet. Add them on the Learning page to see what is paid.</translation>
    </message>
    <message>
        <source>Studiefaciliteiten for %1</source>
        <translation>Studiefaciliteiten for %1</translation>
    </message>
</context>
<context>
    <name>LearningLog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search the learning log</source>
        <translation>Search the learning log</translation>
    </message>
    <message>
        <source>title, provider, skill…</source>
        <translation>title, provider, skill…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>S&amp;kill:</translation>
    </message>
    <message>
        <source>Filter by skill</source>
        <translation>Filter by skill</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation>Learning log</translation>
    </message>
    <message>
        <source>Nothing in your learning log yet. Choose Add activity… or press Insert.</source>
        <translation>Nothing in your learning log yet. Choose Add activity… or press Insert.</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Add activity…</translation>
    </message>
    <message>
        <source>Add a learning activity</source>
        <translation>Add a learning activity</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the selected activity</source>
        <translation>Open the selected activity</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Delete the selected activity</translation>
    </message>
    <message>
        <source>Enter opens · Delete deletes · Insert adds</source>
        <translation>Enter opens · Delete deletes · Insert adds</translation>
    </message>
    <message>
        <source>Activities in your log: %1</source>
        <translation>Activities in your log: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of the %2 activities</source>
        <translation>Shown: %1 of the %2 activities</translation>
    </message>
    <message>
        <source>Add learning activity</source>
        <translation>Add learning activity</translation>
    </message>
    <message>
        <source>%1 added to your learning log.</source>
        <translation>%1 added to your learning log.</translation>
    </message>
    <message>
        <source>Change learning activity</source>
        <translation>Change learning activity</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 changed.</translation>
    </message>
    <message>
        <source>Delete %1 from your learning log? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1 from your learning log? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete %1 from your learning log, with its certificates? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1 from your learning log, with its certificates? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete learning activity</source>
        <translation>Delete learning activity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 deleted. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>LearningModels</name>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>no dates</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Your manager asks</source>
        <translation>Your manager asks</translation>
    </message>
    <message>
        <source>Career agreement</source>
        <translation>Career agreement</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Employer pays</source>
        <translation>Employer pays</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>You pay</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Study leave</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
</context>
<context>
    <name>LearningTileWidget</name>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Keep track of what you learn, and your certificates, on the Learning page.</source>
        <translation>Keep track of what you learn, and your certificates, on the Learning page.</translation>
    </message>
    <message>
        <source>Next certificate to renew: %1, valid until %2.</source>
        <translation>Next certificate to renew: %1, valid until %2.</translation>
    </message>
    <message>
        <source>Expired certificates: %1</source>
        <translation>Expired certificates: %1</translation>
    </message>
    <message>
        <source>Learning: hours this year</source>
        <translation>Learning: hours this year</translation>
    </message>
</context>
<context>
    <name>LeaveDaysTable</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>What each day costs</source>
        <translation>What each day costs</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>public holiday: %1</translation>
    </message>
    <message>
        <source>outside your employment</source>
        <translation>outside your employment</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>not a working day</translation>
    </message>
    <message>
        <source>no work schedule: weekly hours spread over Monday to Friday</source>
        <translation>no work schedule: weekly hours spread over Monday to Friday</translation>
    </message>
</context>
<context>
    <name>LeaveEntryDialog</name>
    <message>
        <source>Add leave</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <source>Change leave</source>
        <translation>Change leave</translation>
    </message>
    <message>
        <source>Choose your first and last day off. Rijkapp counts the hours from your work schedule: weekends, your days off and public holidays cost nothing.</source>
        <translation>Choose your first and last day off. Rijkapp counts the hours from your work schedule: weekends, your days off and public holidays cost nothing.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>&amp;Kind of hours:</source>
        <translation>&amp;Kind of hours:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>&amp;Whole days, as in my work schedule</source>
        <translation>&amp;Whole days, as in my work schedule</translation>
    </message>
    <message>
        <source>&amp;Enter the hours myself:</source>
        <translation>&amp;Enter the hours myself:</translation>
    </message>
    <message>
        <source>Hours entered by hand</source>
        <translation>Hours entered by hand</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>&amp;Half a day</source>
        <translation>&amp;Half a day</translation>
    </message>
    <message>
        <source>Fill in half of the hours you are scheduled to work on the first day.</source>
        <translation>Fill in half of the hours you are scheduled to work on the first day.</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Automatic: what expires first goes first</source>
        <translation>Automatic: what expires first goes first</translation>
    </message>
    <message>
        <source>A kind you choose is used first; when it runs out, the rest comes from the other hours.</source>
        <translation>A kind you choose is used first; when it runs out, the rest comes from the other hours.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>for example summer holiday</source>
        <translation>for example summer holiday</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1: fill in the hours, for example %2.</source>
        <translation>%1: fill in the hours, for example %2.</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: fill in a number of hours, for example %2.</translation>
    </message>
    <message>
        <source>Working out what this leave costs…</source>
        <translation>Working out what this leave costs…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rijkapp shows the cost as soon as the days and hours are right.</source>
        <translation>Rijkapp shows the cost as soon as the days and hours are right.</translation>
    </message>
    <message>
        <source>This leave costs %1.</source>
        <translation>This leave costs %1.</translation>
    </message>
    <message>
        <source>This leave costs %1: %2 of the %3 days cost leave hours.</source>
        <translation>This leave costs %1: %2 of the %3 days cost leave hours.</translation>
    </message>
    <message>
        <source>Taken from (the order is an assumption, not confirmed):</source>
        <translation>Taken from (the order is an assumption, not confirmed):</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Taken from:</translation>
    </message>
    <message>
        <source>You borrow %1 from your statutory hours of %2: in %2 you will have that much less.</source>
        <translation>You borrow %1 from your statutory hours of %2: in %2 you will have that much less.</translation>
    </message>
    <message>
        <source>That is more than you may borrow: plan fewer hours, or choose other days.</source>
        <translation>That is more than you may borrow: plan fewer hours, or choose other days.</translation>
    </message>
    <message>
        <source>Hide the days</source>
        <translation>Hide the days</translation>
    </message>
    <message>
        <source>Show per day (%1)</source>
        <translation>Show per day (%1)</translation>
    </message>
</context>
<context>
    <name>LeaveEntryModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Over, not marked as taken</source>
        <translation>Over, not marked as taken</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Hours entered by hand.</source>
        <translation>Hours entered by hand.</translation>
    </message>
    <message>
        <source>Hours from your work schedule; public holidays cost nothing.</source>
        <translation>Hours from your work schedule; public holidays cost nothing.</translation>
    </message>
    <message>
        <source>Automatic: the hours that expire first are used first.</source>
        <translation>Automatic: the hours that expire first are used first.</translation>
    </message>
    <message>
        <source>This leave is over. Mark it as taken when P-Direkt has it too.</source>
        <translation>This leave is over. Mark it as taken when P-Direkt has it too.</translation>
    </message>
</context>
<context>
    <name>LeaveList</name>
    <message>
        <source>Leave days</source>
        <translation>Leave days</translation>
    </message>
    <message>
        <source>No leave yet. Choose Add leave… or click a day in the year planner.</source>
        <translation>No leave yet. Choose Add leave… or click a day in the year planner.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the selected leave</source>
        <translation>Change the selected leave</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected leave</source>
        <translation>Delete the selected leave</translation>
    </message>
    <message>
        <source>Mark as taken</source>
        <translation>Mark as taken</translation>
    </message>
    <message>
        <source>Mark the selected leave as taken</source>
        <translation>Mark the selected leave as taken</translation>
    </message>
    <message>
        <source>Leave %1 added.</source>
        <translation>Leave %1 added.</translation>
    </message>
    <message>
        <source>Change leave</source>
        <translation>Change leave</translation>
    </message>
    <message>
        <source>Leave %1 changed.</source>
        <translation>Leave %1 changed.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Delete leave</source>
        <translation>Delete leave</translation>
    </message>
    <message>
        <source>Delete the leave of %1? The hours go back to your balance. You can undo this with Ctrl+Z.</source>
        <translation>Delete the leave of %1? The hours go back to your balance. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Leave %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Leave %1 deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Mark leave as taken</source>
        <translation>Mark leave as taken</translation>
    </message>
    <message>
        <source>Leave %1 marked as taken.</source>
        <translation>Leave %1 marked as taken.</translation>
    </message>
</context>
<context>
    <name>LeavePlanner</name>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Click a day, or press Enter on it, to plan leave from that day or to open the leave on it. Hover over a public holiday to see its name.</source>
        <translation>Click a day, or press Enter on it, to plan leave from that day or to open the leave on it. Hover over a public holiday to see its name.</translation>
    </message>
</context>
<context>
    <name>LeaveTiles</name>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Next leave</source>
        <translation>Next leave</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile to see your leave.</source>
        <translation>Fill in your employment in your profile to see your leave.</translation>
    </message>
    <message>
        <source>Balance at the end of %1, with leave up to that day counted.</source>
        <translation>Balance at the end of %1, with leave up to that day counted.</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>Expires within %1 days</translation>
    </message>
    <message>
        <source>None of your hours expire in the coming 90 days.</source>
        <translation>None of your hours expire in the coming 90 days.</translation>
    </message>
    <message>
        <source>First on %1: %2.</source>
        <translation>First on %1: %2.</translation>
    </message>
    <message>
        <source>Your planned leave uses them all in time.</source>
        <translation>Your planned leave uses them all in time.</translation>
    </message>
    <message>
        <source>%1 of it is not planned yet. Plan leave before then, or those hours are gone.</source>
        <translation>%1 of it is not planned yet. Plan leave before then, or those hours are gone.</translation>
    </message>
    <message>
        <source>No leave planned.</source>
        <translation>No leave planned.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 of leave</source>
        <translation>%1 of leave</translation>
    </message>
    <message>
        <source>Already begun.</source>
        <translation>Already begun.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Planned.</translation>
    </message>
    <message>
        <source>Taken.</source>
        <translation>Taken.</translation>
    </message>
</context>
<context>
    <name>LerenPage</name>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Everything you learn: courses, training, coaching, a work placement elsewhere. With the hours, the costs and your certificates, kept encrypted in your own data.</source>
        <translation>Everything you learn: courses, training, coaching, a work placement elsewhere. With the hours, the costs and your certificates, kept encrypted in your own data.</translation>
    </message>
    <message>
        <source>Your learning log</source>
        <translation>Your learning log</translation>
    </message>
    <message>
        <source>Hours and costs per year</source>
        <translation>Hours and costs per year</translation>
    </message>
    <message>
        <source>Skills over the years</source>
        <translation>Skills over the years</translation>
    </message>
    <message>
        <source>Add skills to an activity (for example planning) to see them here.</source>
        <translation>Add skills to an activity (for example planning) to see them here.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Leave, IKB, development and conversations – CAO Rijk</source>
        <translation>Leave, IKB, development and conversations – CAO Rijk</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <source>You are looking at an example profile.</source>
        <translation>You are looking at an example profile.</translation>
    </message>
    <message>
        <source>The person and the data are made up. What you change here is not kept.</source>
        <translation>The person and the data are made up. What you change here is not kept.</translation>
    </message>
    <message>
        <source>Stop exploring</source>
        <translation>Stop exploring</translation>
    </message>
    <message>
        <source>Stop exploring the example profile</source>
        <translation>Stop exploring the example profile</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>&amp;Export to JSON…</translation>
    </message>
    <message>
        <source>Export leave to &amp;calendar (.ics)…</source>
        <translation>Export leave to &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>Make a &amp;backup</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Read the reply of your &amp;manager…</source>
        <translation>Read the reply of your &amp;manager…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Rules and sources</source>
        <translation>&amp;Rules and sources</translation>
    </message>
    <message>
        <source>&amp;Change log</source>
        <translation>&amp;Change log</translation>
    </message>
    <message>
        <source>&amp;About Rijkapp</source>
        <translation>&amp;About Rijkapp</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Not while you explore the example profile.</source>
        <translation>Not while you explore the example profile.</translation>
    </message>
    <message>
        <source>You are exploring the example profile.</source>
        <translation>You are exploring the example profile.</translation>
    </message>
    <message>
        <source>The example profile is closed. Nothing of it was kept.</source>
        <translation>The example profile is closed. Nothing of it was kept.</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet. Save them before you quit?</source>
        <translation>Your profile has changes that are not saved yet. Save them before you quit?</translation>
    </message>
</context>
<context>
    <name>MissingCard</name>
    <message>
        <source>Still to do</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <source>Your employment is not filled in yet, so Rijkapp cannot work out your leave and your IKB.</source>
        <translation>Your employment is not filled in yet, so Rijkapp cannot work out your leave and your IKB.</translation>
    </message>
    <message>
        <source>Fill in your employment…</source>
        <translation>Fill in your employment…</translation>
    </message>
    <message>
        <source>You have no work schedule yet. Rijkapp now counts your hours as five equal days, Monday to Friday.</source>
        <translation>You have no work schedule yet. Rijkapp now counts your hours as five equal days, Monday to Friday.</translation>
    </message>
    <message>
        <source>Fill in your work schedule…</source>
        <translation>Fill in your work schedule…</translation>
    </message>
    <message>
        <source>Your balance from P-Direkt is not taken over yet. Your leave balance now counts all hours of this year as if you took no leave.</source>
        <translation>Your balance from P-Direkt is not taken over yet. Your leave balance now counts all hours of this year as if you took no leave.</translation>
    </message>
    <message>
        <source>Take over your balance from P-Direkt…</source>
        <translation>Take over your balance from P-Direkt…</translation>
    </message>
    <message>
        <source>You have no IKB choices for this year. Without them your whole IKB budget is paid out in December.</source>
        <translation>You have no IKB choices for this year. Without them your whole IKB budget is paid out in December.</translation>
    </message>
    <message>
        <source>Plan your IKB…</source>
        <translation>Plan your IKB…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>OntwikkelingPage</name>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>What there is for your development, in money and in time: your budgets, what the CAO Rijk pays for your studies, the A+O fonds Rijk, your IKB and your career.</source>
        <translation>What there is for your development, in money and in time: your budgets, what the CAO Rijk pays for your studies, the A+O fonds Rijk, your IKB and your career.</translation>
    </message>
    <message>
        <source>A+O fonds Rijk</source>
        <translation>A+O fonds Rijk</translation>
    </message>
    <message>
        <source>Two regelingen you apply for yourself. Rijkapp says whether the conditions hold on your profile dates; the A+O fonds Rijk decides.</source>
        <translation>Two regelingen you apply for yourself. Rijkapp says whether the conditions hold on your profile dates; the A+O fonds Rijk decides.</translation>
    </message>
    <message>
        <source>Your IKB and your career</source>
        <translation>Your IKB and your career</translation>
    </message>
    <message>
        <source>This is an assumption: %1</source>
        <translation>This is an assumption: %1</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>A+O Blik vooruit</source>
        <translation>A+O Blik vooruit</translation>
    </message>
    <message>
        <source>A+O Loopbaanadvies</source>
        <translation>A+O Loopbaanadvies</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Open to you</source>
        <translation>Open to you</translation>
    </message>
    <message>
        <source>Open from %1</source>
        <translation>Open from %1</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>This is an assumption: at most %1, but the amount is not confirmed.</source>
        <translation>This is an assumption: at most %1, but the amount is not confirmed.</translation>
    </message>
    <message>
        <source>How is it worked out whether %1 is open to you?</source>
        <translation>How is it worked out whether %1 is open to you?</translation>
    </message>
    <message>
        <source>IKB for studies</source>
        <translation>IKB for studies</translation>
    </message>
    <message>
        <source>Fill in your employment on the Profile page to see your IKB.</source>
        <translation>Fill in your employment on the Profile page to see your IKB.</translation>
    </message>
    <message>
        <source>IKB for studies in %1</source>
        <translation>IKB for studies in %1</translation>
    </message>
    <message>
        <source>Not chosen for anything yet this year.</source>
        <translation>Not chosen for anything yet this year.</translation>
    </message>
    <message>
        <source>How is the IKB room for studies in %1 worked out?</source>
        <translation>How is the IKB room for studies in %1 worked out?</translation>
    </message>
    <message>
        <source>%1 years in your function</source>
        <translation>%1 years in your function</translation>
    </message>
    <message>
        <source>Fill in on the Profile page since when you have this function.</source>
        <translation>Fill in on the Profile page since when you have this function.</translation>
    </message>
    <message>
        <source>%1 years or more in this function: your next conversation covers a next step in your career.</source>
        <translation>%1 years or more in this function: your next conversation covers a next step in your career.</translation>
    </message>
    <message>
        <source>The conversation about a next step is due from %1 (%2 years).</source>
        <translation>The conversation about a next step is due from %1 (%2 years).</translation>
    </message>
    <message>
        <source>AOW from %1 at the earliest: not fixed yet.</source>
        <translation>AOW from %1 at the earliest: not fixed yet.</translation>
    </message>
    <message>
        <source>AOW from %1.</source>
        <translation>AOW from %1.</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Career</translation>
    </message>
    <message>
        <source>How are your career dates worked out?</source>
        <translation>How are your career dates worked out?</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Fill in your profile</source>
        <translation>Fill in your profile</translation>
    </message>
    <message>
        <source>Fill in your profile first. Then your overview appears here: your AOW date, your years in your function, and soon your leave and your IKB.</source>
        <translation>Fill in your profile first. Then your overview appears here: your AOW date, your years in your function, and soon your leave and your IKB.</translation>
    </message>
    <message>
        <source>Good day, %1. This is your overview for %2.</source>
        <translation>Good day, %1. This is your overview for %2.</translation>
    </message>
    <message>
        <source>Your AOW starts at %1 years and %2 months at the earliest. This is not fixed yet.</source>
        <translation>Your AOW starts at %1 years and %2 months at the earliest. This is not fixed yet.</translation>
    </message>
    <message>
        <source>Your AOW starts at %1 years and %2 months.</source>
        <translation>Your AOW starts at %1 years and %2 months.</translation>
    </message>
    <message>
        <source>AOW from %1: born on %2, AOW age %3 years and %4 months.</source>
        <translation>AOW from %1: born on %2, AOW age %3 years and %4 months.</translation>
    </message>
    <message>
        <source>Fill in your birth date in your profile to see your AOW date.</source>
        <translation>Fill in your birth date in your profile to see your AOW date.</translation>
    </message>
    <message>
        <source>Rijkapp has no AOW age for this birth date.</source>
        <translation>Rijkapp has no AOW age for this birth date.</translation>
    </message>
    <message>
        <source>%1 years in your current function (since %2).</source>
        <translation>%1 years in your current function (since %2).</translation>
    </message>
    <message>
        <source>You have been in this function for %1 years or more. In your next conversation with your manager, discuss how your career continues.</source>
        <translation>You have been in this function for %1 years or more. In your next conversation with your manager, discuss how your career continues.</translation>
    </message>
    <message>
        <source>After %1 years in the same function, your conversation covers a next step. That is from %2.</source>
        <translation>After %1 years in the same function, your conversation covers a next step. That is from %2.</translation>
    </message>
    <message>
        <source>After %1 years in the same function, the conversation with your manager covers whether and how your career continues in another function.</source>
        <translation>After %1 years in the same function, the conversation with your manager covers whether and how your career continues in another function.</translation>
    </message>
    <message>
        <source>Fill in when you started in your current function to see your years in it.</source>
        <translation>Fill in when you started in your current function to see your years in it.</translation>
    </message>
    <message>
        <source>Career: AOW date</source>
        <translation>Career: AOW date</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile: hours per week, scale and salary.</source>
        <translation>Fill in your employment in your profile: hours per week, scale and salary.</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 per week</translation>
    </message>
    <message>
        <source>Full-time salary %1 per month</source>
        <translation>Full-time salary %1 per month</translation>
    </message>
    <message>
        <source>Allowances %1 per month</source>
        <translation>Allowances %1 per month</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>From %1: scale %2, step %3, %4 per week.</source>
        <translation>From %1: scale %2, step %3, %4 per week.</translation>
    </message>
    <message>
        <source>Last working day: %1.</source>
        <translation>Last working day: %1.</translation>
    </message>
    <message>
        <source>Scale %1, step %2</source>
        <translation>Scale %1, step %2</translation>
    </message>
</context>
<context>
    <name>PDirektCheck</name>
    <message>
        <source>Fill in the balance P-Direkt shows for the same date. Rijkapp compares it with its own total and says what the difference most likely comes from.</source>
        <translation>Fill in the balance P-Direkt shows for the same date. Rijkapp compares it with its own total and says what the difference most likely comes from.</translation>
    </message>
    <message>
        <source>Balance in &amp;P-Direkt (hours):</source>
        <translation>Balance in &amp;P-Direkt (hours):</translation>
    </message>
    <message>
        <source>Balance in P-Direkt in hours</source>
        <translation>Balance in P-Direkt in hours</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>Add correction…</source>
        <translation>Add correction…</translation>
    </message>
    <message>
        <source>Rijkapp&apos;s total on %1: %2.</source>
        <translation>Rijkapp&apos;s total on %1: %2.</translation>
    </message>
    <message>
        <source>Fill in a number of hours, for example %1.</source>
        <translation>Fill in a number of hours, for example %1.</translation>
    </message>
    <message>
        <source>Rijkapp: %1. P-Direkt: %2.</source>
        <translation>Rijkapp: %1. P-Direkt: %2.</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>They agree.</translation>
    </message>
    <message>
        <source>P-Direkt shows %1 more than Rijkapp.</source>
        <translation>P-Direkt shows %1 more than Rijkapp.</translation>
    </message>
    <message>
        <source>P-Direkt shows %1 less than Rijkapp.</source>
        <translation>P-Direkt shows %1 less than Rijkapp.</translation>
    </message>
    <message>
        <source>Other possible causes:</source>
        <translation>Other possible causes:</translation>
    </message>
    <message>
        <source>Possible causes:</source>
        <translation>Possible causes:</translation>
    </message>
    <message>
        <source>Rijkapp cannot explain this difference from your data. Compare your leave days and your opening balance with P-Direkt. If P-Direkt is right, add a correction.</source>
        <translation>Rijkapp cannot explain this difference from your data. Compare your leave days and your opening balance with P-Direkt. If P-Direkt is right, add a correction.</translation>
    </message>
    <message>
        <source>Planned leave not registered in P-Direkt yet: %1 of leave up to %2 is still planned in Rijkapp. P-Direkt only counts leave you have requested there.</source>
        <translation>Planned leave not registered in P-Direkt yet: %1 of leave up to %2 is still planned in Rijkapp. P-Direkt only counts leave you have requested there.</translation>
    </message>
    <message>
        <source>Hours that expired: %1 of statutory hours expired on %2. P-Direkt may not show that yet.</source>
        <translation>Hours that expired: %1 of statutory hours expired on %2. P-Direkt may not show that yet.</translation>
    </message>
    <message>
        <source>Bought hours not credited yet: you bought %1 of IKB-uren for %2. Rijkapp counts them from the first day of that month; P-Direkt adds them later.</source>
        <translation>Bought hours not credited yet: you bought %1 of IKB-uren for %2. Rijkapp counts them from the first day of that month; P-Direkt adds them later.</translation>
    </message>
    <message>
        <source>No opening balance: Rijkapp has no balance from P-Direkt to start from, so hours from before you started with Rijkapp are missing.</source>
        <translation>No opening balance: Rijkapp has no balance from P-Direkt to start from, so hours from before you started with Rijkapp are missing.</translation>
    </message>
    <message>
        <source>Rounding: P-Direkt and Rijkapp round hours a little differently.</source>
        <translation>Rounding: P-Direkt and Rijkapp round hours a little differently.</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Add correction</translation>
    </message>
    <message>
        <source>Correction of %1 added.</source>
        <translation>Correction of %1 added.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Rijkapp – passphrase</source>
        <translation>Rijkapp – passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Rijkapp keeps your data encrypted on this computer. There is no keyring here to keep the key safe, so you choose a passphrase. You will need it every time you open Rijkapp. If you forget it, nobody can get your data back.</source>
        <translation>Rijkapp keeps your data encrypted on this computer. There is no keyring here to keep the key safe, so you choose a passphrase. You will need it every time you open Rijkapp. If you forget it, nobody can get your data back.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Enter your passphrase</translation>
    </message>
    <message>
        <source>Your data is protected with a passphrase. Enter it to open Rijkapp.</source>
        <translation>Your data is protected with a passphrase. Enter it to open Rijkapp.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation>Protect my data</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Use at least %1 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Weak: longer is better. Try a short sentence of four or five words.</source>
        <translation>Weak: longer is better. Try a short sentence of four or five words.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>Fair: a few more words make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
</context>
<context>
    <name>PlannerLegend</name>
    <message>
        <source>Leave taken</source>
        <translation>Leave taken</translation>
    </message>
    <message>
        <source>Leave planned</source>
        <translation>Leave planned</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legend: %1</translation>
    </message>
</context>
<context>
    <name>PreparationPane</name>
    <message>
        <source>Preparation from your own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Rijkapp found in your own records for this conversation. It helps you write the topics; only what you choose goes in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements you look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development budgets used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to prepare with (P-Direkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in your records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planning conversation makes the agreements for its period; a reflecting or evaluating conversation looks back on them. There is no planning conversation whose period covers this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the conversation of %1 (%2, period %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you see it worked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning activities in the period of this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private reflection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection on your learning is private: it goes in the PDF only when you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning of this period used no development budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: used %2 and %3; planned %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfielPage</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your details, your employment and your work schedule. Rijkapp uses them to work out your leave, your IKB and your AOW date. Copy them from your payslip or from P-Direkt.</source>
        <translation>Your details, your employment and your work schedule. Rijkapp uses them to work out your leave, your IKB and your AOW date. Copy them from your payslip or from P-Direkt.</translation>
    </message>
    <message>
        <source>Fill in your starting details again…</source>
        <translation>Fill in your starting details again…</translation>
    </message>
    <message>
        <source>Fill in your starting details again</source>
        <translation>Fill in your starting details again</translation>
    </message>
    <message>
        <source>Step by step: your details, your employment, your work schedule and your balance from P-Direkt.</source>
        <translation>Step by step: your details, your employment, your work schedule and your balance from P-Direkt.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Start at the &amp;Rijk:</source>
        <translation>Start at the &amp;Rijk:</translation>
    </message>
    <message>
        <source>Start at the Rijk</source>
        <translation>Start at the Rijk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Start in this &amp;function:</source>
        <translation>Start in this &amp;function:</translation>
    </message>
    <message>
        <source>Start in this function</source>
        <translation>Start in this function</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Preferred &amp;language:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>PAS:</source>
        <translation>PAS:</translation>
    </message>
    <message>
        <source>Chose PAS before 2023</source>
        <translation>Chose PAS before 2023</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>for example Ministerie van BZK</source>
        <translation>for example Ministerie van BZK</translation>
    </message>
    <message>
        <source>I chose PAS or PAS-afbouw before 2023</source>
        <translation>I chose PAS or PAS-afbouw before 2023</translation>
    </message>
    <message>
        <source>The first day you worked for the sector Rijk (any ministry or agency).</source>
        <translation>The first day you worked for the sector Rijk (any ministry or agency).</translation>
    </message>
    <message>
        <source>The language of documents Rijkapp makes for you, such as the PDF for your manager. The language of the window is chosen in the View menu.</source>
        <translation>The language of documents Rijkapp makes for you, such as the PDF for your manager. The language of the window is chosen in the View menu.</translation>
    </message>
    <message>
        <source>PAS (Partiële Arbeidsparticipatie Senioren) was the scheme with which older employees worked fewer hours and kept part of their salary; PAS-afbouw is the phase-out of it. Tick this only if you were born before 1978 and chose PAS or PAS-afbouw before 1 January 2023. Then you get no extra IKB hours from the transition scheme (CAO Rijk 25.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Put the form back as it was last saved.</source>
        <translation>Put the form back as it was last saved.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Your terms of employment over time. Each record applies from its date until the next one. Add a record when your hours, scale or step change.</source>
        <translation>Your terms of employment over time. Each record applies from its date until the next one. Add a record when your hours, scale or step change.</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Employment history</translation>
    </message>
    <message>
        <source>No employment filled in yet. Choose Add… and copy the details from your payslip.</source>
        <translation>No employment filled in yet. Choose Add… and copy the details from your payslip.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Add employment</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the selected employment</source>
        <translation>Change the selected employment</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected employment</source>
        <translation>Delete the selected employment</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>Work schedule</translation>
    </message>
    <message>
        <source>How many hours you work on each day of the week. Rijkapp counts leave in hours with it, so a day off on your free day costs no leave.</source>
        <translation>How many hours you work on each day of the week. Rijkapp counts leave in hours with it, so a day off on your free day costs no leave.</translation>
    </message>
    <message>
        <source>Work schedules</source>
        <translation>Work schedules</translation>
    </message>
    <message>
        <source>No work schedule filled in yet. Choose Add… to say on which days you work.</source>
        <translation>No work schedule filled in yet. Choose Add… to say on which days you work.</translation>
    </message>
    <message>
        <source>Add work schedule</source>
        <translation>Add work schedule</translation>
    </message>
    <message>
        <source>Change the selected work schedule</source>
        <translation>Change the selected work schedule</translation>
    </message>
    <message>
        <source>Delete the selected work schedule</source>
        <translation>Delete the selected work schedule</translation>
    </message>
    <message>
        <source>The start in this function lies before your start at the Rijk (%1).</source>
        <translation>The start in this function lies before your start at the Rijk (%1).</translation>
    </message>
    <message>
        <source>Some fields need your attention; see the messages above.</source>
        <translation>Some fields need your attention; see the messages above.</translation>
    </message>
    <message>
        <source>Fill in at least your name, then choose Save.</source>
        <translation>Fill in at least your name, then choose Save.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>You have changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Everything is saved.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Employment added.</source>
        <translation>Employment added.</translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation>Change employment</translation>
    </message>
    <message>
        <source>Employment changed.</source>
        <translation>Employment changed.</translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Delete employment</translation>
    </message>
    <message>
        <source>Employment from %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Employment from %1 deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Work schedule added.</source>
        <translation>Work schedule added.</translation>
    </message>
    <message>
        <source>Change work schedule</source>
        <translation>Change work schedule</translation>
    </message>
    <message>
        <source>Work schedule changed.</source>
        <translation>Work schedule changed.</translation>
    </message>
    <message>
        <source>Delete work schedule</source>
        <translation>Delete work schedule</translation>
    </message>
    <message>
        <source>Work schedule from %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Work schedule from %1 deleted. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who you are. Only your name is needed; your birth date gives your AOW date and the start in your function the moment for a talk about your next step.</source>
        <translation>Who you are. Only your name is needed; your birth date gives your AOW date and the start in your function the moment for a talk about your next step.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Start at the &amp;Rijk:</source>
        <translation>Start at the &amp;Rijk:</translation>
    </message>
    <message>
        <source>Start at the Rijk</source>
        <translation>Start at the Rijk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Start in this &amp;function:</source>
        <translation>Start in this &amp;function:</translation>
    </message>
    <message>
        <source>Start in this function</source>
        <translation>Start in this function</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>for example Ministerie van BZK</source>
        <translation>for example Ministerie van BZK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>before an update of Rijkapp</source>
        <translation>before an update of Rijkapp</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Rijkapp – restore a backup</source>
        <translation>Rijkapp – restore a backup</translation>
    </message>
    <message>
        <source>Your data could not be opened</source>
        <translation>Your data could not be opened</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose a backup to put back. Your current data file is not deleted: it is kept aside beside the backup, so nothing is lost.</source>
        <translation>Choose a backup to put back. Your current data file is not deleted: it is kept aside beside the backup, so nothing is lost.</translation>
    </message>
    <message>
        <source>There are no backups of this data yet.</source>
        <translation>There are no backups of this data yet.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Quit Rijkapp</source>
        <translation>Quit Rijkapp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>confirmed by a second source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out from confirmed rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumption: not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>This is an assumption: %1 Check the figures that depend on it with P-Direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">Source: %1</translation>
    </message>
    <message>
        <source>Rules and sources</source>
        <translation>Rules and sources</translation>
    </message>
    <message>
        <source>Rijkapp calculates with these rules from the CAO Rijk and P-Direkt. Every rule holds for a period, so past years are calculated with their own rules. %1 rules are not confirmed by a primary source: Rijkapp uses them as an assumption and says so where they count. Check those with P-Direkt before you decide. Choose a rule to read what it means for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assumptions</source>
        <translation>Show only the assumptions</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>About the chosen rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Add work schedule</source>
        <translation>Add work schedule</translation>
    </message>
    <message>
        <source>Change work schedule</source>
        <translation>Change work schedule</translation>
    </message>
    <message>
        <source>How many hours do you work on each day of the week? The schedule applies from the date you fill in until the next schedule. Rijkapp uses it to count leave in hours.</source>
        <translation>How many hours do you work on each day of the week? The schedule applies from the date you fill in until the next schedule. Rijkapp uses it to count leave in hours.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;Mon</translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation>T&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>&amp;Wed</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>T&amp;hu</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>F&amp;ri</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>S&amp;at</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>S&amp;un</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Hours on %1</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2 (or 0 for a day off).</source>
        <translation>%1: fill in a number of hours, for example %2 (or 0 for a day off).</translation>
    </message>
    <message>
        <source>%1: a day has from 0 to 24 working hours.</source>
        <translation>%1: a day has from 0 to 24 working hours.</translation>
    </message>
    <message>
        <source>There is already a schedule from %1. Change that one instead.</source>
        <translation>There is already a schedule from %1. Change that one instead.</translation>
    </message>
    <message>
        <source>In total: %1 per week</source>
        <translation>In total: %1 per week</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>This schedule applies today.</source>
        <translation>This schedule applies today.</translation>
    </message>
</context>
<context>
    <name>SharesPanel</name>
    <message>
        <source>Who pays, and your leave</source>
        <translation>Who pays, and your leave</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
    <message>
        <source>How are the costs and leave of %1 worked out?</source>
        <translation>How are the costs and leave of %1 worked out?</translation>
    </message>
    <message>
        <source>How are the costs and leave of this activity worked out?</source>
        <translation>How are the costs and leave of this activity worked out?</translation>
    </message>
    <message>
        <source>No studiefaciliteiten: no reason is chosen.</source>
        <translation>No studiefaciliteiten: no reason is chosen.</translation>
    </message>
    <message>
        <source>You pay %1 yourself.</source>
        <translation>You pay %1 yourself.</translation>
    </message>
    <message>
        <source>Choose why you study to see what your employer pays.</source>
        <translation>Choose why you study to see what your employer pays.</translation>
    </message>
    <message>
        <source>Your employer pays at most %1.</source>
        <translation>Your employer pays at most %1.</translation>
    </message>
    <message>
        <source>You pay at least %1.</source>
        <translation>You pay at least %1.</translation>
    </message>
    <message>
        <source>Study leave: at most %1 of the lesson and exam hours.</source>
        <translation>Study leave: at most %1 of the lesson and exam hours.</translation>
    </message>
    <message>
        <source>Your employer pays %1.</source>
        <translation>Your employer pays %1.</translation>
    </message>
    <message>
        <source>You pay %1.</source>
        <translation>You pay %1.</translation>
    </message>
    <message>
        <source>Study leave: %1 of the lesson and exam hours.</source>
        <translation>Study leave: %1 of the lesson and exam hours.</translation>
    </message>
    <message>
        <source>No leave for self-study.</source>
        <translation>No leave for self-study.</translation>
    </message>
    <message>
        <source>Leave for self-study: at most %1 a week.</source>
        <translation>Leave for self-study: at most %1 a week.</translation>
    </message>
    <message>
        <source>Your employer pays nothing, so there is nothing to pay back.</source>
        <translation>Your employer pays nothing, so there is nothing to pay back.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Enter the passphrase first: the backups are protected with it too.</source>
        <translation>Enter the passphrase first: the backups are protected with it too.</translation>
    </message>
    <message>
        <source>Rijkapp is already open with this data. Use the window that is already open, or close it first.</source>
        <translation>Rijkapp is already open with this data. Use the window that is already open, or close it first.</translation>
    </message>
    <message>
        <source>This passphrase does not open your data. Check it and try again. (If you are sure it is right, the file may be damaged: then restore a backup.)</source>
        <translation>This passphrase does not open your data. Check it and try again. (If you are sure it is right, the file may be damaged: then restore a backup.)</translation>
    </message>
    <message>
        <source>The backup is back. The file that did not open is kept aside as %1.</source>
        <translation>The backup is back. The file that did not open is kept aside as %1.</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
</context>
<context>
    <name>TakeOverStep</name>
    <message>
        <source>Rijkapp does not know what leave you took before you started using it. Copy the hours P-Direkt shows per kind on one day; Rijkapp then starts from exactly those figures. Fill in 0 for a kind without hours in P-Direkt; leave a field empty only to keep Rijkapp&apos;s own figure.</source>
        <translation>Rijkapp does not know what leave you took before you started using it. Copy the hours P-Direkt shows per kind on one day; Rijkapp then starts from exactly those figures. Fill in 0 for a kind without hours in P-Direkt; leave a field empty only to keep Rijkapp&apos;s own figure.</translation>
    </message>
    <message>
        <source>In the P-Direktportaal: Verlof, then your leave balance (saldo). IKB-uren were called bovenwettelijke uren before 2020.</source>
        <translation>In the P-Direktportaal: Verlof, then your leave balance (saldo). IKB-uren were called bovenwettelijke uren before 2020.</translation>
    </message>
    <message>
        <source>Balance in P-Direkt &amp;on:</source>
        <translation>Balance in P-Direkt &amp;on:</translation>
    </message>
    <message>
        <source>Day of the balance in P-Direkt</source>
        <translation>Day of the balance in P-Direkt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 in P-Direkt, in hours</source>
        <translation>%1 in P-Direkt, in hours</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2, or leave it empty.</source>
        <translation>%1: fill in a number of hours, for example %2, or leave it empty.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your total on %1 becomes %2.</source>
        <translation>Your total on %1 becomes %2.</translation>
    </message>
    <message>
        <source>Rijkapp works out %1.</source>
        <translation>Rijkapp works out %1.</translation>
    </message>
    <message>
        <source>Rijkapp works out %1; a correction of %2 makes it %3.</source>
        <translation>Rijkapp works out %1; a correction of %2 makes it %3.</translation>
    </message>
</context>
<context>
    <name>TalkActions</name>
    <message>
        <source>&amp;Preview and PDF…</source>
        <translation>&amp;Preview and PDF…</translation>
    </message>
    <message>
        <source>Preview and PDF of the selected conversation</source>
        <translation>Preview and PDF of the selected conversation</translation>
    </message>
    <message>
        <source>Read the reply…</source>
        <translation>Read the reply…</translation>
    </message>
    <message>
        <source>Read the reply of your manager from a PDF</source>
        <translation>Read the reply of your manager from a PDF</translation>
    </message>
    <message>
        <source>My reaction…</source>
        <translation>My reaction…</translation>
    </message>
    <message>
        <source>My reaction to the conclusion of the selected conversation</source>
        <translation>My reaction to the conclusion of the selected conversation</translation>
    </message>
    <message>
        <source>talk-%1-%2.pdf</source>
        <translation>talk-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF of your talk is saved in %1.</source>
        <translation>The PDF of your talk is saved in %1.</translation>
    </message>
    <message>
        <source>Shared with your manager?</source>
        <translation>Shared with your manager?</translation>
    </message>
    <message>
        <source>Are you sending this PDF to your manager? Then the talk can get the status &apos;gedeeld&apos; (shared). You can undo that with Ctrl+Z.</source>
        <translation>Are you sending this PDF to your manager? Then the talk can get the status &apos;gedeeld&apos; (shared). You can undo that with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Set to shared</source>
        <translation>Set to shared</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Set the talk to shared</source>
        <translation>Set the talk to shared</translation>
    </message>
    <message>
        <source>The talk has the status &apos;gedeeld&apos; (shared).</source>
        <translation>The talk has the status &apos;gedeeld&apos; (shared).</translation>
    </message>
    <message>
        <source>Read the reply of your manager</source>
        <translation>Read the reply of your manager</translation>
    </message>
    <message>
        <source>This reply was read before; nothing changes.</source>
        <translation>This reply was read before; nothing changes.</translation>
    </message>
    <message>
        <source>The reply of your manager to your talk (%1) is stored.</source>
        <translation>The reply of your manager to your talk (%1) is stored.</translation>
    </message>
    <message>
        <source>Save my reaction</source>
        <translation>Save my reaction</translation>
    </message>
    <message>
        <source>Your reaction is saved.</source>
        <translation>Your reaction is saved.</translation>
    </message>
</context>
<context>
    <name>TalkDetails</name>
    <message>
        <source>C&amp;omponent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component of the gesprekscyclus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished">&amp;Manager:</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics of the conversation in the words of the CAO Rijk (article 12.1). Write what you want to say; tick In the PDF for what your manager may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your salary, IKB, leave and private notes never go in the PDF, and neither does what informants said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Informant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkModels</name>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflecting on functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation with conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished">Development</translation>
    </message>
    <message>
        <source>Career</source>
        <translation type="unfinished">Career</translation>
    </message>
    <message>
        <source>Employability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished">Manager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s reply has been read in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkPreviewDialog</name>
    <message>
        <source>Preview and PDF</source>
        <translation>Preview and PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Language of the PDF:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Language of the PDF</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Zoom to the page width</source>
        <translation>Zoom to the page width</translation>
    </message>
    <message>
        <source>Zoom to the page width (Ctrl+0)</source>
        <translation>Zoom to the page width (Ctrl+0)</translation>
    </message>
    <message>
        <source>Sections of the PDF</source>
        <translation>Sections of the PDF</translation>
    </message>
    <message>
        <source>The pages of the PDF</source>
        <translation>The pages of the PDF</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys and Page Up and Page Down.</source>
        <translation>Scroll with the arrow keys and Page Up and Page Down.</translation>
    </message>
    <message>
        <source>In the PDF</source>
        <translation>In the PDF</translation>
    </message>
    <message>
        <source>Not in the PDF</source>
        <translation>Not in the PDF</translation>
    </message>
    <message>
        <source>Your salary, IKB, leave and private notes are never in the PDF. What you choose for the PDF, you choose per section in the talk.</source>
        <translation>Your salary, IKB, leave and private notes are never in the PDF. What you choose for the PDF, you choose per section in the talk.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The PDF of your talk</source>
        <translation>The PDF of your talk</translation>
    </message>
    <message>
        <source>%1 (chosen, but empty)</source>
        <translation>%1 (chosen, but empty)</translation>
    </message>
    <message>
        <source>No section yet.</source>
        <translation>No section yet.</translation>
    </message>
    <message>
        <source>Nothing: every section.</source>
        <translation>Nothing: every section.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>Zoom: page width</source>
        <translation>Zoom: page width</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>The PDF cannot be shown.</translation>
    </message>
</context>
<context>
    <name>TalkReactionDialog</name>
    <message>
        <source>My reaction</source>
        <translation>My reaction</translation>
    </message>
    <message>
        <source>After your talk (%1) you can write down your reaction to the conclusion.</source>
        <translation>After your talk (%1) you can write down your reaction to the conclusion.</translation>
    </message>
    <message>
        <source>“This is the opinion of your manager, which you need not agree with. You can say so in the record of the staff talk.” (quoted in translation)</source>
        <translation>“This is the opinion of your manager, which you need not agree with. You can say so in the record of the staff talk.” (quoted in translation)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>My &amp;reaction:</source>
        <translation>My &amp;reaction:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Conclusion of your manager: %1</source>
        <translation>Conclusion of your manager: %1</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
</context>
<context>
    <name>TalkReplyDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Read the reply of your manager</source>
        <translation>Read the reply of your manager</translation>
    </message>
    <message>
        <source>Your manager filled in the PDF of your talk (%1). When you save, this changes:</source>
        <translation>Your manager filled in the PDF of your talk (%1). When you save, this changes:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Instead of: %1</source>
        <translation>Instead of: %1</translation>
    </message>
    <message>
        <source>Nothing is stored until you save. Afterwards you can undo it (Ctrl+Z).</source>
        <translation>Nothing is stored until you save. Afterwards you can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TalkSections</name>
    <message>
        <source>The circumstances in which the agreed work was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results and how they were reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own opinion of your functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements on the work for the coming period, its circumstances and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements on your personal development, with lifelong learning as a fixed part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 5 years in the same function: how your career goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employability and vitality: workload, balance and what you need to keep working healthily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity and outside work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you experience your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection on what you learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions for your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkWarnings</name>
    <message>
        <source>Prepare the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the agreements of the conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Hide the explanation</source>
        <translation>Hide the explanation</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>How is this worked out?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>VerlofPage</name>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Your leave in hours, per kind, on the date you choose. Rijkapp counts your work schedule, part-time work, public holidays and when hours expire. P-Direkt keeps the official balance.</source>
        <translation>Your leave in hours, per kind, on the date you choose. Rijkapp counts your work schedule, part-time work, public holidays and when hours expire. P-Direkt keeps the official balance.</translation>
    </message>
    <message>
        <source>&amp;Balance on:</source>
        <translation>&amp;Balance on:</translation>
    </message>
    <message>
        <source>Balance on date</source>
        <translation>Balance on date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show the balance of today</source>
        <translation>Show the balance of today</translation>
    </message>
    <message>
        <source>&amp;Add leave…</source>
        <translation>&amp;Add leave…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Export to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Export your leave to a calendar file</source>
        <translation>Export your leave to a calendar file</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>Leave days</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>Year planner</translation>
    </message>
    <message>
        <source>Check against P-Direkt</source>
        <translation>Check against P-Direkt</translation>
    </message>
    <message>
        <source>Parts of the leave page</source>
        <translation>Parts of the leave page</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>A date after today: the balance counts your planned leave up to that day and the hours you get on 1 January.</source>
        <translation>A date after today: the balance counts your planned leave up to that day and the hours you get on 1 January.</translation>
    </message>
    <message>
        <source>Fill in your employment and your work schedule on the Profile page first. Then Rijkapp can count your leave hours.</source>
        <translation>Fill in your employment and your work schedule on the Profile page first. Then Rijkapp can count your leave hours.</translation>
    </message>
    <message>
        <source>Forecast for the end of %1: your planned leave up to that day is counted, and the hours you get on 1 January.</source>
        <translation>Forecast for the end of %1: your planned leave up to that day is counted, and the hours you get on 1 January.</translation>
    </message>
    <message>
        <source>Your balance at the end of %1, a day in the past.</source>
        <translation>Your balance at the end of %1, a day in the past.</translation>
    </message>
    <message>
        <source>Your balance at the end of today, %1, with the leave of today counted.</source>
        <translation>Your balance at the end of today, %1, with the leave of today counted.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Balance at the end of %1: %2</source>
        <translation>Balance at the end of %1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Rijkapp</source>
        <translation>Welcome to Rijkapp</translation>
    </message>
    <message>
        <source>Rijkapp helps you with your leave, your IKB, your development and the conversations with your manager, following the CAO Rijk. How would you like to start?</source>
        <translation>Rijkapp helps you with your leave, your IKB, your development and the conversations with your manager, following the CAO Rijk. How would you like to start?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Fill in your own details: who you are, your employment and your work schedule.</source>
        <translation>Fill in your own details: who you are, your employment and your work schedule.</translation>
    </message>
    <message>
        <source>Explore an example profile</source>
        <translation>Explore an example profile</translation>
    </message>
    <message>
        <source>Look around with the data of a made-up employee. Your own data stays empty and nothing of the example is kept.</source>
        <translation>Look around with the data of a made-up employee. Your own data stays empty and nothing of the example is kept.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. Rijkapp needs no account and never connects to the internet.</source>
        <translation>Everything stays on this computer, encrypted. Rijkapp needs no account and never connects to the internet.</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>IKB-uren bought</source>
        <translation>IKB-uren bought</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Paid out during the year</source>
        <translation>Paid out during the year</translation>
    </message>
    <message>
        <source>Final pay-out after leaving</source>
        <translation>Final pay-out after leaving</translation>
    </message>
    <message>
        <source>Pay-out in December</source>
        <translation>Pay-out in December</translation>
    </message>
    <message>
        <source>CAO rules</source>
        <translation>CAO rules</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>All fine</translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation>Breaks a rule</translation>
    </message>
    <message>
        <source>Breaks %1 rules</source>
        <translation>Breaks %1 rules</translation>
    </message>
</context>
<context>
    <name>YearPlanner</name>
    <message>
        <source>public holiday: %1</source>
        <translation>public holiday: %1</translation>
    </message>
    <message>
        <source>leave taken, %1</source>
        <translation>leave taken, %1</translation>
    </message>
    <message>
        <source>leave planned, %1</source>
        <translation>leave planned, %1</translation>
    </message>
    <message>
        <source>within your leave, costs no hours</source>
        <translation>within your leave, costs no hours</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>not a working day</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Year planner %1</source>
        <translation>Year planner %1</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>wk</translation>
    </message>
</context>
</TS>
