#pragma once

// A small file system that can be filled to the last byte: a 4 MB tmpfs mounted for the test
// (root only; a test without root says it did not run), for the full-disk tests of the command
// line and of the desk.
#include <QDir>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <sys/mount.h>

// A test that needs a tmpfs it could not mount (mounting needs root) fails in CI (CI=true, set
// by .ci/run), where it must run, and is skipped elsewhere, saying why.
#define PARAGRAF_REQUIRE_MOUNTED(mounted, what)                                                    \
    if (!(mounted)) {                                                                              \
        if (qgetenv("CI") == "true")                                                               \
            FAIL() << what << " needs a tmpfs mounted (root), and CI must run it.";                \
        GTEST_SKIP() << what << " needs a tmpfs mounted (root); it did not run here.";             \
    }

namespace paragraf::test {

// Fills the file system of `folder` until a write fails for want of space.
inline void fill(const QString& folder) {
    QFile filler(folder + QStringLiteral("/filler"));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    QFile small(folder + QStringLiteral("/filler2"));
    if (small.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        while (small.write("x", 1) == 1) {
        }
}

class FullDisk {
public:
    explicit FullDisk(const QString& folder) : m_folder(folder) {
        QDir().mkpath(folder);
        m_mounted =
            ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=4m") == 0;
    }
    ~FullDisk() {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
    bool mounted() const { return m_mounted; }
    void makeRoom() {
        QFile::remove(m_folder + QStringLiteral("/filler"));
        QFile::remove(m_folder + QStringLiteral("/filler2"));
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

// `folder` seen again, read-only, at `view` (a read-only bind mount, root): what another user
// who may read but not write the folder sees, or a share mounted read-only.
class ReadOnlyView {
public:
    ReadOnlyView(const QString& folder, const QString& view) : m_view(view) {
        QDir().mkpath(view);
        const QByteArray from = QFile::encodeName(folder), to = QFile::encodeName(view);
        m_mounted = ::mount(from.constData(), to.constData(), nullptr, MS_BIND, nullptr) == 0 &&
                    ::mount(nullptr, to.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY,
                            nullptr) == 0;
    }
    ~ReadOnlyView() { ::umount2(QFile::encodeName(m_view).constData(), MNT_DETACH); }
    ReadOnlyView(const ReadOnlyView&) = delete;
    ReadOnlyView& operator=(const ReadOnlyView&) = delete;
    bool mounted() const { return m_mounted; }

private:
    QString m_view;
    bool m_mounted = false;
};

} // namespace paragraf::test
