// paragraf-generate FILE: writes the large benchmark database (about 36,000 paragraphs).
#include "LargeDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: paragraf-generate FILE\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto status = paragraf::bench::generateLargeDatabase(args[1]); !status) {
        QTextStream(stderr) << "paragraf-generate: " << status.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "generated " << args[1] << " in " << timer.elapsed() / 1000.0 << " s\n";
    return 0;
}
