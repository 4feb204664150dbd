#pragma once

class QCoreApplication;

namespace Leadline::Settings {

// Installs Leadline's translation for the user's locale (built into the executable under
// :/i18n) and Qt's own, both parented to the application. Call once, after the application
// object exists; a missing translation leaves English.
void installTranslations(QCoreApplication &app);

} // namespace Leadline::Settings
