#pragma once

#include "services/domain/enums.h"
#include "services/importexport/importoptions.h"

namespace Leadline::ImportExport::MergeRules {

// What an import may do to a contact it matched, where the duplicate handling alone would be
// wrong. Used for contacts stored before the import and for ones an earlier row created alike.

// Consent: an import records consent where there was none and confirms it (pending, then opted
// in, then double opted in); an opt-out in the file is recorded whatever the duplicate handling
// (filling empty fields, and skipping the rest of the row, too). It never lifts an opt-out nor lowers confirmed
// consent, even when overwriting: only the person can opt back in (a preference page, a confirmed sign-up), and a file
// from another system may be older than what they told us since. As HubSpot and Mailchimp do.
Domain::OptInStatus optInAfterImport(Domain::OptInStatus stored, Domain::OptInStatus given, DuplicateAction action);
// "Do not contact" is set by an import, never cleared.
bool doNotContactAfterImport(bool stored, bool given);
// Whether overwriting would have opted in a contact who had opted out, or cleared "do not
// contact", had these rules not kept them: the import says how many rows it kept them against.
bool keptAnOptOut(Domain::OptInStatus stored, Domain::OptInStatus given, DuplicateAction action);
bool keptDoNotContact(bool stored, bool given, DuplicateAction action);

// The lifecycle stage: overwriting takes the file's; filling empty fields moves it forward only
// (a lead the file calls a customer becomes one; a customer stays one), as every contact holds
// a stage. "Other" is no step of the way: filling neither sets nor replaces it.
Domain::LifecycleStage lifecycleAfterImport(Domain::LifecycleStage stored, Domain::LifecycleStage given,
                                            DuplicateAction action);

// The source: filling empty fields replaces one that says nothing of where the contact came
// from ("unknown", or "import" from an earlier file without a source column).
bool sourceSaysNothing(Domain::LeadSource source);

} // namespace Leadline::ImportExport::MergeRules
