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
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>Werkrooster</translation>
    </message>
    <message>
        <source>Leave balance</source>
        <translation>Verlofsaldo</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>IKB choice</source>
        <translation>IKB-keuze</translation>
    </message>
    <message>
        <source>Development budget</source>
        <translation>Ontwikkelbudget</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Leeractiviteit</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Agreements of a talk</source>
        <translation>Afspraken van een gesprek</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle gegevens</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>start at the Rijk</source>
        <translation>in dienst bij het Rijk</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>start in this function</source>
        <translation>in deze functie sinds</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>chose PAS</source>
        <translation>koos PAS</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>uren per week</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>schaal</translation>
    </message>
    <message>
        <source>step</source>
        <translation>periodiek</translation>
    </message>
    <message>
        <source>full-time salary</source>
        <translation>salaris bij voltijd</translation>
    </message>
    <message>
        <source>allowances</source>
        <translation>toelagen</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>laatste werkdag</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
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
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
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
        <translation>Binnenkort</translation>
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
    <name>DateField</name>
    <message>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
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
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Only when you leave: the last day of your employment.</source>
        <translation>Alleen als je uit dienst gaat: de laatste dag van je dienstverband.</translation>
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
        <source>%1: fill in a number of hours, for example %2.</source>
        <translation>%1: vul een aantal uren in, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1: fill in an amount in euros, for example %2.</source>
        <translation>%1: vul een bedrag in euro in, bijvoorbeeld %2.</translation>
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
    <name>GesprekkenPage</name>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Prepare the conversations of the gesprekscyclus Rijk from your own records.</source>
        <translation>Bereid de gesprekken van de gesprekscyclus Rijk voor met je eigen gegevens.</translation>
    </message>
    <message>
        <source>The conversations page is being built</source>
        <translation>Aan de pagina Gesprekken wordt gewerkt</translation>
    </message>
    <message>
        <source>Here you will soon prepare the conversations with your manager.</source>
        <translation>Hier bereid je binnenkort de gesprekken met je leidinggevende voor.</translation>
    </message>
    <message>
        <source>The conversations of the gesprekscyclus Rijk: plannen, reflecteren and evalueren.</source>
        <translation>De gesprekken van de gesprekscyclus Rijk: plannen, reflecteren en evalueren.</translation>
    </message>
    <message>
        <source>Your preparation from your own data: results, development, career and employability.</source>
        <translation>Je voorbereiding uit je eigen gegevens: resultaten, ontwikkeling, loopbaan en inzetbaarheid.</translation>
    </message>
    <message>
        <source>Keeping track of agreements until the next conversation.</source>
        <translation>Afspraken bijhouden tot het volgende gesprek.</translation>
    </message>
    <message>
        <source>A clean PDF for your manager.</source>
        <translation>Een nette pdf voor je leidinggevende.</translation>
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
        <translation>Je individueel keuzebudget: wat je elke maand opbouwt en wat je ermee doet.</translation>
    </message>
    <message>
        <source>The IKB page is being built</source>
        <translation>Aan de pagina IKB wordt gewerkt</translation>
    </message>
    <message>
        <source>Here you will soon plan your IKB and see what your choices mean. Until then, you make and check your choices in P-Direkt.</source>
        <translation>Hier plan je binnenkort je IKB en zie je wat je keuzes betekenen. Tot die tijd maak en controleer je je keuzes in P-Direkt.</translation>
    </message>
    <message>
        <source>What you build up each month and what you have already used.</source>
        <translation>Wat je elke maand opbouwt en wat je al hebt gebruikt.</translation>
    </message>
    <message>
        <source>Planning pay-outs, buying or selling hours and tax-friendly goals, with the last day to hand in each choice.</source>
        <translation>Uitbetalingen, uren kopen of verkopen en fiscale doelen plannen, met de laatste dag om elke keuze door te geven.</translation>
    </message>
    <message>
        <source>What you will be paid in December if you change nothing.</source>
        <translation>Wat je in december krijgt als je niets verandert.</translation>
    </message>
    <message>
        <source>A private “what if”: try out a choice without recording anything.</source>
        <translation>Een eigen ‘wat als’: probeer een keuze uit zonder iets vast te leggen.</translation>
    </message>
</context>
<context>
    <name>LerenPage</name>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Courses, training and other learning, with your certificates.</source>
        <translation>Cursussen, opleidingen en ander leren, met je certificaten.</translation>
    </message>
    <message>
        <source>The learning page is being built</source>
        <translation>Aan de pagina Leren wordt gewerkt</translation>
    </message>
    <message>
        <source>Here you will soon keep a list of everything you learn.</source>
        <translation>Hier houd je binnenkort bij wat je allemaal leert.</translation>
    </message>
    <message>
        <source>Your courses, training and other learning activities in one list.</source>
        <translation>Je cursussen, opleidingen en andere leeractiviteiten in één lijst.</translation>
    </message>
    <message>
        <source>Hours, costs and the budget that pays for them.</source>
        <translation>Uren, kosten en het budget waaruit je ze betaalt.</translation>
    </message>
    <message>
        <source>Certificates, kept encrypted in your own data.</source>
        <translation>Certificaten, versleuteld bewaard in je eigen gegevens.</translation>
    </message>
    <message>
        <source>What you learned, in your own words, to prepare your conversations.</source>
        <translation>Wat je hebt geleerd, in je eigen woorden, als voorbereiding op je gesprekken.</translation>
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
    <name>OntwikkelingPage</name>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Your development budgets in money and in time.</source>
        <translation>Je ontwikkelbudgetten in geld en in tijd.</translation>
    </message>
    <message>
        <source>The development page is being built</source>
        <translation>Aan de pagina Ontwikkeling wordt gewerkt</translation>
    </message>
    <message>
        <source>Here you will soon keep track of the budgets you have for your development.</source>
        <translation>Hier houd je binnenkort de budgetten bij die je hebt voor je ontwikkeling.</translation>
    </message>
    <message>
        <source>Your development budgets in money and in hours, with the date they end.</source>
        <translation>Je ontwikkelbudgetten in geld en in uren, met de datum waarop ze aflopen.</translation>
    </message>
    <message>
        <source>What you have spent and what is left.</source>
        <translation>Wat je hebt uitgegeven en wat er over is.</translation>
    </message>
    <message>
        <source>A warning before a budget lapses.</source>
        <translation>Een waarschuwing voordat een budget vervalt.</translation>
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
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Your leave balance in hours will show here once the Leave page is ready.</source>
        <translation>Hier komt je verlofsaldo in uren, zodra de pagina Verlof klaar is.</translation>
    </message>
    <message>
        <source>IKB</source>
        <translation>IKB</translation>
    </message>
    <message>
        <source>Your IKB budget for this month will show here once the IKB page is ready.</source>
        <translation>Hier komt je IKB-budget van deze maand, zodra de pagina IKB klaar is.</translation>
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
        <source>Only if you were born before 1978 and chose PAS or PAS-afbouw before 1 January 2023. Then you get no extra IKB-uren from the transition arrangement (CAO Rijk 25.4).</source>
        <translation>Alleen als je geboren bent vóór 1978 en vóór 1 januari 2023 koos voor PAS of PAS-afbouw. Dan krijg je geen extra IKB-uren uit de overgangsregeling (CAO Rijk 25.4).</translation>
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
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>Plan and explain your leave in hours, with part-time work and expiry handled right.</source>
        <translation>Plan je verlof in uren en zie hoe het is berekend, ook bij deeltijd en vervallen uren.</translation>
    </message>
    <message>
        <source>The leave page is being built</source>
        <translation>Aan de pagina Verlof wordt gewerkt</translation>
    </message>
    <message>
        <source>Here you will soon see how much leave you have and plan new leave. Until then, P-Direkt shows your official balance.</source>
        <translation>Hier zie je binnenkort hoeveel verlof je hebt en plan je nieuw verlof. Tot die tijd staat je officiële saldo in P-Direkt.</translation>
    </message>
    <message>
        <source>Your leave in hours per kind: statutory hours, IKB-uren, bought hours and spaarverlof.</source>
        <translation>Je verlof in uren per soort: wettelijke uren, IKB-uren, gekochte uren en spaarverlof.</translation>
    </message>
    <message>
        <source>Your balance today and later this year, and which hours expire when.</source>
        <translation>Je saldo vandaag en later dit jaar, en welke uren wanneer vervallen.</translation>
    </message>
    <message>
        <source>Planning leave: Rijkapp counts the hours from your work schedule and skips public holidays.</source>
        <translation>Verlof plannen: Rijkapp telt de uren volgens je werkrooster en slaat feestdagen over.</translation>
    </message>
    <message>
        <source>A warning before hours expire.</source>
        <translation>Een waarschuwing voordat uren vervallen.</translation>
    </message>
    <message>
        <source>For every figure: how it was worked out, with the article of the CAO Rijk.</source>
        <translation>Bij elk getal: hoe het is berekend, met het artikel uit de CAO Rijk.</translation>
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
</TS>
