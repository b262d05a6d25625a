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
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>Work schedule</translation>
    </message>
    <message>
        <source>Leave balance</source>
        <translation>Leave balance</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>IKB choice</source>
        <translation>IKB choice</translation>
    </message>
    <message>
        <source>Development budget</source>
        <translation>Development budget</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Learning activity</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Agreements of a talk</source>
        <translation>Agreements of a talk</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>start at the Rijk</source>
        <translation>start at the Rijk</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>job title</translation>
    </message>
    <message>
        <source>start in this function</source>
        <translation>start in this function</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>chose PAS</source>
        <translation>chose PAS</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>hours per week</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>full-time salary</source>
        <translation>full-time salary</translation>
    </message>
    <message>
        <source>allowances</source>
        <translation>allowances</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>last working day</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
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
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ComingSoonPanel</name>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
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
    <name>DateField</name>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
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
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>Only when you leave: the last day of your employment.</source>
        <translation>Only when you leave: the last day of your employment.</translation>
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
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: fill in a number of hours, for example %2.</translation>
    </message>
    <message>
        <source>%1: fill in an amount in euros, for example %2.</source>
        <translation>%1: fill in an amount in euros, for example %2.</translation>
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
    <name>GesprekkenPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Prepare the conversations of the gesprekscyclus Rijk from your own records.</source>
        <translation>Prepare the conversations of the gesprekscyclus Rijk from your own records.</translation>
    </message>
    <message>
        <source>The conversations page is being built</source>
        <translation>The conversations page is being built</translation>
    </message>
    <message>
        <source>Here you will soon prepare the conversations with your manager.</source>
        <translation>Here you will soon prepare the conversations with your manager.</translation>
    </message>
    <message>
        <source>The conversations of the gesprekscyclus Rijk: plannen, reflecteren and evalueren.</source>
        <translation>The conversations of the gesprekscyclus Rijk: plannen, reflecteren and evalueren.</translation>
    </message>
    <message>
        <source>Your preparation from your own data: results, development, career and employability.</source>
        <translation>Your preparation from your own data: results, development, career and employability.</translation>
    </message>
    <message>
        <source>Keeping track of agreements until the next conversation.</source>
        <translation>Keeping track of agreements until the next conversation.</translation>
    </message>
    <message>
        <source>A clean PDF for your manager.</source>
        <translation>A clean PDF for your manager.</translation>
    </message>
</context>
<context>
    <name>IkbPage</name>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Your individueel keuzebudget: what you build up each month and what you do with it.</source>
        <translation>Your individueel keuzebudget: what you build up each month and what you do with it.</translation>
    </message>
    <message>
        <source>The IKB page is being built</source>
        <translation>The IKB page is being built</translation>
    </message>
    <message>
        <source>Here you will soon plan your IKB and see what your choices mean. Until then, you make and check your choices in P-Direkt.</source>
        <translation>Here you will soon plan your IKB and see what your choices mean. Until then, you make and check your choices in P-Direkt.</translation>
    </message>
    <message>
        <source>What you build up each month and what you have already used.</source>
        <translation>What you build up each month and what you have already used.</translation>
    </message>
    <message>
        <source>Planning pay-outs, buying or selling hours and tax-friendly goals, with the last day to hand in each choice.</source>
        <translation>Planning pay-outs, buying or selling hours and tax-friendly goals, with the last day to hand in each choice.</translation>
    </message>
    <message>
        <source>What you will be paid in December if you change nothing.</source>
        <translation>What you will be paid in December if you change nothing.</translation>
    </message>
    <message>
        <source>A private “what if”: try out a choice without recording anything.</source>
        <translation>A private “what if”: try out a choice without recording anything.</translation>
    </message>
</context>
<context>
    <name>LerenPage</name>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Courses, training and other learning, with your certificates.</source>
        <translation>Courses, training and other learning, with your certificates.</translation>
    </message>
    <message>
        <source>The learning page is being built</source>
        <translation>The learning page is being built</translation>
    </message>
    <message>
        <source>Here you will soon keep a list of everything you learn.</source>
        <translation>Here you will soon keep a list of everything you learn.</translation>
    </message>
    <message>
        <source>Your courses, training and other learning activities in one list.</source>
        <translation>Your courses, training and other learning activities in one list.</translation>
    </message>
    <message>
        <source>Hours, costs and the budget that pays for them.</source>
        <translation>Hours, costs and the budget that pays for them.</translation>
    </message>
    <message>
        <source>Certificates, kept encrypted in your own data.</source>
        <translation>Certificates, kept encrypted in your own data.</translation>
    </message>
    <message>
        <source>What you learned, in your own words, to prepare your conversations.</source>
        <translation>What you learned, in your own words, to prepare your conversations.</translation>
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
    <name>OntwikkelingPage</name>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Your development budgets in money and in time.</source>
        <translation>Your development budgets in money and in time.</translation>
    </message>
    <message>
        <source>The development page is being built</source>
        <translation>The development page is being built</translation>
    </message>
    <message>
        <source>Here you will soon keep track of the budgets you have for your development.</source>
        <translation>Here you will soon keep track of the budgets you have for your development.</translation>
    </message>
    <message>
        <source>Your development budgets in money and in hours, with the date they end.</source>
        <translation>Your development budgets in money and in hours, with the date they end.</translation>
    </message>
    <message>
        <source>What you have spent and what is left.</source>
        <translation>What you have spent and what is left.</translation>
    </message>
    <message>
        <source>A warning before a budget lapses.</source>
        <translation>A warning before a budget lapses.</translation>
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
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Your leave balance in hours will show here once the Leave page is ready.</source>
        <translation>Your leave balance in hours will show here once the Leave page is ready.</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Your IKB budget for this month will show here once the IKB page is ready.</source>
        <translation>Your IKB budget for this month will show here once the IKB page is ready.</translation>
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
        <source>Only if you were born before 1978 and chose PAS or PAS-afbouw before 1 January 2023. Then you get no extra IKB-uren from the transition arrangement (CAO Rijk 25.4).</source>
        <translation>Only if you were born before 1978 and chose PAS or PAS-afbouw before 1 January 2023. Then you get no extra IKB-uren from the transition arrangement (CAO Rijk 25.4).</translation>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Plan and explain your leave in hours, with part-time work and expiry handled right.</source>
        <translation>Plan and explain your leave in hours, with part-time work and expiry handled right.</translation>
    </message>
    <message>
        <source>The leave page is being built</source>
        <translation>The leave page is being built</translation>
    </message>
    <message>
        <source>Here you will soon see how much leave you have and plan new leave. Until then, P-Direkt shows your official balance.</source>
        <translation>Here you will soon see how much leave you have and plan new leave. Until then, P-Direkt shows your official balance.</translation>
    </message>
    <message>
        <source>Your leave in hours per kind: statutory hours, IKB-uren, bought hours and spaarverlof.</source>
        <translation>Your leave in hours per kind: statutory hours, IKB-uren, bought hours and spaarverlof.</translation>
    </message>
    <message>
        <source>Your balance today and later this year, and which hours expire when.</source>
        <translation>Your balance today and later this year, and which hours expire when.</translation>
    </message>
    <message>
        <source>Planning leave: Rijkapp counts the hours from your work schedule and skips public holidays.</source>
        <translation>Planning leave: Rijkapp counts the hours from your work schedule and skips public holidays.</translation>
    </message>
    <message>
        <source>A warning before hours expire.</source>
        <translation>A warning before hours expire.</translation>
    </message>
    <message>
        <source>For every figure: how it was worked out, with the article of the CAO Rijk.</source>
        <translation>For every figure: how it was worked out, with the article of the CAO Rijk.</translation>
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
</TS>
