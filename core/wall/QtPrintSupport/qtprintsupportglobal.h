// Placed first on core's include path: any Qt Print Support header pulls this in and stops the build.
#error "core must not include Qt Print Support headers; the ui passes a QPagedPaintDevice instead"
