// Placed first on core's include path: any Qt Widgets header pulls this in and stops the build.
#error "core must not include Qt Widgets headers (see shared/design/ARCHITECTURE.md: the wall)"
