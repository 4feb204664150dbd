<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Enums</name>
    <message>
        <location filename="../services/domain/enums.h" line="55"/>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="56"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="57"/>
        <source>Marketing qualified lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="58"/>
        <source>Sales qualified lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="59"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="60"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="61"/>
        <source>Evangelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="62"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="65"/>
        <location filename="../services/domain/enums.h" line="86"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="66"/>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="67"/>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="68"/>
        <source>Double opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="69"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="72"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="73"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="74"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="75"/>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="76"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="77"/>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="78"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="81"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="82"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="83"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="87"/>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="88"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="89"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="90"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="91"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="92"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="93"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="94"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="95"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="96"/>
        <source>Cold outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="97"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="100"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="101"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="102"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="103"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="106"/>
        <source>Demographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="107"/>
        <source>Firmographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="108"/>
        <source>Behavioral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="109"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="110"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="111"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="112"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="115"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="116"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="117"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="118"/>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="121"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="122"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="123"/>
        <source>A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="124"/>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="127"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="128"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="129"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="130"/>
        <location filename="../services/domain/enums.h" line="137"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="131"/>
        <location filename="../services/domain/enums.h" line="138"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="132"/>
        <location filename="../services/domain/enums.h" line="156"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="133"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="136"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="139"/>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="140"/>
        <location filename="../services/domain/enums.h" line="181"/>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="141"/>
        <location filename="../services/domain/enums.h" line="152"/>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="142"/>
        <location filename="../services/domain/enums.h" line="154"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="145"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="146"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="147"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="148"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="149"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="150"/>
        <source>Clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="151"/>
        <location filename="../services/domain/enums.h" line="178"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="153"/>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="155"/>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="159"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="160"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="161"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="162"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="163"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="164"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="165"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="166"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="167"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="168"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="169"/>
        <source>Stage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="170"/>
        <source>Owner changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="171"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="172"/>
        <source>Score changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="173"/>
        <source>Message queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="174"/>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="175"/>
        <source>Message delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="176"/>
        <source>Message opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="177"/>
        <source>Link clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="179"/>
        <source>Message bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="180"/>
        <source>Message failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="182"/>
        <source>Consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="183"/>
        <source>Enrolled in campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="184"/>
        <source>Form submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/domain/enums.h" line="185"/>
        <source>Page visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="15"/>
        <source>Leadline id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="16"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="17"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="18"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="19"/>
        <source>Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="21"/>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="22"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="23"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="24"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="25"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="26"/>
        <source>State / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="27"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="28"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="29"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="30"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="31"/>
        <source>Email consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="32"/>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="33"/>
        <source>WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="34"/>
        <source>Voice call consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="35"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="37"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="38"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="39"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="40"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="14"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="15"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="16"/>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="18"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="19"/>
        <source>Other email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="21"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="22"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="23"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="24"/>
        <source>Company domain / website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="25"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="26"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="27"/>
        <source>State / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="28"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="29"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="30"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="31"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="32"/>
        <source>Email consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="33"/>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="34"/>
        <source>WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="35"/>
        <source>Voice call consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="36"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="37"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="38"/>
        <source>Owner (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="39"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="40"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="41"/>
        <source>Created on (keeps the original date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importfields.cpp" line="43"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Activities::ActivityService</name>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="77"/>
        <source>An activity must belong to a contact, company or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="100"/>
        <source>Cannot record the activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="109"/>
        <source>Only notes, calls, meetings and tasks can be logged by hand, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="115"/>
        <source>The %1 needs a subject or some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="117"/>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="130"/>
        <source>Choose the contact, company or lead this %1 belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="147"/>
        <source>The lead %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="172"/>
        <source>Only notes, calls, meetings and tasks can be deleted; “%1” entries are part of the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/activities/activityservice.cpp" line="193"/>
        <source>The activity %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::CompanyService</name>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="129"/>
        <source>The company %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="147"/>
        <source>Another company already uses the domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="266"/>
        <source>Enter the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="274"/>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="283"/>
        <source>“%1” is not a domain name (expected something like example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="300"/>
        <source>The number of employees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="302"/>
        <source>The annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="308"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="322"/>
        <source>No company has the domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="329"/>
        <source>No company is named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="340"/>
        <source>“%1” is not a valid record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="371"/>
        <source>Cannot save a company without an id; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/companyservice.cpp" line="457"/>
        <source>Cannot restore %1: another company now uses the domain %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::ContactService</name>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="237"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="273"/>
        <source>Another contact already has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="282"/>
        <source>The company %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="684"/>
        <source>“%1” is not a region code for phone numbers; use two letters such as DE or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="715"/>
        <location filename="../services/contacts/contactservice.cpp" line="724"/>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="757"/>
        <source>“%1” is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="761"/>
        <source>Enter at least a name, an email address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="777"/>
        <location filename="../services/contacts/contactservice.cpp" line="1089"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="782"/>
        <location filename="../services/contacts/contactservice.cpp" line="994"/>
        <source>The tag “%1…” is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="797"/>
        <source>No contact has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="822"/>
        <source>“%1” is not a valid record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="861"/>
        <source>Cannot save a contact without an id; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="970"/>
        <source>Cannot restore %1: another contact now has the email address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="992"/>
        <source>Enter a tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1044"/>
        <source>There is no tag named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/contactservice.cpp" line="1192"/>
        <source>The row position does not fit the sort column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Contacts::PhoneNormalizer</name>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="38"/>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="48"/>
        <source>“%1” has no country code and no default region is set; write it as +&lt;country code&gt; or set the default region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="52"/>
        <source>“%1” is not a known region code for phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="60"/>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="62"/>
        <source>“%1” is not a valid phone number for region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/contacts/phonenormalizer.cpp" line="66"/>
        <source>“%1” starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ContactsCommand</name>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="49"/>
        <source>List, search and add contacts (contacts list|add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="59"/>
        <source>Usage: leadlinectl [--db DB] contacts list|add [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="61"/>
        <source>List contacts, optionally matching a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="62"/>
        <source>Add one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="64"/>
        <source>The contacts command needs a subcommand: list or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="70"/>
        <source>Unknown subcommand “contacts %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="77"/>
        <source>Lists contacts sorted by name. The search matches the start of words in names, email addresses, phone numbers and company names; every word must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="79"/>
        <source>Only contacts matching Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="80"/>
        <source>At most N contacts (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="81"/>
        <source>Skip the first N contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="82"/>
        <source>Print {&quot;total&quot;: …, &quot;contacts&quot;: […]} as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/contactscommand.cpp" line="121"/>
        <source>%n contact(s) shown of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="128"/>
        <source>Adds one contact. Phone numbers are stored in E.164 form; numbers without a country code use the default region of the database. A company that does not exist yet is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="131"/>
        <source>Primary email address (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="132"/>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="133"/>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="134"/>
        <source>Phone number, e.g. +49 30 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="135"/>
        <source>Company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="136"/>
        <source>Job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="137"/>
        <source>Print the created contact as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="145"/>
        <source>The option --email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/contactscommand.cpp" line="187"/>
        <source>Created contact %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::Context</name>
    <message>
        <location filename="../app/ctl/command.cpp" line="36"/>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/command.cpp" line="94"/>
        <source>Run “%1” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::DemoCommand</name>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="21"/>
        <source>Add realistic demo contacts, companies, leads and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="26"/>
        <source>Adds N demo contacts with their companies, owners, tags, leads and a year of activities. The same seed gives the same data. Ctrl+C stops after the current chunk; the chunks written so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="29"/>
        <source>Number of contacts (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="30"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="31"/>
        <source>Contacts per transaction (default 50000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="32"/>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/democommand.cpp" line="56"/>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ExportCommand</name>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="24"/>
        <source>Export contacts to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="32"/>
        <source>Exports contacts (all, or those matching a search) with the chosen fields. Cells that a spreadsheet could run as formulas are written as text. Fields: %1, and custom:NAME for a custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="37"/>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="38"/>
        <source>The columns, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="39"/>
        <source>CSV: no byte order mark (Excel needs it for UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="40"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/exportcommand.cpp" line="65"/>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::ImportCommand</name>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="28"/>
        <source>Import contacts from CSV or Excel; list or revert imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="45"/>
        <source>Imports contacts from a CSV/TSV or .xlsx file as one import batch: columns are mapped automatically (or by a saved mapping), every cell is validated, duplicates are matched within the file and against the database, and rejected rows go to a CSV with the reason. Any import can be reverted. Ctrl+C stops after the current chunk; what was imported stays revertible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="51"/>
        <source>Excel: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="52"/>
        <source>A saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="53"/>
        <source>Duplicate key: email (default), phone or external_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="55"/>
        <source>skip (default), fill (only empty fields) or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="57"/>
        <source>Country for phone numbers without a country code (default: the database setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="58"/>
        <source>Where to write the rejected rows (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="59"/>
        <source>A tag for every imported contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="60"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="77"/>
        <source>--match must be email, phone or external_id, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="84"/>
        <source>--on-duplicate must be skip, fill or overwrite, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="106"/>
        <source>%1% read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="111"/>
        <source>Import batch %1 stopped after %2 rows; revert it with “leadlinectl import revert %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="124"/>
        <source>Rejected rows and their reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="125"/>
        <source>Batch %1 (undo with “leadlinectl import revert %1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="133"/>
        <source>Lists the latest imports, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="134"/>
        <source>How many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="135"/>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="160"/>
        <source>%1  %2  %3  %4 rows: %5 created, %6 updated, %7 skipped, %8 rejected  %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="170"/>
        <source>Undoes an import: contacts it created are deleted, fields it overwrote get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="173"/>
        <source>Print the reverted batch as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/importcommand.cpp" line="193"/>
        <source>Reverted the import of %1 (%2 created, %3 updated contacts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::InitCommand</name>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="19"/>
        <source>Create or migrate the database and print its schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="24"/>
        <source>Creates the database (a SQLite file or a PostgreSQL database that exists) if needed, applies pending migrations and prints the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="26"/>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="42"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/initcommand.cpp" line="43"/>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::Main</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="18"/>
        <source>Usage: leadlinectl [--db PATH|postgresql://USER@HOST:PORT/DB] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="20"/>
        <source>Leadline on the command line. Without --db it uses the desktop app&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="21"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="24"/>
        <source>Run “leadlinectl COMMAND --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="43"/>
        <location filename="../app/ctl/main.cpp" line="64"/>
        <source>The option --db needs a value (a file path or a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="54"/>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="72"/>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::OptionParser</name>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="9"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="58"/>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="69"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="72"/>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="81"/>
        <source>The option --%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="89"/>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="92"/>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="103"/>
        <source>The option --%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="113"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/optionparser.cpp" line="115"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ctl::StatsCommand</name>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="20"/>
        <source>Count the rows of every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="25"/>
        <source>Prints how many rows each table holds (deleted rows included; &quot;live&quot; counts exclude them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="27"/>
        <source>Print the counts as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ctl/statscommand.cpp" line="68"/>
        <source>Database: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Demo::DemoDataGenerator</name>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="583"/>
        <source>Creating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="604"/>
        <source>The number of demo contacts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="613"/>
        <source>Preparing demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="652"/>
        <source>Building search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="695"/>
        <source>Demo data cancelled after %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="698"/>
        <source>Writing contacts %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/demo/demodatagenerator.cpp" line="726"/>
        <source>%1 contacts, %2 companies, %3 leads and %4 activities created in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ColumnMapping</name>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="82"/>
        <source>Column %1 (&quot;%2&quot;) is mapped to a custom field without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="89"/>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) are both mapped to %5; a contact has only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="104"/>
        <source>No column is mapped to an email, phone, name or external id, so no contact could be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="121"/>
        <source>This is not a Leadline import mapping (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="123"/>
        <source>This import mapping has version %1; only version 1 is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="132"/>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a contact field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="168"/>
        <source>Cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="172"/>
        <source>The mapping file %1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="177"/>
        <source>The mapping file %1 must contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/columnmapping.cpp" line="185"/>
        <location filename="../services/importexport/columnmapping.cpp" line="188"/>
        <source>Cannot write the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ContactExportJob</name>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="96"/>
        <source>Exporting contacts to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="114"/>
        <source>Cannot tell the export format from &quot;%1&quot;: use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="128"/>
        <source>&quot;%1&quot; is not a contact field that can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactexportjob.cpp" line="155"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../services/importexport/contactexportjob.cpp" line="182"/>
        <source>%n contacts exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ContactImportJob</name>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="461"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="480"/>
        <source>No user has the owner email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="669"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="700"/>
        <source>The import was cancelled after %1 rows; the rows imported so far can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/contactimportjob.cpp" line="734"/>
        <source>%1 rows: %2 created, %3 updated, %4 skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::CsvReader</name>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="29"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="41"/>
        <source>%1 is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="96"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="112"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="135"/>
        <source>the field starting here is longer than %1 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="148"/>
        <source>the bytes at offset %1 are not valid %2. Save the file as UTF-8 or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvreader.cpp" line="154"/>
        <source>the quoted field starting here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::CsvWriter</name>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="35"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="44"/>
        <source>%1 is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="51"/>
        <source>%1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="87"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/csvwriter.cpp" line="100"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ImportBatchService</name>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="81"/>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importbatchservice.cpp" line="91"/>
        <source>The import of %1 was already reverted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ImportRowParser</name>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="91"/>
        <source>The row has no name, email, phone or external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="131"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="162"/>
        <source>&quot;%1&quot; is not a web domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="183"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="192"/>
        <source>&quot;%1&quot; is not a lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="202"/>
        <source>&quot;%1&quot; is not a consent value (yes/no, opted in/opted out, pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="216"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="231"/>
        <source>&quot;%1&quot; is not a lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/importrowparser.cpp" line="241"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::RejectsFile</name>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="23"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/rejectsfile.cpp" line="23"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::SheetXmlTokenizer</name>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="88"/>
        <source>a single piece of text or markup is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="91"/>
        <source>the XML ends in the middle of an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="112"/>
        <source>the worksheet XML is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="121"/>
        <source>the XML ends before its elements are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="143"/>
        <source>a comment or processing instruction never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="152"/>
        <source>document type declarations are not allowed in a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="175"/>
        <source>a tag is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="179"/>
        <source>a tag never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="186"/>
        <source>the end tag &lt;/%1&gt; closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="191"/>
        <source>the end tag &lt;/%1&gt; does not match &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="208"/>
        <source>an element has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/sheetxmltokenizer.cpp" line="214"/>
        <source>elements are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::SpreadsheetWriter</name>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="27"/>
        <source>Could not write %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="52"/>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="56"/>
        <source>&quot;%1&quot; cannot be used as a sheet name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="67"/>
        <source>%1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="70"/>
        <source>An .xlsx sheet holds at most %1 rows; export to CSV for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="72"/>
        <source>An .xlsx sheet holds at most %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="80"/>
        <source>Row %1, column %2 has %3 characters; an .xlsx cell holds at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="89"/>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="105"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/spreadsheetwriter.cpp" line="110"/>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::TabularReader</name>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="96"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreader.cpp" line="120"/>
        <source>%1, line %2: the row has %3 cells but the file has %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::TabularReaderFactory</name>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="14"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/tabularreaderfactory.cpp" line="19"/>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxReader</name>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="90"/>
        <source>Could not open %1: the file does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="102"/>
        <source>%1 is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="122"/>
        <source>%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="135"/>
        <source>%1 is not an Excel workbook (.xlsx): it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="177"/>
        <source>%1: the workbook part is not valid XML at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="183"/>
        <source>%1: the workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="195"/>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="199"/>
        <source>%1 has %2 sheets; there is no sheet number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxreader.cpp" line="249"/>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxSharedStrings</name>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="78"/>
        <source>%1: the shared strings (%2) are not valid at XML line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="118"/>
        <source>a malformed character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="120"/>
        <source>one string is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsharedstrings.cpp" line="134"/>
        <source>%1: the workbook&apos;s shared strings exceed the limit of %2 MB or %3 entries. Save the sheet as CSV and import that instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxSheetParser</name>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="79"/>
        <source>%1, XML line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="119"/>
        <source>the cell refers to shared string %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="174"/>
        <source>the cell reference &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="178"/>
        <source>the row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="255"/>
        <source>the text holds a malformed character reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/xlsxsheetparser.cpp" line="257"/>
        <source>a cell holds more than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxStyles</name>
    <message>
        <location filename="../services/importexport/xlsxstyles.cpp" line="157"/>
        <source>%1: the styles part is not valid XML at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::XlsxWriterLibrary</name>
    <message>
        <location filename="../services/importexport/xlsxwriterlibrary.cpp" line="58"/>
        <source>Excel export is not available: libxlsxwriter could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::ImportExport::ZipEntryStream</name>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="20"/>
        <source>%1: the workbook has no part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="23"/>
        <source>%1: the zip entry %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="36"/>
        <source>it would inflate to %1 bytes, more than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="40"/>
        <source>it would inflate %1 times its compressed size, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="46"/>
        <source>%1: the zip entry %2 cannot be read (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="62"/>
        <source>%1: refusing to unpack %2: %3. The file may be a zip bomb or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="73"/>
        <source>%1: the zip entry %2 is damaged (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="78"/>
        <source>it inflates to more than the %1 bytes it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="80"/>
        <source>it inflates to more than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/importexport/zipentrystream.cpp" line="82"/>
        <source>it inflates more than %1 times its compressed size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::LeadService</name>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="106"/>
        <source>The lead %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="136"/>
        <source>The pipeline stage %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="244"/>
        <source>Enter a title for the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="246"/>
        <source>The value of a lead cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="251"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="253"/>
        <source>Choose the contact this lead is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="259"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="268"/>
        <source>The company %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="277"/>
        <source>The pipeline has no open stage for new leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="286"/>
        <source>The owner %1 is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/leadservice.cpp" line="338"/>
        <source>Cannot save a lead without an id; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::PipelineService</name>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="56"/>
        <source>The pipeline stage %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="68"/>
        <source>The pipeline has no open stage; add one in the pipeline settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="76"/>
        <location filename="../services/leads/pipelineservice.cpp" line="113"/>
        <source>Enter a name for the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="78"/>
        <source>The probability of a stage is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/pipelineservice.cpp" line="88"/>
        <source>The pipeline already has a stage named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Leads::UserService</name>
    <message>
        <location filename="../services/leads/userservice.cpp" line="76"/>
        <source>The user %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="88"/>
        <source>No user has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="97"/>
        <location filename="../services/leads/userservice.cpp" line="128"/>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="99"/>
        <location filename="../services/leads/userservice.cpp" line="130"/>
        <source>“%1” is not a valid email address for a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/leads/userservice.cpp" line="113"/>
        <location filename="../services/leads/userservice.cpp" line="140"/>
        <source>Another user already has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Models::CompanyTableModel</name>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="83"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="85"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="87"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="89"/>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="91"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="93"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/companytablemodel.cpp" line="95"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Models::ContactTableModel</name>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="91"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="93"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="95"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="97"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="99"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="101"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="103"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="105"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="107"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="109"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Models::JobsModel</name>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="32"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="52"/>
        <location filename="../models/jobs/jobsmodel.cpp" line="54"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="93"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="106"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="108"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/jobsmodel.cpp" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Models::TimelineModel</name>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="21"/>
        <location filename="../models/activities/timelinemodel.cpp" line="28"/>
        <location filename="../models/activities/timelinemodel.cpp" line="35"/>
        <location filename="../models/activities/timelinemodel.cpp" line="42"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="23"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="23"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="142"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/activities/timelinemodel.cpp" line="146"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activities/timelinemodel.cpp" line="162"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Settings::SettingsRepository</name>
    <message>
        <location filename="../services/settings/settingsrepository.cpp" line="33"/>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::BulkWriter</name>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="417"/>
        <source>The database driver gives no native handle for bulk writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="426"/>
        <location filename="../services/storage/bulkwriter.cpp" line="549"/>
        <source>A row for %1 repeats a unique value (an id or email) that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="430"/>
        <location filename="../services/storage/bulkwriter.cpp" line="554"/>
        <source>The database refused rows for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="521"/>
        <source>The database refused to copy rows into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="691"/>
        <source>Cannot rebuild an index after a bulk load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/bulkwriter.cpp" line="704"/>
        <source>Cannot rebuild the contact search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Storage::Database</name>
    <message>
        <location filename="../services/storage/database.cpp" line="69"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="117"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="188"/>
        <location filename="../services/storage/database.cpp" line="198"/>
        <source>The database refused a script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="201"/>
        <source>The database driver gives no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="252"/>
        <source>No database migrations are built in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="257"/>
        <source>The migration file name %1 is not NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="263"/>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="269"/>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="290"/>
        <source>A record with the same unique value already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="291"/>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/storage/database.cpp" line="329"/>
        <source>The transaction is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::CompaniesView</name>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="35"/>
        <source>Search company name or domain (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="42"/>
        <source>New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companiesview.cpp" line="98"/>
        <source>Company saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::CompanyDetail</name>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="42"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="42"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="45"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="45"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="45"/>
        <source>Employees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>Annual revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="46"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="47"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="72"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="75"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="77"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="84"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="174"/>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="209"/>
        <source>Employees must be a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="220"/>
        <source>Annual revenue must be a number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="270"/>
        <source>Company created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companydetail.cpp" line="270"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactCommands</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="19"/>
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="42"/>
        <source>Tag %n contact(s) with “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="86"/>
        <source>Assign %n contact(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactDetail</name>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="88"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="88"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="132"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="134"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="136"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="138"/>
        <location filename="../ui/contacts/contactdetail.cpp" line="143"/>
        <location filename="../ui/contacts/contactdetail.cpp" line="203"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="139"/>
        <source>Other emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="141"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="144"/>
        <source>Other phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="146"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="149"/>
        <source>Type to pick an existing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="159"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="162"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="164"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="166"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="168"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="170"/>
        <source>Two-letter code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="171"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="181"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="185"/>
        <source>L&amp;ifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="197"/>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="199"/>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="204"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="207"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="210"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="214"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="217"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="217"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="226"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="228"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="243"/>
        <source>Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="251"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="261"/>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="262"/>
        <source>Log &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="263"/>
        <source>Log &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="307"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="328"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="453"/>
        <source>There is no company named “%1”; create it under Companies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="486"/>
        <source>Contact created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="486"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetail.cpp" line="494"/>
        <source>Save the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="49"/>
        <source>Search name, email, phone or company (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="59"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="64"/>
        <location filename="../ui/contacts/contactsview.cpp" line="153"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="67"/>
        <location filename="../ui/contacts/contactsview.cpp" line="181"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="71"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="74"/>
        <source>Assign owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="77"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="243"/>
        <source>Collecting the selected contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="287"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="299"/>
        <source>Deleted %n contact(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="315"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="316"/>
        <source>Tag for %n contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="344"/>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="345"/>
        <source>Owner for %n contact(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="45"/>
        <location filename="../ui/importexport/exportdialog.cpp" line="250"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="49"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="53"/>
        <source>The 1 contact matching the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="54"/>
        <source>The %1 contacts matching the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="55"/>
        <source>The contacts matching the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="60"/>
        <source>No search or filter is active in the contacts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="62"/>
        <source>The selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="63"/>
        <source>The %1 selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="64"/>
        <source>The selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="69"/>
        <source>Select contacts in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="84"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="92"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="93"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="95"/>
        <source>Start with a byte order mark, so Excel reads accents correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="100"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="101"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="104"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="115"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="123"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="126"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="145"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="166"/>
        <source>contacts-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="171"/>
        <source>The only contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="172"/>
        <source>All %1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="173"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="250"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="256"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="273"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="275"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="277"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/exportdialog.cpp" line="280"/>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::FilePreviewLoader</name>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="74"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="76"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="78"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/filepreview.cpp" line="80"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="35"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="36"/>
        <source>Contacts can come from CSV or tab-separated text and from Excel workbooks (.xlsx). Leadline works out the format itself; check that the first rows look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="42"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="43"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="59"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="60"/>
        <source>The first row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="74"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="75"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="76"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="78"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="104"/>
        <source>&lt;b&gt;First rows of the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="129"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="129"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="145"/>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="168"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="175"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="183"/>
        <source>Excel workbook (.xlsx), 1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="184"/>
        <source>Excel workbook (.xlsx), %1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="190"/>
        <source>Text separated by %1 · encoding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="194"/>
        <source>more than %1 rows (the preview shows the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="197"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="198"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="199"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="202"/>
        <source>(detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="207"/>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="210"/>
        <source>One row cannot be read and will be rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importfilepage.cpp" line="211"/>
        <source>%1 rows among the first cannot be read and will be rejected, e.g.: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="42"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="44"/>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="47"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="49"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="51"/>
        <source>Running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="62"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="67"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="67"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="67"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="67"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="68"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="68"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="68"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="91"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="109"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="122"/>
        <source>Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="123"/>
        <source>Undoing an import removes the contacts it created and restores the fields it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="157"/>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="184"/>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="189"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="161"/>
        <source>This import was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="163"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="168"/>
        <source>No rejected rows were kept for this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="185"/>
        <source>Undo the import of %1 from %2? The contacts it created (%3) are removed and the fields it changed get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importhistorydialog.cpp" line="192"/>
        <source>Undoing the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="52"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="53"/>
        <source>Choose the contact field each column of the file goes into. Leadline matched what it recognised; change any choice, skip columns you do not need, or keep them as custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="58"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="58"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="58"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="90"/>
        <source>Load preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="95"/>
        <source>Recent presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="99"/>
        <source>Save preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="102"/>
        <source>Match automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="104"/>
        <source>Forget the changes and use the automatic matches again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="143"/>
        <source>Skip this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="151"/>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="152"/>
        <source>New custom field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="180"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="221"/>
        <source>✓ Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="222"/>
        <source>Leadline recognised this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="225"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="226"/>
        <source>Leadline did not recognise this column, so it is skipped unless you choose a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="229"/>
        <source>✎ Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="230"/>
        <source>Changed from the automatic match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="246"/>
        <source>%1 of %2 columns imported, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="276"/>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="278"/>
        <source>Name of the custom field for the column &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="280"/>
        <source>Create field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="309"/>
        <source>Preset &quot;%1&quot; applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="320"/>
        <source>Preset saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="326"/>
        <source>Load mapping preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="326"/>
        <location filename="../ui/importexport/importmappingpage.cpp" line="339"/>
        <source>Mapping presets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importmappingpage.cpp" line="339"/>
        <source>Save mapping preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportOptionsPage</name>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="47"/>
        <source>Existing contacts and new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="48"/>
        <source>Decide how a row is recognised as a contact you already have, what happens to it, and what every imported contact gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="51"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="53"/>
        <source>Recognise existing contacts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="57"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="58"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="59"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="69"/>
        <source>When a row matches a contact that already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="74"/>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="74"/>
        <source>The existing contact stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="76"/>
        <source>Fill empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="77"/>
        <source>Fields the contact has no value for are taken from the file; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="78"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="79"/>
        <source>Every field the file has a value for replaces the contact&apos;s value (undo restores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="93"/>
        <source>Imported contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="104"/>
        <source>Tags separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="112"/>
        <source>Lifecycle stage when the file has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="113"/>
        <source>Add these tags to every contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="114"/>
        <source>Phone numbers without country code are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="145"/>
        <source>No column of the file is imported as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="184"/>
        <source>Ready to import all rows of %1. The import runs in the background; you can keep working and undo it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importoptionspage.cpp" line="187"/>
        <source>Ready to import the rows of %1. You can undo the import afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="49"/>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="127"/>
        <source>✓ OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="128"/>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="128"/>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="131"/>
        <source>This row will be rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="131"/>
        <source>This row will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="156"/>
        <source>Imported as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="179"/>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="185"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewmodel.cpp" line="190"/>
        <source>Column &quot;%1&quot; is imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="24"/>
        <source>Check the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="25"/>
        <source>The first rows as they will be imported. Cells in red cannot be imported as they are: point at one to see why. Rows with a problem are rejected and listed in a file you can fix and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="31"/>
        <source>The country assumed for phone numbers written without a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="35"/>
        <source>Day first (31/12/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="36"/>
        <source>Month first (12/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="37"/>
        <source>How to read dates such as 03/04/2025; ISO dates (2025-04-03) are always understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="40"/>
        <source>Only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="45"/>
        <source>Phone numbers without country code are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="48"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="108"/>
        <source>The file has no rows to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="110"/>
        <source>✓ All %1 previewed rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="111"/>
        <source>✓ The row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="112"/>
        <source>✓ All %1 rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importpreviewpage.cpp" line="114"/>
        <source>⚠ %1 of %2 previewed rows have problems and will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="51"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="52"/>
        <source>The import runs in the background: you can close this window and keep working, the jobs panel shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="63"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="69"/>
        <source>Cancelling after the current chunk of rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="79"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="80"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="81"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="82"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="85"/>
        <source>The rejected rows, each with the reason, are in a CSV file you can fix and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="89"/>
        <source>Open rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="93"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="102"/>
        <location filename="../ui/importexport/importrunpage.cpp" line="200"/>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="104"/>
        <source>Removes the contacts this import created and restores the fields it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="148"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="181"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="182"/>
        <source>Every import can be undone, here or later from File → Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="185"/>
        <source>%1 rows read from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="187"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="188"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="189"/>
        <source>The rows imported before it stopped can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="201"/>
        <source>Remove the contacts this import created (%1) and restore the fields it changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="203"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="207"/>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="221"/>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="235"/>
        <source>Could not save the rejected rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="245"/>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="246"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importrunpage.cpp" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="44"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importexport/importwizard.cpp" line="53"/>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="20"/>
        <source>No jobs running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobspanel.cpp" line="57"/>
        <source>Stop this job after its current step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::LogActivityDialog</name>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="18"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="21"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="24"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="30"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="35"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="37"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="41"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/logactivitydialog.cpp" line="41"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Leadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Exported 1 contact to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>Drop the file to import its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Import contacts from a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;Export contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>Export all, the filtered or the selected contacts to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Welcome to Leadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>This database has no contacts yet. Load a realistic demo data set (contacts, companies and their activity) to try Leadline out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Leadline imports contacts from CSV or text files (.csv, .tsv, .txt) and Excel workbooks (.xlsx). It cannot import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Only CSV, TSV, TXT and XLSX files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leadline::Ui::RegionComboBox</name>
    <message>
        <location filename="../ui/importexport/regioncombobox.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="30"/>
        <source>Leadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="46"/>
        <source>Desktop CRM and multi-channel campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="51"/>
        <source>The database: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="52"/>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="55"/>
        <source>Files to open (spreadsheets to import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
