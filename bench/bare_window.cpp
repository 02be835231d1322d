// The baselines of the startup benchmark: the plainest Qt Widgets program, a main window shown
// and the process ended as soon as the event loop is idle. With --with-text the window also
// has a menu and a line of text, which is what makes Qt set up its fonts: a cost every window
// that shows words pays, and the bare window does not.
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QMainWindow window;
    if (QApplication::arguments().contains(QStringLiteral("--with-text"))) {
        window.menuBar()->addMenu(QStringLiteral("&Arkiv"));
        window.setCentralWidget(new QLabel(QStringLiteral("Protokoll"), &window));
    }
    window.resize(1280, 800);
    window.show();
    // Laid out as for its first paint, which needs the text measured.
    window.layout()->activate();
    QTimer::singleShot(0, &application, &QApplication::quit);
    return QApplication::exec();
}
