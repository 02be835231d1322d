#include "PageGeometry.h"

#include <QPaintDevice>

namespace paragraf {
namespace {
constexpr double pageWidth = 210.0, pageHeight = 297.0;
constexpr double left = 25.0, right = 20.0;
constexpr double headTop = 12.0, headHeight = 20.0;
constexpr double bodyTop = 38.0, bodyBottom = 262.0;
constexpr double footTop = 268.0, footHeight = 18.0;
} // namespace

PageGeometry PageGeometry::forDevice(const QPaintDevice& device) {
    PageGeometry g;
    g.unitsPerMm = device.logicalDpiY() / 25.4;
    const double width = pageWidth - left - right;
    g.page = QRectF(0, 0, g.mm(pageWidth), g.mm(pageHeight));
    g.head = QRectF(g.mm(left), g.mm(headTop), g.mm(width), g.mm(headHeight));
    g.body = QRectF(g.mm(left), g.mm(bodyTop), g.mm(width), g.mm(bodyBottom - bodyTop));
    g.foot = QRectF(g.mm(left), g.mm(footTop), g.mm(width), g.mm(footHeight));
    return g;
}

QPageLayout PageGeometry::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

} // namespace paragraf
