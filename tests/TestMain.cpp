// GoogleTest main for core and command-line tests: a QGuiApplication on the offscreen platform,
// because documents need fonts. Set here, not in ctest, since test discovery runs the binary
// without ctest's environment.
#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", "/tmp/runtime-paragraf-tests");
    QGuiApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
