#include "DocumentKind.h"

#include <array>
#include <utility>

namespace paragraf {
namespace {
constexpr std::array<std::pair<DocumentKind, const char*>, 5> codes{{
    {DocumentKind::Protocol, "protocol"},
    {DocumentKind::Notes, "notes"},
    {DocumentKind::Extract, "extract"},
    {DocumentKind::Notice, "notice"},
    {DocumentKind::Certificate, "certificate"},
}};
} // namespace

QString codeOf(DocumentKind kind) {
    for (const auto& [k, code] : codes)
        if (k == kind)
            return QString::fromLatin1(code);
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString& code) {
    for (const auto& [k, text] : codes)
        if (code == QLatin1String(text))
            return k;
    return std::nullopt;
}

QString documentTitleOf(DocumentKind kind, bool notesBody) {
    switch (kind) {
    case DocumentKind::Protocol:
        return notesBody ? QStringLiteral("MINNESANTECKNINGAR") : QStringLiteral("PROTOKOLL");
    case DocumentKind::Notes:
        return QStringLiteral("MINNESANTECKNINGAR");
    case DocumentKind::Extract:
        return QStringLiteral("PROTOKOLLSUTDRAG");
    case DocumentKind::Notice:
        return QStringLiteral("KALLELSE");
    case DocumentKind::Certificate:
        return QStringLiteral("ANSLAGSBEVIS");
    }
    return {};
}

} // namespace paragraf
