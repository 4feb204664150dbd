<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Enums</name>
    <message>
        <location filename="../services/domain/enums.h" line="55"/>
        <source>Subscriber</source>
        <translation>Abonnent</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="56"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="57"/>
        <source>Marketing qualified lead</source>
        <translation>Marketingqualifizierter Lead</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="58"/>
        <source>Sales qualified lead</source>
        <translation>Vertriebsqualifizierter Lead</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="59"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="60"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="61"/>
        <source>Evangelist</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="62"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="65"/>
        <location filename="../services/domain/enums.h" line="86"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="66"/>
        <source>Pending confirmation</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="67"/>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="68"/>
        <source>Double opted in</source>
        <translation>Doppelt bestätigt (Double-Opt-in)</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="69"/>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="72"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="73"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="74"/>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="75"/>
        <source>Nurturing</source>
        <translation>In Pflege</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="76"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="77"/>
        <source>Unqualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="78"/>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="81"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="82"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="83"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="87"/>
        <source>Entered by hand</source>
        <translation>Manuell erfasst</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="88"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="89"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="90"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="91"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="92"/>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="93"/>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="94"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="95"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="96"/>
        <source>Cold outreach</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="97"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="100"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="101"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="102"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="103"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="106"/>
        <source>Demographic</source>
        <translation>Demografisch</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="107"/>
        <source>Firmographic</source>
        <translation>Firmografisch</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="108"/>
        <source>Behavioral</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="109"/>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="110"/>
        <source>Intent</source>
        <translation>Kaufabsicht</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="111"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="112"/>
        <source>Recency</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="115"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="116"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="117"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="118"/>
        <source>Voice call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="121"/>
        <source>Broadcast</source>
        <translation>Einmalversand</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="122"/>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="123"/>
        <source>A/B test</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="124"/>
        <source>Triggered</source>
        <translation>Ereignisgesteuert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="127"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="128"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="129"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="130"/>
        <location filename="../services/domain/enums.h" line="137"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="131"/>
        <location filename="../services/domain/enums.h" line="138"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="132"/>
        <location filename="../services/domain/enums.h" line="156"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="133"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="136"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="139"/>
        <source>Exited</source>
        <translation>Ausgestiegen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="140"/>
        <location filename="../services/domain/enums.h" line="181"/>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="141"/>
        <location filename="../services/domain/enums.h" line="152"/>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="142"/>
        <location filename="../services/domain/enums.h" line="154"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="145"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="146"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="147"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="148"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="149"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="150"/>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="151"/>
        <location filename="../services/domain/enums.h" line="178"/>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="153"/>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="155"/>
        <source>Suppressed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="159"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="160"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="161"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="162"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="163"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="164"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="165"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="166"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="167"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="168"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="169"/>
        <source>Stage changed</source>
        <translation>Phase geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="170"/>
        <source>Owner changed</source>
        <translation>Verantwortlicher geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="171"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="172"/>
        <source>Score changed</source>
        <translation>Score geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="173"/>
        <source>Message queued</source>
        <translation>Nachricht eingereiht</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="174"/>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="175"/>
        <source>Message delivered</source>
        <translation>Nachricht zugestellt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="176"/>
        <source>Message opened</source>
        <translation>Nachricht geöffnet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="177"/>
        <source>Link clicked</source>
        <translation>Link geklickt</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="179"/>
        <source>Message bounced</source>
        <translation>Nachricht unzustellbar</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="180"/>
        <source>Message failed</source>
        <translation>Nachricht fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="182"/>
        <source>Consent changed</source>
        <translation>Einwilligung geändert</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="183"/>
        <source>Enrolled in campaign</source>
        <translation>In Kampagne aufgenommen</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="184"/>
        <source>Form submitted</source>
        <translation>Formular abgesendet</translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="185"/>
        <source>Page visited</source>
        <translation>Seite besucht</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="23"/>
        <source>Leadline id</source>
        <translation>Leadline-ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="24"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="25"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="26"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="27"/>
        <location filename="../services/importexport/importfields.cpp" line="287"/>
        <source>Other emails</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="29"/>
        <location filename="../services/importexport/importfields.cpp" line="288"/>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="30"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="31"/>
        <location filename="../services/importexport/importfields.cpp" line="289"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="32"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="33"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="34"/>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="35"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="36"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="37"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="38"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="39"/>
        <source>Email consent</source>
        <translation>Einwilligung E-Mail</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="40"/>
        <source>SMS consent</source>
        <translation>Einwilligung SMS</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="41"/>
        <source>WhatsApp consent</source>
        <translation>Einwilligung WhatsApp</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="42"/>
        <source>Voice call consent</source>
        <translation>Einwilligung Anrufe</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="43"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="44"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="45"/>
        <location filename="../services/importexport/importfields.cpp" line="290"/>
        <source>Owner (email)</source>
        <translation>Verantwortlicher (E-Mail)</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="46"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="47"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="48"/>
        <location filename="../services/importexport/importfields.cpp" line="291"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="49"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="15"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="16"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="17"/>
        <source>Full name (split into first and last)</source>
        <translation>Name (Vor- und Nachname)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="20"/>
        <source>Other email</source>
        <translation>Weitere E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="21"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="22"/>
        <source>Other phone</source>
        <translation>Weitere Telefonnummer</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="23"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="26"/>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="27"/>
        <source>Company domain / website</source>
        <translation>Unternehmensdomain / Website</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="28"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="29"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="30"/>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="31"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="33"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="34"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="35"/>
        <source>Email consent</source>
        <translation>Einwilligung E-Mail</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="36"/>
        <source>SMS consent</source>
        <translation>Einwilligung SMS</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="37"/>
        <source>WhatsApp consent</source>
        <translation>Einwilligung WhatsApp</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="38"/>
        <source>Voice call consent</source>
        <translation>Einwilligung Anrufe</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="41"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="42"/>
        <source>Opted out of email (yes/no)</source>
        <translation>Von E-Mails abgemeldet (ja/nein)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="44"/>
        <source>Opted out of calls (yes/no)</source>
        <translation>Von Anrufen abgemeldet (ja/nein)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="45"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="46"/>
        <source>Owner (email or name)</source>
        <translation>Verantwortlicher (E-Mail oder Name)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="47"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="48"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="49"/>
        <source>Leadline id</source>
        <translation>Leadline-ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="50"/>
        <source>Created on (keeps the original date)</source>
        <translation>Angelegt am (ursprüngliches Datum bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="53"/>
        <source>Second address: street</source>
        <translation>Zweite Adresse: Straße</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="54"/>
        <source>Second address: city</source>
        <translation>Zweite Adresse: Ort</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="55"/>
        <source>Second address: state / region</source>
        <translation>Zweite Adresse: Bundesland / Region</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="57"/>
        <source>Second address: postal code</source>
        <translation>Zweite Adresse: Postleitzahl</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="59"/>
        <source>Second address: country</source>
        <translation>Zweite Adresse: Land</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="60"/>
        <source>Street, a further line</source>
        <translation>Straße, weitere Zeile</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="62"/>
        <source>Second address: street, a further line</source>
        <translation>Zweite Adresse: Straße, weitere Zeile</translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="63"/>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
</context>
<context>
    <name>Leadline::Activities::ActivityService</name>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="77"/>
        <source>An activity must belong to a contact, company or lead.</source>
        <translation>Eine Aktivität muss zu einem Kontakt, einem Unternehmen oder einem Lead gehören.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="100"/>
        <source>Cannot record the activity: %1</source>
        <translation>Die Aktivität kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="109"/>
        <source>Only notes, calls, meetings and tasks can be logged by hand, not “%1”.</source>
        <translation>Nur Notizen, Anrufe, Meetings und Aufgaben können manuell erfasst werden, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="115"/>
        <source>The %1 needs a subject or some text.</source>
        <translation>Ein Eintrag vom Typ „%1“ braucht einen Betreff oder einen Text.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="117"/>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="130"/>
        <source>Choose the contact, company or lead this %1 belongs to.</source>
        <translation>Wählen Sie den Kontakt, das Unternehmen oder den Lead, zu dem dieser Eintrag vom Typ „%1“ gehört.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="147"/>
        <source>The lead %1 does not exist.</source>
        <translation>Den Lead %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="172"/>
        <source>Only notes, calls, meetings and tasks can be deleted; “%1” entries are part of the history.</source>
        <translation>Nur Notizen, Anrufe, Meetings und Aufgaben können gelöscht werden; Einträge vom Typ „%1“ gehören zum Verlauf.</translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="193"/>
        <source>The activity %1 does not exist.</source>
        <translation>Die Aktivität %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Leadline::Activities::SystemSubject</name>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="15"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="16"/>
        <source>Import of %1 undone</source>
        <translation>Import von %1 rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="17"/>
        <source>Import of %1 undone: previous values restored</source>
        <translation>Import von %1 rückgängig gemacht: frühere Werte wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="18"/>
        <source>Contact created</source>
        <translation>Kontakt angelegt</translation>
    </message>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="19"/>
        <source>Company created</source>
        <translation>Unternehmen angelegt</translation>
    </message>
    <message>
        <location filename="../services/activities/systemsubject.cpp" line="20"/>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::CompanyService</name>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="122"/>
        <source>The company %1 does not exist or was deleted.</source>
        <translation>Das Unternehmen %1 gibt es nicht oder es wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="140"/>
        <source>Another company already uses the domain %1.</source>
        <translation>Ein anderes Unternehmen verwendet bereits die Domain %1.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="254"/>
        <source>Enter the company name.</source>
        <translation>Geben Sie den Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="262"/>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="271"/>
        <source>“%1” is not a domain name (expected something like example.com).</source>
        <translation>„%1“ ist kein Domainname (erwartet wird etwa example.com).</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="288"/>
        <source>The number of employees cannot be negative.</source>
        <translation>Die Anzahl der Mitarbeiter darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="290"/>
        <source>The annual revenue cannot be negative.</source>
        <translation>Der Jahresumsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="296"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation>Der Verantwortliche %1 ist kein Benutzer dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="310"/>
        <source>No company has the domain %1.</source>
        <translation>Kein Unternehmen hat die Domain %1.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="317"/>
        <source>No company is named %1.</source>
        <translation>Es gibt kein Unternehmen namens %1.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="350"/>
        <source>“%1” is not a valid record id.</source>
        <translation>„%1“ ist keine gültige Datensatz-ID.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="375"/>
        <source>Cannot save a company without an id; create it first.</source>
        <translation>Ein Unternehmen ohne ID kann nicht gespeichert werden; legen Sie es zuerst an.</translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="445"/>
        <source>Cannot restore %1: another company now uses the domain %2.</source>
        <translation>%1 kann nicht wiederhergestellt werden: Ein anderes Unternehmen verwendet inzwischen die Domain %2.</translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::ContactService</name>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="283"/>
        <location filename="../services/contacts/contactservice.cpp" line="389"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation>Den Kontakt %1 gibt es nicht oder er wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="497"/>
        <source>The contact %1 does not exist.</source>
        <translation>Den Kontakt %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="547"/>
        <source>Cannot restore both %1 and %2: they have the same email address %3.</source>
        <translation>%1 und %2 können nicht beide wiederhergestellt werden: Sie haben dieselbe E-Mail-Adresse %3.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="567"/>
        <source>Another contact already has the email address %1.</source>
        <translation>Ein anderer Kontakt hat bereits die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="577"/>
        <source>The chosen company does not exist; choose another or none.</source>
        <translation>Das gewählte Unternehmen gibt es nicht; wählen Sie ein anderes oder keines.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1028"/>
        <source>“%1” is not a region code for phone numbers; use two letters such as DE or US.</source>
        <translation>„%1“ ist kein Regionscode für Telefonnummern; verwenden Sie zwei Buchstaben wie DE oder US.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1059"/>
        <location filename="../services/contacts/contactservice.cpp" line="1068"/>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse (erwartet wird name@example.com).</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1107"/>
        <source>“%1” is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1111"/>
        <source>Enter at least a name, an email address or a phone number.</source>
        <translation>Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1127"/>
        <location filename="../services/contacts/contactservice.cpp" line="1417"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation>Der Verantwortliche %1 ist kein Benutzer dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1132"/>
        <location filename="../services/contacts/contactservice.cpp" line="1334"/>
        <source>The tag “%1…” is longer than 100 characters.</source>
        <translation>Das Tag „%1…“ ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1147"/>
        <source>No contact has the email address %1.</source>
        <translation>Kein Kontakt hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1169"/>
        <source>“%1” is not a valid record id.</source>
        <translation>„%1“ ist keine gültige Datensatz-ID.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1211"/>
        <source>Cannot save a contact without an id; create it first.</source>
        <translation>Ein Kontakt ohne ID kann nicht gespeichert werden; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="561"/>
        <source>Cannot restore %1: another contact now has the email address %2.</source>
        <translation>%1 kann nicht wiederhergestellt werden: Ein anderer Kontakt hat inzwischen die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="580"/>
        <source>The company “%1” was deleted meanwhile; choose another or none.</source>
        <translation>Das Unternehmen „%1“ wurde inzwischen gelöscht; wählen Sie ein anderes oder keines.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1219"/>
        <source>This contact was deleted meanwhile (by someone else, or by undoing the import that created it); the changes were not saved.</source>
        <translation>Dieser Kontakt wurde inzwischen gelöscht (von jemand anderem oder durch das Rückgängigmachen des Imports, der ihn angelegt hat); die Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1332"/>
        <source>Enter a tag name.</source>
        <translation>Geben Sie einen Namen für das Tag ein.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1385"/>
        <source>There is no tag named “%1”.</source>
        <translation>Es gibt kein Tag namens „%1“.</translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1516"/>
        <source>The row position does not fit the sort column.</source>
        <translation>Die Zeilenposition passt nicht zur Sortierspalte.</translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::CustomFieldRegistry</name>
    <message>
        <location filename="../services/contacts/customfieldregistry.cpp" line="111"/>
        <source>Cannot register the custom field “%1”: %2</source>
        <translation>Das benutzerdefinierte Feld „%1“ kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::PhoneNormalizer</name>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="302"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="312"/>
        <source>“%1” has no country code and no default region is set; write it as +&lt;country code&gt; or set the default region.</source>
        <translation>„%1“ hat keine Ländervorwahl, und es ist keine Standardregion festgelegt; schreiben Sie die Nummer als +&lt;Ländervorwahl&gt; oder legen Sie die Standardregion fest.</translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="316"/>
        <source>“%1” is not a known region code for phone numbers.</source>
        <translation>„%1“ ist kein bekannter Regionscode für Telefonnummern.</translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="324"/>
        <source>“%1” is not a valid phone number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="326"/>
        <source>“%1” is not a valid phone number for region %2</source>
        <translation>„%1“ ist keine gültige Telefonnummer für die Region %2</translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="330"/>
        <source>“%1” starts with an unknown country code.</source>
        <translation>„%1“ beginnt mit einer unbekannten Ländervorwahl.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ContactsCommand</name>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="51"/>
        <source>List, search and add contacts (contacts list|add)</source>
        <translation>Kontakte auflisten, suchen und hinzufügen (contacts list|add)</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="61"/>
        <source>Usage: leadlinectl [--db DB] contacts list|add [options]</source>
        <translation>Aufruf: leadlinectl [--db DB] contacts list|add [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="63"/>
        <source>List contacts, optionally matching a search</source>
        <translation>Kontakte auflisten, wahlweise passend zu einer Suche</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="64"/>
        <source>Add one contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="66"/>
        <source>The contacts command needs a subcommand: list or add.</source>
        <translation>Der Befehl contacts braucht einen Unterbefehl: list oder add.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="72"/>
        <source>Unknown subcommand “contacts %1”.</source>
        <translation>Unbekannter Unterbefehl „contacts %1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="79"/>
        <source>Lists contacts sorted by name. The search matches the start of words in names, email addresses, phone numbers and company names; every word must match.</source>
        <translation>Listet Kontakte nach Namen sortiert auf. Die Suche findet Wortanfänge in Namen, E-Mail-Adressen, Telefonnummern und Unternehmensnamen; jedes Suchwort muss passen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="81"/>
        <source>Only contacts matching Q.</source>
        <translation>Nur Kontakte, die zu Q passen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="83"/>
        <source>Only contacts this import created or updated (see “import list”).</source>
        <translation>Nur Kontakte, die dieser Import angelegt oder aktualisiert hat (siehe „import list“).</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="84"/>
        <source>At most N contacts (default 50).</source>
        <translation>Höchstens N Kontakte (Standard: 50).</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="85"/>
        <source>Skip the first N contacts.</source>
        <translation>Die ersten N Kontakte überspringen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="86"/>
        <source>Print {&quot;total&quot;: …, &quot;contacts&quot;: […]} as one JSON object.</source>
        <translation>{&quot;total&quot;: …, &quot;contacts&quot;: […]} als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/contactscommand.cpp" line="129"/>
        <source>%n contact(s) shown of %1</source>
        <translation>
            <numerusform>%n Kontakt von %1 angezeigt</numerusform>
            <numerusform>%n Kontakte von %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="136"/>
        <source>Adds one contact. Phone numbers are stored in E.164 form; numbers without a country code use the default region of the database. A company that does not exist yet is created.</source>
        <translation>Fügt einen Kontakt hinzu. Telefonnummern werden im Format E.164 gespeichert; für Nummern ohne Ländervorwahl gilt die Standardregion der Datenbank. Ein Unternehmen, das es noch nicht gibt, wird angelegt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="139"/>
        <source>Primary email address (required).</source>
        <translation>Primäre E-Mail-Adresse (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="140"/>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="141"/>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="142"/>
        <source>Phone number, e.g. +49 30 1234567.</source>
        <translation>Telefonnummer, z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="143"/>
        <source>Company name.</source>
        <translation>Name des Unternehmens.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="144"/>
        <source>Job title.</source>
        <translation>Position.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="145"/>
        <source>Print the created contact as one JSON object.</source>
        <translation>Den angelegten Kontakt als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="149"/>
        <source>The option --email is required.</source>
        <translation>Die Option --email ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="190"/>
        <source>Created contact %1 (%2)</source>
        <translation>Kontakt %1 angelegt (%2)</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::Context</name>
    <message>
        <location filename="../app/ctl/command.cpp" line="40"/>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/command.cpp" line="49"/>
        <source>There is no database at %1. Check the path, or create one with “leadlinectl --db %1 init”.</source>
        <translation>Unter %1 gibt es keine Datenbank. Prüfen Sie den Pfad, oder legen Sie eine an mit „leadlinectl --db %1 init“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/command.cpp" line="53"/>
        <source>%1 is an empty file, not a database. Create one there with “leadlinectl --db %1 init”.</source>
        <translation>%1 ist eine leere Datei, keine Datenbank. Legen Sie dort eine an mit „leadlinectl --db %1 init“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/command.cpp" line="134"/>
        <source>--search “%1” has no letters or digits to search for.</source>
        <translation>--search „%1“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/ctl/command.cpp" line="142"/>
        <source>Run “%1” for the options.</source>
        <translation>Rufen Sie „%1“ auf, um die Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::DemoCommand</name>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="21"/>
        <source>Add realistic demo contacts, companies, leads and activities</source>
        <translation>Realistische Demodaten hinzufügen: Kontakte, Unternehmen, Leads und Aktivitäten</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="26"/>
        <source>Adds N demo contacts with their companies, owners, tags, leads and a year of activities. The same seed gives the same data. Ctrl+C stops after the current chunk; the chunks written so far stay.</source>
        <translation>Fügt N Demo-Kontakte mit ihren Unternehmen, Verantwortlichen, Tags, Leads und den Aktivitäten eines Jahres hinzu. Derselbe Startwert ergibt dieselben Daten. Strg+C hält nach dem aktuellen Abschnitt an; die bis dahin geschriebenen Abschnitte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="29"/>
        <source>Number of contacts (default 1000).</source>
        <translation>Anzahl der Kontakte (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="30"/>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="31"/>
        <source>Contacts per transaction (default 50000).</source>
        <translation>Kontakte pro Transaktion (Standard: 50000).</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="32"/>
        <source>Print the summary as one JSON object.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="52"/>
        <source>%1 of %2 contacts</source>
        <translation>%1 von %2 Kontakten</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ExportCommand</name>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="28"/>
        <source>Export contacts to CSV or Excel</source>
        <translation>Kontakte nach CSV oder Excel exportieren</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="36"/>
        <source>Exports contacts (all, those matching a search, those of an import) with the chosen fields. Cells that a spreadsheet could run as formulas are written as text. Fields: %1, and custom:NAME for a custom field.</source>
        <translation>Exportiert Kontakte (alle, die zu einer Suche passenden oder die eines Imports) mit den gewählten Feldern. Zellen, die eine Tabellenkalkulation als Formel ausführen könnte, werden als Text geschrieben. Felder: %1 sowie custom:NAME für ein benutzerdefiniertes Feld.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="41"/>
        <source>Only contacts matching this search.</source>
        <translation>Nur Kontakte, die zu dieser Suche passen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="43"/>
        <source>Only contacts this import created or updated (see “import list”).</source>
        <translation>Nur Kontakte, die dieser Import angelegt oder aktualisiert hat (siehe „import list“).</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="45"/>
        <source>The columns, in order (default: every field but id and updated_at, then the custom fields).</source>
        <translation>Die Spalten, in ihrer Reihenfolge (Vorgabe: jedes Feld außer id und updated_at, dann die benutzerdefinierten Felder).</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="46"/>
        <source>CSV: no byte order mark (Excel needs it for UTF-8).</source>
        <translation>CSV: ohne Byte Order Mark (Excel braucht ihn für UTF-8).</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="48"/>
        <source>CSV: comma (the default), semicolon (as Excel reads CSV where the comma is the decimal point) or tab.</source>
        <translation>CSV: comma (Vorgabe), semicolon (so liest Excel CSV, wo das Komma das Dezimalzeichen ist) oder tab.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="51"/>
        <source>names: the field names (first_name, customer; the default), which import into any database; labels: the names and values as the app shows them (First name, Customer), in its language.</source>
        <translation>names: die Feldnamen (first_name, customer; Standard), die sich in jede Datenbank importieren lassen; labels: die Namen und Werte, wie die App sie zeigt (Vorname, Kunde), in ihrer Sprache.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="54"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="71"/>
        <source>--delimiter is “comma”, “semicolon” or “tab”, not “%1”.</source>
        <translation>--delimiter ist „comma“, „semicolon“ oder „tab“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="75"/>
        <source>--headers is “names” or “labels”, not “%1”.</source>
        <translation>--headers ist „names“ oder „labels“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="82"/>
        <source>--fields names no field; leave it out to export every field.</source>
        <translation>--fields nennt kein Feld; ohne --fields werden alle Felder exportiert.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="87"/>
        <source>--fields names %1 twice.</source>
        <translation>--fields nennt %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="91"/>
        <source>--delimiter is for CSV files; a workbook has cells.</source>
        <translation>--delimiter gilt für CSV-Dateien; eine Arbeitsmappe hat Zellen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="105"/>
        <source>There is no custom field %1: the contacts have none.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld %1: Die Kontakte haben keine.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="106"/>
        <source>There is no custom field %1; there are: %2.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld %1; vorhanden sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="125"/>
        <source>%1 of %2 contacts</source>
        <translation>%1 von %2 Kontakten</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ImportCommand</name>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="33"/>
        <source>Import contacts from CSV or Excel; list or revert imports</source>
        <translation>Kontakte aus CSV oder Excel importieren; Importe auflisten oder rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="50"/>
        <source>Imports contacts from a CSV/TSV or .xlsx file as one import batch: columns are mapped automatically (or by a saved mapping), every cell is validated, duplicates are matched within the file and against the database, and rejected rows go to a CSV with the reason. Any import can be reverted. Ctrl+C stops after the current chunk; what was imported stays revertible.</source>
        <translation>Importiert Kontakte aus einer CSV/TSV- oder .xlsx-Datei als einen Importvorgang: Die Spalten werden automatisch (oder nach einer gespeicherten Zuordnung) zugeordnet, jede Zelle wird geprüft, Duplikate werden innerhalb der Datei und mit der Datenbank abgeglichen, und abgelehnte Zeilen werden mit ihrem Grund in eine CSV-Datei geschrieben. Jeder Import kann rückgängig gemacht werden. Strg+C hält nach dem aktuellen Abschnitt an; was bis dahin importiert wurde, bleibt rückgängig machbar.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="56"/>
        <source>Excel: the sheet to read (default: the first).</source>
        <translation>Excel: das zu lesende Tabellenblatt (Standard: das erste).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="57"/>
        <source>A saved column mapping.</source>
        <translation>Eine gespeicherte Spaltenzuordnung.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="60"/>
        <source>Duplicate key: email (default), phone, external_id, or id (the Leadline id of an export, which finds a contact whatever else the row changes; it overwrites unless --on-duplicate says otherwise).</source>
        <translation>Schlüssel für Duplikate: email (Standard), phone, external_id oder id (die Leadline-ID eines Exports, die einen Kontakt findet, was immer die Zeile sonst ändert; dann wird überschrieben, außer --on-duplicate sagt etwas anderes).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="64"/>
        <source>skip (default; an opt-out in the row is still recorded), fill (only empty fields) or overwrite. Neither lifts an opt-out or “do not contact”.</source>
        <translation>skip (Vorgabe; eine Abmeldung in der Zeile wird trotzdem vermerkt), fill (nur leere Felder) oder overwrite. Keines hebt eine Abmeldung oder „Nicht kontaktieren“ auf.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="67"/>
        <source>Only update the contacts the rows match (fill, unless --on-duplicate says overwrite); rows that match none are rejected.</source>
        <translation>Nur die Kontakte aktualisieren, zu denen Zeilen passen (leere Felder füllen, außer --on-duplicate sagt overwrite); Zeilen ohne passenden Kontakt werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="70"/>
        <source>Country for phone numbers without a country code, in rows whose country column names none (default: the database setting, else this computer&apos;s country).</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl, in Zeilen ohne Land in der Länderspalte (Standard: die Einstellung der Datenbank, sonst das Land dieses Computers).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="73"/>
        <source>Dates such as 4/5/2023: day-first or month-first (default: as the file&apos;s first rows write them, where a date such as 4/25/2023 shows it; else as the default region does, month-first for US).</source>
        <translation>Datumsangaben wie 4/5/2023: day-first oder month-first (Standard: wie die ersten Zeilen der Datei sie schreiben, wo ein Datum wie 4/25/2023 es zeigt; sonst wie die Standardregion, month-first für US).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="77"/>
        <source>CSV: utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>CSV: utf-8, utf-16le, utf-16be oder windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="79"/>
        <source>CSV: the separator, one of , ; | or tab (default: detected).</source>
        <translation>CSV: das Trennzeichen, eines von , ; | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="80"/>
        <source>Where to write the rejected rows (CSV).</source>
        <translation>Wohin die abgelehnten Zeilen geschrieben werden (CSV).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="83"/>
        <source>A tag for every imported contact (give it again for more tags).</source>
        <translation>Ein Tag für jeden importierten Kontakt (für weitere Tags erneut angeben).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="85"/>
        <source>The owner (a user&apos;s email or name) of contacts the file names none for; it also fills an empty owner of a contact the import updates.</source>
        <translation>Der Verantwortliche (E-Mail oder Name eines Benutzers) der Kontakte, für die die Datei keinen nennt; er füllt auch ein leeres Verantwortlichen-Feld eines Kontakts, den der Import aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="88"/>
        <source>Read and check every row as the import would, and import nothing: how many rows would be rejected, and why the first were. Whether a row matches a stored contact, and what that contact allows, only the import finds.</source>
        <translation>Jede Zeile lesen und prüfen wie beim Import, ohne etwas zu importieren: wie viele Zeilen abgelehnt würden und warum die ersten. Ob eine Zeile zu einem gespeicherten Kontakt passt und was dieser zulässt, stellt erst der Import fest.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="91"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="103"/>
        <source>--owner needs a user&apos;s email or name.</source>
        <translation>--owner braucht die E-Mail oder den Namen eines Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="114"/>
        <source>--%1 must be one of %2, not “%3”.</source>
        <translation>--%1 muss einer dieser Werte sein: %2, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="134"/>
        <source>--update-only needs --on-duplicate fill or overwrite: skipping the rows that match would change nothing.</source>
        <translation>--update-only braucht --on-duplicate fill oder overwrite: Würden passende Zeilen übersprungen, änderte sich nichts.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="141"/>
        <source>--sheet is for Excel workbooks; %1 is a text file, which has no sheets.</source>
        <translation>--sheet gilt für Excel-Arbeitsmappen; %1 ist eine Textdatei und hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="151"/>
        <source>--delimiter must be one of , ; | or tab, not “%1”.</source>
        <translation>--delimiter muss eines von , ; | oder tab sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="167"/>
        <source>--default-region must be a country code such as DE or US, not “%1”.</source>
        <translation>--default-region muss ein Ländercode wie DE oder US sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="184"/>
        <source>%1% read</source>
        <translation>%1 % gelesen</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="192"/>
        <source>Import batch %1 stopped before any row was imported.</source>
        <translation>Importvorgang %1 wurde angehalten, bevor eine Zeile importiert war.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="193"/>
        <source>Import batch %1 stopped after one row; revert it with “leadlinectl import revert %1”.</source>
        <translation>Importvorgang %1 wurde nach einer Zeile angehalten; machen Sie ihn mit „leadlinectl import revert %1“ rückgängig.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="196"/>
        <source>Import batch %1 stopped after %2 rows; revert it with “leadlinectl import revert %1”.</source>
        <translation>Importvorgang %1 wurde nach %2 Zeilen angehalten; machen Sie ihn mit „leadlinectl import revert %1“ rückgängig.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="200"/>
        <source>Rejected rows so far and their reasons: %1</source>
        <translation>Bisher abgelehnte Zeilen und ihre Gründe: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="210"/>
        <source>%1 has no rows below its column names: nothing was imported.</source>
        <translation>%1 hat keine Zeilen unter den Spaltennamen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="213"/>
        <source>The row of %1 was rejected: nothing was imported.</source>
        <translation>Die Zeile von %1 wurde abgelehnt: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="214"/>
        <source>All %2 rows of %1 were rejected: nothing was imported.</source>
        <translation>Alle %2 Zeilen von %1 wurden abgelehnt: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="216"/>
        <source>The reasons are in %1.</source>
        <translation>Die Gründe stehen in %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="228"/>
        <source>Read the sheet “%1” of %2.</source>
        <translation>Gelesen wurde das Blatt „%1“ von %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="239"/>
        <source>The column names are on row %1 of the sheet; what is above them was left out.</source>
        <translation>Die Spaltennamen stehen in Zeile %1 des Blatts; was darüber steht, wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="240"/>
        <source>The column names are on line %1; what is above them was left out.</source>
        <translation>Die Spaltennamen stehen in Zeile %1; was darüber steht, wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="244"/>
        <source>Rejected rows and their reasons: %1</source>
        <translation>Abgelehnte Zeilen mit ihren Gründen: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="247"/>
        <source>Batch %1 (undo with “leadlinectl import revert %1”)</source>
        <translation>Importvorgang %1 (rückgängig mit „leadlinectl import revert %1“)</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="283"/>
        <source>%1 has no rows below its column names: an import would import nothing.</source>
        <translation>%1 hat keine Zeilen unter den Spaltennamen: Ein Import würde nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="286"/>
        <source>Every row of %1 would be rejected: an import would import nothing.</source>
        <translation>Jede Zeile von %1 würde abgelehnt: Ein Import würde nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="289"/>
        <source>1 row of %1</source>
        <translation>1 Zeile von %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="290"/>
        <source>%1 rows of %2</source>
        <translation>%1 Zeilen von %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="293"/>
        <source>%1 checked before reading stops; none would be rejected.</source>
        <translation>%1 geprüft, bevor das Lesen endet; keine würde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="294"/>
        <source>%1 checked before reading stops: %2 would be rejected.</source>
        <translation>%1 geprüft, bevor das Lesen endet: %2 würden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="299"/>
        <source>%1 checked: none would be rejected.</source>
        <translation>%1 geprüft: Keine würde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="300"/>
        <source>%1 checked: %2 would be rejected.</source>
        <translation>%1 geprüft: %2 würden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="304"/>
        <source>  Row %1: %2</source>
        <translation>  Zeile %1 des Blatts: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="304"/>
        <source>  Line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="319"/>
        <source>Lists the latest imports, newest first.</source>
        <translation>Listet die letzten Importe auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="320"/>
        <source>How many (default 50).</source>
        <translation>Wie viele (Standard: 50).</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="321"/>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="342"/>
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="353"/>
        <source>Undoes an import: contacts it created are deleted, fields it overwrote get their previous values back.</source>
        <translation>Macht einen Import rückgängig: Die dabei angelegten Kontakte werden gelöscht, überschriebene Felder erhalten ihre vorherigen Werte zurück.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="356"/>
        <source>Print the reverted batch as JSON.</source>
        <translation>Den rückgängig gemachten Importvorgang als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="358"/>
        <source>Undo it also when contacts it created were changed since (by hand or by a later import): they are removed with those changes.</source>
        <translation>Auch rückgängig machen, wenn angelegte Kontakte seitdem geändert wurden (von Hand oder durch einen späteren Import): Sie werden mit diesen Änderungen entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="382"/>
        <source>%1 Run it again with --force to undo the import anyway.</source>
        <translation>%1 Führen Sie den Befehl mit --force erneut aus, um den Import trotzdem rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="388"/>
        <source>leadlinectl: interrupted. An undo is done whole or not at all: “leadlinectl import list” shows whether this one was.</source>
        <translation>leadlinectl: unterbrochen. Ein Rückgängigmachen geschieht ganz oder gar nicht: „leadlinectl import list“ zeigt, ob dieses geschehen ist.</translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="400"/>
        <source>Reverted the import of %1. %2</source>
        <translation>Der Import von %1 wurde rückgängig gemacht. %2</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::InitCommand</name>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="19"/>
        <source>Create or migrate the database and print its schema version</source>
        <translation>Die Datenbank anlegen oder migrieren und ihre Schemaversion ausgeben</translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="24"/>
        <source>Creates the database (a SQLite file or a PostgreSQL database that exists) if needed, applies pending migrations and prints the schema version.</source>
        <translation>Legt die Datenbank bei Bedarf an (eine SQLite-Datei oder eine bereits vorhandene PostgreSQL-Datenbank), führt ausstehende Migrationen aus und gibt die Schemaversion aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="26"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="38"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="39"/>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::Main</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="22"/>
        <source>Usage: leadlinectl [--db PATH|postgresql://USER@HOST:PORT/DB] COMMAND [options]</source>
        <translation>Aufruf: leadlinectl [--db PFAD|postgresql://BENUTZER@HOST:PORT/DB] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="24"/>
        <source>Leadline on the command line. Without --db it uses the desktop app&apos;s database.</source>
        <translation>Leadline auf der Kommandozeile. Ohne --db wird die Datenbank der Desktop-Anwendung verwendet.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="25"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="28"/>
        <source>Run “leadlinectl COMMAND --help” for the options of a command.</source>
        <translation>Rufen Sie „leadlinectl BEFEHL --help“ auf, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="48"/>
        <location filename="../app/ctl/main.cpp" line="69"/>
        <source>The option --db needs a value (a file path or a postgresql:// URL).</source>
        <translation>Die Option --db braucht einen Wert (einen Dateipfad oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="59"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="77"/>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::OptionParser</name>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="9"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="59"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="70"/>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="73"/>
        <source>The option --%1 takes no value.</source>
        <translation>Die Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="86"/>
        <source>The option --%1 needs a value (%2).</source>
        <translation>Die Option --%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="95"/>
        <source>Missing argument: %1.</source>
        <translation>Fehlendes Argument: %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="98"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="109"/>
        <source>The option --%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>Die Option --%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="119"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="121"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::StatsCommand</name>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="20"/>
        <source>Count the rows of every table</source>
        <translation>Die Zeilen jeder Tabelle zählen</translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="25"/>
        <source>Prints how many rows each table holds (deleted rows included; &quot;live&quot; counts exclude them).</source>
        <translation>Gibt aus, wie viele Zeilen jede Tabelle enthält (gelöschte Zeilen eingeschlossen; die Zahlen unter „live“ schließen sie aus).</translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="27"/>
        <source>Print the counts as one JSON object.</source>
        <translation>Die Zahlen als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="64"/>
        <source>Database: %1 (schema version %2)</source>
        <translation>Datenbank: %1 (Schemaversion %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="73"/>
        <source>(%1 live)</source>
        <translation>(%1 aktiv)</translation>
    </message>
</context>
<context>
    <name>Leadline::Demo::DemoDataGenerator</name>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="590"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="611"/>
        <source>The number of demo contacts cannot be negative.</source>
        <translation>Die Anzahl der Demo-Kontakte darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="620"/>
        <source>Preparing demo data</source>
        <translation>Demodaten werden vorbereitet</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="664"/>
        <source>Building search index</source>
        <translation>Suchindex wird aufgebaut</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="707"/>
        <source>Demo data cancelled after %1 contacts.</source>
        <translation>Demodaten nach %1 Kontakten abgebrochen.</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="710"/>
        <source>Writing contacts %1 to %2</source>
        <translation>Kontakte %1 bis %2 werden geschrieben</translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="738"/>
        <source>%1 contacts, %2 companies, %3 leads and %4 activities created in %5 s.</source>
        <translation>%1 Kontakte, %2 Unternehmen, %3 Leads und %4 Aktivitäten in %5 s angelegt.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ColumnMapping</name>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="270"/>
        <source>Column %1 (&quot;%2&quot;) is mapped to a custom field without a name.</source>
        <translation>Spalte %1 („%2“) ist einem benutzerdefinierten Feld ohne Namen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="191"/>
        <source>Column %1 (&quot;%2&quot;) is mapped to a new custom field whose name is longer than %3 characters.</source>
        <translation>Spalte %1 („%2“) ist einem neuen benutzerdefinierten Feld zugeordnet, dessen Name länger als %3 Zeichen ist.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="196"/>
        <source>Column %1 (&quot;%2&quot;) is mapped to a new custom field whose name holds a character that does not show (a zero-width space, a direction mark).</source>
        <translation>Spalte %1 („%2“) ist einem neuen benutzerdefinierten Feld zugeordnet, dessen Name ein unsichtbares Zeichen enthält (ein Leerzeichen ohne Breite, eine Richtungsmarke).</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="282"/>
        <source>Column %1 (&quot;%2&quot;) is mapped to a custom field whose name holds a control character (a line break, a tab or a NUL).</source>
        <translation>Spalte %1 („%2“) ist einem benutzerdefinierten Feld zugeordnet, dessen Name ein Steuerzeichen enthält (einen Zeilenumbruch, einen Tabulator oder ein NUL).</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="291"/>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) are both mapped to the custom field &quot;%5&quot;; one would overwrite the other. Give one of them another name, or skip it.</source>
        <translation>Die Spalten %1 („%2“) und %3 („%4“) sind beide dem benutzerdefinierten Feld „%5“ zugeordnet; die eine würde die andere überschreiben. Geben Sie einer von beiden einen anderen Namen oder überspringen Sie sie.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="305"/>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) are both mapped to %5; a contact has only one.</source>
        <translation>Die Spalten %1 („%2“) und %3 („%4“) sind beide dem Feld %5 zugeordnet; ein Kontakt hat dieses Feld nur einmal.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="321"/>
        <source>No column is mapped to an email, phone, name or external id, so no contact could be identified.</source>
        <translation>Keine Spalte ist E-Mail, Telefon, Name oder externer ID zugeordnet, daher ließe sich kein Kontakt erkennen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="387"/>
        <source>This is not a Leadline import mapping (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dies ist keine Leadline-Importzuordnung („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="390"/>
        <source>This import mapping has version %1; only version 1 is understood.</source>
        <translation>Diese Importzuordnung hat die Version %1; nur Version 1 wird verstanden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="396"/>
        <source>This import mapping has no &quot;columns&quot; object of column names and the fields they go to.</source>
        <translation>Diese Import-Zuordnung hat kein „columns“-Objekt mit Spaltennamen und den Feldern, in die sie gehen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="404"/>
        <source>The mapping sends column &quot;%1&quot; to %2, which is not a field name in quotes.</source>
        <translation>Die Zuordnung schickt die Spalte „%1“ an %2, und das ist kein Feldname in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="412"/>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a contact field.</source>
        <translation>Die Zuordnung leitet die Spalte „%1“ nach „%2“, das kein Kontaktfeld ist.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="494"/>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="498"/>
        <source>The mapping file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>Die Zuordnungsdatei %1 ist kein gültiges JSON (bei Byte %2: %3).</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="503"/>
        <source>The mapping file %1 must contain a JSON object.</source>
        <translation>Die Zuordnungsdatei %1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="513"/>
        <location filename="../services/importexport/columnmapping.cpp" line="516"/>
        <source>Cannot write the mapping file %1: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ContactExportJob</name>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="75"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="76"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="180"/>
        <source>Export of contacts to %1</source>
        <translation>Export von Kontakten nach %1</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="199"/>
        <source>Cannot tell the export format from &quot;%1&quot;: use a .csv or .xlsx file name.</source>
        <translation>Das Exportformat lässt sich aus „%1“ nicht ablesen: Verwenden Sie einen Dateinamen auf .csv oder .xlsx.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="213"/>
        <source>&quot;%1&quot; is not a contact field that can be exported.</source>
        <translation>„%1“ ist kein exportierbares Kontaktfeld.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="227"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="302"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="329"/>
        <source>1 contact exported to %1</source>
        <translation>1 Kontakt nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="330"/>
        <source>%1 contacts exported to %2</source>
        <translation>%1 Kontakte nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ContactImportJob</name>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="109"/>
        <source>The rejected rows cannot be written to %1: it is the file being imported. Choose another file.</source>
        <translation>Die abgelehnten Zeilen können nicht in %1 geschrieben werden: Das ist die Datei, die importiert wird. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="122"/>
        <source>Another import is loading contacts into this database right now. Start this one when it has finished (the import history shows its progress).</source>
        <translation>Ein anderer Import lädt gerade Kontakte in diese Datenbank. Starten Sie diesen, wenn er fertig ist (der Importverlauf zeigt seinen Fortschritt).</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="404"/>
        <source>No user has the email %1, so imported contacts cannot be given to them.</source>
        <translation>Kein Benutzer hat die E-Mail %1, daher können ihm keine importierten Kontakte gegeben werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="405"/>
        <source>No user, or more than one, is named %1, so imported contacts cannot be given to them. Name the user by email.</source>
        <translation>Kein Benutzer oder mehr als einer heißt %1, daher können ihm keine importierten Kontakte gegeben werden. Nennen Sie den Benutzer mit seiner E-Mail.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="518"/>
        <source>“%1” on line %2</source>
        <translation>„%1“ in Zeile %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="518"/>
        <source>“%1” in row %2</source>
        <translation>„%1“ in Zeile %2 des Blatts</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="527"/>
        <source>The file writes dates in both orders (%1, %2): each was read month first unless only day first reads it. Check the dates of such rows.</source>
        <translation>Die Datei schreibt Datumsangaben in beiden Reihenfolgen (%1, %2): Jede wurde mit dem Monat zuerst gelesen, außer sie lässt sich nur mit dem Tag zuerst lesen. Prüfen Sie die Daten solcher Zeilen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="529"/>
        <source>The file writes dates in both orders (%1, %2): each was read day first unless only month first reads it. Check the dates of such rows.</source>
        <translation>Die Datei schreibt Datumsangaben in beiden Reihenfolgen (%1, %2): Jede wurde mit dem Tag zuerst gelesen, außer sie lässt sich nur mit dem Monat zuerst lesen. Prüfen Sie die Daten solcher Zeilen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="538"/>
        <source>Dates were read month first (3/4/2024 as March 4), as the file writes them: %1 can only be read so.</source>
        <translation>Datumsangaben wurden mit dem Monat zuerst gelesen (3/4/2024 als 4. März), wie die Datei sie schreibt: %1 lässt sich nur so lesen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="540"/>
        <source>Dates were read day first (3/4/2024 as 3 April), as the file writes them: %1 can only be read so.</source>
        <translation>Datumsangaben wurden mit dem Tag zuerst gelesen (3/4/2024 als 3. April), wie die Datei sie schreibt: %1 lässt sich nur so lesen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="546"/>
        <source>%1 is written the other way round from the file&apos;s other dates and was read so; check it.</source>
        <translation>%1 ist andersherum geschrieben als die übrigen Datumsangaben der Datei und wurde so gelesen; prüfen Sie es.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="548"/>
        <source>%1 and %2 more dates are written the other way round from the file&apos;s other dates and were read so; check them.</source>
        <translation>%1 und %2 weitere Datumsangaben sind andersherum geschrieben als die übrigen der Datei und wurden so gelesen; prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="691"/>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="818"/>
        <source>The import was cancelled after one row</source>
        <translation>Der Import wurde nach einer Zeile abgebrochen</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="819"/>
        <source>The import was cancelled after %1 rows</source>
        <translation>Der Import wurde nach %1 Zeilen abgebrochen</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="822"/>
        <source>%1; the contacts it created or updated can be reverted.</source>
        <translation>%1; die angelegten oder aktualisierten Kontakte können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="824"/>
        <source>The import was cancelled before its first row.</source>
        <translation>Der Import wurde vor seiner ersten Zeile abgebrochen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="826"/>
        <source>%1, which was not imported.</source>
        <translation>%1, die nicht importiert wurde.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="827"/>
        <source>%1; none of them was imported.</source>
        <translation>%1; keine davon wurde importiert.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="900"/>
        <source>1 row would have opted back in a contact who had opted out, or cleared “do not contact”. The opt-out was kept: only the person can opt in again.</source>
        <translation>1 Zeile hätte einen Kontakt, der sich abgemeldet hatte, wieder angemeldet oder „Nicht kontaktieren“ aufgehoben. Die Abmeldung blieb: Nur die Person selbst kann sich wieder anmelden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/importexport/contactimportjob.cpp" line="902"/>
        <source>%Ln rows would have opted back in a contact who had opted out, or cleared “do not contact”. Their opt-outs were kept: only the person can opt in again.</source>
        <translation>
            <numerusform>%Ln Zeile hätte einen Kontakt, der sich abgemeldet hatte, wieder angemeldet oder „Nicht kontaktieren“ aufgehoben. Die Abmeldung blieb: Nur die Person selbst kann sich wieder anmelden.</numerusform>
            <numerusform>%Ln Zeilen hätten einen Kontakt, der sich abgemeldet hatte, wieder angemeldet oder „Nicht kontaktieren“ aufgehoben. Die Abmeldungen blieben: Nur die Person selbst kann sich wieder anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="401"/>
        <source>%1 is no longer an active user, so imported contacts cannot be given to them.</source>
        <translation>%1 ist kein aktiver Benutzer mehr, daher können ihm keine importierten Kontakte gegeben werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="573"/>
        <source>The import was undone while it was still writing (it had stalled, and counted as interrupted): it stops here, and the rows it had not written are left out.</source>
        <translation>Der Import wurde rückgängig gemacht, während er noch schrieb (er war ins Stocken geraten und galt als unterbrochen): Er endet hier, und die Zeilen, die er noch nicht geschrieben hatte, werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="575"/>
        <source>The import was closed elsewhere while it was still writing (it had stalled, and counted as interrupted): it stops here, and the rows it had not written are left out.</source>
        <translation>Der Import wurde an anderer Stelle abgeschlossen, während er noch schrieb (er war ins Stocken geraten und galt als unterbrochen): Er endet hier, und die Zeilen, die er noch nicht geschrieben hatte, werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="917"/>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="918"/>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="919"/>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="920"/>
        <source>Leadline id</source>
        <translation>Leadline-ID</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="922"/>
        <source>The row has no %1 to find a contact by, and this import only updates contacts.</source>
        <translation>Die Zeile hat keine %1, an der ein Kontakt zu finden wäre, und dieser Import aktualisiert nur Kontakte.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="923"/>
        <source>No contact has the %1 %2, and this import only updates contacts.</source>
        <translation>Kein Kontakt hat die %1 %2, und dieser Import aktualisiert nur Kontakte.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="928"/>
        <source>No contact has the Leadline id %1: it was deleted, or the row comes from another database. To add it as a new contact, clear its id or match rows on email.</source>
        <translation>Kein Kontakt hat die Leadline-ID %1: Er wurde gelöscht, oder die Zeile stammt aus einer anderen Datenbank. Um ihn als neuen Kontakt hinzuzufügen, leeren Sie seine ID oder erkennen Sie Zeilen an der E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="936"/>
        <source>The row has no name, email or phone, and no contact has its external id %1.</source>
        <translation>Die Zeile hat keinen Namen, keine E-Mail und kein Telefon, und kein Kontakt hat ihre externe ID %1.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="939"/>
        <source>The row has no name, email or phone for a new contact. To update the contact with the external id %1, match rows on external id.</source>
        <translation>Die Zeile hat keinen Namen, keine E-Mail und kein Telefon für einen neuen Kontakt. Um den Kontakt mit der externen ID %1 zu aktualisieren, ordnen Sie Zeilen über die externe ID zu.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportchunk.cpp" line="942"/>
        <source>The row has no name, email or phone for a new contact. To update the contact with the Leadline id %1, match rows on Leadline id.</source>
        <translation>Die Zeile hat weder Name noch E-Mail noch Telefon für einen neuen Kontakt. Um den Kontakt mit der Leadline-ID %1 zu aktualisieren, erkennen Sie Zeilen an der Leadline-ID.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="913"/>
        <source>%1 and others</source>
        <translation>%1 und weitere</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="915"/>
        <source>1 row named an owner who is not an active user here (%1)</source>
        <translation>1 Zeile nannte einen Verantwortlichen, der hier kein aktiver Benutzer ist (%1)</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="916"/>
        <source>%1 rows named an owner who is not an active user here (%2)</source>
        <translation>%1 Zeilen nannten einen Verantwortlichen, der hier kein aktiver Benutzer ist (%2)</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="919"/>
        <source>%1; they were imported as if they named no owner.</source>
        <translation>%1; sie wurden importiert, als nennten sie keinen Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="920"/>
        <source>%1; they were imported as if they named no owner (new contacts went to %2).</source>
        <translation>%1; sie wurden importiert, als nennten sie keinen Verantwortlichen (neue Kontakte gingen an %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/importexport/contactimportjob.cpp" line="685"/>
        <source>Indexing the %Ln imported contacts for sorting and search…</source>
        <translation>
            <numerusform>Der %Ln importierte Kontakt wird für Sortierung und Suche indiziert…</numerusform>
            <numerusform>Die %Ln importierten Kontakte werden für Sortierung und Suche indiziert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="865"/>
        <source>So far %1</source>
        <translation>Bisher %1</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="888"/>
        <source>%1 rows: %2 created, %3 updated, %4 merged with earlier rows, %5 skipped, %6 rejected</source>
        <translation>%1 Zeilen: %2 angelegt, %3 aktualisiert, %4 mit früheren Zeilen zusammengeführt, %5 übersprungen, %6 abgelehnt</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="890"/>
        <source>1 row: %1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>1 Zeile: %1 angelegt, %2 aktualisiert, %3 übersprungen, %4 abgelehnt</translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="891"/>
        <source>%1 rows: %2 created, %3 updated, %4 skipped, %5 rejected</source>
        <translation>%1 Zeilen: %2 angelegt, %3 aktualisiert, %4 übersprungen, %5 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::CsvReader</name>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="35"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="47"/>
        <source>%1 is not open for reading.</source>
        <translation>%1 ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="115"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="132"/>
        <source>%1, line %2, character %3: %4</source>
        <translation>%1, Zeile %2, Zeichen %3: %4</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="142"/>
        <source>%1 More than %2 quotes in the file are never closed: it does not seem to put text in quotes (&quot;). Check the file in a text editor, or save it again from the program it comes from.</source>
        <translation>%1 Mehr als %2 Anführungszeichen in der Datei werden nie geschlossen: Sie setzt Text offenbar nicht in Anführungszeichen (&quot;). Prüfen Sie die Datei in einem Texteditor oder speichern Sie sie im Programm, aus dem sie stammt, erneut.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="153"/>
        <source>%1 The line was left out, and reading went on with the next one.</source>
        <translation>%1 Die Zeile wurde ausgelassen; das Lesen ging mit der nächsten weiter.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="182"/>
        <source>the field starting here is longer than %1 characters; is a closing quote missing?</source>
        <translation>das hier beginnende Feld ist länger als %1 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="184"/>
        <source>the field starting here is longer than %1 characters.</source>
        <translation>das hier beginnende Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="203"/>
        <source>the quote that opens the field here is never closed.</source>
        <translation>das Anführungszeichen, das das Feld hier öffnet, wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="312"/>
        <source>the quoted field starting here is longer than %1 characters: its closing quote is probably missing.</source>
        <translation>das hier beginnende Feld in Anführungszeichen ist länger als %1 Zeichen: Das schließende Anführungszeichen fehlt wahrscheinlich.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="345"/>
        <source>the quote that opens the field here closes only on line %1, and text follows it there: the quote is probably never closed.</source>
        <translation>das Anführungszeichen, das das Feld hier öffnet, schließt erst in Zeile %1, und dort folgt ihm Text: Es wird wahrscheinlich nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="197"/>
        <source>the bytes at offset %1 are not valid %2. Save the file as UTF-8 or choose its encoding.</source>
        <translation>die Bytes an Position %1 sind kein gültiges %2. Speichern Sie die Datei als UTF-8 oder wählen Sie ihre Kodierung.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::CsvWriter</name>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="44"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="53"/>
        <source>%1 is not open for writing.</source>
        <translation>%1 ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="60"/>
        <source>%1 is already complete.</source>
        <translation>%1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="98"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="111"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::EmailOwners</name>
    <message>
        <location filename="../services/importexport/emailowners.cpp" line="118"/>
        <source>The email %1 is already given to the new contact of an earlier row; an email address can belong to one contact only.</source>
        <translation>Die E-Mail-Adresse %1 ist bereits dem neuen Kontakt einer früheren Zeile zugeordnet; eine E-Mail-Adresse kann nur zu einem Kontakt gehören.</translation>
    </message>
    <message>
        <location filename="../services/importexport/emailowners.cpp" line="122"/>
        <source>The email %1 already belongs to another contact (%2); an email address can belong to one contact only.</source>
        <translation>Die E-Mail-Adresse %1 gehört bereits einem anderen Kontakt (%2); eine E-Mail-Adresse kann nur zu einem Kontakt gehören.</translation>
    </message>
    <message>
        <location filename="../services/importexport/emailowners.cpp" line="123"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ImportBatchService</name>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="166"/>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importvorgang %1.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="229"/>
        <source>It neither created nor updated a contact: only its entry in the history is marked as undone.</source>
        <translation>Er hat keinen Kontakt angelegt oder aktualisiert: Nur sein Eintrag im Verlauf wird als rückgängig gemacht markiert.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="233"/>
        <source>The contact it created is removed.</source>
        <translation>Der Kontakt, den er angelegt hat, wird entfernt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="235"/>
        <source>The %1 contacts it created are removed.</source>
        <translation>Die %1 Kontakte, die er angelegt hat, werden entfernt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="237"/>
        <source>The contact it updated gets its previous values back, where nobody changed them since.</source>
        <translation>Der Kontakt, den er aktualisiert hat, erhält seine vorherigen Werte zurück, soweit sie seitdem niemand geändert hat.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="239"/>
        <source>The %1 contacts it updated get their previous values back, where nobody changed them since.</source>
        <translation>Die %1 Kontakte, die er aktualisiert hat, erhalten ihre vorherigen Werte zurück, soweit sie seitdem niemand geändert hat.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="248"/>
        <source>One of the contacts it created was changed after the import (by hand or by a later import); it is removed too, with that change.</source>
        <translation>Einer der Kontakte, die er angelegt hat, wurde nach dem Import geändert (von Hand oder durch einen späteren Import); er wird samt dieser Änderung ebenfalls entfernt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="250"/>
        <source>%1 of the contacts it created were changed after the import (by hand or by a later import); they are removed too, with those changes.</source>
        <translation>%1 der Kontakte, die er angelegt hat, wurden nach dem Import geändert (von Hand oder durch einen späteren Import); sie werden samt diesen Änderungen ebenfalls entfernt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="311"/>
        <location filename="../services/importexport/importbatchservice.cpp" line="979"/>
        <source>The import of %1 was already reverted on %2.</source>
        <translation>Der Import von %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="318"/>
        <source>The import of %1 is still running (its last progress was a second ago).</source>
        <translation>Der Import von %1 läuft noch (sein letzter Fortschritt war vor einer Sekunde).</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="319"/>
        <source>The import of %1 is still running (its last progress was %2 seconds ago).</source>
        <translation>Der Import von %1 läuft noch (sein letzter Fortschritt war vor %2 Sekunden).</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="321"/>
        <source>Cancel it or let it finish, then revert it.</source>
        <translation>Brechen Sie ihn ab oder lassen Sie ihn fertig werden, und machen Sie ihn dann rückgängig.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="989"/>
        <source>1 contact the import created changed after the undo was asked for, so nothing was undone.</source>
        <translation>1 Kontakt, den der Import angelegt hat, wurde geändert, nachdem das Rückgängigmachen angefordert wurde; daher wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="991"/>
        <source>%1 contacts the import created changed after the undo was asked for, so nothing was undone.</source>
        <translation>%1 Kontakte, die der Import angelegt hat, wurden geändert, nachdem das Rückgängigmachen angefordert wurde; daher wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="994"/>
        <source>Undo the import again to see what it would remove.</source>
        <translation>Machen Sie den Import erneut rückgängig, um zu sehen, was dabei entfernt würde.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ImportMapping</name>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="19"/>
        <source>The sheet “%1” of %2 has no rows to import; another can be chosen.</source>
        <translation>Das Blatt „%1“ von %2 enthält keine Zeilen zum Importieren; ein anderes kann gewählt werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="21"/>
        <source>The sheet “%1” of %2 has no rows to import.</source>
        <translation>Das Blatt „%1“ von %2 hat keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="22"/>
        <source>%1 has no rows to import.</source>
        <translation>%1 enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="46"/>
        <source>“%1”</source>
        <comment>a sheet&apos;s name in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="48"/>
        <source>%1 (This is the sheet “%2”; the workbook also has %3.)</source>
        <translation>%1 (Das ist das Blatt „%2“; die Arbeitsmappe hat auch %3.)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="64"/>
        <source>Rows are to be matched on %1, but no column of %2 is mapped to %1. Map one, or match on another field.</source>
        <translation>Zeilen sollen über %1 zugeordnet werden, aber keine Spalte von %2 ist %1 zugewiesen. Weisen Sie eine zu oder ordnen Sie über ein anderes Feld zu.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="69"/>
        <source>An import that only updates contacts must fill their empty fields or overwrite them: skipping the rows that match would change nothing.</source>
        <translation>Ein Import, der nur Kontakte aktualisiert, muss ihre leeren Felder füllen oder sie überschreiben: Würden passende Zeilen übersprungen, änderte sich nichts.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importmapping.cpp" line="83"/>
        <source>The tag &quot;%1…&quot; for every imported contact is longer than %2 characters.</source>
        <translation>Das Tag „%1…“ für jeden importierten Kontakt ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ImportRowParser</name>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="347"/>
        <source>The value is longer than %1 characters</source>
        <translation>Der Wert ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="378"/>
        <source>The row has no name, email, phone or external id.</source>
        <translation>Die Zeile hat weder Name noch E-Mail, Telefon oder externe ID.</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="517"/>
        <location filename="../services/importexport/importrowparser.cpp" line="542"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="537"/>
        <source>The address &quot;%1…&quot; is longer than %2 characters</source>
        <translation>Die Adresse „%1…“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="565"/>
        <source>The number &quot;%1…&quot; is longer than %2 characters</source>
        <translation>Die Nummer „%1…“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="594"/>
        <source>&quot;%1&quot; is not a web domain</source>
        <translation>„%1“ ist keine Webdomain</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="627"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Europe/Berlin)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="637"/>
        <source>&quot;%1&quot; is not a lifecycle stage (%2)</source>
        <translation>„%1“ ist keine Lebenszyklusphase (%2)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="650"/>
        <source>&quot;%1&quot; is not a consent value (yes/no, opted in/opted out, pending)</source>
        <translation>„%1“ ist kein Einwilligungswert (ja/nein, opted in/opted out, pending)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="676"/>
        <location filename="../services/importexport/importrowparser.cpp" line="690"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="705"/>
        <source>The tag &quot;%1…&quot; is longer than %2 characters</source>
        <translation>Das Tag „%1…“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="733"/>
        <source>&quot;%1&quot; is not a Leadline id (they look like 01a21c84-affe-707e-ab6a-2f57571961f8)</source>
        <translation>„%1“ ist keine Leadline-ID (sie sehen aus wie 01a21c84-affe-707e-ab6a-2f57571961f8)</translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="740"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::RejectsFile</name>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="49"/>
        <source>The rejected rows cannot be written to %1: it is a folder. Name a file.</source>
        <translation>Die abgelehnten Zeilen können nicht nach %1 geschrieben werden: Das ist ein Ordner. Geben Sie eine Datei an.</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="53"/>
        <source>The rejected rows cannot be written to %1: the folder %2 does not exist.</source>
        <translation>Die abgelehnten Zeilen können nicht nach %1 geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="58"/>
        <source>The rejected rows cannot be written to %1: %2</source>
        <translation>Die abgelehnten Zeilen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="94"/>
        <source>Could not create the file of rejected rows %1: %2</source>
        <translation>Die Datei der abgelehnten Zeilen %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="24"/>
        <location filename="../services/importexport/rejectsfile.cpp" line="105"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="25"/>
        <location filename="../services/importexport/rejectsfile.cpp" line="105"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="122"/>
        <location filename="../services/importexport/rejectsfile.cpp" line="145"/>
        <location filename="../services/importexport/rejectsfile.cpp" line="161"/>
        <source>Could not write the file of rejected rows %1: %2</source>
        <translation>Die Datei der abgelehnten Zeilen %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::SheetXmlTokenizer</name>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="88"/>
        <source>a single piece of text or markup is larger than %1 MB</source>
        <translation>ein einzelnes Text- oder Markup-Stück ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="91"/>
        <source>the XML ends in the middle of an element</source>
        <translation>das XML endet mitten in einem Element</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="112"/>
        <source>the worksheet XML is not UTF-8</source>
        <translation>das XML des Tabellenblatts ist nicht in UTF-8</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="121"/>
        <source>the XML ends before its elements are closed</source>
        <translation>das XML endet, bevor seine Elemente geschlossen sind</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="143"/>
        <source>a comment or processing instruction never ends</source>
        <translation>ein Kommentar oder eine Verarbeitungsanweisung endet nie</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="152"/>
        <source>document type declarations are not allowed in a worksheet</source>
        <translation>Dokumenttyp-Deklarationen sind in einem Tabellenblatt nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="175"/>
        <source>a tag is not closed</source>
        <translation>ein Tag ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="179"/>
        <source>a tag never ends</source>
        <translation>ein Tag endet nie</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="186"/>
        <source>the end tag &lt;/%1&gt; closes nothing</source>
        <translation>das End-Tag &lt;/%1&gt; schließt nichts</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="191"/>
        <source>the end tag &lt;/%1&gt; does not match &lt;%2&gt;</source>
        <translation>das End-Tag &lt;/%1&gt; passt nicht zu &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="208"/>
        <source>an element has no name</source>
        <translation>ein Element hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="214"/>
        <source>elements are nested too deeply</source>
        <translation>die Elemente sind zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::SpreadsheetWriter</name>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="87"/>
        <source>Could not write %1 (%2): %3</source>
        <translation>%1 konnte nicht geschrieben werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="104"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="125"/>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="129"/>
        <source>&quot;%1&quot; cannot be used as a sheet name.</source>
        <translation>„%1“ kann nicht als Name eines Tabellenblatts verwendet werden.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="153"/>
        <source>%1 is already complete.</source>
        <translation>%1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="156"/>
        <source>An .xlsx sheet holds at most %1 rows; export to CSV for more.</source>
        <translation>Ein .xlsx-Tabellenblatt fasst höchstens %1 Zeilen; exportieren Sie für mehr nach CSV.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="158"/>
        <source>An .xlsx sheet holds at most %1 columns.</source>
        <translation>Ein .xlsx-Tabellenblatt fasst höchstens %1 Spalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="167"/>
        <source>Row %1, column %2 has %3 characters; an .xlsx cell holds at most %4.</source>
        <translation>Zeile %1, Spalte %2 hat %3 Zeichen; eine .xlsx-Zelle fasst höchstens %4.</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="177"/>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="184"/>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="201"/>
        <source>saving</source>
        <translation>beim Speichern</translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="206"/>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::TabularReader</name>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="28"/>
        <location filename="../services/importexport/columnmapping.cpp" line="370"/>
        <location filename="../services/importexport/tabularreader.cpp" line="165"/>
        <location filename="../ui/importexport/importmappingpage.cpp" line="258"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="222"/>
        <source>%1, row %2: the row has one cell but the sheet has %3 columns.</source>
        <translation>%1, Zeile %2: Die Zeile hat eine Zelle, das Blatt aber %3 Spalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="223"/>
        <source>%1, line %2: the row has one cell but the file has %3 columns.</source>
        <translation>%1, Zeile %2: Die Zeile hat eine Zelle, die Datei aber %3 Spalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="226"/>
        <source>%1, row %2: the row has %3 cells but the sheet has only one column.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Zellen, das Blatt aber nur eine Spalte.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="227"/>
        <source>%1, line %2: the row has %3 cells but the file has only one column.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Zellen, die Datei aber nur eine Spalte.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="230"/>
        <source>%1, row %2: the row has %3 cells but the sheet has %4 columns.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Zellen, das Blatt aber %4 Spalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="231"/>
        <source>%1, line %2: the row has %3 cells but the file has %4 columns.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Zellen, die Datei aber %4 Spalten.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::TabularReaderFactory</name>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="44"/>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 ist ein Ordner, keine Datei zum Importieren.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="47"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="51"/>
        <source>%1 is an empty file (0 bytes), not an Excel workbook.</source>
        <translation>%1 ist eine leere Datei (0 Byte), keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="56"/>
        <source>%1 is protected with a password, so its rows cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again.</source>
        <translation>%1 ist mit einem Kennwort geschützt, darum lassen sich die Zeilen nicht lesen. Öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen &gt; Mit Kennwort verschlüsseln), speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="61"/>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>%1 ist eine Excel-97-2003-Arbeitsmappe (.xls). Speichern Sie sie als .xlsx oder CSV und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::TextDecoder</name>
    <message>
        <location filename="../services/importexport/textdecoder.cpp" line="186"/>
        <source>The file is in Windows-1252 but holds some text in UTF-8 (such as “Ã©” for é), which was read as UTF-8. Check accented letters in its contacts.</source>
        <translation>Die Datei ist in Windows-1252, enthält aber etwas Text in UTF-8 (etwa „Ã©“ für é), der als UTF-8 gelesen wurde. Prüfen Sie die Akzentbuchstaben ihrer Kontakte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../services/importexport/textdecoder.cpp" line="197"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../services/importexport/textdecoder.cpp" line="201"/>
        <source>Line %1 of the file is not in UTF-8 like the rest; it was read as Windows-1252, the encoding it most likely comes from (the byte E9 as é). Check the contact of that row.</source>
        <translation>Zeile %1 der Datei ist nicht wie der Rest in UTF-8; sie wurde als Windows-1252 gelesen, die Kodierung, aus der sie höchstwahrscheinlich stammt (das Byte E9 als é). Prüfen Sie den Kontakt dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../services/importexport/textdecoder.cpp" line="206"/>
        <source>Some lines of the file are not in UTF-8 like the rest (lines %1); they were read as Windows-1252, the encoding they most likely come from (the byte E9 as é). Check the contacts of those rows.</source>
        <translation>Einige Zeilen der Datei sind nicht wie der Rest in UTF-8 (Zeilen %1); sie wurden als Windows-1252 gelesen, die Kodierung, aus der sie höchstwahrscheinlich stammen (das Byte E9 als é). Prüfen Sie die Kontakte dieser Zeilen.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxReader</name>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="95"/>
        <source>Could not open %1: the file does not exist or is not readable.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Datei existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="107"/>
        <source>%1 is not open for reading.</source>
        <translation>%1 ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="127"/>
        <source>%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): Die Datei lässt sich nicht als ZIP-Archiv öffnen.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="140"/>
        <source>%1 is not an Excel workbook (.xlsx): it has no %2.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): %2 fehlt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="182"/>
        <source>%1: the workbook part is not valid XML at line %2: %3</source>
        <translation>%1: Der Arbeitsmappen-Teil ist in Zeile %2 kein gültiges XML: %3</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="188"/>
        <source>%1: the workbook has no sheets.</source>
        <translation>%1: Die Arbeitsmappe hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="203"/>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3.</source>
        <translation>%1 hat kein Tabellenblatt namens „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="207"/>
        <source>%1 has %2 sheets; there is no sheet number %3.</source>
        <translation>%1 hat %2 Tabellenblätter; ein Tabellenblatt Nummer %3 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="263"/>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, Tabellenblatt „%2“</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxSharedStrings</name>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="93"/>
        <source>%1: the shared strings (%2) are not valid at XML line %3: %4</source>
        <translation>%1: Die gemeinsam genutzten Zeichenfolgen (%2) sind in XML-Zeile %3 ungültig: %4</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="133"/>
        <source>a malformed character reference</source>
        <translation>eine fehlerhafte Zeichenreferenz</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="135"/>
        <source>one string is larger than %1 MB</source>
        <translation>eine Zeichenfolge ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="149"/>
        <source>%1: the workbook&apos;s shared strings exceed the limit of %2 MB or %3 entries. Save the sheet as CSV and import that instead.</source>
        <translation>%1: Die gemeinsam genutzten Zeichenfolgen der Arbeitsmappe überschreiten die Grenze von %2 MB oder %3 Einträgen. Speichern Sie das Tabellenblatt als CSV und importieren Sie stattdessen diese Datei.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxSheetParser</name>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="86"/>
        <source>XML line %1, column %2</source>
        <translation>XML-Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="89"/>
        <source>cell %1%2 (%3)</source>
        <translation>Zelle %1%2 (%3)</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="91"/>
        <source>row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="94"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="147"/>
        <source>the cell refers to shared string %1, which does not exist.</source>
        <translation>die Zelle verweist auf die gemeinsam genutzte Zeichenfolge %1, die es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="196"/>
        <source>a row starts inside row %1, which was never closed.</source>
        <translation>eine Zeile beginnt innerhalb von Zeile %1, die nie geschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="210"/>
        <source>the cell reference &quot;%1&quot; is not valid.</source>
        <translation>der Zellbezug „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="214"/>
        <source>the row has more than %1 columns.</source>
        <translation>die Zeile hat mehr als %1 Spalten.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="291"/>
        <source>the text holds a malformed character reference.</source>
        <translation>der Text enthält eine fehlerhafte Zeichenreferenz.</translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="293"/>
        <source>a cell holds more than %1 characters.</source>
        <translation>eine Zelle enthält mehr als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxStyles</name>
    <message>
        <location filename="../services/importexport/xlsxstyles.cpp" line="186"/>
        <source>%1: the styles part is not valid XML at line %2: %3</source>
        <translation>%1: Der Formatvorlagen-Teil ist in Zeile %2 kein gültiges XML: %3</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxWriterLibrary</name>
    <message>
        <location filename="../services/importexport/xlsxwriterlibrary.cpp" line="69"/>
        <source>Excel export is not available: libxlsxwriter could not be loaded.</source>
        <translation>Der Excel-Export ist nicht verfügbar: libxlsxwriter konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ZipEntryStream</name>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="20"/>
        <source>%1: the workbook has no part %2.</source>
        <translation>%1: Der Arbeitsmappe fehlt der Teil %2.</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="23"/>
        <source>%1: the zip entry %2 is damaged.</source>
        <translation>%1: Der ZIP-Eintrag %2 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="36"/>
        <source>it would inflate to %1 bytes, more than the limit of %2 bytes</source>
        <translation>entpackt wäre er %1 Bytes groß, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="40"/>
        <source>it would inflate %1 times its compressed size, more than the limit of %2</source>
        <translation>entpackt wäre er %1-mal so groß wie komprimiert, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="46"/>
        <source>%1: the zip entry %2 cannot be read (error %3).</source>
        <translation>%1: Der ZIP-Eintrag %2 kann nicht gelesen werden (Fehler %3).</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="62"/>
        <source>%1: refusing to unpack %2: %3. The file may be a zip bomb or damaged.</source>
        <translation>%1: %2 wird nicht entpackt: %3. Die Datei ist möglicherweise eine ZIP-Bombe oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="73"/>
        <source>%1: the zip entry %2 is damaged (error %3).</source>
        <translation>%1: Der ZIP-Eintrag %2 ist beschädigt (Fehler %3).</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="78"/>
        <source>it inflates to more than the %1 bytes it declares</source>
        <translation>entpackt ist er größer als die angegebenen %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="80"/>
        <source>it inflates to more than the limit of %1 bytes</source>
        <translation>entpackt überschreitet er die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="82"/>
        <source>it inflates more than %1 times its compressed size</source>
        <translation>entpackt ist er mehr als %1-mal so groß wie komprimiert</translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::LeadService</name>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="105"/>
        <source>The lead %1 does not exist or was deleted.</source>
        <translation>Den Lead %1 gibt es nicht oder er wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="135"/>
        <source>The pipeline stage %1 does not exist.</source>
        <translation>Die Pipeline-Phase %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="238"/>
        <source>Enter a title for the lead.</source>
        <translation>Geben Sie einen Titel für den Lead ein.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="240"/>
        <source>The value of a lead cannot be negative.</source>
        <translation>Der Wert eines Leads darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="245"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation>„%1“ ist kein Währungscode (drei Buchstaben, z. B. EUR).</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="247"/>
        <source>Choose the contact this lead is about.</source>
        <translation>Wählen Sie den Kontakt, um den es bei diesem Lead geht.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="253"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation>Den Kontakt %1 gibt es nicht oder er wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="262"/>
        <source>The company %1 does not exist or was deleted.</source>
        <translation>Das Unternehmen %1 gibt es nicht oder es wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="271"/>
        <source>The pipeline has no open stage for new leads.</source>
        <translation>Die Pipeline hat keine offene Phase für neue Leads.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="280"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation>Der Verantwortliche %1 ist kein Benutzer dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="327"/>
        <source>Cannot save a lead without an id; create it first.</source>
        <translation>Ein Lead ohne ID kann nicht gespeichert werden; legen Sie ihn zuerst an.</translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::PipelineService</name>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="56"/>
        <source>The pipeline stage %1 does not exist.</source>
        <translation>Die Pipeline-Phase %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="68"/>
        <source>The pipeline has no open stage; add one in the pipeline settings.</source>
        <translation>Die Pipeline hat keine offene Phase; fügen Sie in den Pipeline-Einstellungen eine hinzu.</translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="76"/>
        <location filename="../services/leads/pipelineservice.cpp" line="113"/>
        <source>Enter a name for the stage.</source>
        <translation>Geben Sie einen Namen für die Phase ein.</translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="78"/>
        <source>The probability of a stage is a percentage from 0 to 100.</source>
        <translation>Die Wahrscheinlichkeit einer Phase ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="88"/>
        <source>The pipeline already has a stage named %1.</source>
        <translation>Die Pipeline hat bereits eine Phase namens %1.</translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::UserService</name>
    <message>
        <location filename="../services/leads/userservice.cpp" line="99"/>
        <source>The user %1 does not exist.</source>
        <translation>Den Benutzer %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="111"/>
        <source>No user has the email address %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="39"/>
        <source>Enter the user&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="42"/>
        <source>“%1” is not a valid email address for a user.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse für einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="51"/>
        <source>Another user already has the email address %1.</source>
        <translation>Ein anderer Benutzer hat bereits die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>Leadline::Models::CompanyTableModel</name>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="67"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="69"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="71"/>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="73"/>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="75"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="77"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="79"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>Leadline::Models::ContactTableModel</name>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="78"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="82"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="84"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="86"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="90"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="92"/>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="94"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="96"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Leadline::Models::JobsModel</name>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="32"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="59"/>
        <location filename="../models/jobs/jobsmodel.cpp" line="61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="108"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="121"/>
        <source>Job</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="123"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Leadline::Models::TimelineModel</name>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="24"/>
        <location filename="../models/activities/timelinemodel.cpp" line="31"/>
        <location filename="../models/activities/timelinemodel.cpp" line="38"/>
        <location filename="../models/activities/timelinemodel.cpp" line="45"/>
        <location filename="../models/activities/timelinemodel.cpp" line="147"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="26"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="26"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="70"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="71"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="72"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="73"/>
        <source>Other emails</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="74"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="75"/>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="76"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="77"/>
        <location filename="../models/activities/timelinemodel.cpp" line="78"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="79"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="80"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="81"/>
        <source>Region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="82"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="83"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="84"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="86"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="88"/>
        <source>Email consent</source>
        <translation>Einwilligung E-Mail</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="90"/>
        <source>SMS consent</source>
        <translation>Einwilligung SMS</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="92"/>
        <source>WhatsApp consent</source>
        <translation>Einwilligung WhatsApp</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="94"/>
        <source>Voice consent</source>
        <translation>Einwilligung Anrufe</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="95"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="96"/>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="97"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="98"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="99"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="100"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="101"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="103"/>
        <source>Kept, as changed since the import</source>
        <translation>Beibehalten, da seit dem Import geändert</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="104"/>
        <source>Tags removed</source>
        <translation>Entfernte Tags</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="105"/>
        <source>Tags added</source>
        <translation>Hinzugefügte Tags</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="259"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="145"/>
        <location filename="../models/activities/timelinemodel.cpp" line="263"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activities/timelinemodel.cpp" line="279"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Settings::SettingsRepository</name>
    <message>
        <location filename="../services/settings/settingsrepository.cpp" line="33"/>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::BulkWriter</name>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="611"/>
        <source>The database driver gives no native handle for bulk writing.</source>
        <translation>Der Datenbanktreiber liefert kein natives Handle für das Massenschreiben.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="622"/>
        <location filename="../services/storage/bulkwriter.cpp" line="922"/>
        <source>A row for %1 repeats a unique value (an id or email) that already exists.</source>
        <translation>Eine Zeile für %1 wiederholt einen eindeutigen Wert (eine ID oder E-Mail-Adresse), den es bereits gibt.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="626"/>
        <location filename="../services/storage/bulkwriter.cpp" line="927"/>
        <source>The database refused rows for %1: %2</source>
        <translation>Die Datenbank hat Zeilen für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="641"/>
        <source>Bulk rows of more than %1 columns are not supported.</source>
        <translation>Massenzeilen mit mehr als %1 Spalten werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="689"/>
        <location filename="../services/storage/bulkwriter.cpp" line="879"/>
        <source>A row for %1 refers to %2 “%3”, which does not exist (column %4).</source>
        <translation>Eine Zeile für %1 verweist auf %2 „%3“, das nicht existiert (Spalte %4).</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="894"/>
        <source>The database refused to copy rows into %1: %2</source>
        <translation>Die Datenbank hat das Kopieren von Zeilen in %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="996"/>
        <source>A deferred load always defers the full-text index.</source>
        <translation>Ein verzögertes Laden verzögert immer den Volltextindex.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="1085"/>
        <source>The email index can only be deferred during a deferred bulk load.</source>
        <translation>Der E-Mail-Index kann nur während eines Massenladens mit verzögerten Indizes zurückgestellt werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="1113"/>
        <source>Cannot build the email index inside an open transaction.</source>
        <translation>Der E-Mail-Index kann nicht innerhalb einer offenen Transaktion aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="1135"/>
        <source>Cannot finish a bulk load inside an open transaction.</source>
        <translation>Ein Massenimport kann nicht innerhalb einer offenen Transaktion abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="1239"/>
        <location filename="../services/storage/bulkwriter.cpp" line="1243"/>
        <source>Cannot rebuild the contact search index: %1</source>
        <translation>Der Suchindex für Kontakte kann nicht neu aufgebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::Database</name>
    <message>
        <location filename="../services/storage/database.cpp" line="102"/>
        <source>%1 is not a Leadline database: it is no SQLite database file. Give the path of a database, or of a file to make one.</source>
        <translation>%1 ist keine Leadline-Datenbank: Es ist keine SQLite-Datenbankdatei. Geben Sie den Pfad einer Datenbank an oder den einer Datei, die angelegt werden soll.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="115"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="167"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="189"/>
        <source>Cannot set up the connection to %1.</source>
        <translation>Die Verbindung zu %1 kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="263"/>
        <location filename="../services/storage/database.cpp" line="273"/>
        <source>The database refused a script: %1</source>
        <translation>Die Datenbank hat ein Skript abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="276"/>
        <source>The database driver gives no native handle.</source>
        <translation>Der Datenbanktreiber liefert kein natives Handle.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="327"/>
        <source>%1 is the database of another program: it has tables, but none of Leadline&apos;s. Give the path of a Leadline database, or of a file to make one.</source>
        <translation>%1 ist die Datenbank eines anderen Programms: Sie hat Tabellen, aber keine von Leadline. Geben Sie den Pfad einer Leadline-Datenbank an oder den einer Datei, die angelegt werden soll.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="348"/>
        <source>No database migrations are built in (%1).</source>
        <translation>Es sind keine Datenbankmigrationen eingebaut (%1).</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="353"/>
        <source>The migration file name %1 is not NNNN_name.sql.</source>
        <translation>Der Name der Migrationsdatei %1 hat nicht die Form NNNN_name.sql.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="359"/>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="373"/>
        <source>Migration %1 failed: %2</source>
        <translation>Die Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="420"/>
        <source>Rows in memory hold text and numbers only, not %1.</source>
        <translation>Zeilen im Speicher enthalten nur Text und Zahlen, nicht %1.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="429"/>
        <source>Rows in memory are read by SQLite statements only.</source>
        <translation>Zeilen im Speicher lesen nur SQLite-Anweisungen.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="432"/>
        <source>Too many columns for rows in memory: %1.</source>
        <translation>Zu viele Spalten für Zeilen im Speicher: %1.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="437"/>
        <source>Row %1 in memory has %2 values instead of %3.</source>
        <translation>Zeile %1 im Speicher hat %2 Werte statt %3.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="462"/>
        <source>The statement takes %1 values besides the rows, not %2.</source>
        <translation>Die Anweisung nimmt neben den Zeilen %1 Werte, nicht %2.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="485"/>
        <source>A record with the same unique value already exists.</source>
        <translation>Es gibt bereits einen Datensatz mit demselben eindeutigen Wert.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="489"/>
        <source>Another change (an import, or an undo of one) holds what this one needs, for longer than %1 seconds; nothing was saved. Try again in a moment.</source>
        <translation>Eine andere Änderung (ein Import oder das Rückgängigmachen eines Imports) hält länger als %1 Sekunden fest, was diese braucht; es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="495"/>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="559"/>
        <source>The transaction is no longer active.</source>
        <translation>Die Transaktion ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <location filename="../services/importexport/emailkeys.cpp" line="41"/>
        <source>This SQLite library folds letters beyond ASCII in lower(), unlike the email index (NOCASE); Leadline needs a build without ICU.</source>
        <translation>Diese SQLite-Bibliothek wandelt in lower() auch Buchstaben jenseits von ASCII um, anders als der E-Mail-Index (NOCASE); Leadline braucht einen Build ohne ICU.</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::DatabaseFiles</name>
    <message>
        <location filename="../services/storage/databasefiles.cpp" line="64"/>
        <source>%1 is a file of the Leadline database that is open: it cannot be imported, read as a mapping or written to. Choose another file.</source>
        <translation>%1 ist eine Datei der geöffneten Leadline-Datenbank: Sie kann weder importiert noch als Zuordnung gelesen noch überschrieben werden. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::DatabaseLocation</name>
    <message>
        <location filename="../services/storage/databaselocation.cpp" line="18"/>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <location filename="../services/storage/databaselocation.cpp" line="24"/>
        <source>The database URL &quot;%1&quot; is not valid: %2</source>
        <translation>Die Datenbank-URL „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/databaselocation.cpp" line="44"/>
        <source>The database URL &quot;%1&quot; names no database (…/DBNAME).</source>
        <translation>Die Datenbank-URL „%1“ nennt keine Datenbank (…/DBNAME).</translation>
    </message>
    <message>
        <location filename="../services/storage/databaselocation.cpp" line="54"/>
        <source>&quot;%1&quot; is a URL Leadline cannot open: use postgresql://… for a shared database, or the path of a SQLite file.</source>
        <translation>„%1“ ist eine URL, die Leadline nicht öffnen kann: Geben Sie postgresql://… für eine gemeinsame Datenbank an oder den Pfad einer SQLite-Datei.</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::DeferredIndexes</name>
    <message>
        <location filename="../services/storage/deferredindexes.cpp" line="76"/>
        <source>An import is writing contacts right now: a contact with an email can be saved when it has finished.</source>
        <translation>Gerade schreibt ein Import Kontakte: Ein Kontakt mit E-Mail-Adresse kann gespeichert werden, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../services/storage/deferredindexes.cpp" line="118"/>
        <location filename="../services/storage/deferredindexes.cpp" line="142"/>
        <source>Cannot rebuild an index after a bulk load: %1</source>
        <translation>Ein Index kann nach dem Massenladen nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../services/storage/deferredindexes.cpp" line="215"/>
        <source>Email %1 moved to the other emails: an older contact has the same address</source>
        <translation>E-Mail-Adresse %1 zu den weiteren E-Mail-Adressen verschoben: Ein älterer Kontakt hat dieselbe Adresse</translation>
    </message>
    <message>
        <location filename="../services/storage/deferredindexes.cpp" line="269"/>
        <source>The email index can only be deferred during a deferred bulk load.</source>
        <translation>Der E-Mail-Index kann nur während eines Massenladens mit verzögerten Indizes zurückgestellt werden.</translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::SearchIndexBuilder</name>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="118"/>
        <source>The database has no contact search index to build.</source>
        <translation>Die Datenbank hat keinen Suchindex für Kontakte, der aufgebaut werden könnte.</translation>
    </message>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="241"/>
        <source>Cannot create a scratch file for the search index next to %1: %2</source>
        <translation>Neben %1 kann keine Arbeitsdatei für den Suchindex angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="247"/>
        <source>Cannot start building the search index: %1</source>
        <translation>Der Aufbau des Suchindex kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="259"/>
        <location filename="../services/storage/searchindexbuilder.cpp" line="274"/>
        <source>Contacts were changed while they were being loaded.</source>
        <translation>Kontakte wurden geändert, während sie geladen wurden.</translation>
    </message>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="261"/>
        <source>The search index built alongside the load is not usable: %1</source>
        <translation>Der nebenher aufgebaute Suchindex ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../services/storage/searchindexbuilder.cpp" line="264"/>
        <source>Cannot install the search index built alongside the load: %1</source>
        <translation>Der nebenher aufgebaute Suchindex kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::CompaniesView</name>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="35"/>
        <source>Search company name or domain (Ctrl+F)</source>
        <translation>Unternehmensname oder Domain suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="42"/>
        <source>New company…</source>
        <translation>Neues Unternehmen…</translation>
    </message>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="98"/>
        <source>Company saved.</source>
        <translation>Unternehmen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::CompanyDetail</name>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="43"/>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="43"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>Employees:</source>
        <translation>Mitarbeiter:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Annual revenue:</source>
        <translation>Jahresumsatz:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="48"/>
        <source>Postal code:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="48"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="48"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="48"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="73"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="76"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlicher:</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="78"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="85"/>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="176"/>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="211"/>
        <source>Employees must be a whole number, not “%1”.</source>
        <translation>Die Mitarbeiterzahl muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="222"/>
        <source>Annual revenue must be a number, not “%1”.</source>
        <translation>Der Jahresumsatz muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="272"/>
        <source>Company created.</source>
        <translation>Unternehmen angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="272"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactCommands</name>
    <message>
        <location filename="../ui/contacts/contactcommands.cpp" line="30"/>
        <source>Some of the selected contacts were deleted meanwhile.</source>
        <translation>Einige der ausgewählten Kontakte wurden inzwischen gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="47"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="70"/>
        <source>Tag %n contact(s) with “%1”</source>
        <translation>
            <numerusform>Tag „%1“ zu %n Kontakt hinzufügen</numerusform>
            <numerusform>Tag „%1“ zu %n Kontakten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="114"/>
        <source>Assign %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt %1 zuweisen</numerusform>
            <numerusform>%n Kontakte %1 zuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactDetail</name>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="131"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="131"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="175"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="177"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="179"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="181"/>
        <location filename="../ui/contacts/contactdetail.cpp" line="186"/>
        <location filename="../ui/contacts/contactdetail.cpp" line="246"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="182"/>
        <source>Other emails:</source>
        <translation>Weitere E-Mails:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="184"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="187"/>
        <source>Other phones:</source>
        <translation>Weitere Telefone:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="189"/>
        <source>&amp;Title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="192"/>
        <source>Type to pick an existing company</source>
        <translation>Tippen, um ein vorhandenes Unternehmen zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="202"/>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="205"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="207"/>
        <source>Postal code:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="209"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="211"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="213"/>
        <source>Two-letter code, e.g. DE</source>
        <translation>Ländercode aus zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="214"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="224"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="228"/>
        <source>L&amp;ifecycle stage:</source>
        <translation>Lebens&amp;zyklusphase:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="240"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="242"/>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="247"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="250"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="253"/>
        <source>&amp;Owner:</source>
        <translation>Verant&amp;wortlicher:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="257"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="260"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="260"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="269"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="271"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="286"/>
        <source>Custom fields:</source>
        <translation>Eigene Felder:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="295"/>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="305"/>
        <source>Add &amp;note…</source>
        <translation>Notiz hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="306"/>
        <source>Log &amp;call…</source>
        <translation>An&amp;ruf protokollieren…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="307"/>
        <source>Log &amp;meeting…</source>
        <translation>&amp;Meeting protokollieren…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="351"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="372"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="432"/>
        <source>Save the new contact?</source>
        <translation>Den neuen Kontakt speichern?</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="433"/>
        <source>Save your changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="436"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Ohne Speichern gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="537"/>
        <source>There is no company named “%1”; create it under Companies first.</source>
        <translation>Es gibt kein Unternehmen namens „%1“; legen Sie es zuerst unter „Unternehmen“ an.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="580"/>
        <source>Contact created.</source>
        <translation>Kontakt angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="580"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="588"/>
        <source>Save the contact first.</source>
        <translation>Speichern Sie zuerst den Kontakt.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="53"/>
        <source>Search name, email, phone or company (Ctrl+F)</source>
        <translation>Kontakte suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="65"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="70"/>
        <location filename="../ui/contacts/contactsview.cpp" line="179"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="73"/>
        <location filename="../ui/contacts/contactsview.cpp" line="233"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="77"/>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="80"/>
        <source>Assign owner…</source>
        <translation>Verantwortlichen zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="83"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="107"/>
        <source>Show all contacts</source>
        <translation>Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="200"/>
        <source>Contacts created or updated by the import of %1 on %2.</source>
        <translation>Kontakte, die der Import von %1 am %2 angelegt oder aktualisiert hat.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="298"/>
        <source>Collecting the selected contacts…</source>
        <translation>Die ausgewählten Kontakte werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="342"/>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="354"/>
        <source>Deleted %n contact(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Kontakt gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Kontakte gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="370"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="371"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Tag für %n Kontakt:</numerusform>
            <numerusform>Tag für %n Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="399"/>
        <source>Assign owner</source>
        <translation>Verantwortlichen zuweisen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="400"/>
        <source>Owner for %n contact(s):</source>
        <translation>
            <numerusform>Verantwortlicher für %n Kontakt:</numerusform>
            <numerusform>Verantwortlicher für %n Kontakte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="54"/>
        <location filename="../ui/importexport/exportdialog.cpp" line="357"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="58"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="62"/>
        <source>No contact matches the current filter (the file gets the column names only)</source>
        <translation>Kein Kontakt entspricht dem aktuellen Filter (die Datei erhält nur die Spaltennamen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="63"/>
        <source>The 1 contact matching the current filter</source>
        <translation>Der eine Kontakt, der zum aktuellen Filter passt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="64"/>
        <source>The %1 contacts matching the current filter</source>
        <translation>Die %1 Kontakte, die zum aktuellen Filter passen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="65"/>
        <source>The contacts matching the current filter</source>
        <translation>Die Kontakte, die zum aktuellen Filter passen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="71"/>
        <source>No search or filter is active in the contacts list</source>
        <translation>In der Kontaktliste ist weder eine Suche noch ein Filter aktiv</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="73"/>
        <source>The selected contact</source>
        <translation>Der ausgewählte Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="74"/>
        <source>The %1 selected contacts</source>
        <translation>Die %1 ausgewählten Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="75"/>
        <source>The selected contacts</source>
        <translation>Die ausgewählten Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="80"/>
        <source>Select contacts in the list first</source>
        <translation>Wählen Sie zuerst Kontakte in der Liste aus</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="91"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="95"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="103"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="104"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="106"/>
        <source>Start with a byte order mark, so Excel reads accents correctly</source>
        <translation>Mit Byte Order Mark beginnen, damit Excel Umlaute und Akzente richtig liest</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="111"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="112"/>
        <source>Semicolon (;), as Excel reads CSV where the comma is the decimal point</source>
        <translation>Semikolon (;), so liest Excel CSV, wo das Komma das Dezimalzeichen ist</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="114"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="120"/>
        <source>Field names (first_name, customer): to import into any Leadline database</source>
        <translation>Feldnamen (first_name, customer): zum Import in jede Leadline-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="122"/>
        <source>As Leadline shows them (First name, Customer): to read in a spreadsheet</source>
        <translation>Wie Leadline sie zeigt (Vorname, Kunde): zum Lesen in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="124"/>
        <source>Either imports back into Leadline in this language. Custom fields named as shown come back into a database that has them.</source>
        <translation>Beides lässt sich in dieser Sprache wieder in Leadline importieren. Benutzerdefinierte Felder mit angezeigtem Namen kommen in eine Datenbank zurück, die sie hat.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="129"/>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="130"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="131"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="133"/>
        <source>Column names:</source>
        <translation>Spaltennamen:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="135"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="154"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="164"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="171"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="193"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="222"/>
        <source>contacts-%1</source>
        <translation>kontakte-%1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="228"/>
        <source>All contacts (there are none yet: the file gets the column names only)</source>
        <translation>Alle Kontakte (noch keine: die Datei erhält nur die Spaltennamen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="229"/>
        <source>The only contact</source>
        <translation>Der einzige Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="230"/>
        <source>All %1 contacts</source>
        <translation>Alle %1 Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="231"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="298"/>
        <source>Custom field: %1</source>
        <translation>Benutzerdefiniertes Feld: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="357"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="363"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="384"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="388"/>
        <source>%1 is a folder. Type the name of the file to save.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Namen der zu speichernden Datei ein.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="390"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>Der Dateiname muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="392"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="395"/>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="408"/>
        <source>Replace the file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="409"/>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 gibt es schon. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="410"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::FileDialog</name>
    <message>
        <location filename="../ui/common/filedialog.cpp" line="39"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/common/filedialog.cpp" line="67"/>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/common/filedialog.cpp" line="70"/>
        <source>No application is set up to open %1 on this computer; open it from there yourself.</source>
        <translation>Auf diesem Computer ist keine Anwendung zum Öffnen von %1 eingerichtet; öffnen Sie die Datei bitte selbst von dort.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::FilePreviewLoader</name>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="84"/>
        <source>Reading stops early: %1. An import would stop there too, before it takes any row.</source>
        <translation>Das Lesen endet vorzeitig: %1. Ein Import würde dort ebenfalls anhalten, bevor er eine Zeile übernimmt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="101"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="103"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="105"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="107"/>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="38"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="39"/>
        <source>Contacts can come from CSV or tab-separated text and from Excel workbooks (.xlsx). Leadline works out the format itself; check that the first rows look right.</source>
        <translation>Kontakte können aus CSV-Dateien, tabulatorgetrenntem Text und Excel-Arbeitsmappen (.xlsx) kommen. Leadline erkennt das Format selbst; prüfen Sie, ob die ersten Zeilen richtig aussehen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="45"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="46"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="62"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="69"/>
        <location filename="../ui/importexport/importfilepage.cpp" line="79"/>
        <location filename="../ui/importexport/importfilepage.cpp" line="207"/>
        <location filename="../ui/importexport/importfilepage.cpp" line="212"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="70"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="71"/>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="72"/>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="73"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="89"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="92"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="95"/>
        <source>Read as:</source>
        <translation>Lesen als:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="96"/>
        <source>The file has a row of column names</source>
        <translation>Die Datei hat eine Zeile mit Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="110"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="111"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="112"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="115"/>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="141"/>
        <source>&lt;b&gt;First rows of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erste Zeilen der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="168"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="168"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="181"/>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="206"/>
        <location filename="../ui/importexport/importfilepage.cpp" line="211"/>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="220"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="227"/>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="236"/>
        <source>Excel workbook (.xlsx), 1 sheet</source>
        <translation>Excel-Arbeitsmappe (.xlsx), 1 Tabellenblatt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="237"/>
        <source>Excel workbook (.xlsx), %1 sheets</source>
        <translation>Excel-Arbeitsmappe (.xlsx), %1 Tabellenblätter</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="250"/>
        <source>%1 (1 row)</source>
        <translation>%1 (1 Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="251"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="256"/>
        <source>Text separated by %1 · encoding %2</source>
        <translation>Text mit Trennzeichen %1 · Kodierung %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="262"/>
        <source>1 row before reading stops</source>
        <translation>1 Zeile, bevor das Lesen endet</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="263"/>
        <source>%1 rows before reading stops</source>
        <translation>%1 Zeilen, bevor das Lesen endet</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="264"/>
        <source>more than %1 rows (the preview reads the first %1)</source>
        <translation>mehr als %1 Zeilen (die Vorschau liest die ersten %1)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="266"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="267"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="268"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="271"/>
        <source>(detected)</source>
        <translation>(erkannt)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="273"/>
        <source>(found on row %1; what is above it is left out)</source>
        <translation>(gefunden in Zeile %1; was darüber steht, wird ausgelassen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="274"/>
        <source>(found on line %1; what is above it is left out)</source>
        <translation>(gefunden in Zeile %1; was darüber steht, wird ausgelassen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="278"/>
        <source>(the title line above the names is left out)</source>
        <translation>(die Titelzeile über den Namen wird ausgelassen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="279"/>
        <source>(the %1 title lines above the names are left out)</source>
        <translation>(die %1 Titelzeilen über den Namen werden ausgelassen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="285"/>
        <source>The file has no data rows.</source>
        <translation>Die Datei hat keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="288"/>
        <source>One row cannot be read and will be rejected: %1</source>
        <translation>Eine Zeile kann nicht gelesen werden und wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="289"/>
        <source>%1 rows among the first cannot be read and will be rejected, e.g.: %2</source>
        <translation>%1 der ersten Zeilen können nicht gelesen werden und werden abgelehnt, z. B.: %2</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="46"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="48"/>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="51"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="53"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="55"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="55"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="66"/>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="71"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="71"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="71"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="71"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="72"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="72"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="72"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="72"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="126"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="146"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="159"/>
        <source>Nothing has been imported yet.</source>
        <translation>Es wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="226"/>
        <source>Undoing an import removes the contacts it created and restores the fields it changed.</source>
        <translation>Wenn Sie einen Import rückgängig machen, werden die dabei angelegten Kontakte entfernt und die geänderten Felder wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="93"/>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="301"/>
        <source>Undo import</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="251"/>
        <source>This import was already undone</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="90"/>
        <source>Show contacts</source>
        <translation>Kontakte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="256"/>
        <source>Lists the contacts this import created or updated</source>
        <translation>Zeigt die Kontakte, die dieser Import angelegt oder aktualisiert hat</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="257"/>
        <source>This import left no contacts to show</source>
        <translation>Dieser Import hat keine Kontakte hinterlassen, die sich anzeigen ließen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="96"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="252"/>
        <source>Removes the contacts it created and restores the fields it changed</source>
        <translation>Entfernt die angelegten Kontakte und stellt die geänderten Felder wieder her</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="262"/>
        <source>No rejected rows were kept for this import</source>
        <translation>Für diesen Import wurden keine abgelehnten Zeilen aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="297"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>Den Import von %1 vom %2 rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="306"/>
        <source>Undoing the import of %1…</source>
        <translation>Der Import von %1 wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="59"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="60"/>
        <source>Choose the contact field each column of the file goes into. Leadline matched what it recognised; change any choice, skip columns you do not need, or keep them as custom fields.</source>
        <translation>Wählen Sie für jede Spalte das Kontaktfeld, in das sie kommt. Erkannte Spalten sind zugeordnet; Sie können jede Auswahl ändern, Spalten überspringen oder als benutzerdefinierte Felder behalten.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="65"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="65"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="65"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="103"/>
        <source>Load preset…</source>
        <translation>Vorlage laden…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="107"/>
        <source>Recent presets</source>
        <translation>Zuletzt verwendete Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="111"/>
        <source>Save preset…</source>
        <translation>Vorlage speichern…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="99"/>
        <source>Match automatically</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="101"/>
        <source>Forget the changes and use the automatic matches again</source>
        <translation>Änderungen verwerfen und wieder die automatische Zuordnung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="179"/>
        <source>Skip this column</source>
        <translation>Spalte überspringen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="187"/>
        <source>The address of a new contact whose row leaves the first address empty (a home address next to a business one)</source>
        <translation>Die Adresse eines neuen Kontakts, dessen Zeile die erste Adresse leer lässt (eine Privatadresse neben einer geschäftlichen)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="193"/>
        <source>Custom field: %1</source>
        <translation>Benutzerdefiniertes Feld: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="194"/>
        <source>New custom field…</source>
        <translation>Neues benutzerdefiniertes Feld…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="222"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="282"/>
        <source>✓ Recognised</source>
        <translation>✓ Erkannt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="283"/>
        <source>Leadline recognised this column</source>
        <translation>Leadline hat diese Spalte erkannt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="286"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="287"/>
        <source>The column has no name and no value in the rows shown</source>
        <translation>Die Spalte hat keinen Namen und keinen Wert in den angezeigten Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="290"/>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="291"/>
        <source>Leadline did not recognise this column, so it is skipped unless you choose a field</source>
        <translation>Leadline hat diese Spalte nicht erkannt; sie wird übersprungen, sofern Sie kein Feld wählen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="294"/>
        <source>✎ Changed</source>
        <translation>✎ Geändert</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="295"/>
        <source>Changed from the automatic match</source>
        <translation>Gegenüber der automatischen Zuordnung geändert</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="319"/>
        <source>%1 of %2 columns imported, %3 skipped</source>
        <translation>%1 von %2 Spalten werden importiert, %3 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="320"/>
        <source>%1 of %2 columns imported, %3 skipped, %4 empty</source>
        <translation>%1 von %2 Spalten werden importiert, %3 übersprungen, %4 leer</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="355"/>
        <source>New custom field</source>
        <translation>Neues benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="357"/>
        <source>Name of the custom field for the column &quot;%1&quot;:</source>
        <translation>Name des benutzerdefinierten Felds für die Spalte „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="372"/>
        <source>Create field</source>
        <translation>Feld anlegen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="406"/>
        <source>Preset &quot;%1&quot; applied.</source>
        <translation>Vorlage „%1“ angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="408"/>
        <source>Preset &quot;%1&quot; names none of this file&apos;s columns; they keep the automatic mapping.</source>
        <translation>Die Vorlage „%1“ nennt keine Spalte dieser Datei; sie behalten die automatische Zuordnung.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="411"/>
        <source>Preset &quot;%1&quot; applied. Columns it names that this file does not have: %2.</source>
        <translation>Vorlage „%1“ angewendet. Spalten, die sie nennt und die diese Datei nicht hat: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="415"/>
        <source>Preset &quot;%1&quot; applied to %2 of this file&apos;s %3 columns; the others keep the automatic mapping.</source>
        <translation>Vorlage „%1“ auf %2 der %3 Spalten dieser Datei angewendet; die übrigen behalten die automatische Zuordnung.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="421"/>
        <source>Preset &quot;%1&quot; applied to %2 of this file&apos;s %3 columns; the others keep the automatic mapping. Columns it names that this file does not have: %4.</source>
        <translation>Vorlage „%1“ auf %2 der %3 Spalten dieser Datei angewendet; die übrigen behalten die automatische Zuordnung. Spalten, die sie nennt und die diese Datei nicht hat: %4.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="438"/>
        <source>Preset saved to %1.</source>
        <translation>Vorlage unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="444"/>
        <source>Load mapping preset</source>
        <translation>Zuordnungsvorlage laden</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="444"/>
        <location filename="../ui/importexport/importmappingpage.cpp" line="457"/>
        <source>Mapping presets (*.json)</source>
        <translation>Zuordnungsvorlagen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="457"/>
        <source>Save mapping preset</source>
        <translation>Zuordnungsvorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="512"/>
        <source>You imported a file with these columns on %1 (“%2”) and mapped them differently.</source>
        <translation>Sie haben am %1 eine Datei mit diesen Spalten importiert („%2“) und sie anders zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="514"/>
        <source>Use that mapping</source>
        <translation>Diese Zuordnung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="517"/>
        <source>The mapping of your import of “%1” applied.</source>
        <translation>Die Zuordnung Ihres Imports von „%1“ wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="532"/>
        <source>The preset “%1” was made for these columns.</source>
        <translation>Die Vorlage „%1“ wurde für diese Spalten angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="533"/>
        <source>Apply preset</source>
        <translation>Vorlage anwenden</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportOptionsPage</name>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="53"/>
        <source>Existing contacts and new ones</source>
        <translation>Vorhandene und neue Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="54"/>
        <source>Decide how a row is recognised as a contact you already have, what happens to it, and what every imported contact gets.</source>
        <translation>Legen Sie fest, woran eine Zeile als bereits vorhandener Kontakt erkannt wird, was dann mit ihr geschieht und was jeder importierte Kontakt erhält.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="57"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="59"/>
        <source>Recognise existing contacts by</source>
        <translation>Vorhandene Kontakte erkennen an</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="63"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="64"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="65"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="66"/>
        <source>Leadline id</source>
        <translation>Leadline-ID</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="80"/>
        <source>When a row matches a contact that already exists</source>
        <translation>Wenn eine Zeile zu einem vorhandenen Kontakt passt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="85"/>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="86"/>
        <source>The existing contact stays as it is; only an opt-out in the row is recorded.</source>
        <translation>Der vorhandene Kontakt bleibt, wie er ist; nur eine Abmeldung in der Zeile wird vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="87"/>
        <source>Fill empty fields</source>
        <translation>Leere Felder füllen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="91"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="88"/>
        <source>Fields the contact has no value for are taken from the file, and an opt-out is recorded; nothing else is overwritten.</source>
        <translation>Felder, für die der Kontakt keinen Wert hat, werden aus der Datei übernommen, und eine Abmeldung wird vermerkt; sonst wird nichts überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="92"/>
        <source>Every field the file has a value for replaces the contact&apos;s value, but an opt-out stays (undo restores it).</source>
        <translation>Jedes Feld, für das die Datei einen Wert hat, ersetzt den Wert des Kontakts, nur eine Abmeldung bleibt (Rückgängigmachen stellt ihn wieder her).</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="109"/>
        <source>When a row matches no contact</source>
        <translation>Wenn eine Zeile zu keinem Kontakt passt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="114"/>
        <source>Create a contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="114"/>
        <source>Every row is imported.</source>
        <translation>Jede Zeile wird importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="115"/>
        <source>Leave the row out</source>
        <translation>Zeile auslassen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="116"/>
        <source>Only contacts you already have are updated. The rows left out are listed with the rejected rows.</source>
        <translation>Nur vorhandene Kontakte werden aktualisiert. Die ausgelassenen Zeilen stehen bei den abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="129"/>
        <source>Imported contacts</source>
        <translation>Importierte Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="140"/>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="147"/>
        <source>Tags separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="160"/>
        <source>Lifecycle stage when the file has none:</source>
        <translation>Lebenszyklusphase, wenn die Datei keine angibt:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="161"/>
        <source>Owner when the file names none:</source>
        <translation>Verantwortlicher, wenn die Datei keinen nennt:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="162"/>
        <source>Add these tags to every contact:</source>
        <translation>Diese Tags jedem Kontakt hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="164"/>
        <source>Phone numbers without country code are in:</source>
        <translation>Land für Nummern ohne Vorwahl:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="203"/>
        <source>No column of the file is imported as %1</source>
        <translation>Keine Spalte der Datei wird als %1 importiert</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="277"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="302"/>
        <source>⚠ %1 changed since it was previewed and has been read again. Check the mapping and the preview (Back), then import.</source>
        <translation>⚠ %1 wurde seit der Vorschau geändert und neu gelesen. Prüfen Sie Zuordnung und Vorschau (Zurück) und importieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="314"/>
        <source>The tag &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Das Tag „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="325"/>
        <source>Ready to import all rows of %1. The import runs in the background; you can keep working and undo it afterwards.</source>
        <translation>Bereit, alle Zeilen von %1 zu importieren. Der Import läuft im Hintergrund; Sie können weiterarbeiten und ihn danach rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="328"/>
        <source>Ready to import the rows of %1. You can undo the import afterwards.</source>
        <translation>Bereit, die Zeilen von %1 zu importieren. Sie können den Import danach rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="341"/>
        <source>⚠ Every row of the file will be rejected (see Back).</source>
        <translation>⚠ Jede Zeile der Datei wird abgelehnt (siehe Zurück).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importexport/importoptionspage.cpp" line="343"/>
        <source>%n of the file&apos;s %1 rows will be rejected, with the reason for each in a file you can fix and import again.</source>
        <translation>
            <numerusform>%n der %1 Zeilen der Datei wird abgelehnt, mit dem Grund in einer Datei, die Sie korrigieren und erneut importieren können.</numerusform>
            <numerusform>%n der %1 Zeilen der Datei werden abgelehnt, jede mit dem Grund in einer Datei, die Sie korrigieren und erneut importieren können.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="353"/>
        <source>⚠ Every previewed row will be rejected (see Back).</source>
        <translation>⚠ Jede Zeile der Vorschau wird abgelehnt (siehe Zurück).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importexport/importoptionspage.cpp" line="354"/>
        <source>⚠ %n of the %1 previewed rows will be rejected (see Back).</source>
        <translation>
            <numerusform>⚠ %n der %1 Zeilen der Vorschau wird abgelehnt (siehe Zurück).</numerusform>
            <numerusform>⚠ %n der %1 Zeilen der Vorschau werden abgelehnt (siehe Zurück).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="70"/>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="130"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="178"/>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="179"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="179"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="182"/>
        <source>This row will be rejected: %1</source>
        <translation>Diese Zeile wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="182"/>
        <source>This row will be imported.</source>
        <translation>Diese Zeile wird importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="207"/>
        <source>Imported as %1</source>
        <translation>Importiert als %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="230"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="236"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="241"/>
        <source>Column &quot;%1&quot; is imported as %2</source>
        <translation>Spalte „%1“ wird als %2 importiert</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="29"/>
        <source>Check the data</source>
        <translation>Daten prüfen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="31"/>
        <source>The first rows as they will be imported. Select a red cell to see what is wrong: rows with a problem go to a file you can fix and import again.</source>
        <translation>Die ersten Zeilen, wie sie importiert werden. Wählen Sie eine rote Zelle, um zu sehen, was nicht stimmt: Zeilen mit einem Problem kommen in eine Datei, die Sie korrigieren und erneut importieren können.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="36"/>
        <source>The country assumed for phone numbers written without a country code</source>
        <translation>Das Land, das für Telefonnummern ohne Ländervorwahl angenommen wird</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="40"/>
        <source>Day first (31/12/2025)</source>
        <translation>Tag zuerst (31/12/2025)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="41"/>
        <source>Month first (12/31/2025)</source>
        <translation>Monat zuerst (12/31/2025)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="42"/>
        <source>How to read dates such as 03/04/2025; ISO dates (2025-04-03) are always understood</source>
        <translation>Wie Datumsangaben wie 03/04/2025 gelesen werden; ISO-Daten (2025-04-03) werden immer verstanden</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="49"/>
        <source>Only rows with problems</source>
        <translation>Nur Zeilen mit Problemen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="58"/>
        <source>Phone numbers without country code are in:</source>
        <translation>Land für Nummern ohne Vorwahl:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="61"/>
        <source>Dates:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="135"/>
        <source>Checking every row of the file… %1%</source>
        <translation>Jede Zeile der Datei wird geprüft … %1 %</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="138"/>
        <source>The whole file could not be checked: %1</source>
        <translation>Die ganze Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="147"/>
        <source>⚠ Reading stops before the end of the file: %1</source>
        <translation>⚠ Das Lesen endet vor dem Ende der Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="148"/>
        <source>The %1 rows before that can be imported.</source>
        <translation>Die %1 Zeilen davor können importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="149"/>
        <source>Of the %1 rows before that, %2 will be rejected.</source>
        <translation>Von den %1 Zeilen davor werden %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="152"/>
        <source>✓ Every row of the file can be imported: %1 rows checked.</source>
        <translation>✓ Jede Zeile der Datei kann importiert werden: %1 Zeilen geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="156"/>
        <source>⚠ In the whole file, 1 of %1 rows has a problem and will be rejected.</source>
        <translation>⚠ In der ganzen Datei hat 1 von %1 Zeilen ein Problem und wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="157"/>
        <source>⚠ In the whole file, %1 of %2 rows have problems and will be rejected.</source>
        <translation>⚠ In der ganzen Datei haben %1 von %2 Zeilen Probleme und werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="162"/>
        <source>The first, row %1: %2</source>
        <translation>Die erste, Zeile %1 des Blatts: %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="162"/>
        <source>The first, line %1: %2</source>
        <translation>Die erste, Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="176"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1 des Blatts: %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="205"/>
        <source>⚠ the file writes both</source>
        <translation>⚠ die Datei schreibt beides</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="206"/>
        <source>%1 can only be read month first, %2 only day first. Each date is read in the order chosen here, unless only the other reads it.</source>
        <translation>%1 lässt sich nur mit dem Monat zuerst lesen, %2 nur mit dem Tag zuerst. Jedes Datum wird in der hier gewählten Reihenfolge gelesen, außer es lässt sich nur in der anderen lesen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="211"/>
        <source>%1 can only be read so</source>
        <translation>%1 lässt sich nur so lesen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="210"/>
        <source>as the file writes them</source>
        <translation>wie in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="214"/>
        <source>%1 is written the other way round and is read so</source>
        <translation>%1 ist andersherum geschrieben und wird so gelesen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="215"/>
        <source>%1 and %2 more dates are written the other way round and are read so</source>
        <translation>%1 und %2 weitere Datumsangaben sind andersherum geschrieben und werden so gelesen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="225"/>
        <source>⚠ The previewed row has a problem and will be rejected.</source>
        <translation>⚠ Die Zeile der Vorschau hat ein Problem und wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="226"/>
        <source>⚠ All %1 previewed rows have problems and will be rejected.</source>
        <translation>⚠ Alle %1 Zeilen der Vorschau haben Probleme und werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="227"/>
        <source>⚠ 1 of %1 previewed rows has a problem and will be rejected.</source>
        <translation>⚠ 1 von %1 Zeilen der Vorschau hat ein Problem und wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="234"/>
        <source>It cannot be read: %1</source>
        <translation>Sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="236"/>
        <source>One of them cannot be read: %1</source>
        <translation>Eine davon kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="238"/>
        <source>They cannot be read, e.g. %1</source>
        <translation>Sie können nicht gelesen werden, z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="240"/>
        <source>%1 of them cannot be read, e.g. %2</source>
        <translation>%1 davon können nicht gelesen werden, z. B. %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="258"/>
        <source>The file has no rows to preview.</source>
        <translation>Die Datei hat keine Zeilen für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="260"/>
        <source>✓ All %1 previewed rows can be imported.</source>
        <translation>✓ Alle %1 Zeilen der Vorschau können importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="261"/>
        <source>✓ The row can be imported.</source>
        <translation>✓ Die Zeile kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="262"/>
        <source>✓ All %1 rows can be imported.</source>
        <translation>✓ Alle %1 Zeilen können importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="176"/>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="306"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="314"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="228"/>
        <source>⚠ %1 of %2 previewed rows have problems and will be rejected.</source>
        <translation>⚠ %1 von %2 Zeilen der Vorschau haben Probleme und werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="200"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="201"/>
        <source>The import runs in the background: you can close this window and keep working, the jobs panel shows its progress.</source>
        <translation>Der Import läuft im Hintergrund: Sie können dieses Fenster schließen und weiterarbeiten; der Bereich „Vorgänge“ zeigt den Fortschritt.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="63"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="239"/>
        <source>Cancelling after the current chunk of rows…</source>
        <translation>Wird nach dem aktuellen Zeilenabschnitt abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="79"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="80"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="82"/>
        <source>merged with earlier rows</source>
        <translation>mit früheren Zeilen zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="84"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="85"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="97"/>
        <source>The rejected rows, each with the reason, are in a CSV file you can fix and import again.</source>
        <translation>Die abgelehnten Zeilen stehen jeweils mit ihrem Grund in einer CSV-Datei, die Sie korrigieren und erneut importieren können.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="101"/>
        <source>Open rejected rows</source>
        <translation>Abgelehnte Zeilen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="108"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="126"/>
        <source>Show imported contacts</source>
        <translation>Importierte Kontakte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="128"/>
        <source>Closes this window and lists the contacts this import created or updated</source>
        <translation>Schließt dieses Fenster und zeigt die Kontakte, die dieser Import angelegt oder aktualisiert hat</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="130"/>
        <location filename="../ui/importexport/importrunpage.cpp" line="325"/>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="132"/>
        <source>Removes the contacts this import created and restores the fields it changed</source>
        <translation>Entfernt die von diesem Import angelegten Kontakte und stellt die geänderten Felder wieder her</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="154"/>
        <source>Change how the file is read…</source>
        <translation>Anders einlesen…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="217"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="279"/>
        <source>The rows imported before the import stopped stay in: undo this import first, or they are imported again as duplicates.</source>
        <translation>Die Zeilen, die vor dem Abbruch importiert wurden, bleiben erhalten: Machen Sie diesen Import zuerst rückgängig, sonst werden sie als Duplikate erneut importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="283"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="284"/>
        <source>Every import can be undone, here or later from File → Import history.</source>
        <translation>Jeder Import kann rückgängig gemacht werden, hier oder später über Datei → Importverlauf.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="289"/>
        <source>the sheet “%1” of %2</source>
        <translation>dem Blatt „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="290"/>
        <source>1 row read from %1.</source>
        <translation>1 Zeile aus %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="291"/>
        <source>%1 rows read from %2.</source>
        <translation>%1 Zeilen aus %2 gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="293"/>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="294"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="294"/>
        <source>The rows imported before it stopped can be undone.</source>
        <translation>Die bis zum Anhalten importierten Zeilen können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="323"/>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="325"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="330"/>
        <source>Undoing the import…</source>
        <translation>Der Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="345"/>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="376"/>
        <source>the import&apos;s file of rejected rows is gone</source>
        <translation>die Datei der abgelehnten Zeilen des Imports ist nicht mehr da</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="378"/>
        <source>copying failed</source>
        <translation>das Kopieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="381"/>
        <source>Could not save the rejected rows to %1: %2.</source>
        <translation>Die abgelehnten Zeilen konnten nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="391"/>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="392"/>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="392"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="41"/>
        <location filename="../ui/importexport/importwizard.cpp" line="248"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="55"/>
        <source>import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="248"/>
        <source>Import contacts from %1</source>
        <translation>Kontakte aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="250"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="530"/>
        <source>Close the import?</source>
        <translation>Den Import schließen?</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="531"/>
        <source>%1 has not been imported. The columns and options chosen for it will be lost.</source>
        <translation>%1 wurde nicht importiert. Die dafür gewählten Spalten und Optionen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="533"/>
        <source>Discard the import</source>
        <translation>Import verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="538"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="20"/>
        <source>No jobs running.</source>
        <translation>Keine laufenden Vorgänge.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="72"/>
        <source>Stop this job after its current step</source>
        <translation>Diesen Vorgang nach dem aktuellen Schritt anhalten</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::LogActivityDialog</name>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="18"/>
        <source>Log a call</source>
        <translation>Anruf protokollieren</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="21"/>
        <source>Log a meeting</source>
        <translation>Meeting protokollieren</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="24"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="30"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="35"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="37"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="41"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="41"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Leadline</source>
        <translation>Leadline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Exported 1 contact to %1.</source>
        <translation>1 Kontakt nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Kontakte nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Drop the file to import its contacts</source>
        <translation>Legen Sie die Datei hier ab, um ihre Kontakte zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Import contacts from a CSV file or an Excel workbook</source>
        <translation>Kontakte aus einer CSV-Datei oder einer Excel-Arbeitsmappe importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Export all, the filtered or the selected contacts to CSV or Excel</source>
        <translation>Alle, die gefilterten oder die ausgewählten Kontakte nach CSV oder Excel exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demodaten laden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>C&amp;ompanies</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>1 company</source>
        <translation>1 Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>%1 companies</source>
        <translation>%1 Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Welcome to Leadline</source>
        <translation>Willkommen bei Leadline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>This database has no contacts yet. Load a realistic demo data set (contacts, companies and their activity) to try Leadline out?</source>
        <translation>Diese Datenbank enthält noch keine Kontakte. Möchten Sie realistische Demodaten (Kontakte, Unternehmen und ihre Aktivitäten) laden, um Leadline auszuprobieren?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>Leadline imports contacts from CSV or text files (.csv, .tsv, .txt) and Excel workbooks (.xlsx). It cannot import %1.</source>
        <translation>Leadline importiert Kontakte aus CSV- oder Textdateien (.csv, .tsv, .txt) und Excel-Arbeitsmappen (.xlsx). %1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>%1 is a folder: drop or choose the files in it.</source>
        <translation>%1 ist ein Ordner: Ziehen Sie die Dateien darin hierher oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>%1 are folders: drop or choose the files in them.</source>
        <translation>%1 sind Ordner: Ziehen Sie die Dateien darin hierher oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>To import after this one: %1</source>
        <translation>Danach zu importieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Only CSV, TSV, TXT and XLSX files can be imported</source>
        <translation>Nur CSV-, TSV-, TXT- und XLSX-Dateien können importiert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>“%1” is still running. Quit and stop it? What it has done so far stays, and an import can be undone from the import history.</source>
        <translation>„%1“ läuft noch. Beenden und anhalten? Was bis dahin getan ist, bleibt, und ein Import kann im Importverlauf rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>%n jobs are still running. Quit and stop them? What they have done so far stays, and an import can be undone from the import history.</source>
        <translation>
            <numerusform>%n Vorgang läuft noch. Beenden und anhalten? Was bis dahin getan ist, bleibt, und ein Import kann im Importverlauf rückgängig gemacht werden.</numerusform>
            <numerusform>%n Vorgänge laufen noch. Beenden und anhalten? Was bis dahin getan ist, bleibt, und ein Import kann im Importverlauf rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>Quit Leadline</source>
        <translation>Leadline beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>Stop and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::RegionComboBox</name>
    <message>
        <location filename="../ui/importexport/regioncombobox.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importexport/regioncombobox.cpp" line="23"/>
        <source>For rows without a country. A row whose country column names one (&quot;DE&quot;, &quot;Germany&quot;) reads its phone numbers as numbers of that country.</source>
        <translation>Für Zeilen ohne Land. Nennt die Landspalte einer Zeile ein Land („DE“, „Deutschland“), gelten ihre Telefonnummern als Nummern dieses Landes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="17"/>
        <source>Leadline</source>
        <translation>Leadline</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="33"/>
        <source>Desktop CRM and multi-channel campaigns.</source>
        <translation>Desktop-CRM und Mehrkanal-Kampagnen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="38"/>
        <source>The database: a SQLite file or a postgresql:// URL.</source>
        <translation>Die Datenbank: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="39"/>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="42"/>
        <source>Files to open (spreadsheets to import).</source>
        <translation>Zu öffnende Dateien (Tabellen zum Importieren).</translation>
    </message>
</context>
</TS>
