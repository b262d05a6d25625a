<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rijkapp</source>
        <translation>Over Rijkapp</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
    <message>
        <source>Your own companion for working at the Rijk: leave, IKB, development and the conversations of the gesprekscyclus, following the CAO Rijk. Rijkapp works without internet and keeps everything encrypted on this computer.

Rijkapp helps you plan and check; the CAO Rijk and P-Direkt decide. Check important choices with P-Direkt or your HR adviser.</source>
        <translation>Je eigen hulp bij je werk voor het Rijk: verlof, IKB, ontwikkeling en de gesprekken van de gesprekscyclus, volgens de CAO Rijk. Rijkapp werkt zonder internet en bewaart alles versleuteld op deze computer.

Rijkapp helpt je plannen en controleren; de CAO Rijk en P-Direkt beslissen. Controleer belangrijke keuzes bij P-Direkt of bij je HR-adviseur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Change agreement</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Soort afspraak</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Afspraak:</translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation>Wat je hebt afgesproken</translation>
    </message>
    <message>
        <source>&amp;How you see it worked:</source>
        <translation>&amp;Waaraan je ziet dat het lukt:</translation>
    </message>
    <message>
        <source>How you see it worked</source>
        <translation>Waaraan je ziet dat het lukt</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Klaar op:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status of the agreement</source>
        <translation>Status van de afspraak</translation>
    </message>
    <message>
        <source>Your &amp;reflection:</source>
        <translation>Je &amp;reflectie:</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Je reflectie</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Say what you agreed.</source>
        <translation>Schrijf op wat je hebt afgesproken.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Agreements on results, your development, your career and your employability, with how you see that they worked and your own reflection.</source>
        <translation>Afspraken over resultaten, je ontwikkeling, je loopbaan en je inzetbaarheid, met waaraan je ziet dat het lukt en je eigen reflectie.</translation>
    </message>
    <message>
        <source>No agreements in this conversation yet. Without its own agreements the PDF shows those of the planning conversation; take them over to say where each stands now.</source>
        <translation>Nog geen afspraken in dit gesprek. Zonder eigen afspraken toont de pdf die uit het plangesprek; neem ze over om te zeggen hoe het er nu mee staat.</translation>
    </message>
    <message>
        <source>No agreements in this conversation yet.</source>
        <translation>Nog geen afspraken in dit gesprek.</translation>
    </message>
    <message>
        <source>Agreements of this conversation</source>
        <translation>Afspraken van dit gesprek</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Afspraak &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Een afspraak toevoegen</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Change the selected agreement</source>
        <translation>De gekozen afspraak wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the selected agreement</source>
        <translation>De gekozen afspraak weghalen</translation>
    </message>
    <message>
        <source>Take over the agreements of the planning</source>
        <translation>Afspraken uit het plangesprek overnemen</translation>
    </message>
    <message>
        <source>Take over the %1 agreements of the planning</source>
        <translation>De %1 afspraken uit het plangesprek overnemen</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>Every change Rijkapp made to your data, newest first. The log stays inside your encrypted data file.</source>
        <translation>Elke wijziging die Rijkapp in je gegevens heeft gemaakt, de nieuwste eerst. Het log blijft in je versleutelde gegevensbestand.</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Wijzigingen, nieuwste eerst</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance per kind of hours</source>
        <translation>Saldo per soort uren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Soort uren</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>No leave hours yet on this date.</source>
        <translation>Op deze datum nog geen verlofuren.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>IKB-uren do not expire: what is left on 31 December moves to spaarverlof.</source>
        <translation>IKB-uren vervallen niet: wat er op 31 december over is, gaat naar spaarverlof.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>aanname</translation>
    </message>
    <message>
        <source>This figure rests on an assumption: a rule that is not confirmed yet. %1 Rijkapp uses it as the best guess. Check this figure with P-Direkt.</source>
        <translation>Dit getal rust op een aanname: een regel die nog niet is bevestigd. %1 Rijkapp rekent ermee omdat het de beste schatting is. Controleer dit getal bij P-Direkt.</translation>
    </message>
    <message>
        <source>Assumption in %1</source>
        <translation>Aanname in %1</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>How is %1 worked out?</source>
        <translation>Hoe is %1 berekend?</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>vervalt op %1</translation>
    </message>
    <message>
        <source>moves to spaarverlof on %1</source>
        <translation>gaat op %1 naar spaarverlof</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>vervalt niet</translation>
    </message>
</context>
<context>
    <name>CertificateEditor</name>
    <message>
        <source>%1 — does not expire</source>
        <translation>%1 — verloopt niet</translation>
    </message>
    <message>
        <source>%1 — valid until %2</source>
        <translation>%1 — geldig tot en met %2</translation>
    </message>
    <message>
        <source>A certificate is kept encrypted in your own data, never as a loose file. Fill in its last valid day to get a reminder 90, 60, 30 and 7 days before.</source>
        <translation>Een certificaat wordt versleuteld in je eigen gegevens bewaard, nooit als los bestand. Vul de laatste geldige dag in, dan krijg je 90, 60, 30 en 7 dagen vooraf een herinnering.</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>Nog geen certificaten.</translation>
    </message>
    <message>
        <source>Certificates of this activity</source>
        <translation>Certificaten van deze activiteit</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Uitgegeven op:</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Certificaat uitgegeven op</translation>
    </message>
    <message>
        <source>&amp;Valid until (last day):</source>
        <translation>&amp;Geldig tot en met:</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificaat geldig tot en met</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Add a certificate file</source>
        <translation>Een bestand met een certificaat toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the selected certificate</source>
        <translation>Het gekozen certificaat weghalen</translation>
    </message>
    <message>
        <source>Add a certificate</source>
        <translation>Certificaat toevoegen</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificaten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correction: balance in P-Direkt on %1</source>
        <translation>Correctie: saldo in P-Direkt op %1</translation>
    </message>
    <message>
        <source>Add a correction</source>
        <translation>Correctie toevoegen</translation>
    </message>
    <message>
        <source>Rijkapp adds %1 on %2, so that your total is the same as in P-Direkt. Choose the kind of hours the difference belongs to. You can undo this with Ctrl+Z.</source>
        <translation>Rijkapp voegt op %2 een correctie van %1 toe, zodat je totaal gelijk is aan dat in P-Direkt. Kies bij welke soort uren het verschil hoort. Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Kind of hours:</source>
        <translation>&amp;Soort uren:</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Soort uren</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Correctie toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong. Rijkapp could not finish what you were doing. What was saved before is safe.

The report is in %1. If it keeps happening, you can send this file to the makers of Rijkapp; it holds no data about you.</source>
        <translation>Er ging iets mis. Rijkapp kon niet afmaken waar je mee bezig was. Wat al was opgeslagen, is veilig.

Het verslag staat in %1. Gebeurt dit vaker? Dan kun je dit bestand naar de makers van Rijkapp sturen. Er staan geen gegevens over jou in.</translation>
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
        <translation>Exporteren naar JSON</translation>
    </message>
    <message>
        <source>Rijkapp export (*.json)</source>
        <translation>Rijkapp-export (*.json)</translation>
    </message>
    <message>
        <source>Your data was exported to %1.</source>
        <translation>Je gegevens zijn geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importeren uit JSON</translation>
    </message>
    <message>
        <source>Importing replaces all your data in Rijkapp with the data in %1.

Rijkapp makes a backup first, so you can go back with File &gt; Restore a backup. Continue?</source>
        <translation>Importeren vervangt al je gegevens in Rijkapp door de gegevens in %1.

Rijkapp maakt eerst een back-up. Zo kun je terug met Bestand &gt; Back-up terugzetten. Doorgaan?</translation>
    </message>
    <message>
        <source>Imported. A backup was made first: %1.</source>
        <translation>Geïmporteerd. Eerst is een back-up gemaakt: %1.</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Back-up gemaakt: %1.</translation>
    </message>
    <message>
        <source>The backup of %1 is back. Your previous data is kept aside in %2.</source>
        <translation>De back-up van %1 is teruggezet. Je vorige gegevens staan apart in %2.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Kies in de kalender</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Kies in de kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Type a date like %1, or leave it empty. Alt+Down opens a calendar.</source>
        <translation>Typ een datum als %1, of laat het leeg. Alt+pijl omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>Type a date like %1. Alt+Down opens a calendar.</source>
        <translation>Typ een datum als %1. Alt+pijl omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>%1: choose from the calendar</source>
        <translation>%1: kies in de kalender</translation>
    </message>
    <message>
        <source>Fill in a date, like %1.</source>
        <translation>Vul een datum in, zoals %1.</translation>
    </message>
    <message>
        <source>Type a year from %1 to %2.</source>
        <translation>Typ een jaar van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Type the year in four digits, like %1.</source>
        <translation>Typ het jaar met vier cijfers, zoals %1.</translation>
    </message>
    <message>
        <source>This date does not exist. Type a date like %1.</source>
        <translation>Deze datum bestaat niet. Typ een datum als %1.</translation>
    </message>
    <message>
        <source>Type a date like %1.</source>
        <translation>Typ een datum als %1.</translation>
    </message>
</context>
<context>
    <name>DatedRecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DevelopmentBudgetDialog</name>
    <message>
        <source>Add a development budget</source>
        <translation>Ontwikkelbudget toevoegen</translation>
    </message>
    <message>
        <source>Change a development budget</source>
        <translation>Ontwikkelbudget wijzigen</translation>
    </message>
    <message>
        <source>A budget for your development, in money, in hours or both. What is not used by its last day lapses.</source>
        <translation>Een budget voor je ontwikkeling, in geld, in uren of allebei. Wat je op de laatste dag niet hebt gebruikt, vervalt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name of the budget</source>
        <translation>Naam van het budget</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Van wie:</translation>
    </message>
    <message>
        <source>Whose budget it is</source>
        <translation>Van wie het budget is</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>&amp;Money (€):</source>
        <translation>&amp;Geld (€):</translation>
    </message>
    <message>
        <source>Money in euros</source>
        <translation>Geld in euro</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Uren:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>Van de organisatie</translation>
    </message>
    <message>
        <source>The team&apos;s</source>
        <translation>Van het team</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Van mezelf</translation>
    </message>
    <message>
        <source>for example Opleidingsbudget directie</source>
        <translation>bijvoorbeeld Opleidingsbudget directie</translation>
    </message>
    <message>
        <source>for example your directorate</source>
        <translation>bijvoorbeeld je directie</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1: fill in a number, for example %2.</source>
        <translation>%1: vul een getal in, bijvoorbeeld %2.</translation>
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
        <translation>Dienstverband toevoegen</translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation>Dienstverband wijzigen</translation>
    </message>
    <message>
        <source>Fill in your terms of employment from a date on, as on your payslip. They apply until the next record. Amounts are for full time (36 hours), as in the salary table of the CAO Rijk.</source>
        <translation>Vul je arbeidsvoorwaarden in vanaf een datum, zoals op je loonstrook. Ze gelden tot de volgende regel. Bedragen zijn voor voltijd (36 uur), zoals in de salaristabel van de CAO Rijk.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;naf:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Uren per week:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Schaal:</translation>
    </message>
    <message>
        <source>S&amp;tep (periodiek):</source>
        <translation>&amp;Periodiek:</translation>
    </message>
    <message>
        <source>Full-time &amp;salary per month:</source>
        <translation>Maandsalaris bij &amp;voltijd:</translation>
    </message>
    <message>
        <source>&amp;Allowances per month:</source>
        <translation>&amp;Toelagen per maand:</translation>
    </message>
    <message>
        <source>&amp;Last working day:</source>
        <translation>&amp;Laatste werkdag:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Step (periodiek)</source>
        <translation>Periodiek</translation>
    </message>
    <message>
        <source>Allowances per month</source>
        <translation>Toelagen per maand</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Laatste werkdag</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>kies</translation>
    </message>
    <message>
        <source>Full-time salary per month in euros</source>
        <translation>Maandsalaris bij voltijd in euro</translation>
    </message>
    <message>
        <source>The salary for a full week of 36 hours at your scale and step. On your P-Direkt payslip it is the line “Salaris” if you work 36 hours. If you work fewer hours, that line shows your part: look up your scale and step in the salary table of the CAO Rijk.</source>
        <translation>Het salaris voor een volle week van 36 uur bij je schaal en periodiek. Werk je 36 uur, dan is dit de regel ‘Salaris’ op je loonstrook van P-Direkt. Werk je minder uren, dan staat daar jouw deel: zoek je schaal en periodiek dan op in de salaristabel van de CAO Rijk.</translation>
    </message>
    <message>
        <source>Only when you leave: the last day of your employment.</source>
        <translation>Alleen als je uit dienst gaat: de laatste dag van je dienstverband.</translation>
    </message>
    <message>
        <source>Your hours in your contract; 36 is full time.</source>
        <translation>De uren in je contract; 36 uur is voltijd.</translation>
    </message>
    <message>
        <source>Part-time factor %1 (%2 of 36 hours).</source>
        <translation>Deeltijdfactor %1 (%2 van 36 uur).</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: vul een aantal uren in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1: fill in an amount in euros, for example %2.</source>
        <translation>%1: vul een bedrag in euro in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1: choose your scale; it is on your payslip.</source>
        <translation>%1: kies je schaal. Die staat op je loonstrook.</translation>
    </message>
    <message>
        <source>%1: choose your step; it is on your payslip.</source>
        <translation>%1: kies je periodiek. Die staat op je loonstrook.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is already a record from %1. Change that one instead.</source>
        <translation>Er is al een regel vanaf %1. Wijzig die regel.</translation>
    </message>
</context>
<context>
    <name>EmploymentModel</name>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Periodiek</translation>
    </message>
    <message>
        <source>Full-time salary per month</source>
        <translation>Maandsalaris bij voltijd</translation>
    </message>
    <message>
        <source>Allowances per month</source>
        <translation>Toelagen per maand</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Laatste werkdag</translation>
    </message>
    <message>
        <source>These terms apply today.</source>
        <translation>Deze voorwaarden gelden vandaag.</translation>
    </message>
</context>
<context>
    <name>ExpiryCard</name>
    <message>
        <source>What expires when</source>
        <translation>Wat vervalt wanneer</translation>
    </message>
    <message>
        <source>None of your hours expire after this date. IKB-uren and spaarverlof do not expire.</source>
        <translation>Na deze datum vervallen er geen uren. IKB-uren en spaarverlof vervallen niet.</translation>
    </message>
    <message>
        <source>%1 expire on %2</source>
        <translation>%1 vervalt op %2</translation>
    </message>
    <message>
        <source>You have planned all of it already.</source>
        <translation>Je hebt alles al gepland.</translation>
    </message>
    <message>
        <source>You have planned %1 of it already; %2 is not planned yet.</source>
        <translation>Je hebt er al %1 van gepland; %2 is nog niet gepland.</translation>
    </message>
    <message>
        <source>None of it is planned yet.</source>
        <translation>Je hebt er nog niets van gepland.</translation>
    </message>
    <message>
        <source>Plan those %1 before %2.</source>
        <translation>Plan die %1 vóór %2.</translation>
    </message>
    <message>
        <source>Plan those %1 before %2: about %3 working days of %4.</source>
        <translation>Plan die %1 vóór %2: ongeveer %3 werkdagen van %4.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>This is an assumption: %1</source>
        <translation>Dit is een aanname: %1</translation>
    </message>
    <message>
        <source>This rule is an assumption: it is not confirmed yet.</source>
        <translation>Deze regel is een aanname: hij is nog niet bevestigd.</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>Each step below shows the date, what happened and the rule behind it.</source>
        <translation>Elke stap hieronder laat de datum zien, wat er gebeurde en de regel die erbij hoort.</translation>
    </message>
    <message>
        <source>A step marked as an assumption rests on a rule that is not confirmed by the CAO Rijk yet. Check that figure with P-Direkt.</source>
        <translation>Een stap met een aanname rust op een regel die nog niet is bevestigd door de CAO Rijk. Controleer dat getal bij P-Direkt.</translation>
    </message>
    <message>
        <source>There is nothing to explain for this figure yet.</source>
        <translation>Bij dit getal is nog niets uit te leggen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Take over your balance from P-Direkt</source>
        <translation>Neem je saldo over uit P-Direkt</translation>
    </message>
    <message>
        <source>Fill in your starting details again</source>
        <translation>Startgegevens opnieuw invullen</translation>
    </message>
    <message>
        <source>Take over the balance from P-Direkt</source>
        <translation>Saldo overnemen uit P-Direkt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>T&amp;erug</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Volgen&amp;de</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Terug naar de vorige stap</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>Sluiten zonder iets op te slaan</translation>
    </message>
    <message>
        <source>Check this step and go to the next</source>
        <translation>Deze stap nakijken en naar de volgende</translation>
    </message>
    <message>
        <source>Save everything and close</source>
        <translation>Alles opslaan en sluiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <source>Your employment</source>
        <translation>Je dienstverband</translation>
    </message>
    <message>
        <source>Your work schedule</source>
        <translation>Je werkrooster</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>Your week adds up to %1, your employment to %2 per week. Check your hours per day if that is not right.</source>
        <translation>Je rooster telt %1 per week, je dienstverband %2. Kijk je uren per dag na als dat niet klopt.</translation>
    </message>
    <message>
        <source>Balance taken over from P-Direkt on %1</source>
        <translation>Saldo overgenomen uit P-Direkt op %1</translation>
    </message>
    <message>
        <source>Your starting details are saved.</source>
        <translation>Je startgegevens zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Saved. Your leave balance on %1 is %2, as in P-Direkt.</source>
        <translation>Opgeslagen. Je verlofsaldo op %1 is %2, net als in P-Direkt.</translation>
    </message>
</context>
<context>
    <name>GesprekkenPage</name>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>The conversations of the gesprekscyclus Rijk with your manager: planning, reflecting on your functioning and the evaluation with a conclusion. Prepare each one from your own records and choose what goes in the PDF.</source>
        <translation>De gesprekken van de gesprekscyclus Rijk met je leidinggevende: plannen, reflecteren op je functioneren en evalueren met een conclusie. Bereid elk gesprek voor met je eigen gegevens en kies wat in de pdf komt.</translation>
    </message>
    <message>
        <source>Your conversations per year</source>
        <translation>Je gesprekken per jaar</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Add a new conversation</source>
        <translation>Een nieuw gesprek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected conversation</source>
        <translation>Het gekozen gesprek bewerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Het gekozen gesprek verwijderen</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Je gesprekken</translation>
    </message>
    <message>
        <source>Enter opens · Delete deletes · Insert adds</source>
        <translation>Enter opent · Del verwijdert · Ins voegt toe</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nog geen gesprekken</translation>
    </message>
    <message>
        <source>Every year you have at least one registered conversation with your manager. In the planning conversation you agree on results and your development; later you reflect on how it goes, and the evaluation ends with your manager&apos;s conclusion.</source>
        <translation>Elk jaar heb je minstens één vastgelegd gesprek met je leidinggevende. In het plangesprek spreek je resultaten en je ontwikkeling af. Later kijk je samen hoe het gaat, en het evaluatiegesprek eindigt met de conclusie van je leidinggevende.</translation>
    </message>
    <message>
        <source>Choose New conversation… (or press Insert) to prepare your first one. Rijkapp fills in what it knows: your agreements, your learning and your budgets.</source>
        <translation>Kies Nieuw gesprek… (of druk op Insert) om je eerste gesprek voor te bereiden. Rijkapp vult in wat het weet: je afspraken, wat je leerde en je budgetten.</translation>
    </message>
    <message>
        <source>Add conversation</source>
        <translation>Gesprek toevoegen</translation>
    </message>
    <message>
        <source>Conversation of %1 added.</source>
        <translation>Gesprek van %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Change conversation</source>
        <translation>Gesprek wijzigen</translation>
    </message>
    <message>
        <source>Conversation of %1 changed.</source>
        <translation>Gesprek van %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>Conversation of %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Gesprek van %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Export leave to a calendar</source>
        <translation>Verlof exporteren naar een agenda</translation>
    </message>
    <message>
        <source>Rijkapp makes an iCalendar file (.ics) with your leave as all-day events. Open it in Outlook or another calendar. The file stays on this computer.</source>
        <translation>Rijkapp maakt een iCalendar-bestand (.ics) met je verlof als afspraken van een hele dag. Open het in Outlook of in een andere agenda. Het bestand blijft op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>&amp;Planned leave</source>
        <translation>&amp;Gepland verlof</translation>
    </message>
    <message>
        <source>&amp;Taken leave</source>
        <translation>&amp;Opgenomen verlof</translation>
    </message>
    <message>
        <source>Public &amp;holidays of the Rijk</source>
        <translation>&amp;Feestdagen van het Rijk</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>IkbAssumptions</name>
    <message>
        <source>Assumptions: these rules are not confirmed yet. Check the figures that depend on them with P-Direkt.</source>
        <translation>Aannames: deze regels zijn nog niet bevestigd. Controleer de bedragen die ervan afhangen bij P-Direkt.</translation>
    </message>
    <message>
        <source>• %1 Source: %2.</source>
        <translation>• %1 Bron: %2.</translation>
    </message>
</context>
<context>
    <name>IkbChart</name>
    <message>
        <source>Accrued (running total)</source>
        <translation>Opgebouwd (oplopend totaal)</translation>
    </message>
    <message>
        <source>Spent (running total)</source>
        <translation>Besteed (oplopend totaal)</translation>
    </message>
    <message>
        <source>Paid out in the month</source>
        <translation>Uitbetaald in de maand</translation>
    </message>
    <message>
        <source>Chart of your IKB by month</source>
        <translation>Grafiek van je IKB per maand</translation>
    </message>
    <message>
        <source>In %1 %2 accrues and %3 is spent; %4 is paid out in the course of the year, at the end included.</source>
        <translation>In %1 bouw je %2 op en besteed je %3. In de loop van het jaar wordt %4 uitbetaald, de uitbetaling aan het eind meegeteld.</translation>
    </message>
</context>
<context>
    <name>IkbChoiceDialog</name>
    <message>
        <source>Whole hours only. Bought hours are added to your leave; hours you do not use move to your IKB-spaarverlof at the end of the year.</source>
        <translation>Alleen hele uren. Gekochte uren komen bij je verlof. Uren die je niet gebruikt, gaan aan het eind van het jaar naar je IKB-spaarverlof.</translation>
    </message>
    <message>
        <source>Sold hours come from your IKB-uren (leave) and are paid out on top of your budget. Bought hours cannot be sold.</source>
        <translation>Verkochte uren gaan van je IKB-uren (verlof) af en worden bovenop je budget uitbetaald. Gekochte uren kun je niet verkopen.</translation>
    </message>
    <message>
        <source>Try out an IKB choice</source>
        <translation>Een IKB-keuze uitproberen</translation>
    </message>
    <message>
        <source>This choice is only used in the what-if comparison. Nothing is saved.</source>
        <translation>Deze keuze telt alleen mee in de vergelijking bij ‘Wat als?’. Er wordt niets bewaard.</translation>
    </message>
    <message>
        <source>Add an IKB choice</source>
        <translation>IKB-keuze toevoegen</translation>
    </message>
    <message>
        <source>Change an IKB choice</source>
        <translation>IKB-keuze wijzigen</translation>
    </message>
    <message>
        <source>Plan what you do with your IKB budget in a month. Rijkapp checks the choice against the CAO Rijk as you type. You still make the choice yourself in the P-Direktportaal.</source>
        <translation>Plan wat je in een maand met je IKB-budget doet. Terwijl je typt, controleert Rijkapp de keuze met de regels van de CAO Rijk. De keuze zelf maak je daarna nog in het P-Direktportaal.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation>&amp;Keuze:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Bedrag in euro</translation>
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
        <translation>&amp;Uren:</translation>
    </message>
    <message>
        <source>Number of hours</source>
        <translation>Aantal uren</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>P-Direkt:</source>
        <translation>P-Direkt:</translation>
    </message>
    <message>
        <source>Submitted in P-Direkt</source>
        <translation>Ingediend in P-Direkt</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>optional, for yourself</source>
        <translation>niet verplicht, voor jezelf</translation>
    </message>
    <message>
        <source>I have submitted this choice in the P-Direktportaal</source>
        <translation>Ik heb deze keuze ingediend in het P-Direktportaal</translation>
    </message>
    <message>
        <source>Use in the comparison</source>
        <translation>Meenemen in de vergelijking</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Fill in an amount in euros, for example %1.</source>
        <translation>Vul een bedrag in euro in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Fill in a number of hours, for example %1.</source>
        <translation>Vul een aantal uren in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>With this choice another choice no longer fits: %1</source>
        <translation>Door deze keuze past een andere keuze niet meer: %1</translation>
    </message>
    <message>
        <source>Cost: %1 × %2 = %3.</source>
        <translation>Kosten: %1 × %2 = %3.</translation>
    </message>
    <message>
        <source>Price of one IKB hour in %1: %2.</source>
        <translation>Prijs van één IKB-uur in %1: %2.</translation>
    </message>
    <message>
        <source>Maximum in %1: %2. Bought in your other choices: %3.</source>
        <translation>Maximum in %1: %2. Gekocht in je andere keuzes: %3.</translation>
    </message>
    <message>
        <source>You receive: %1 × %2 = %3, on top of your budget.</source>
        <translation>Je krijgt: %1 × %2 = %3, bovenop je budget.</translation>
    </message>
    <message>
        <source>Value of one sold IKB hour in %1: %2.</source>
        <translation>Waarde van één verkocht IKB-uur in %1: %2.</translation>
    </message>
    <message>
        <source>Maximum to sell in %1: %2. Sold in your other choices: %3. The hours come from your IKB-uren (leave).</source>
        <translation>Maximaal te verkopen in %1: %2. Verkocht in je andere keuzes: %3. De uren gaan van je IKB-uren (verlof) af.</translation>
    </message>
    <message>
        <source>Accrued by the end of %1: %2. Already spent by then in your other choices: %3.</source>
        <translation>Opgebouwd tot het eind van %1: %2. Tot dan al besteed in je andere keuzes: %3.</translation>
    </message>
    <message>
        <source>There is no IKB budget in %1.</source>
        <translation>In %1 is er geen IKB-budget.</translation>
    </message>
    <message>
        <source>What this choice means</source>
        <translation>Wat deze keuze betekent</translation>
    </message>
    <message>
        <source>%1: at most %2 a year from your IKB.</source>
        <translation>%1: hoogstens %2 per jaar uit je IKB.</translation>
    </message>
    <message>
        <source>%1: no fixed maximum a year.</source>
        <translation>%1: geen vast maximum per jaar.</translation>
    </message>
    <message>
        <source>Once every %1 calendar years.</source>
        <translation>Eén keer per %1 kalenderjaren.</translation>
    </message>
    <message>
        <source>Only together with the goal %1.</source>
        <translation>Alleen samen met het doel %1.</translation>
    </message>
    <message>
        <source>Keep the proof (an invoice or annual statement in your name): P-Direkt may ask for it.</source>
        <translation>Bewaar het bewijs (een factuur of jaaropgave op jouw naam): P-Direkt kan erom vragen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Source: %1 (not confirmed)</source>
        <translation>Bron: %1 (niet bevestigd)</translation>
    </message>
    <message>
        <source>(This rule is not confirmed.)</source>
        <translation>(Deze regel is niet bevestigd.)</translation>
    </message>
</context>
<context>
    <name>IkbChoiceList</name>
    <message>
        <source>Mark as not submitted</source>
        <translation>Markeren als niet ingediend</translation>
    </message>
    <message>
        <source>Mark the selected choice as not submitted in P-Direkt</source>
        <translation>De geselecteerde keuze markeren als niet ingediend in P-Direkt</translation>
    </message>
    <message>
        <source>Mark as submitted in P-Direkt</source>
        <translation>Markeren als ingediend in P-Direkt</translation>
    </message>
    <message>
        <source>Mark the selected choice as submitted in P-Direkt</source>
        <translation>De geselecteerde keuze markeren als ingediend in P-Direkt</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Je keuzes</translation>
    </message>
    <message>
        <source>What you do with your budget: an extra pay-out, buying or selling IKB-uren, or a fiscaal doel. Mark a choice as submitted once you have entered it in the P-Direktportaal.</source>
        <translation>Wat je met je budget doet: een extra uitbetaling, IKB-uren kopen of verkopen, of een fiscaal doel. Heb je een keuze ingevoerd in het P-Direktportaal? Markeer hem dan als ingediend.</translation>
    </message>
    <message>
        <source>Your IKB choices</source>
        <translation>Je IKB-keuzes</translation>
    </message>
    <message>
        <source>No choices this year. If you change nothing, your whole budget is paid out in December.</source>
        <translation>Dit jaar geen keuzes. Verander je niets, dan wordt je hele budget in december uitbetaald.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add an IKB choice</source>
        <translation>IKB-keuze toevoegen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the selected IKB choice</source>
        <translation>De geselecteerde IKB-keuze wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected IKB choice</source>
        <translation>De geselecteerde IKB-keuze verwijderen</translation>
    </message>
    <message>
        <source>Add IKB choice</source>
        <translation>IKB-keuze toevoegen</translation>
    </message>
    <message>
        <source>IKB choice added.</source>
        <translation>IKB-keuze toegevoegd.</translation>
    </message>
    <message>
        <source>Change IKB choice</source>
        <translation>IKB-keuze wijzigen</translation>
    </message>
    <message>
        <source>IKB choice changed.</source>
        <translation>IKB-keuze gewijzigd.</translation>
    </message>
    <message>
        <source>Delete IKB choice</source>
        <translation>IKB-keuze verwijderen</translation>
    </message>
    <message>
        <source>IKB choice for %1 deleted. Undo with Ctrl+Z.</source>
        <translation>IKB-keuze voor %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Mark IKB choice as submitted</source>
        <translation>IKB-keuze markeren als ingediend</translation>
    </message>
    <message>
        <source>Mark IKB choice as not submitted</source>
        <translation>IKB-keuze markeren als niet ingediend</translation>
    </message>
    <message>
        <source>Marked as submitted in P-Direkt.</source>
        <translation>Gemarkeerd als ingediend in P-Direkt.</translation>
    </message>
    <message>
        <source>Marked as not submitted.</source>
        <translation>Gemarkeerd als niet ingediend.</translation>
    </message>
</context>
<context>
    <name>IkbChoiceModel</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Cost or value</source>
        <translation>Kosten of waarde</translation>
    </message>
    <message>
        <source>Last day in P-Direkt</source>
        <translation>Laatste dag in P-Direkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Not submitted, last day passed</source>
        <translation>Niet ingediend, laatste dag voorbij</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Nog niet ingediend</translation>
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
        <translation>Laatste dag in P-Direkt</translation>
    </message>
    <message>
        <source>Choices for a month must be in by &amp;day:</source>
        <translation>Keuzes voor een maand indienen uiterlijk op &amp;dag:</translation>
    </message>
    <message>
        <source>Last day of the month for IKB choices</source>
        <translation>Laatste dag van de maand voor IKB-keuzes</translation>
    </message>
    <message>
        <source>Rijkapp assumes day %1 of each month.</source>
        <translation>Rijkapp gaat uit van dag %1 van elke maand.</translation>
    </message>
    <message>
        <source>You chose day %1 of each month.</source>
        <translation>Je hebt dag %1 van elke maand gekozen.</translation>
    </message>
    <message>
        <source>P-Direkt publishes the real last day (“Afsluiting IKB”) for each month, usually around the 12th; it can differ per month. Choose the day P-Direkt gives. Source of the default: %1 (not confirmed).</source>
        <translation>P-Direkt maakt voor elke maand de echte laatste dag bekend (“Afsluiting IKB”), meestal rond de 12e. Die kan per maand verschillen. Kies de dag die P-Direkt noemt. Bron van de standaardwaarde: %1 (niet bevestigd).</translation>
    </message>
</context>
<context>
    <name>IkbFigures</name>
    <message>
        <source>Accrued in %1</source>
        <translation>Opgebouwd in %1</translation>
    </message>
    <message>
        <source>Spent in %1</source>
        <translation>Besteed in %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>The year is over; everything is paid out.</source>
        <translation>Het jaar is voorbij; alles is uitbetaald.</translation>
    </message>
    <message>
        <source>of %1 in the whole year</source>
        <translation>van %1 in het hele jaar</translation>
    </message>
    <message>
        <source>%1 has not started yet; %2 in the whole year</source>
        <translation>%1 is nog niet begonnen; %2 in het hele jaar</translation>
    </message>
    <message>
        <source>Accrued so far</source>
        <translation>Tot nu toe opgebouwd</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Tot nu toe besteed</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Nu beschikbaar</translation>
    </message>
    <message>
        <source>Final pay-out in %1</source>
        <translation>Laatste uitbetaling in %1</translation>
    </message>
    <message>
        <source>You leave on %1; what is left is paid out after that.</source>
        <translation>Je laatste werkdag is %1; wat er dan over is, wordt daarna uitbetaald.</translation>
    </message>
    <message>
        <source>Paid out in December</source>
        <translation>Uitbetaald in december</translation>
    </message>
    <message>
        <source>Expected pay-out in December</source>
        <translation>Verwachte uitbetaling in december</translation>
    </message>
    <message>
        <source>What is left of your budget at the end of the year.</source>
        <translation>Wat er aan het eind van het jaar over is van je budget.</translation>
    </message>
    <message>
        <source>IKB-uren bought</source>
        <translation>Gekochte IKB-uren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>The most you can buy this year.</source>
        <translation>Het maximum dat je dit jaar kunt kopen.</translation>
    </message>
    <message>
        <source>IKB-uren sold</source>
        <translation>Verkochte IKB-uren</translation>
    </message>
    <message>
        <source>Sold hours are paid on top of your budget.</source>
        <translation>Verkochte uren worden bovenop je budget uitbetaald.</translation>
    </message>
</context>
<context>
    <name>IkbMonthModel</name>
    <message>
        <source>Extra pay-outs you chose, and what is left of the budget at the end of the year (or after leaving).</source>
        <translation>Extra uitbetalingen die je hebt gekozen, en wat er aan het eind van het jaar (of als je uit dienst gaat) over is van het budget.</translation>
    </message>
    <message>
        <source>Pay-outs, bought hours and fiscale doelen together.</source>
        <translation>Uitbetalingen, gekochte uren en fiscale doelen samen.</translation>
    </message>
    <message>
        <source>What is left of your budget at the end of the month.</source>
        <translation>Wat er aan het eind van de maand over is van je budget.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Opgebouwd</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Hours bought (cost)</source>
        <translation>Gekochte uren (kosten)</translation>
    </message>
    <message>
        <source>Fiscaal doel</source>
        <translation>Fiscaal doel</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>%1 + %2 sold hours</source>
        <translation>%1 + %2 voor verkochte uren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Forecast on your current salary.</source>
        <translation>Prognose op basis van je huidige salaris.</translation>
    </message>
    <message>
        <source>What is left of your budget is paid out in %1: %2.</source>
        <translation>Wat er over is van je budget, wordt uitbetaald in %1: %2.</translation>
    </message>
    <message>
        <source>Sold IKB-uren are paid on top of your budget: %1.</source>
        <translation>Verkochte IKB-uren worden bovenop je budget uitbetaald: %1.</translation>
    </message>
    <message>
        <source>Bought hours you did not use are reversed: %1 returns to your budget.</source>
        <translation>Gekochte uren die je niet hebt gebruikt, worden teruggedraaid: %1 gaat terug naar je budget.</translation>
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
        <translation>Je individueel keuzebudget: wat je elke maand opbouwt en wat je ermee doet. Je keuzes maak je in het P-Direktportaal. Hier plan je ze en zie je wat ze betekenen.</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile first: your hours and your salary. Then your IKB appears here, month by month.</source>
        <translation>Vul eerst je dienstverband in bij Profiel: je uren en je salaris. Dan zie je hier je IKB, maand voor maand.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>How is the IKB of this year worked out?</source>
        <translation>Hoe is het IKB van dit jaar berekend?</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Maand voor maand</translation>
    </message>
    <message>
        <source>Your IKB month by month</source>
        <translation>Je IKB maand voor maand</translation>
    </message>
    <message>
        <source>Months in grey italics are a forecast on your current salary.</source>
        <translation>Maanden in grijze schuine letters zijn een prognose op basis van je huidige salaris.</translation>
    </message>
    <message>
        <source>How is this month worked out?</source>
        <translation>Hoe is deze maand berekend?</translation>
    </message>
    <message>
        <source>How is the selected month worked out?</source>
        <translation>Hoe is de gekozen maand berekend?</translation>
    </message>
    <message>
        <source>Over the year</source>
        <translation>In de loop van het jaar</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>Wat als?</translation>
    </message>
    <message>
        <source>Your plan breaks a rule of the CAO Rijk:</source>
        <translation>Je plan klopt niet met een regel van de CAO Rijk:</translation>
    </message>
    <message>
        <source>Your IKB in %1</source>
        <translation>Je IKB in %1</translation>
    </message>
    <message>
        <source>IKB choices must now be in by day %1 of each month.</source>
        <translation>IKB-keuzes moeten nu uiterlijk op dag %1 van elke maand zijn ingediend.</translation>
    </message>
</context>
<context>
    <name>IkbReminderBanner</name>
    <message>
        <source>Mark these choices as submitted</source>
        <translation>Deze keuzes markeren als ingediend</translation>
    </message>
    <message>
        <source>Submit your choice for %1 in the P-Direktportaal by %2.</source>
        <translation>Dien je keuze voor %1 uiterlijk %2 in via het P-Direktportaal.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Not marked as submitted, and the last day has passed:</source>
        <translation>Niet gemarkeerd als ingediend, en de laatste dag is voorbij:</translation>
    </message>
    <message>
        <source>• %1 (last day %2)</source>
        <translation>• %1 (laatste dag %2)</translation>
    </message>
    <message>
        <source>Check in the P-Direktportaal whether it was processed. Did you submit it in time? Then mark it as submitted below.</source>
        <translation>Kijk in het P-Direktportaal of het is verwerkt. Heb je het op tijd ingediend? Markeer het dan hieronder als ingediend.</translation>
    </message>
    <message>
        <source>I have submitted it</source>
        <translation>Ik heb het ingediend</translation>
    </message>
</context>
<context>
    <name>IkbText</name>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>Extra pay-out</source>
        <translation>Extra uitbetaling</translation>
    </message>
    <message>
        <source>Buy IKB-uren</source>
        <translation>IKB-uren kopen</translation>
    </message>
    <message>
        <source>Sell IKB-uren</source>
        <translation>IKB-uren verkopen</translation>
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
        <translation>Dien je keuze voor %1 uiterlijk %2 in via het P-Direktportaal.</translation>
    </message>
    <message>
        <source>Your choice for %1 is not marked as submitted, and its last day has passed.</source>
        <translation>Je keuze voor %1 is niet gemarkeerd als ingediend, en de laatste dag is voorbij.</translation>
    </message>
    <message>
        <source>%1 choices are not marked as submitted, and their last day has passed.</source>
        <translation>%1 keuzes zijn niet gemarkeerd als ingediend, en hun laatste dag is voorbij.</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile to see your IKB budget.</source>
        <translation>Vul je dienstverband in bij Profiel om je IKB-budget te zien.</translation>
    </message>
    <message>
        <source>There is no IKB budget this year.</source>
        <translation>Dit jaar is er geen IKB-budget.</translation>
    </message>
    <message>
        <source>Accrued this year so far: %1</source>
        <translation>Dit jaar tot nu toe opgebouwd: %1</translation>
    </message>
    <message>
        <source>Final pay-out in %1: %2</source>
        <translation>Laatste uitbetaling in %1: %2</translation>
    </message>
    <message>
        <source>Expected pay-out in December: %1</source>
        <translation>Verwachte uitbetaling in december: %1</translation>
    </message>
    <message>
        <source>IKB-uren bought: %1 of at most %2</source>
        <translation>Gekochte IKB-uren: %1 van hoogstens %2</translation>
    </message>
    <message>
        <source>IKB: available now</source>
        <translation>IKB: nu beschikbaar</translation>
    </message>
</context>
<context>
    <name>IkbWhatIfPanel</name>
    <message>
        <source>As planned</source>
        <translation>Zoals gepland</translation>
    </message>
    <message>
        <source>All in December</source>
        <translation>Alles in december</translation>
    </message>
    <message>
        <source>Buy %1 hours</source>
        <translation>%1 uur kopen</translation>
    </message>
    <message>
        <source>Union fee via the IKB</source>
        <translation>Vakbondscontributie via het IKB</translation>
    </message>
    <message>
        <source>Your own scenario</source>
        <translation>Je eigen scenario</translation>
    </message>
    <message>
        <source>Compare choices before you make them. Each column is your IKB year with other choices. Nothing you try here is saved.</source>
        <translation>Vergelijk keuzes voordat je ze maakt. Elke kolom is je IKB-jaar met andere keuzes. Wat je hier uitprobeert, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>&amp;Union fee (vakbondscontributie) per year:</source>
        <translation>&amp;Vakbondscontributie per jaar:</translation>
    </message>
    <message>
        <source>Union fee per year</source>
        <translation>Vakbondscontributie per jaar</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>Scenario&apos;s naast elkaar</translation>
    </message>
    <message>
        <source>Add or remove choices to see what they do. They are only kept while this page is open, and never saved.</source>
        <translation>Voeg keuzes toe of haal ze weg om te zien wat ze doen. Ze blijven alleen zolang deze pagina open is, en worden nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Choices in your own scenario</source>
        <translation>Keuzes in je eigen scenario</translation>
    </message>
    <message>
        <source>Add a choice…</source>
        <translation>Keuze toevoegen…</translation>
    </message>
    <message>
        <source>Add a choice to your own scenario</source>
        <translation>Een keuze toevoegen aan je eigen scenario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the selected choice from your own scenario</source>
        <translation>De geselecteerde keuze uit je eigen scenario weghalen</translation>
    </message>
    <message>
        <source>Start from my plan</source>
        <translation>Beginnen met mijn plan</translation>
    </message>
    <message>
        <source>Start your own scenario from your saved choices</source>
        <translation>Je eigen scenario beginnen met je opgeslagen keuzes</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>Remove every choice from your own scenario</source>
        <translation>Alle keuzes uit je eigen scenario weghalen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All in December: no choices this year, the whole budget is paid out at the end of the year.</source>
        <translation>Alles in december: dit jaar geen keuzes, het hele budget wordt aan het eind van het jaar uitbetaald.</translation>
    </message>
    <message>
        <source>Buy %1 hours: this is not possible in any month of %2.</source>
        <translation>%1 uur kopen: dat kan in geen enkele maand van %2.</translation>
    </message>
    <message>
        <source>Buy %1 hours: in %2, the first month in which enough has accrued. They cost %3.</source>
        <translation>%1 uur kopen: in %2, de eerste maand waarin genoeg is opgebouwd. Ze kosten %3.</translation>
    </message>
    <message>
        <source>Union fee via the IKB: %1 in December %2 as a fiscaal doel.</source>
        <translation>Vakbondscontributie via het IKB: %1 in december %2 als fiscaal doel.</translation>
    </message>
    <message>
        <source>No choices: everything is paid out in December.</source>
        <translation>Geen keuzes: alles wordt in december uitbetaald.</translation>
    </message>
    <message>
        <source>Fill in an amount in euros, for example %1.</source>
        <translation>Vul een bedrag in euro in, bijvoorbeeld %1.</translation>
    </message>
</context>
<context>
    <name>InPdfBox</name>
    <message>
        <source>In the PDF</source>
        <translation>In de pdf</translation>
    </message>
    <message>
        <source>%1 in the PDF</source>
        <translation>%1 in de pdf</translation>
    </message>
</context>
<context>
    <name>InformantsEditor</name>
    <message>
        <source>Only their name and function are kept. What informants said about you stays private: it is not written down here.</source>
        <translation>Alleen hun naam en functie worden bewaard. Wat informanten over je zeiden, blijft privé: dat schrijf je hier niet op.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name of the informant</source>
        <translation>Naam van de informant</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Function of the informant</source>
        <translation>Functie van de informant</translation>
    </message>
    <message>
        <source>Add informant</source>
        <translation>Informant toevoegen</translation>
    </message>
    <message>
        <source>Add the informant</source>
        <translation>De informant toevoegen</translation>
    </message>
    <message>
        <source>Informants</source>
        <translation>Informanten</translation>
    </message>
    <message>
        <source>Remove informant</source>
        <translation>Informant weghalen</translation>
    </message>
    <message>
        <source>Remove the selected informant</source>
        <translation>De gekozen informant weghalen</translation>
    </message>
</context>
<context>
    <name>LearningActivityDialog</name>
    <message>
        <source>Add a learning activity</source>
        <translation>Leeractiviteit toevoegen</translation>
    </message>
    <message>
        <source>Change a learning activity</source>
        <translation>Leeractiviteit wijzigen</translation>
    </message>
    <message>
        <source>What you learn, from whom and when. On the right Rijkapp shows what your employer pays and what you pay, as you type.</source>
        <translation>Wat je leert, bij wie en wanneer. Rechts laat Rijkapp zien wat je werkgever betaalt en wat jij betaalt, terwijl je typt.</translation>
    </message>
    <message>
        <source>Parts of the activity</source>
        <translation>Delen van de activiteit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation>Kosten en betaling</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>Certificaten (%1)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Soort activiteit</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Aanbieder:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
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
        <translation>&amp;Les- en examenuren:</translation>
    </message>
    <message>
        <source>Lesson and exam hours</source>
        <translation>Les- en examenuren</translation>
    </message>
    <message>
        <source>Self-stud&amp;y hours:</source>
        <translation>Uren &amp;zelfstudie:</translation>
    </message>
    <message>
        <source>Self-study hours</source>
        <translation>Uren zelfstudie</translation>
    </message>
    <message>
        <source>Skill&amp;s:</source>
        <translation>Vaardi&amp;gheden:</translation>
    </message>
    <message>
        <source>Skills, separated by commas</source>
        <translation>Vaardigheden, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>&amp;Cost (€):</source>
        <translation>&amp;Kosten (€):</translation>
    </message>
    <message>
        <source>Cost in euros</source>
        <translation>Kosten in euro</translation>
    </message>
    <message>
        <source>&amp;Why do you study?</source>
        <translation>&amp;Waarom leer je dit?</translation>
    </message>
    <message>
        <source>Reason for studiefaciliteiten</source>
        <translation>Reden voor studiefaciliteiten</translation>
    </message>
    <message>
        <source>Paid from:</source>
        <translation>Betaald uit:</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Betaald uit</translation>
    </message>
    <message>
        <source>&amp;Development budget:</source>
        <translation>&amp;Ontwikkelbudget:</translation>
    </message>
    <message>
        <source>Development budget</source>
        <translation>Ontwikkelbudget</translation>
    </message>
    <message>
        <source>&amp;Talk agreement:</source>
        <translation>Afspraak uit &amp;gesprek:</translation>
    </message>
    <message>
        <source>Talk agreement it serves</source>
        <translation>De afspraak uit een gesprek waar dit bij hoort</translation>
    </message>
    <message>
        <source>for example Projectmatig werken</source>
        <translation>bijvoorbeeld Projectmatig werken</translation>
    </message>
    <message>
        <source>for example Rijksacademie</source>
        <translation>bijvoorbeeld Rijksacademie</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>for example planning, writing advice</source>
        <translation>bijvoorbeeld plannen, adviezen schrijven</translation>
    </message>
    <message>
        <source>No studiefaciliteiten asked</source>
        <translation>Geen studiefaciliteiten gevraagd</translation>
    </message>
    <message>
        <source>My manager asks me to</source>
        <translation>Mijn leidinggevende vraagt het</translation>
    </message>
    <message>
        <source>It is part of my career agreements</source>
        <translation>Het hoort bij mijn loopbaanafspraken</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <source>The reason decides the studiefaciliteiten of the CAO Rijk. For another reason your employer decides, up to the shares shown.</source>
        <translation>De reden bepaalt de studiefaciliteiten van de CAO Rijk. Bij een andere reden beslist je werkgever, tot de delen die je rechts ziet.</translation>
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
        <translation>Mijn eigen geld</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Only for you: it stays in your own data and is not shown to anyone. Three questions can help: What did I learn? What does it mean for my work? What will I do next?</source>
        <translation>Alleen voor jou: het blijft in je eigen gegevens en niemand anders ziet het. Drie vragen kunnen helpen: Wat heb ik geleerd? Wat betekent het voor mijn werk? Wat ga ik nu doen?</translation>
    </message>
    <message>
        <source>&amp;Your reflection:</source>
        <translation>&amp;Je terugblik:</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Je terugblik</translation>
    </message>
    <message>
        <source>Put the three &amp;questions in the text</source>
        <translation>Zet de drie &amp;vragen in de tekst</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>What did I learn?</source>
        <translation>Wat heb ik geleerd?</translation>
    </message>
    <message>
        <source>What does it mean for my work?</source>
        <translation>Wat betekent het voor mijn werk?</translation>
    </message>
    <message>
        <source>What will I do next?</source>
        <translation>Wat ga ik nu doen?</translation>
    </message>
    <message>
        <source>%1: fill in a number, for example %2.</source>
        <translation>%1: vul een getal in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Studiefaciliteiten for %1</source>
        <translation>Studiefaciliteiten voor %1</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>deze activiteit</translation>
    </message>
</context>
<context>
    <name>LearningBudgets</name>
    <message>
        <source>Your development budgets</source>
        <translation>Je ontwikkelbudgetten</translation>
    </message>
    <message>
        <source>Add a &amp;budget…</source>
        <translation>&amp;Budget toevoegen…</translation>
    </message>
    <message>
        <source>Add a development budget</source>
        <translation>Ontwikkelbudget toevoegen</translation>
    </message>
    <message>
        <source>No development budgets yet. Ask your manager whether your organisation or team has one, and add it here.</source>
        <translation>Nog geen ontwikkelbudgetten. Vraag je leidinggevende of je organisatie of je team er een heeft, en zet het hier.</translation>
    </message>
    <message>
        <source>of your organisation</source>
        <translation>van je organisatie</translation>
    </message>
    <message>
        <source>of your team</source>
        <translation>van je team</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>van jezelf</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translation>%1 · van %2 tot en met %3</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Lapsed on %1.</source>
        <translation>Vervallen op %1.</translation>
    </message>
    <message>
        <source>Starts on %1.</source>
        <translation>Begint op %1.</translation>
    </message>
    <message>
        <source>What is left lapses on %1 unless you book it before then.</source>
        <translation>Wat over is, vervalt op %1 als je het niet eerder gebruikt.</translation>
    </message>
    <message>
        <source>Everything is booked: nothing lapses.</source>
        <translation>Alles is gebruikt of gepland: er vervalt niets.</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>How is what is left of %1 worked out?</source>
        <translation>Hoe is berekend wat er over is van %1?</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Budget toevoegen</translation>
    </message>
    <message>
        <source>Budget %1 added.</source>
        <translation>Budget %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Budget wijzigen</translation>
    </message>
    <message>
        <source>Budget %1 changed.</source>
        <translation>Budget %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Delete budget</source>
        <translation>Budget verwijderen</translation>
    </message>
    <message>
        <source>Delete the budget %1? Activities booked on it stay in your learning log, booked on no budget.</source>
        <translation>Budget %1 verwijderen? De activiteiten die erop staan, blijven in je leeroverzicht, zonder budget.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Budget %1 deleted.</source>
        <translation>Budget %1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>LearningCertificates</name>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Het certificaat van %1 is verlopen op %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until today. Renew it now.</source>
        <translation>Het certificaat van %1 is tot en met vandaag geldig. Vernieuw het nu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until tomorrow. Renew it now.</source>
        <translation>Het certificaat van %1 is tot en met morgen geldig. Vernieuw het nu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid until %2: %3 days left. Renew it in time.</source>
        <translation>Het certificaat van %1 is geldig tot en met %2: nog %3 dagen. Vernieuw het op tijd.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Your certificates</source>
        <translation>Je certificaten</translation>
    </message>
    <message>
        <source>No certificates yet. Add one in an activity, on the Certificates tab.</source>
        <translation>Nog geen certificaten. Voeg er een toe bij een activiteit, op het tabblad Certificaten.</translation>
    </message>
    <message>
        <source>O&amp;pen certificate</source>
        <translation>Certificaat o&amp;penen</translation>
    </message>
    <message>
        <source>Open the selected certificate</source>
        <translation>Het gekozen certificaat openen</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a file</source>
        <translation>Het gekozen certificaat als bestand opslaan</translation>
    </message>
    <message>
        <source>Expiry dates to calendar (.ics)…</source>
        <translation>Einddatums naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>Export the last valid days of your certificates to a calendar file</source>
        <translation>De laatste geldige dagen van je certificaten naar een agendabestand zetten</translation>
    </message>
    <message>
        <source>No program was found to open %1. Use Save as… instead.</source>
        <translation>Er is geen programma gevonden om %1 te openen. Kies dan Opslaan als….</translation>
    </message>
    <message>
        <source>%1 is open. The temporary copy is removed when you close Rijkapp.</source>
        <translation>%1 is geopend. De tijdelijke kopie wordt weggehaald als je Rijkapp sluit.</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Certificaat opslaan als</translation>
    </message>
    <message>
        <source>The certificate is saved as %1.</source>
        <translation>Het certificaat is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Export the certificates&apos; last valid days</source>
        <translation>Laatste geldige dagen van de certificaten exporteren</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-bestand (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved: %1</source>
        <translation>Agendabestand opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>LearningChart</name>
    <message>
        <source>Lesson and exam hours</source>
        <translation>Les- en examenuren</translation>
    </message>
    <message>
        <source>Self-study hours</source>
        <translation>Uren zelfstudie</translation>
    </message>
    <message>
        <source>Cost (right)</source>
        <translation>Kosten (rechts)</translation>
    </message>
    <message>
        <source>Chart of your learning hours and costs per year</source>
        <translation>Grafiek van je leeruren en kosten per jaar</translation>
    </message>
    <message>
        <source>%1: %2 lesson and exam hours, %3 self-study, cost %4.</source>
        <translation>%1: %2 les- en examenuren, %3 zelfstudie, kosten %4.</translation>
    </message>
</context>
<context>
    <name>LearningFacilities</name>
    <message>
        <source>Studiefaciliteiten for your activities</source>
        <translation>Studiefaciliteiten voor je activiteiten</translation>
    </message>
    <message>
        <source>What the CAO Rijk gives you depends on why you study. Choose an activity to see who pays, your study leave and the risk of paying back.</source>
        <translation>Wat de CAO Rijk je geeft, hangt af van waarom je leert. Kies een activiteit: je ziet wie betaalt, je studieverlof en het risico dat je moet terugbetalen.</translation>
    </message>
    <message>
        <source>Studiefaciliteiten per activity</source>
        <translation>Studiefaciliteiten per activiteit</translation>
    </message>
    <message>
        <source>No activities yet. Add them on the Learning page to see what is paid.</source>
        <translation>Nog geen activiteiten. Zet ze op de pagina Leren, dan zie je hier wat er wordt betaald.</translation>
    </message>
    <message>
        <source>Studiefaciliteiten for %1</source>
        <translation>Studiefaciliteiten voor %1</translation>
    </message>
</context>
<context>
    <name>LearningLog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search the learning log</source>
        <translation>Zoeken in je leeroverzicht</translation>
    </message>
    <message>
        <source>title, provider, skill…</source>
        <translation>titel, aanbieder, vaardigheid…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Kies een jaar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Kies een soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Kies een status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>Vaardig&amp;heid:</translation>
    </message>
    <message>
        <source>Filter by skill</source>
        <translation>Kies een vaardigheid</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Alle vaardigheden</translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation>Leeroverzicht</translation>
    </message>
    <message>
        <source>Nothing in your learning log yet. Choose Add activity… or press Insert.</source>
        <translation>Er staat nog niets in je leeroverzicht. Kies Activiteit toevoegen… of druk op Insert.</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Activiteit toevoegen…</translation>
    </message>
    <message>
        <source>Add a learning activity</source>
        <translation>Leeractiviteit toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the selected activity</source>
        <translation>De gekozen activiteit openen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>De gekozen activiteit verwijderen</translation>
    </message>
    <message>
        <source>Enter opens · Delete deletes · Insert adds</source>
        <translation>Enter opent · Del verwijdert · Ins voegt toe</translation>
    </message>
    <message>
        <source>Activities in your log: %1</source>
        <translation>Activiteiten in je overzicht: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of the %2 activities</source>
        <translation>Getoond: %1 van de %2 activiteiten</translation>
    </message>
    <message>
        <source>Add learning activity</source>
        <translation>Leeractiviteit toevoegen</translation>
    </message>
    <message>
        <source>%1 added to your learning log.</source>
        <translation>%1 staat nu in je leeroverzicht.</translation>
    </message>
    <message>
        <source>Change learning activity</source>
        <translation>Leeractiviteit wijzigen</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 gewijzigd.</translation>
    </message>
    <message>
        <source>Delete %1 from your learning log? You can undo this with Ctrl+Z.</source>
        <translation>%1 uit je leeroverzicht verwijderen? Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete %1 from your learning log, with its certificates? You can undo this with Ctrl+Z.</source>
        <translation>%1 uit je leeroverzicht verwijderen, met de certificaten? Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete learning activity</source>
        <translation>Leeractiviteit verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>LearningModels</name>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>geen datums</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Your manager asks</source>
        <translation>Leidinggevende vraagt</translation>
    </message>
    <message>
        <source>Career agreement</source>
        <translation>Loopbaanafspraak</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Geen reden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Employer pays</source>
        <translation>Werkgever betaalt</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Jij betaalt</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Studieverlof</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ten hoogste %1</translation>
    </message>
</context>
<context>
    <name>LearningTileWidget</name>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Keep track of what you learn, and your certificates, on the Learning page.</source>
        <translation>Houd op de pagina Leren bij wat je leert, met je certificaten.</translation>
    </message>
    <message>
        <source>Next certificate to renew: %1, valid until %2.</source>
        <translation>Eerste certificaat om te vernieuwen: %1, geldig tot en met %2.</translation>
    </message>
    <message>
        <source>Expired certificates: %1</source>
        <translation>Verlopen certificaten: %1</translation>
    </message>
    <message>
        <source>Learning: hours this year</source>
        <translation>Leren: uren dit jaar</translation>
    </message>
</context>
<context>
    <name>LeaveDaysTable</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>What each day costs</source>
        <translation>Wat elke dag kost</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>feestdag: %1</translation>
    </message>
    <message>
        <source>outside your employment</source>
        <translation>buiten je dienstverband</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>geen werkdag</translation>
    </message>
    <message>
        <source>no work schedule: weekly hours spread over Monday to Friday</source>
        <translation>geen werkrooster: je uren per week verdeeld over maandag tot en met vrijdag</translation>
    </message>
</context>
<context>
    <name>LeaveEntryDialog</name>
    <message>
        <source>Add leave</source>
        <translation>Verlof toevoegen</translation>
    </message>
    <message>
        <source>Change leave</source>
        <translation>Verlof wijzigen</translation>
    </message>
    <message>
        <source>Choose your first and last day off. Rijkapp counts the hours from your work schedule: weekends, your days off and public holidays cost nothing.</source>
        <translation>Kies je eerste en je laatste vrije dag. Rijkapp telt de uren met je werkrooster: weekenden, je vrije dagen en feestdagen kosten niets.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Uren:</translation>
    </message>
    <message>
        <source>&amp;Kind of hours:</source>
        <translation>&amp;Soort uren:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Whole days, as in my work schedule</source>
        <translation>&amp;Hele dagen, zoals in mijn werkrooster</translation>
    </message>
    <message>
        <source>&amp;Enter the hours myself:</source>
        <translation>&amp;Zelf de uren invullen:</translation>
    </message>
    <message>
        <source>Hours entered by hand</source>
        <translation>Zelf ingevulde uren</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>&amp;Half a day</source>
        <translation>Een halve &amp;dag</translation>
    </message>
    <message>
        <source>Fill in half of the hours you are scheduled to work on the first day.</source>
        <translation>Vul de helft in van de uren die je volgens je rooster op de eerste dag werkt.</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Soort uren</translation>
    </message>
    <message>
        <source>Automatic: what expires first goes first</source>
        <translation>Automatisch: wat het eerst vervalt, gaat eerst</translation>
    </message>
    <message>
        <source>A kind you choose is used first; when it runs out, the rest comes from the other hours.</source>
        <translation>Een soort die je kiest, wordt eerst gebruikt. Is die op, dan gaat de rest van de andere uren af.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>for example summer holiday</source>
        <translation>bijvoorbeeld zomervakantie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>%1: fill in the hours, for example %2.</source>
        <translation>%1: vul de uren in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: vul een aantal uren in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>Working out what this leave costs…</source>
        <translation>Rijkapp berekent wat dit verlof kost…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rijkapp shows the cost as soon as the days and hours are right.</source>
        <translation>Rijkapp laat zien wat het kost zodra de dagen en uren goed zijn ingevuld.</translation>
    </message>
    <message>
        <source>This leave costs %1.</source>
        <translation>Dit verlof kost %1.</translation>
    </message>
    <message>
        <source>This leave costs %1: %2 of the %3 days cost leave hours.</source>
        <translation>Dit verlof kost %1: %2 van de %3 dagen kosten verlofuren.</translation>
    </message>
    <message>
        <source>Taken from (the order is an assumption, not confirmed):</source>
        <translation>Gaat af van (de volgorde is een aanname, niet bevestigd):</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Gaat af van:</translation>
    </message>
    <message>
        <source>You borrow %1 from your statutory hours of %2: in %2 you will have that much less.</source>
        <translation>Je leent %1 van je wettelijke uren van %2: in %2 heb je dus zoveel minder.</translation>
    </message>
    <message>
        <source>That is more than you may borrow: plan fewer hours, or choose other days.</source>
        <translation>Dat is meer dan je mag lenen: plan minder uren of kies andere dagen.</translation>
    </message>
    <message>
        <source>Hide the days</source>
        <translation>Dagen verbergen</translation>
    </message>
    <message>
        <source>Show per day (%1)</source>
        <translation>Per dag tonen (%1)</translation>
    </message>
</context>
<context>
    <name>LeaveEntryModel</name>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Kind of hours</source>
        <translation>Soort uren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Over, not marked as taken</source>
        <translation>Voorbij, nog niet op opgenomen gezet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Hours entered by hand.</source>
        <translation>Zelf ingevulde uren.</translation>
    </message>
    <message>
        <source>Hours from your work schedule; public holidays cost nothing.</source>
        <translation>Uren volgens je werkrooster; feestdagen kosten niets.</translation>
    </message>
    <message>
        <source>Automatic: the hours that expire first are used first.</source>
        <translation>Automatisch: de uren die het eerst vervallen, worden eerst gebruikt.</translation>
    </message>
    <message>
        <source>This leave is over. Mark it as taken when P-Direkt has it too.</source>
        <translation>Dit verlof is voorbij. Markeer het als opgenomen als het ook in P-Direkt staat.</translation>
    </message>
</context>
<context>
    <name>LeaveList</name>
    <message>
        <source>Leave days</source>
        <translation>Verlofdagen</translation>
    </message>
    <message>
        <source>No leave yet. Choose Add leave… or click a day in the year planner.</source>
        <translation>Nog geen verlof. Kies Verlof toevoegen… of klik op een dag in de jaarplanner.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>Verlof toevoegen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the selected leave</source>
        <translation>Het gekozen verlof wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected leave</source>
        <translation>Het gekozen verlof verwijderen</translation>
    </message>
    <message>
        <source>Mark as taken</source>
        <translation>Markeren als opgenomen</translation>
    </message>
    <message>
        <source>Mark the selected leave as taken</source>
        <translation>Het gekozen verlof markeren als opgenomen</translation>
    </message>
    <message>
        <source>Leave %1 added.</source>
        <translation>Verlof van %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Change leave</source>
        <translation>Verlof wijzigen</translation>
    </message>
    <message>
        <source>Leave %1 changed.</source>
        <translation>Verlof van %1 gewijzigd.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Delete leave</source>
        <translation>Verlof verwijderen</translation>
    </message>
    <message>
        <source>Delete the leave of %1? The hours go back to your balance. You can undo this with Ctrl+Z.</source>
        <translation>Het verlof van %1 verwijderen? De uren gaan terug naar je saldo. Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Leave %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Verlof van %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Mark leave as taken</source>
        <translation>Verlof markeren als opgenomen</translation>
    </message>
    <message>
        <source>Leave %1 marked as taken.</source>
        <translation>Verlof van %1 gemarkeerd als opgenomen.</translation>
    </message>
</context>
<context>
    <name>LeavePlanner</name>
    <message>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Click a day, or press Enter on it, to plan leave from that day or to open the leave on it. Hover over a public holiday to see its name.</source>
        <translation>Klik op een dag, of druk er op Enter, om vanaf die dag verlof te plannen of om het verlof op die dag te openen. Ga met de muis op een feestdag staan om de naam te zien.</translation>
    </message>
</context>
<context>
    <name>LeaveTiles</name>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Vervalt binnenkort</translation>
    </message>
    <message>
        <source>Next leave</source>
        <translation>Volgend verlof</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile to see your leave.</source>
        <translation>Vul je dienstverband in bij Profiel om je verlof te zien.</translation>
    </message>
    <message>
        <source>Balance at the end of %1, with leave up to that day counted.</source>
        <translation>Saldo aan het eind van %1, met het verlof tot en met die dag meegeteld.</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>Vervalt binnen %1 dagen</translation>
    </message>
    <message>
        <source>None of your hours expire in the coming 90 days.</source>
        <translation>In de komende 90 dagen vervallen er geen uren.</translation>
    </message>
    <message>
        <source>First on %1: %2.</source>
        <translation>Als eerste op %1: %2.</translation>
    </message>
    <message>
        <source>Your planned leave uses them all in time.</source>
        <translation>Met je geplande verlof gebruik je ze allemaal op tijd.</translation>
    </message>
    <message>
        <source>%1 of it is not planned yet. Plan leave before then, or those hours are gone.</source>
        <translation>Daarvan is %1 nog niet gepland. Plan vóór die datum verlof, anders ben je die uren kwijt.</translation>
    </message>
    <message>
        <source>No leave planned.</source>
        <translation>Geen verlof gepland.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>%1 of leave</source>
        <translation>%1 verlof</translation>
    </message>
    <message>
        <source>Already begun.</source>
        <translation>Al begonnen.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Gepland.</translation>
    </message>
    <message>
        <source>Taken.</source>
        <translation>Opgenomen.</translation>
    </message>
</context>
<context>
    <name>LerenPage</name>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Everything you learn: courses, training, coaching, a work placement elsewhere. With the hours, the costs and your certificates, kept encrypted in your own data.</source>
        <translation>Alles wat je leert: cursussen, trainingen, coaching, een stage ergens anders. Met de uren, de kosten en je certificaten, versleuteld bewaard in je eigen gegevens.</translation>
    </message>
    <message>
        <source>Your learning log</source>
        <translation>Je leeroverzicht</translation>
    </message>
    <message>
        <source>Hours and costs per year</source>
        <translation>Uren en kosten per jaar</translation>
    </message>
    <message>
        <source>Skills over the years</source>
        <translation>Vaardigheden door de jaren heen</translation>
    </message>
    <message>
        <source>Add skills to an activity (for example planning) to see them here.</source>
        <translation>Zet vaardigheden bij een activiteit (bijvoorbeeld plannen), dan zie je ze hier.</translation>
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
        <translation>Verlof, IKB, ontwikkeling en gesprekken – CAO Rijk</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>You are looking at an example profile.</source>
        <translation>Je bekijkt een voorbeeldprofiel.</translation>
    </message>
    <message>
        <source>The person and the data are made up. What you change here is not kept.</source>
        <translation>De persoon en de gegevens zijn verzonnen. Wat je hier verandert, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Stop exploring</source>
        <translation>Stoppen met verkennen</translation>
    </message>
    <message>
        <source>Stop exploring the example profile</source>
        <translation>Stoppen met het voorbeeldprofiel</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Naar %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>&amp;Exporteren naar JSON…</translation>
    </message>
    <message>
        <source>Export leave to &amp;calendar (.ics)…</source>
        <translation>&amp;Verlof exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importeren uit JSON…</translation>
    </message>
    <message>
        <source>Make a &amp;backup</source>
        <translation>Back-&amp;up maken</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Read the reply of your &amp;manager…</source>
        <translation>Reactie van &amp;leidinggevende inlezen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Rules and sources</source>
        <translation>&amp;Regels en bronnen</translation>
    </message>
    <message>
        <source>&amp;Change log</source>
        <translation>&amp;Wijzigingslog</translation>
    </message>
    <message>
        <source>&amp;About Rijkapp</source>
        <translation>&amp;Over Rijkapp</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Not while you explore the example profile.</source>
        <translation>Niet terwijl je het voorbeeldprofiel bekijkt.</translation>
    </message>
    <message>
        <source>You are exploring the example profile.</source>
        <translation>Je verkent het voorbeeldprofiel.</translation>
    </message>
    <message>
        <source>The example profile is closed. Nothing of it was kept.</source>
        <translation>Het voorbeeldprofiel is gesloten. Er is niets van bewaard.</translation>
    </message>
    <message>
        <source>Rijkapp</source>
        <translation>Rijkapp</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet. Save them before you quit?</source>
        <translation>Je profiel heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan voordat je afsluit?</translation>
    </message>
</context>
<context>
    <name>MissingCard</name>
    <message>
        <source>Still to do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <source>Your employment is not filled in yet, so Rijkapp cannot work out your leave and your IKB.</source>
        <translation>Je dienstverband is nog niet ingevuld. Daarom kan Rijkapp je verlof en je IKB nog niet uitrekenen.</translation>
    </message>
    <message>
        <source>Fill in your employment…</source>
        <translation>Dienstverband invullen…</translation>
    </message>
    <message>
        <source>You have no work schedule yet. Rijkapp now counts your hours as five equal days, Monday to Friday.</source>
        <translation>Je hebt nog geen werkrooster. Rijkapp telt je uren nu als vijf gelijke dagen, van maandag tot en met vrijdag.</translation>
    </message>
    <message>
        <source>Fill in your work schedule…</source>
        <translation>Werkrooster invullen…</translation>
    </message>
    <message>
        <source>Your balance from P-Direkt is not taken over yet. Your leave balance now counts all hours of this year as if you took no leave.</source>
        <translation>Je saldo uit P-Direkt is nog niet overgenomen. Je verlofsaldo telt nu alle uren van dit jaar, alsof je nog geen verlof hebt opgenomen.</translation>
    </message>
    <message>
        <source>Take over your balance from P-Direkt…</source>
        <translation>Saldo overnemen uit P-Direkt…</translation>
    </message>
    <message>
        <source>You have no IKB choices for this year. Without them your whole IKB budget is paid out in December.</source>
        <translation>Je hebt nog geen IKB-keuzes voor dit jaar. Zonder keuzes krijg je je hele IKB-budget in december uitbetaald.</translation>
    </message>
    <message>
        <source>Plan your IKB…</source>
        <translation>IKB plannen…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>OntwikkelingPage</name>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>What there is for your development, in money and in time: your budgets, what the CAO Rijk pays for your studies, the A+O fonds Rijk, your IKB and your career.</source>
        <translation>Wat er is voor je ontwikkeling, in geld en in tijd: je budgetten, wat de CAO Rijk betaalt voor je studie, het A+O fonds Rijk, je IKB en je loopbaan.</translation>
    </message>
    <message>
        <source>A+O fonds Rijk</source>
        <translation>A+O fonds Rijk</translation>
    </message>
    <message>
        <source>Two regelingen you apply for yourself. Rijkapp says whether the conditions hold on your profile dates; the A+O fonds Rijk decides.</source>
        <translation>Twee regelingen die je zelf aanvraagt. Rijkapp zegt of je met de datums in je profiel aan de voorwaarden voldoet; het A+O fonds Rijk beslist.</translation>
    </message>
    <message>
        <source>Your IKB and your career</source>
        <translation>Je IKB en je loopbaan</translation>
    </message>
    <message>
        <source>This is an assumption: %1</source>
        <translation>Dit is een aanname: %1</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
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
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Open to you</source>
        <translation>Open voor jou</translation>
    </message>
    <message>
        <source>Open from %1</source>
        <translation>Open vanaf %1</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Ten hoogste %1.</translation>
    </message>
    <message>
        <source>This is an assumption: at most %1, but the amount is not confirmed.</source>
        <translation>Dit is een aanname: ten hoogste %1, maar het bedrag is niet bevestigd.</translation>
    </message>
    <message>
        <source>How is it worked out whether %1 is open to you?</source>
        <translation>Hoe is berekend of %1 voor jou open is?</translation>
    </message>
    <message>
        <source>IKB for studies</source>
        <translation>IKB voor studie</translation>
    </message>
    <message>
        <source>Fill in your employment on the Profile page to see your IKB.</source>
        <translation>Vul je dienstverband in op de pagina Profiel, dan zie je je IKB.</translation>
    </message>
    <message>
        <source>IKB for studies in %1</source>
        <translation>IKB voor studie in %1</translation>
    </message>
    <message>
        <source>Not chosen for anything yet this year.</source>
        <translation>Dit jaar nog nergens voor gekozen.</translation>
    </message>
    <message>
        <source>How is the IKB room for studies in %1 worked out?</source>
        <translation>Hoe is de ruimte in je IKB voor studie in %1 berekend?</translation>
    </message>
    <message>
        <source>%1 years in your function</source>
        <translation>%1 jaar in je functie</translation>
    </message>
    <message>
        <source>Fill in on the Profile page since when you have this function.</source>
        <translation>Vul op de pagina Profiel in sinds wanneer je deze functie hebt.</translation>
    </message>
    <message>
        <source>%1 years or more in this function: your next conversation covers a next step in your career.</source>
        <translation>%1 jaar of langer in deze functie: in je volgende gesprek komt een volgende stap in je loopbaan aan de orde.</translation>
    </message>
    <message>
        <source>The conversation about a next step is due from %1 (%2 years).</source>
        <translation>Het gesprek over een volgende stap komt vanaf %1 (na %2 jaar).</translation>
    </message>
    <message>
        <source>AOW from %1 at the earliest: not fixed yet.</source>
        <translation>AOW op zijn vroegst vanaf %1: nog niet vastgesteld.</translation>
    </message>
    <message>
        <source>AOW from %1.</source>
        <translation>AOW vanaf %1.</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <source>How are your career dates worked out?</source>
        <translation>Hoe zijn de datums van je loopbaan berekend?</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Fill in your profile</source>
        <translation>Vul je profiel in</translation>
    </message>
    <message>
        <source>Fill in your profile first. Then your overview appears here: your AOW date, your years in your function, and soon your leave and your IKB.</source>
        <translation>Vul eerst je profiel in. Dan zie je hier je overzicht: je AOW-datum, je jaren in je functie, en binnenkort ook je verlof en je IKB.</translation>
    </message>
    <message>
        <source>Good day, %1. This is your overview for %2.</source>
        <translation>Goedendag %1. Dit is je overzicht op %2.</translation>
    </message>
    <message>
        <source>Your AOW starts at %1 years and %2 months at the earliest. This is not fixed yet.</source>
        <translation>Je AOW begint op zijn vroegst als je %1 jaar en %2 maanden bent. Dit ligt nog niet vast.</translation>
    </message>
    <message>
        <source>Your AOW starts at %1 years and %2 months.</source>
        <translation>Je AOW begint als je %1 jaar en %2 maanden bent.</translation>
    </message>
    <message>
        <source>AOW from %1: born on %2, AOW age %3 years and %4 months.</source>
        <translation>AOW vanaf %1: geboren op %2, AOW-leeftijd %3 jaar en %4 maanden.</translation>
    </message>
    <message>
        <source>Fill in your birth date in your profile to see your AOW date.</source>
        <translation>Vul je geboortedatum in bij Profiel om je AOW-datum te zien.</translation>
    </message>
    <message>
        <source>Rijkapp has no AOW age for this birth date.</source>
        <translation>Rijkapp kent geen AOW-leeftijd voor deze geboortedatum.</translation>
    </message>
    <message>
        <source>%1 years in your current function (since %2).</source>
        <translation>%1 jaar in je huidige functie (sinds %2).</translation>
    </message>
    <message>
        <source>You have been in this function for %1 years or more. In your next conversation with your manager, discuss how your career continues.</source>
        <translation>Je werkt %1 jaar of langer in deze functie. Bespreek in je volgende gesprek met je leidinggevende hoe je loopbaan verdergaat.</translation>
    </message>
    <message>
        <source>After %1 years in the same function, your conversation covers a next step. That is from %2.</source>
        <translation>Na %1 jaar in dezelfde functie bespreek je in je gesprek een volgende stap. Dat is vanaf %2.</translation>
    </message>
    <message>
        <source>After %1 years in the same function, the conversation with your manager covers whether and how your career continues in another function.</source>
        <translation>Na %1 jaar in dezelfde functie bespreek je met je leidinggevende of en hoe je loopbaan verdergaat in een andere functie.</translation>
    </message>
    <message>
        <source>Fill in when you started in your current function to see your years in it.</source>
        <translation>Vul in sinds wanneer je in je huidige functie werkt. Dan zie je hoeveel jaar dat is.</translation>
    </message>
    <message>
        <source>Career: AOW date</source>
        <translation>Loopbaan: AOW-datum</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <source>Fill in your employment in your profile: hours per week, scale and salary.</source>
        <translation>Vul je dienstverband in bij Profiel: uren per week, schaal en salaris.</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 per week</translation>
    </message>
    <message>
        <source>Full-time salary %1 per month</source>
        <translation>Salaris bij voltijd %1 per maand</translation>
    </message>
    <message>
        <source>Allowances %1 per month</source>
        <translation>Toelagen %1 per maand</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <source>From %1: scale %2, step %3, %4 per week.</source>
        <translation>Vanaf %1: schaal %2, periodiek %3, %4 per week.</translation>
    </message>
    <message>
        <source>Last working day: %1.</source>
        <translation>Laatste werkdag: %1.</translation>
    </message>
    <message>
        <source>Scale %1, step %2</source>
        <translation>Schaal %1, periodiek %2</translation>
    </message>
</context>
<context>
    <name>PDirektCheck</name>
    <message>
        <source>Fill in the balance P-Direkt shows for the same date. Rijkapp compares it with its own total and says what the difference most likely comes from.</source>
        <translation>Vul het saldo in dat P-Direkt voor dezelfde datum laat zien. Rijkapp vergelijkt het met zijn eigen totaal en zegt waar het verschil waarschijnlijk door komt.</translation>
    </message>
    <message>
        <source>Balance in &amp;P-Direkt (hours):</source>
        <translation>Saldo in &amp;P-Direkt (uren):</translation>
    </message>
    <message>
        <source>Balance in P-Direkt in hours</source>
        <translation>Saldo in P-Direkt in uren</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Add correction…</source>
        <translation>Correctie toevoegen…</translation>
    </message>
    <message>
        <source>Rijkapp&apos;s total on %1: %2.</source>
        <translation>Totaal van Rijkapp op %1: %2.</translation>
    </message>
    <message>
        <source>Fill in a number of hours, for example %1.</source>
        <translation>Vul een aantal uren in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Rijkapp: %1. P-Direkt: %2.</source>
        <translation>Rijkapp: %1. P-Direkt: %2.</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>Ze zijn gelijk.</translation>
    </message>
    <message>
        <source>P-Direkt shows %1 more than Rijkapp.</source>
        <translation>In P-Direkt staat %1 meer dan in Rijkapp.</translation>
    </message>
    <message>
        <source>P-Direkt shows %1 less than Rijkapp.</source>
        <translation>In P-Direkt staat %1 minder dan in Rijkapp.</translation>
    </message>
    <message>
        <source>Other possible causes:</source>
        <translation>Andere mogelijke oorzaken:</translation>
    </message>
    <message>
        <source>Possible causes:</source>
        <translation>Mogelijke oorzaken:</translation>
    </message>
    <message>
        <source>Rijkapp cannot explain this difference from your data. Compare your leave days and your opening balance with P-Direkt. If P-Direkt is right, add a correction.</source>
        <translation>Rijkapp kan dit verschil niet verklaren uit je gegevens. Vergelijk je verlofdagen en je beginsaldo met P-Direkt. Klopt P-Direkt? Voeg dan een correctie toe.</translation>
    </message>
    <message>
        <source>Planned leave not registered in P-Direkt yet: %1 of leave up to %2 is still planned in Rijkapp. P-Direkt only counts leave you have requested there.</source>
        <translation>Gepland verlof dat nog niet in P-Direkt staat: %1 verlof tot en met %2 staat in Rijkapp nog als gepland. P-Direkt telt alleen verlof dat je daar hebt aangevraagd.</translation>
    </message>
    <message>
        <source>Hours that expired: %1 of statutory hours expired on %2. P-Direkt may not show that yet.</source>
        <translation>Vervallen uren: op %2 is %1 van je wettelijke uren vervallen. Misschien staat dat nog niet in P-Direkt.</translation>
    </message>
    <message>
        <source>Bought hours not credited yet: you bought %1 of IKB-uren for %2. Rijkapp counts them from the first day of that month; P-Direkt adds them later.</source>
        <translation>Gekochte uren nog niet bijgeschreven: je hebt %1 aan IKB-uren gekocht voor %2. Rijkapp telt ze vanaf de eerste dag van die maand; P-Direkt schrijft ze later bij.</translation>
    </message>
    <message>
        <source>No opening balance: Rijkapp has no balance from P-Direkt to start from, so hours from before you started with Rijkapp are missing.</source>
        <translation>Geen beginsaldo: Rijkapp heeft geen saldo uit P-Direkt om mee te beginnen. Daarom ontbreken de uren van vóór je met Rijkapp begon.</translation>
    </message>
    <message>
        <source>Rounding: P-Direkt and Rijkapp round hours a little differently.</source>
        <translation>Afronding: P-Direkt en Rijkapp ronden uren net iets anders af.</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Correctie toevoegen</translation>
    </message>
    <message>
        <source>Correction of %1 added.</source>
        <translation>Correctie van %1 toegevoegd.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Rijkapp – passphrase</source>
        <translation>Rijkapp – wachtwoord</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>Rijkapp keeps your data encrypted on this computer. There is no keyring here to keep the key safe, so you choose a passphrase. You will need it every time you open Rijkapp. If you forget it, nobody can get your data back.</source>
        <translation>Rijkapp bewaart je gegevens versleuteld op deze computer. Er is hier geen sleutelbos om de sleutel veilig te bewaren. Daarom kies je een wachtwoord. Je hebt het nodig elke keer dat je Rijkapp opent. Vergeet je het, dan kan niemand je gegevens terughalen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Vul je wachtwoord in</translation>
    </message>
    <message>
        <source>Your data is protected with a passphrase. Enter it to open Rijkapp.</source>
        <translation>Je gegevens zijn beveiligd met een wachtwoord. Vul het in om Rijkapp te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation>Mijn gegevens beveiligen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Gebruik minstens %1 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Weak: longer is better. Try a short sentence of four or five words.</source>
        <translation>Zwak: langer is beter. Probeer een korte zin van vier of vijf woorden.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>Redelijk: met een paar woorden meer wordt het sterk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PlannerLegend</name>
    <message>
        <source>Leave taken</source>
        <translation>Verlof opgenomen</translation>
    </message>
    <message>
        <source>Leave planned</source>
        <translation>Verlof gepland</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feestdag</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Geen werkdag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legenda: %1</translation>
    </message>
</context>
<context>
    <name>PreparationPane</name>
    <message>
        <source>Preparation from your own records</source>
        <translation>Voorbereiding uit je eigen gegevens</translation>
    </message>
    <message>
        <source>What Rijkapp found in your own records for this conversation. It helps you write the topics; only what you choose goes in the PDF.</source>
        <translation>Wat Rijkapp in je eigen gegevens vond voor dit gesprek. Het helpt je bij het schrijven; alleen wat je kiest, komt in de pdf.</translation>
    </message>
    <message>
        <source>Agreements you look back on</source>
        <translation>Afspraken waarop je terugkijkt</translation>
    </message>
    <message>
        <source>Development budgets used</source>
        <translation>Gebruikte ontwikkelbudgetten</translation>
    </message>
    <message>
        <source>Questions to prepare with (P-Direkt)</source>
        <translation>Vragen om je voor te bereiden (P-Direkt)</translation>
    </message>
    <message>
        <source>Looking in your records…</source>
        <translation>Rijkapp zoekt in je gegevens…</translation>
    </message>
    <message>
        <source>A planning conversation makes the agreements for its period; a reflecting or evaluating conversation looks back on them. There is no planning conversation whose period covers this date.</source>
        <translation>In een plangesprek maak je de afspraken voor de periode; in een reflectie- of evaluatiegesprek kijk je daarop terug. Er is geen plangesprek waarvan de periode deze datum bevat.</translation>
    </message>
    <message>
        <source>From the conversation of %1 (%2, period %3):</source>
        <translation>Uit het gesprek van %1 (%2, periode %3):</translation>
    </message>
    <message>
        <source>How you see it worked: %1</source>
        <translation>Waaraan je ziet dat het lukt: %1</translation>
    </message>
    <message>
        <source>Due by %1 · %2</source>
        <translation>Klaar op %1 · %2</translation>
    </message>
    <message>
        <source>Your reflection: %1</source>
        <translation>Je reflectie: %1</translation>
    </message>
    <message>
        <source>No reflection yet.</source>
        <translation>Nog geen reflectie.</translation>
    </message>
    <message>
        <source>No learning activities in the period of this conversation.</source>
        <translation>Geen leeractiviteiten in de periode van dit gesprek.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <translation>%1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>Certificate %1, valid until %2</source>
        <translation>Certificaat %1, geldig tot en met %2</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificaat %1</translation>
    </message>
    <message>
        <source>Your private reflection: %1</source>
        <translation>Je eigen reflectie (privé): %1</translation>
    </message>
    <message>
        <source>Your reflection on your learning is private: it goes in the PDF only when you tick the box below.</source>
        <translation>Je reflectie op wat je leerde is privé: die komt alleen in de pdf als je het vakje hieronder aanvinkt.</translation>
    </message>
    <message>
        <source>The learning of this period used no development budget.</source>
        <translation>Voor het leren in deze periode is geen ontwikkelbudget gebruikt.</translation>
    </message>
    <message>
        <source>%1: used %2 and %3; planned %4 and %5</source>
        <translation>%1: besteed %2 en %3; gepland %4 en %5</translation>
    </message>
</context>
<context>
    <name>ProfielPage</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Your details, your employment and your work schedule. Rijkapp uses them to work out your leave, your IKB and your AOW date. Copy them from your payslip or from P-Direkt.</source>
        <translation>Je gegevens, je dienstverband en je werkrooster. Daarmee rekent Rijkapp je verlof, je IKB en je AOW-datum uit. Neem ze over van je loonstrook of uit P-Direkt.</translation>
    </message>
    <message>
        <source>Fill in your starting details again…</source>
        <translation>Startgegevens opnieuw invullen…</translation>
    </message>
    <message>
        <source>Fill in your starting details again</source>
        <translation>Startgegevens opnieuw invullen</translation>
    </message>
    <message>
        <source>Step by step: your details, your employment, your work schedule and your balance from P-Direkt.</source>
        <translation>Stap voor stap: je gegevens, je dienstverband, je werkrooster en je saldo uit P-Direkt.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Start at the &amp;Rijk:</source>
        <translation>In dienst bij het &amp;Rijk:</translation>
    </message>
    <message>
        <source>Start at the Rijk</source>
        <translation>In dienst bij het Rijk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organisa&amp;tie:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Start in this &amp;function:</source>
        <translation>In deze functie s&amp;inds:</translation>
    </message>
    <message>
        <source>Start in this function</source>
        <translation>In deze functie sinds</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Leidinggevende:</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Voorkeurstaal:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>PAS:</source>
        <translation>PAS:</translation>
    </message>
    <message>
        <source>Chose PAS before 2023</source>
        <translation>Vóór 2023 gekozen voor PAS</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>for example Ministerie van BZK</source>
        <translation>bijvoorbeeld Ministerie van BZK</translation>
    </message>
    <message>
        <source>I chose PAS or PAS-afbouw before 2023</source>
        <translation>Ik koos vóór 2023 voor PAS of PAS-afbouw</translation>
    </message>
    <message>
        <source>The first day you worked for the sector Rijk (any ministry or agency).</source>
        <translation>De eerste dag dat je voor de sector Rijk werkte (bij welk ministerie of welke dienst dan ook).</translation>
    </message>
    <message>
        <source>The language of documents Rijkapp makes for you, such as the PDF for your manager. The language of the window is chosen in the View menu.</source>
        <translation>De taal van documenten die Rijkapp voor je maakt, zoals de pdf voor je leidinggevende. De taal van het venster kies je in het menu Beeld.</translation>
    </message>
    <message>
        <source>PAS (Partiële Arbeidsparticipatie Senioren) was the scheme with which older employees worked fewer hours and kept part of their salary; PAS-afbouw is the phase-out of it. Tick this only if you were born before 1978 and chose PAS or PAS-afbouw before 1 January 2023. Then you get no extra IKB hours from the transition scheme (CAO Rijk 25.4).</source>
        <translation>PAS (Partiële Arbeidsparticipatie Senioren) was de regeling waarmee oudere medewerkers minder uren werkten en een deel van hun salaris hielden; PAS-afbouw is de overgang daaruit. Vink dit alleen aan als je vóór 1978 bent geboren en vóór 1 januari 2023 koos voor PAS of PAS-afbouw. Dan krijg je geen extra IKB-uren uit de overgangsregeling (CAO Rijk 25.4).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Put the form back as it was last saved.</source>
        <translation>Zet het formulier terug zoals het het laatst is opgeslagen.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <source>Your terms of employment over time. Each record applies from its date until the next one. Add a record when your hours, scale or step change.</source>
        <translation>Je arbeidsvoorwaarden door de tijd heen. Elke regel geldt vanaf de datum tot de volgende regel. Voeg een regel toe als je uren, schaal of periodiek veranderen.</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Geschiedenis van je dienstverband</translation>
    </message>
    <message>
        <source>No employment filled in yet. Choose Add… and copy the details from your payslip.</source>
        <translation>Nog geen dienstverband ingevuld. Kies Toevoegen… en neem de gegevens over van je loonstrook.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Dienstverband toevoegen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the selected employment</source>
        <translation>Het gekozen dienstverband wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected employment</source>
        <translation>Het gekozen dienstverband verwijderen</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>Werkrooster</translation>
    </message>
    <message>
        <source>How many hours you work on each day of the week. Rijkapp counts leave in hours with it, so a day off on your free day costs no leave.</source>
        <translation>Hoeveel uur je op elke dag van de week werkt. Daarmee telt Rijkapp je verlof in uren. Een vrije dag op je vaste vrije dag kost dus geen verlof.</translation>
    </message>
    <message>
        <source>Work schedules</source>
        <translation>Werkroosters</translation>
    </message>
    <message>
        <source>No work schedule filled in yet. Choose Add… to say on which days you work.</source>
        <translation>Nog geen werkrooster ingevuld. Kies Toevoegen… en vul in op welke dagen je werkt.</translation>
    </message>
    <message>
        <source>Add work schedule</source>
        <translation>Werkrooster toevoegen</translation>
    </message>
    <message>
        <source>Change the selected work schedule</source>
        <translation>Het gekozen werkrooster wijzigen</translation>
    </message>
    <message>
        <source>Delete the selected work schedule</source>
        <translation>Het gekozen werkrooster verwijderen</translation>
    </message>
    <message>
        <source>The start in this function lies before your start at the Rijk (%1).</source>
        <translation>De start in deze functie ligt vóór je start bij het Rijk (%1).</translation>
    </message>
    <message>
        <source>Some fields need your attention; see the messages above.</source>
        <translation>Niet alles is goed ingevuld. Kijk naar de meldingen hierboven.</translation>
    </message>
    <message>
        <source>Fill in at least your name, then choose Save.</source>
        <translation>Vul minstens je naam in en kies dan Opslaan.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Alles is opgeslagen.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel opgeslagen.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profiel opslaan</translation>
    </message>
    <message>
        <source>Employment added.</source>
        <translation>Dienstverband toegevoegd.</translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation>Dienstverband wijzigen</translation>
    </message>
    <message>
        <source>Employment changed.</source>
        <translation>Dienstverband gewijzigd.</translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Dienstverband verwijderen</translation>
    </message>
    <message>
        <source>Employment from %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Dienstverband vanaf %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Work schedule added.</source>
        <translation>Werkrooster toegevoegd.</translation>
    </message>
    <message>
        <source>Change work schedule</source>
        <translation>Werkrooster wijzigen</translation>
    </message>
    <message>
        <source>Work schedule changed.</source>
        <translation>Werkrooster gewijzigd.</translation>
    </message>
    <message>
        <source>Delete work schedule</source>
        <translation>Werkrooster verwijderen</translation>
    </message>
    <message>
        <source>Work schedule from %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Werkrooster vanaf %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who you are. Only your name is needed; your birth date gives your AOW date and the start in your function the moment for a talk about your next step.</source>
        <translation>Wie je bent. Alleen je naam is nodig. Met je geboortedatum rekent Rijkapp je AOW-datum uit, met de start in je functie wanneer een gesprek over je volgende stap komt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Start at the &amp;Rijk:</source>
        <translation>In dienst bij het &amp;Rijk:</translation>
    </message>
    <message>
        <source>Start at the Rijk</source>
        <translation>In dienst bij het Rijk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organisa&amp;tie:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Start in this &amp;function:</source>
        <translation>In deze functie s&amp;inds:</translation>
    </message>
    <message>
        <source>Start in this function</source>
        <translation>In deze functie sinds</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>for example Ministerie van BZK</source>
        <translation>bijvoorbeeld Ministerie van BZK</translation>
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
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <source>before an update of Rijkapp</source>
        <translation>vóór een update van Rijkapp</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>door jou gemaakt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <source>Rijkapp – restore a backup</source>
        <translation>Rijkapp – back-up terugzetten</translation>
    </message>
    <message>
        <source>Your data could not be opened</source>
        <translation>Je gegevens konden niet worden geopend</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup to put back. Your current data file is not deleted: it is kept aside beside the backup, so nothing is lost.</source>
        <translation>Kies de back-up die je wilt terugzetten. Je huidige gegevensbestand wordt niet verwijderd: het wordt apart gezet, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <source>There are no backups of this data yet.</source>
        <translation>Er zijn nog geen back-ups van deze gegevens.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <source>Quit Rijkapp</source>
        <translation>Rijkapp afsluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>confirmed by a second source</source>
        <translation>bevestigd door een tweede bron</translation>
    </message>
    <message>
        <source>worked out from confirmed rules</source>
        <translation>berekend uit bevestigde regels</translation>
    </message>
    <message>
        <source>assumption: not confirmed</source>
        <translation>aanname: niet bevestigd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>This is an assumption: %1 Check the figures that depend on it with P-Direkt.</source>
        <translation>Dit is een aanname: %1 Controleer de bedragen en uren die ervan afhangen bij P-Direkt.</translation>
    </message>
    <message>
        <source>%1, %2 (%3).</source>
        <translation>%1, %2 (%3).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Rules and sources</source>
        <translation>Regels en bronnen</translation>
    </message>
    <message>
        <source>Rijkapp calculates with these rules from the CAO Rijk and P-Direkt. Every rule holds for a period, so past years are calculated with their own rules. %1 rules are not confirmed by a primary source: Rijkapp uses them as an assumption and says so where they count. Check those with P-Direkt before you decide. Choose a rule to read what it means for you.</source>
        <translation>Rijkapp rekent met deze regels uit de CAO Rijk en van P-Direkt. Elke regel geldt voor een periode, zodat vorige jaren met hun eigen regels worden berekend. %1 regels zijn niet bevestigd door een eerste bron: Rijkapp gebruikt ze als aanname en zegt dat waar ze meetellen. Controleer die bij P-Direkt voordat je iets besluit. Kies een regel om te lezen wat hij voor jou betekent.</translation>
    </message>
    <message>
        <source>Show only the assumptions</source>
        <translation>Alleen de aannames tonen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>About the chosen rule</source>
        <translation>Over de gekozen regel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Add work schedule</source>
        <translation>Werkrooster toevoegen</translation>
    </message>
    <message>
        <source>Change work schedule</source>
        <translation>Werkrooster wijzigen</translation>
    </message>
    <message>
        <source>How many hours do you work on each day of the week? The schedule applies from the date you fill in until the next schedule. Rijkapp uses it to count leave in hours.</source>
        <translation>Hoeveel uur werk je op elke dag van de week? Het rooster geldt vanaf de datum die je invult tot het volgende rooster. Rijkapp telt daarmee je verlof in uren.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;naf:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;ma</translation>
    </message>
    <message>
        <source>T&amp;ue</source>
        <translation>&amp;di</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>&amp;wo</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <source>F&amp;ri</source>
        <translation>&amp;vr</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>&amp;za</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Uren op %1</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2 (or 0 for a day off).</source>
        <translation>%1: vul een aantal uren in, bijvoorbeeld %2 (of 0 voor een vrije dag).</translation>
    </message>
    <message>
        <source>%1: a day has from 0 to 24 working hours.</source>
        <translation>%1: een dag heeft 0 tot en met 24 werkuren.</translation>
    </message>
    <message>
        <source>There is already a schedule from %1. Change that one instead.</source>
        <translation>Er is al een rooster vanaf %1. Wijzig dat rooster.</translation>
    </message>
    <message>
        <source>In total: %1 per week</source>
        <translation>Totaal: %1 per week</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>This schedule applies today.</source>
        <translation>Dit rooster geldt vandaag.</translation>
    </message>
</context>
<context>
    <name>SharesPanel</name>
    <message>
        <source>Who pays, and your leave</source>
        <translation>Wie betaalt, en je verlof</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>How are the costs and leave of %1 worked out?</source>
        <translation>Hoe zijn de kosten en het verlof van %1 berekend?</translation>
    </message>
    <message>
        <source>How are the costs and leave of this activity worked out?</source>
        <translation>Hoe zijn de kosten en het verlof van deze activiteit berekend?</translation>
    </message>
    <message>
        <source>No studiefaciliteiten: no reason is chosen.</source>
        <translation>Geen studiefaciliteiten: er is geen reden gekozen.</translation>
    </message>
    <message>
        <source>You pay %1 yourself.</source>
        <translation>Je betaalt zelf %1.</translation>
    </message>
    <message>
        <source>Choose why you study to see what your employer pays.</source>
        <translation>Kies waarom je leert, dan zie je wat je werkgever betaalt.</translation>
    </message>
    <message>
        <source>Your employer pays at most %1.</source>
        <translation>Je werkgever betaalt ten hoogste %1.</translation>
    </message>
    <message>
        <source>You pay at least %1.</source>
        <translation>Je betaalt minstens %1.</translation>
    </message>
    <message>
        <source>Study leave: at most %1 of the lesson and exam hours.</source>
        <translation>Studieverlof: ten hoogste %1 van de les- en examenuren.</translation>
    </message>
    <message>
        <source>Your employer pays %1.</source>
        <translation>Je werkgever betaalt %1.</translation>
    </message>
    <message>
        <source>You pay %1.</source>
        <translation>Je betaalt %1.</translation>
    </message>
    <message>
        <source>Study leave: %1 of the lesson and exam hours.</source>
        <translation>Studieverlof: %1 van de les- en examenuren.</translation>
    </message>
    <message>
        <source>No leave for self-study.</source>
        <translation>Geen verlof voor zelfstudie.</translation>
    </message>
    <message>
        <source>Leave for self-study: at most %1 a week.</source>
        <translation>Verlof voor zelfstudie: ten hoogste %1 per week.</translation>
    </message>
    <message>
        <source>Your employer pays nothing, so there is nothing to pay back.</source>
        <translation>Je werkgever betaalt niets, dus je hoeft ook niets terug te betalen.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Enter the passphrase first: the backups are protected with it too.</source>
        <translation>Vul eerst het wachtwoord in: de back-ups zijn er ook mee beveiligd.</translation>
    </message>
    <message>
        <source>Rijkapp is already open with this data. Use the window that is already open, or close it first.</source>
        <translation>Rijkapp is al geopend met deze gegevens. Gebruik het venster dat al open is, of sluit dat eerst.</translation>
    </message>
    <message>
        <source>This passphrase does not open your data. Check it and try again. (If you are sure it is right, the file may be damaged: then restore a backup.)</source>
        <translation>Met dit wachtwoord gaan je gegevens niet open. Controleer het en probeer het opnieuw. (Weet je zeker dat het goed is? Dan is het bestand misschien beschadigd. Zet dan een back-up terug.)</translation>
    </message>
    <message>
        <source>The backup is back. The file that did not open is kept aside as %1.</source>
        <translation>De back-up is teruggezet. Het bestand dat niet openging, staat apart als %1.</translation>
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
        <translation>Rijkapp weet niet hoeveel verlof je hebt opgenomen voordat je de app ging gebruiken. Neem de uren over die P-Direkt per soort laat zien op één dag. Rijkapp gaat dan uit van precies die cijfers. Vul 0 in voor een soort zonder uren in P-Direkt. Laat een veld alleen leeg als Rijkapp zijn eigen cijfer moet houden.</translation>
    </message>
    <message>
        <source>In the P-Direktportaal: Verlof, then your leave balance (saldo). IKB-uren were called bovenwettelijke uren before 2020.</source>
        <translation>In het P-Direktportaal: Verlof, dan je verlofsaldo. IKB-uren heetten vóór 2020 bovenwettelijke uren.</translation>
    </message>
    <message>
        <source>Balance in P-Direkt &amp;on:</source>
        <translation>Saldo in P-Direkt &amp;op:</translation>
    </message>
    <message>
        <source>Day of the balance in P-Direkt</source>
        <translation>Dag van het saldo in P-Direkt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 in P-Direkt, in hours</source>
        <translation>%1 in P-Direkt, in uren</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>%1: fill in a number of hours, for example %2, or leave it empty.</source>
        <translation>%1: vul een aantal uren in, bijvoorbeeld %2, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your total on %1 becomes %2.</source>
        <translation>Je totaal op %1 wordt %2.</translation>
    </message>
    <message>
        <source>Rijkapp works out %1.</source>
        <translation>Rijkapp komt uit op %1.</translation>
    </message>
    <message>
        <source>Rijkapp works out %1; a correction of %2 makes it %3.</source>
        <translation>Rijkapp komt uit op %1; een correctie van %2 maakt het %3.</translation>
    </message>
</context>
<context>
    <name>TalkActions</name>
    <message>
        <source>&amp;Preview and PDF…</source>
        <translation>&amp;Voorbeeld en pdf…</translation>
    </message>
    <message>
        <source>Preview and PDF of the selected conversation</source>
        <translation>Voorbeeld en pdf van het gekozen gesprek</translation>
    </message>
    <message>
        <source>Read the reply…</source>
        <translation>Reactie inlezen…</translation>
    </message>
    <message>
        <source>Read the reply of your manager from a PDF</source>
        <translation>Reactie van leidinggevende inlezen uit een pdf</translation>
    </message>
    <message>
        <source>My reaction…</source>
        <translation>Mijn reactie…</translation>
    </message>
    <message>
        <source>My reaction to the conclusion of the selected conversation</source>
        <translation>Mijn reactie op de conclusie van het gekozen gesprek</translation>
    </message>
    <message>
        <source>talk-%1-%2.pdf</source>
        <translation>gesprek-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>pdf opslaan</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>pdf-bestand (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF of your talk is saved in %1.</source>
        <translation>De pdf van je gesprek is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Shared with your manager?</source>
        <translation>Gedeeld met je leidinggevende?</translation>
    </message>
    <message>
        <source>Are you sending this PDF to your manager? Then the talk can get the status &apos;gedeeld&apos; (shared). You can undo that with Ctrl+Z.</source>
        <translation>Stuur je deze pdf naar je leidinggevende? Dan kan het gesprek de status &apos;gedeeld&apos; krijgen. Dat kun je ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Set to shared</source>
        <translation>Op gedeeld zetten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Set the talk to shared</source>
        <translation>Gesprek op gedeeld zetten</translation>
    </message>
    <message>
        <source>The talk has the status &apos;gedeeld&apos; (shared).</source>
        <translation>Het gesprek heeft de status &apos;gedeeld&apos;.</translation>
    </message>
    <message>
        <source>Read the reply of your manager</source>
        <translation>Reactie van leidinggevende inlezen</translation>
    </message>
    <message>
        <source>This reply was read before; nothing changes.</source>
        <translation>Dit antwoord is al ingelezen; er verandert niets.</translation>
    </message>
    <message>
        <source>The reply of your manager to your talk (%1) is stored.</source>
        <translation>De reactie van je leidinggevende op je gesprek (%1) is opgeslagen.</translation>
    </message>
    <message>
        <source>Save my reaction</source>
        <translation>Mijn reactie opslaan</translation>
    </message>
    <message>
        <source>Your reaction is saved.</source>
        <translation>Je reactie is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TalkDetails</name>
    <message>
        <source>C&amp;omponent:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>Component of the gesprekscyclus</source>
        <translation>Onderdeel van de gesprekscyclus</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Begin &amp;periode:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>&amp;Einde periode:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Leidinggevende:</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation>Je leidinggevende</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of the conversation</source>
        <translation>Status van het gesprek</translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Conversation of %1</source>
        <translation>Gesprek van %1</translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>Onder&amp;werpen</translation>
    </message>
    <message>
        <source>&amp;Agreements and questions</source>
        <translation>&amp;Afspraken en vragen</translation>
    </message>
    <message>
        <source>P&amp;reparation</source>
        <translation>&amp;Voorbereiding</translation>
    </message>
    <message>
        <source>Parts of the conversation</source>
        <translation>Delen van het gesprek</translation>
    </message>
    <message>
        <source>The topics of the conversation in the words of the CAO Rijk (article 12.1). Write what you want to say; tick In the PDF for what your manager may read.</source>
        <translation>De onderwerpen van het gesprek in de woorden van de CAO Rijk (artikel 12.1). Schrijf op wat je wilt zeggen; vink In de pdf aan bij wat je leidinggevende mag lezen.</translation>
    </message>
    <message>
        <source>Your salary, IKB, leave and private notes never go in the PDF, and neither does what informants said.</source>
        <translation>Je salaris, IKB, verlof en privénotities komen nooit in de pdf, en wat informanten zeiden ook niet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Informant %1: %2</source>
        <translation>Informant %1: %2</translation>
    </message>
    <message>
        <source>Agreement %1: %2</source>
        <translation>Afspraak %1: %2</translation>
    </message>
</context>
<context>
    <name>TalkModels</name>
    <message>
        <source>Planning</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Reflecting on functioning</source>
        <translation>Reflecteren op functioneren</translation>
    </message>
    <message>
        <source>Evaluation with conclusion</source>
        <translation>Evalueren met conclusie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <source>Employability</source>
        <translation>Inzetbaarheid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>Your manager&apos;s reply has been read in.</source>
        <translation>De reactie van je leidinggevende is ingelezen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klaar op</translation>
    </message>
</context>
<context>
    <name>TalkPreviewDialog</name>
    <message>
        <source>Preview and PDF</source>
        <translation>Voorbeeld en pdf</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Taal van de pdf:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Taal van de pdf</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kleiner weergeven</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Kleiner weergeven (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Groter weergeven</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Groter weergeven (Ctrl++)</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Zoom to the page width</source>
        <translation>Passend op de paginabreedte</translation>
    </message>
    <message>
        <source>Zoom to the page width (Ctrl+0)</source>
        <translation>Passend op de paginabreedte (Ctrl+0)</translation>
    </message>
    <message>
        <source>Sections of the PDF</source>
        <translation>Onderdelen van de PDF</translation>
    </message>
    <message>
        <source>The pages of the PDF</source>
        <translation>De pagina&apos;s van de pdf</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys and Page Up and Page Down.</source>
        <translation>Scrol met de pijltjestoetsen en de bladertoetsen.</translation>
    </message>
    <message>
        <source>In the PDF</source>
        <translation>In de pdf</translation>
    </message>
    <message>
        <source>Not in the PDF</source>
        <translation>Niet in de pdf</translation>
    </message>
    <message>
        <source>Your salary, IKB, leave and private notes are never in the PDF. What you choose for the PDF, you choose per section in the talk.</source>
        <translation>Je salaris, IKB, verlof en privénotities staan nooit in de pdf. Wat wel in de pdf komt, kies je per onderdeel in het gesprek.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The PDF of your talk</source>
        <translation>De pdf van je gesprek</translation>
    </message>
    <message>
        <source>%1 (chosen, but empty)</source>
        <translation>%1 (gekozen, maar leeg)</translation>
    </message>
    <message>
        <source>No section yet.</source>
        <translation>Nog geen onderdeel.</translation>
    </message>
    <message>
        <source>Nothing: every section.</source>
        <translation>Niets: alle onderdelen staan erin.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pagina&apos;s: %1</translation>
    </message>
    <message>
        <source>Zoom: page width</source>
        <translation>Zoom: paginabreedte</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>De pdf kan niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>TalkReactionDialog</name>
    <message>
        <source>My reaction</source>
        <translation>Mijn reactie</translation>
    </message>
    <message>
        <source>After your talk (%1) you can write down your reaction to the conclusion.</source>
        <translation>Na je gesprek (%1) kun je je reactie op de conclusie opschrijven.</translation>
    </message>
    <message>
        <source>“This is the opinion of your manager, which you need not agree with. You can say so in the record of the staff talk.” (quoted in translation)</source>
        <translation>“Dit is de opvatting van uw leidinggevende waarmee u het niet eens hoeft te zijn. Dit kunt u in het personeelsgespreksverslag vermelden.”</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>My &amp;reaction:</source>
        <translation>Mijn &amp;reactie:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Conclusion of your manager: %1</source>
        <translation>Conclusie van je leidinggevende: %1</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 van ten hoogste %2 tekens</translation>
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
        <translation>Reactie van leidinggevende inlezen</translation>
    </message>
    <message>
        <source>Your manager filled in the PDF of your talk (%1). When you save, this changes:</source>
        <translation>Je leidinggevende heeft de pdf van je gesprek (%1) ingevuld. Als je opslaat, verandert dit:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>Instead of: %1</source>
        <translation>In plaats van: %1</translation>
    </message>
    <message>
        <source>Nothing is stored until you save. Afterwards you can undo it (Ctrl+Z).</source>
        <translation>Er wordt niets opgeslagen tot je op Opslaan klikt. Daarna kun je het ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TalkSections</name>
    <message>
        <source>The circumstances in which the agreed work was done</source>
        <translation>De omstandigheden waaronder de afgesproken werkzaamheden zijn verricht</translation>
    </message>
    <message>
        <source>The results and how they were reached</source>
        <translation>De resultaten en de manier waarop die zijn bereikt</translation>
    </message>
    <message>
        <source>Your own opinion of your functioning</source>
        <translation>Je eigen oordeel over je functioneren</translation>
    </message>
    <message>
        <source>Agreements on the work for the coming period, its circumstances and the results</source>
        <translation>Afspraken over de werkzaamheden in de komende periode, de omstandigheden en de resultaten</translation>
    </message>
    <message>
        <source>Agreements on your personal development, with lifelong learning as a fixed part</source>
        <translation>Afspraken over je persoonlijke ontwikkeling, met leven lang leren als vast onderdeel</translation>
    </message>
    <message>
        <source>After 5 years in the same function: how your career goes on</source>
        <translation>Na 5 jaar in dezelfde functie: hoe je loopbaan verdergaat</translation>
    </message>
    <message>
        <source>Employability and vitality: workload, balance and what you need to keep working healthily</source>
        <translation>Inzetbaarheid en vitaliteit: werkdruk, balans en wat je nodig hebt om gezond te blijven werken</translation>
    </message>
    <message>
        <source>Integrity and outside work</source>
        <translation>Integriteit en nevenwerkzaamheden</translation>
    </message>
    <message>
        <source>How you experience your work</source>
        <translation>Werkbeleving: hoe het werk bij je past</translation>
    </message>
    <message>
        <source>Informants</source>
        <translation>Informanten</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Learning in this period</source>
        <translation>Leeractiviteiten in deze periode</translation>
    </message>
    <message>
        <source>Your reflection on what you learned</source>
        <translation>Je reflectie op wat je leerde</translation>
    </message>
    <message>
        <source>Your questions for your manager</source>
        <translation>Je vragen voor je leidinggevende</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 teken</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 tekens</translation>
    </message>
</context>
<context>
    <name>TalkWarnings</name>
    <message>
        <source>Prepare the conversation…</source>
        <translation>Gesprek voorbereiden…</translation>
    </message>
    <message>
        <source>Prepare a new conversation</source>
        <translation>Een nieuw gesprek voorbereiden</translation>
    </message>
    <message>
        <source>Look at the agreements…</source>
        <translation>Afspraken bekijken…</translation>
    </message>
    <message>
        <source>Look at the agreements of the conversation of %1</source>
        <translation>De afspraken van het gesprek van %1 bekijken</translation>
    </message>
    <message>
        <source>Prepare the conversation of %1</source>
        <translation>Het gesprek van %1 voorbereiden</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Hide the explanation</source>
        <translation>Uitleg verbergen</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>VerlofPage</name>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Your leave in hours, per kind, on the date you choose. Rijkapp counts your work schedule, part-time work, public holidays and when hours expire. P-Direkt keeps the official balance.</source>
        <translation>Je verlof in uren, per soort, op de datum die je kiest. Rijkapp houdt rekening met je werkrooster, deeltijd, feestdagen en wanneer uren vervallen. Het officiële saldo staat in P-Direkt.</translation>
    </message>
    <message>
        <source>&amp;Balance on:</source>
        <translation>&amp;Saldo op:</translation>
    </message>
    <message>
        <source>Balance on date</source>
        <translation>Saldo op datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Show the balance of today</source>
        <translation>Het saldo van vandaag tonen</translation>
    </message>
    <message>
        <source>&amp;Add leave…</source>
        <translation>Verlof &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>Export your leave to a calendar file</source>
        <translation>Je verlof exporteren naar een agendabestand</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>Verlofdagen</translation>
    </message>
    <message>
        <source>Year planner</source>
        <translation>Jaarplanner</translation>
    </message>
    <message>
        <source>Check against P-Direkt</source>
        <translation>Vergelijken met P-Direkt</translation>
    </message>
    <message>
        <source>Parts of the leave page</source>
        <translation>Onderdelen van de verlofpagina</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>A date after today: the balance counts your planned leave up to that day and the hours you get on 1 January.</source>
        <translation>Een datum na vandaag: in het saldo tellen je geplande verlof tot en met die dag mee en de uren die je op 1 januari krijgt.</translation>
    </message>
    <message>
        <source>Fill in your employment and your work schedule on the Profile page first. Then Rijkapp can count your leave hours.</source>
        <translation>Vul eerst je dienstverband en je werkrooster in op de pagina Profiel. Dan kan Rijkapp je verlofuren tellen.</translation>
    </message>
    <message>
        <source>Forecast for the end of %1: your planned leave up to that day is counted, and the hours you get on 1 January.</source>
        <translation>Prognose voor het eind van %1: je geplande verlof tot en met die dag telt mee, en de uren die je op 1 januari krijgt.</translation>
    </message>
    <message>
        <source>Your balance at the end of %1, a day in the past.</source>
        <translation>Je saldo aan het eind van %1, een dag in het verleden.</translation>
    </message>
    <message>
        <source>Your balance at the end of today, %1, with the leave of today counted.</source>
        <translation>Je saldo aan het eind van vandaag, %1, met het verlof van vandaag meegeteld.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Balance at the end of %1: %2</source>
        <translation>Saldo aan het eind van %1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Rijkapp</source>
        <translation>Welkom bij Rijkapp</translation>
    </message>
    <message>
        <source>Rijkapp helps you with your leave, your IKB, your development and the conversations with your manager, following the CAO Rijk. How would you like to start?</source>
        <translation>Rijkapp helpt je met je verlof, je IKB, je ontwikkeling en de gesprekken met je leidinggevende, volgens de CAO Rijk. Hoe wil je beginnen?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Fill in your own details: who you are, your employment and your work schedule.</source>
        <translation>Vul je eigen gegevens in: wie je bent, je dienstverband en je werkrooster.</translation>
    </message>
    <message>
        <source>Explore an example profile</source>
        <translation>Voorbeeldprofiel verkennen</translation>
    </message>
    <message>
        <source>Look around with the data of a made-up employee. Your own data stays empty and nothing of the example is kept.</source>
        <translation>Kijk rond met de gegevens van een verzonnen medewerker. Je eigen gegevens blijven leeg en van het voorbeeld wordt niets bewaard.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. Rijkapp needs no account and never connects to the internet.</source>
        <translation>Alles blijft versleuteld op deze computer. Rijkapp heeft geen account nodig en maakt nooit verbinding met internet.</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>IKB-uren bought</source>
        <translation>Gekochte IKB-uren</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Paid out during the year</source>
        <translation>Uitbetaald in de loop van het jaar</translation>
    </message>
    <message>
        <source>Final pay-out after leaving</source>
        <translation>Laatste uitbetaling na uit dienst gaan</translation>
    </message>
    <message>
        <source>Pay-out in December</source>
        <translation>Uitbetaling in december</translation>
    </message>
    <message>
        <source>CAO rules</source>
        <translation>CAO-regels</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>All fine</source>
        <translation>Alles in orde</translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation>Klopt niet met een regel</translation>
    </message>
    <message>
        <source>Breaks %1 rules</source>
        <translation>Klopt niet met %1 regels</translation>
    </message>
</context>
<context>
    <name>YearPlanner</name>
    <message>
        <source>public holiday: %1</source>
        <translation>feestdag: %1</translation>
    </message>
    <message>
        <source>leave taken, %1</source>
        <translation>verlof opgenomen, %1</translation>
    </message>
    <message>
        <source>leave planned, %1</source>
        <translation>verlof gepland, %1</translation>
    </message>
    <message>
        <source>within your leave, costs no hours</source>
        <translation>binnen je verlof, kost geen uren</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>geen werkdag</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Year planner %1</source>
        <translation>Jaarplanner %1</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>wk</translation>
    </message>
</context>
</TS>
