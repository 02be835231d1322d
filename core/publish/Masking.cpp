#include "Masking.h"

#include "PublicationMarks.h"
#include "text/ParagraphParts.h"

#include <algorithm>

namespace paragraf {
namespace {

void propose(QList<MaskProposal>& proposals, const QList<PersonalDataFinding>& found,
             const QString& where) {
    for (const PersonalDataFinding& f : found) {
        const bool known = std::any_of(proposals.begin(), proposals.end(),
                                       [&](const MaskProposal& p) { return p.text == f.text; });
        if (!known)
            proposals.append({f.kind, f.text, where});
    }
}

} // namespace

QString defaultMaskWording() {
    return QStringLiteral("[uppgift borttagen enligt GDPR/OSL]");
}

QString Masking::apply(const QString& text) const {
    QString masked = text;
    // Longest first, so that "Anna Ek Berg" goes whole before "Anna Ek" could split it.
    QStringList longestFirst = passages;
    longestFirst.removeAll(QString());
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& passage : longestFirst)
        masked.replace(passage, wording);
    if (!detect)
        return masked;
    const QList<PersonalDataFinding> found = findPersonalData(masked);
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        masked.replace(it->start, it->length, wording);
    return masked;
}

TextFilter Masking::filter() const {
    if (passages.isEmpty() && !detect)
        return {};
    return [masking = *this](const QString& text) {
        return masking.apply(text);
    };
}

QList<MaskProposal> maskProposals(const MeetingRecord& record,
                                  const QList<Id>& individualParagraphs) {
    QList<MaskProposal> proposals;
    for (const Paragraph& p : record.paragraphs) {
        const QString where = paragraphLabel(record.rules, p.number);
        for (const QString& text : paragraphTexts(record, p)) {
            propose(proposals, findPersonalData(text), where);
            if (individualParagraphs.contains(p.id))
                propose(proposals, findPrivateNames(text, record), where);
        }
    }
    return proposals;
}

} // namespace paragraf
