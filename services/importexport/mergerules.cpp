#include "services/importexport/mergerules.h"

namespace Leadline::ImportExport::MergeRules {

using Domain::LifecycleStage;
using Domain::OptInStatus;

namespace {

// How far consent goes; an opt-out is no step of the way.
int consentStep(OptInStatus status)
{
    switch (status) {
    case OptInStatus::Unknown:
        return 0;
    case OptInStatus::Pending:
        return 1;
    case OptInStatus::OptedIn:
        return 2;
    case OptInStatus::DoubleOptedIn:
        return 3;
    case OptInStatus::OptedOut:
        break;
    }
    return -1;
}

} // namespace

OptInStatus optInAfterImport(OptInStatus stored, OptInStatus given, DuplicateAction action)
{
    if (given == OptInStatus::Unknown || stored == OptInStatus::OptedOut)
        return stored;
    if (given == OptInStatus::OptedOut)
        return given; // skipping the rest of the row too
    if (action == DuplicateAction::Skip)
        return stored;
    if (stored == OptInStatus::Unknown)
        return given;
    // Filling empty fields keeps what is there; overwriting may only confirm it further.
    return action == DuplicateAction::Overwrite && consentStep(given) > consentStep(stored) ? given : stored;
}

bool doNotContactAfterImport(bool stored, bool given)
{
    return stored || given;
}

bool keptAnOptOut(OptInStatus stored, OptInStatus given, DuplicateAction action)
{
    return action == DuplicateAction::Overwrite && stored == OptInStatus::OptedOut && given != OptInStatus::OptedOut &&
           given != OptInStatus::Unknown;
}

bool keptDoNotContact(bool stored, bool given, DuplicateAction action)
{
    return action == DuplicateAction::Overwrite && stored && !given;
}

LifecycleStage lifecycleAfterImport(LifecycleStage stored, LifecycleStage given, DuplicateAction action)
{
    if (action == DuplicateAction::Overwrite)
        return given;
    if (action == DuplicateAction::Skip || stored == LifecycleStage::Other || given == LifecycleStage::Other)
        return stored;
    return int(given) > int(stored) ? given : stored; // the enum lists the stages in their order
}

bool sourceSaysNothing(Domain::LeadSource source)
{
    return source == Domain::LeadSource::Unknown || source == Domain::LeadSource::Import;
}

} // namespace Leadline::ImportExport::MergeRules
