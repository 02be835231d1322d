// The control: the same setup compiles an ordinary core include, so the others fail for the
// right reason.
#include <QString>
QString wallProbeControl() {
    return QStringLiteral("ok");
}
