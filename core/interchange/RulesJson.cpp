#include "RulesJson.h"

#include "services/RulesService.h"

namespace paragraf {

namespace {
const QString prefixKey = QStringLiteral("paragraphPrefix");
const QString adjustersKey = QStringLiteral("adjustersRequired");
const QString labelKey = QStringLiteral("signatureLabel");
const QString attKey = QStringLiteral("attClauses");
const QString rejoinKey = QStringLiteral("rejoinAllowed");
const QString appendixKey = QStringLiteral("attendanceAppendix");
} // namespace

QJsonObject rulesToJson(const MeetingRules& rules) {
    return {{prefixKey, rules.paragraphPrefix}, {adjustersKey, rules.adjustersRequired},
            {labelKey, rules.signatureLabel},   {attKey, rules.attClauses},
            {rejoinKey, rules.rejoinAllowed},   {appendixKey, rules.attendanceAppendix}};
}

MeetingRules rulesFromJson(const QJsonObject& o, const QString& path, JsonChecker& check) {
    MeetingRules rules;
    if (o.contains(prefixKey))
        rules.paragraphPrefix = check.string(o, prefixKey, path);
    if (o.contains(adjustersKey))
        rules.adjustersRequired = check.integer(o, adjustersKey, path);
    if (o.contains(labelKey))
        rules.signatureLabel = check.string(o, labelKey, path);
    if (o.contains(attKey))
        rules.attClauses = check.boolean(o, attKey, path);
    if (o.contains(rejoinKey))
        rules.rejoinAllowed = check.boolean(o, rejoinKey, path);
    if (o.contains(appendixKey))
        rules.attendanceAppendix = check.boolean(o, appendixKey, path);
    if (auto status = checkMeetingRules(rules); !status)
        check.report(path, status.error());
    return rules;
}

} // namespace paragraf
