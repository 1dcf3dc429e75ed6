#pragma once

// Names the application the same way in the GUI, the CLI and the tests, so that both
// executables find the same default database and settings.
namespace AppIdentity {
void apply();
constexpr const char *DesktopId = "org.utm.City2CityFacilitator";
} // namespace AppIdentity
