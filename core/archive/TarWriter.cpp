#include "TarWriter.h"

#include "ArchiveText.h"
#include "io/AtomicFolder.h"

#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>

namespace paragraf {
namespace {

constexpr qsizetype Block = 512;
// GNU tar and bsdtar write whole records of 20 blocks; readers that expect them find them.
constexpr qsizetype Record = 20 * Block;
constexpr qint64 LargestUstarSize = (qint64(1) << 33) - 1; // 11 octal digits

enum class Kind : char { File = '0', Folder = '5', PaxHeader = 'x' };

struct Member {
    QByteArray name; // UTF-8, relative to the tar, a folder's with its trailing slash
    Kind kind = Kind::File;
    const QByteArray* bytes = nullptr;
};

// `value` in octal, `width - 1` digits and a NUL, as ustar's numeric fields are.
void putOctal(QByteArray& header, qsizetype offset, qsizetype width, qint64 value) {
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(header.data() + offset, digits.constData(), size_t(width - 1));
}

void putText(QByteArray& header, qsizetype offset, qsizetype width, const QByteArray& text) {
    std::memcpy(header.data() + offset, text.constData(), size_t(std::min(width, text.size())));
}

bool fitsUstar(const QByteArray& name) {
    return name.size() <= 100 &&
           std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; });
}

// The ustar name of a member whose real name is in a pax record: ASCII, at most 100 bytes, so
// that a reader without pax still extracts something recognisable (pax readers ignore it).
QByteArray ustarStandIn(const QByteArray& name) {
    QByteArray standIn = name;
    for (char& c : standIn)
        if (uchar(c) >= 0x80)
            c = '_';
    return standIn.left(100);
}

QByteArray ustarHeader(const QByteArray& name, Kind kind, qint64 size, qint64 mtime) {
    QByteArray header(Block, '\0');
    putText(header, 0, 100, name);
    putOctal(header, 100, 8, kind == Kind::Folder ? 0755 : 0644);
    putOctal(header, 108, 8, 0); // uid
    putOctal(header, 116, 8, 0); // gid
    putOctal(header, 124, 12, size > LargestUstarSize ? 0 : size);
    putOctal(header, 136, 12, mtime);
    header[156] = char(kind);
    putText(header, 257, 6, QByteArrayLiteral("ustar")); // and its NUL
    putText(header, 263, 2, QByteArrayLiteral("00"));
    putOctal(header, 329, 8, 0); // devmajor
    putOctal(header, 337, 8, 0); // devminor
    // The checksum is the sum of the header's bytes with its own field as eight spaces.
    std::memset(header.data() + 148, ' ', 8);
    const int sum = std::accumulate(header.begin(), header.end(), 0,
                                    [](int total, char c) { return total + uchar(c); });
    putOctal(header, 148, 7, sum); // six digits and a NUL; the space stays
    return header;
}

// One pax record: "<length> <key>=<value>\n", the length counting its own digits.
QByteArray paxRecord(const QByteArray& key, const QByteArray& value) {
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        length = QByteArray::number(length).size() + body.size();
    return QByteArray::number(length) + body;
}

QByteArray padding(qint64 size) {
    return QByteArray(qsizetype((Block - size % Block) % Block), '\0');
}

// The headers of one member: a pax header first when ustar cannot carry its name or size.
QByteArray headersOf(const Member& member, qint64 size, qint64 mtime) {
    QByteArray records;
    if (!fitsUstar(member.name))
        records += paxRecord("path", member.name);
    if (size > LargestUstarSize)
        records += paxRecord("size", QByteArray::number(size));
    QByteArray headers;
    if (!records.isEmpty())
        headers = ustarHeader("././@PaxHeader", Kind::PaxHeader, records.size(), mtime) + records +
                  padding(records.size());
    return headers + ustarHeader(records.isEmpty() ? member.name : ustarStandIn(member.name),
                                 member.kind, size, mtime);
}

bool plainName(const QString& path) {
    return staysInsideFolder(path) && std::none_of(path.begin(), path.end(), [](QChar c) {
               return c.unicode() < 0x20 || c.unicode() == 0x7f;
           });
}

// Every member in the order of its name, each folder before what it holds; refused (empty)
// when a name could leave the root or is not plain.
Result<QList<Member>> membersOf(const QString& root, const QList<ArchiveFile>& files) {
    if (!plainName(root) || root.contains(QLatin1Char('/')))
        return fail(
            ArchiveText::tr("%1 is not a plain folder name; nothing was written.").arg(root));
    QList<const ArchiveFile*> sorted;
    QSet<QString> paths;
    for (const ArchiveFile& file : files) {
        if (!plainName(file.path) || paths.contains(file.path))
            return fail(ArchiveText::tr("%1 would lie outside the package %2, or is in it twice; "
                                        "nothing was written.")
                            .arg(file.path, root));
        paths.insert(file.path);
        sorted << &file;
    }
    std::sort(sorted.begin(), sorted.end(), [](const ArchiveFile* a, const ArchiveFile* b) {
        return a->path.toUtf8() < b->path.toUtf8();
    });
    QList<Member> members{{root.toUtf8() + '/', Kind::Folder, nullptr}};
    QSet<QString> folders;
    for (const ArchiveFile* file : sorted) {
        const QStringList parts = file->path.split(QLatin1Char('/'));
        for (qsizetype depth = 1; depth < parts.size(); ++depth) {
            const QString folder = parts.mid(0, depth).join(QLatin1Char('/'));
            if (paths.contains(folder))
                return fail(ArchiveText::tr("%1 is both a file and a folder in the package %2; "
                                            "nothing was written.")
                                .arg(folder, root));
            if (!folders.contains(folder)) {
                folders.insert(folder);
                members << Member{(root + u'/' + folder).toUtf8() + '/', Kind::Folder, nullptr};
            }
        }
        members << Member{(root + u'/' + file->path).toUtf8(), Kind::File, &file->bytes};
    }
    return members;
}

Status notWritten(int error) {
    if (error == ENOSPC || error == EDQUOT)
        return fail(ArchiveText::tr("The disk is full: the package was not written, and nothing "
                                    "was kept."));
    return fail(ArchiveText::tr("The package could not be written (%1); nothing was kept.")
                    .arg(QString::fromLocal8Bit(std::strerror(error))));
}

Status writeChunk(const ChunkWriter& write, const QByteArray& bytes) {
    if (const int error = write(bytes.constData(), bytes.size()); error != 0)
        return notWritten(error);
    return {};
}

} // namespace

Status writeTar(const QString& root, const QList<ArchiveFile>& files, const QDateTime& modified,
                const ChunkWriter& write, const std::function<bool(int, int)>& written) {
    const auto members = membersOf(root, files);
    if (!members)
        return fail(members.error());
    const qint64 mtime = std::max<qint64>(0, modified.toSecsSinceEpoch());
    qint64 total = 0;
    int done = 0;
    for (const Member& member : members.value()) {
        const qint64 size = member.bytes ? member.bytes->size() : 0;
        const QByteArray headers = headersOf(member, size, mtime);
        if (auto status = writeChunk(write, headers); !status)
            return status;
        total += headers.size();
        if (!member.bytes)
            continue;
        // The file's own bytes, as they are, without a copy.
        if (const int error = write(member.bytes->constData(), size); error != 0)
            return notWritten(error);
        if (auto status = writeChunk(write, padding(size)); !status)
            return status;
        total += size + padding(size).size();
        if (written && !written(++done, int(files.size())))
            return fail(ArchiveText::tr("Stopped; nothing was kept."));
    }
    // The end: two blocks of zeros, then zeros to the end of the record.
    total += 2 * Block;
    return writeChunk(write, QByteArray(2 * Block + (Record - total % Record) % Record, '\0'));
}

} // namespace paragraf
