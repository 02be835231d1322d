#pragma once

#include <QString>

namespace paragraf {

// The rules of a body's reglemente and arbetsordning that change what a protocol says. A meeting
// takes a copy of them when it is set up, as it copies its participants, so that a protocol
// never changes its wording when the body's rules change later. A meeting without a copy of its
// own (made before these rules existed) has the defaults, which print what Paragraf always did.
struct MeetingRules {
    QString paragraphPrefix;         // "KS" prints "KS § 12"; empty prints "§ 12"
    int adjustersRequired = 1;       // justerare besides the chair
    QString signatureLabel;          // the signature block's heading; empty: "Underskrifter"
    bool attClauses = false;         // "… beslutar att A, att B" printed one att-clause a line
    bool rejoinAllowed = false;      // a member who left may serve again when no substitute did
    bool attendanceAppendix = false; // "Beslutande: se bilaga 1", the list as an appendix

    bool operator==(const MeetingRules&) const = default;
    bool isDefault() const { return *this == MeetingRules{}; }
};

// Kommunallagen 8 kap. 12 §: the notice stays up until the three weeks of appeal have run.
inline constexpr int minimumNoticeDays = 21;

// Who posts and signs the anslagsbevis, in what words, and for how long it stays up. Recorded
// with the posting when it is made, so that a certificate attests what was posted.
struct NoticeRules {
    QString signerName;  // empty: the meeting's secretary
    QString signerTitle; // "nämndsekreterare", "registrator"
    QString wording;     // the certificate's title line; empty: the standard wording
    int days = minimumNoticeDays;

    bool operator==(const NoticeRules&) const = default;
};

// Whether a new meeting's deciding members are listed in an appendix: by the body's size
// (above 25 members), always or never.
enum class AppendixChoice { BySize, Always, Never };
inline constexpr int appendixAboveMembers = 25;

struct BodyRules {
    MeetingRules meeting;
    AppendixChoice appendix = AppendixChoice::BySize;
    NoticeRules notice;
    // What the web copy prints where something is masked (schema 15); empty: "[uppgift borttagen
    // enligt GDPR/OSL]". Not protocol content: a meeting takes no copy of it.
    QString maskWording;

    bool operator==(const BodyRules&) const = default;
};

// The copy a new meeting of a body with `members` members takes.
inline MeetingRules rulesForNewMeeting(const BodyRules& body, int members) {
    MeetingRules rules = body.meeting;
    rules.attendanceAppendix =
        body.appendix == AppendixChoice::Always ||
        (body.appendix == AppendixChoice::BySize && members > appendixAboveMembers);
    return rules;
}

// "KS § 12" or "KS §§ 12–14" from "§ 12" or "§§ 12–14": a citation of the meeting's own
// paragraphs with the body's prefix; unchanged without one.
inline QString withPrefix(const MeetingRules& rules, const QString& citation) {
    return rules.paragraphPrefix.isEmpty() || citation.isEmpty()
               ? citation
               : rules.paragraphPrefix + QLatin1Char(' ') + citation;
}

// "KS § 12", or "§ 12" without a prefix.
inline QString paragraphLabel(const MeetingRules& rules, int number) {
    return withPrefix(rules, QStringLiteral("§ %1").arg(number));
}

} // namespace paragraf
