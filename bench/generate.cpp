// paragraf-generate FILE [YEARS]: writes the large benchmark database (about 36,000 paragraphs).
#include "LargeDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // YEARS (1 to 10, default 10): a smaller database of the same shape, for how a move grows.
    paragraf::bench::LargeDatabaseShape shape;
    if (args.size() == 3)
        shape.years = args[2].toInt();
    if (args.size() < 2 || args.size() > 3 || shape.years < 1 || shape.years > 10) {
        QTextStream(stderr) << "usage: paragraf-generate FILE [YEARS]\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto status = paragraf::bench::generateLargeDatabase(args[1], shape); !status) {
        QTextStream(stderr) << "paragraf-generate: " << status.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "generated " << args[1] << " in " << timer.elapsed() / 1000.0 << " s\n";
    return 0;
}
