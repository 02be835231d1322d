#pragma once

#include <QPageLayout>
#include <QRectF>

class QPaintDevice;

namespace paragraf {

// A4 pages as Swedish protocols are laid out: a running head above the text, the "Justerandes
// signatur" boxes below it. All rectangles are in the paint device's units.
struct PageGeometry {
    QRectF page;
    QRectF head;
    QRectF body;
    QRectF foot;
    double unitsPerMm = 1.0;

    static PageGeometry forDevice(const QPaintDevice& device);
    static QPageLayout pageLayout(); // A4 portrait, no margins: the geometry places everything
    double mm(double millimetres) const { return millimetres * unitsPerMm; }
};

} // namespace paragraf
