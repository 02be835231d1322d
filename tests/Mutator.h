#pragma once

// Mutations of a good input file for the import fuzz tests: byte-level damage (flips, inserted
// separators, quotes, NULs and control characters, cut and duplicated pieces) and, for JSON,
// values of the wrong type or size at random places. Deterministic for a given seed.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <random>

namespace paragraf::test {

class Mutator {
public:
    explicit Mutator(unsigned seed) : m_random(seed) {}

    int below(int n) { return n <= 0 ? 0 : int(m_random() % unsigned(n)); }

    // One to four byte-level changes.
    QByteArray damage(QByteArray bytes) {
        static const QList<QByteArray> pieces{";",
                                              ",",
                                              "\"",
                                              "\n",
                                              "\r\n",
                                              QByteArray(1, '\0'),
                                              "\x01",
                                              "\x7f",
                                              "\xff",
                                              "\xc3",
                                              "2024-02-30",
                                              "-1",
                                              "99999999999999999999",
                                              "{",
                                              "}",
                                              "[",
                                              "]",
                                              ":",
                                              "null",
                                              "\"\"",
                                              "=1+1",
                                              "\t",
                                              "é",
                                              "Sara Schelin",
                                              "1e308"};
        const int changes = 1 + below(4);
        for (int i = 0; i < changes && !bytes.isEmpty(); ++i) {
            const int at = below(int(bytes.size()));
            switch (below(6)) {
            case 0:
                bytes[at] = char(bytes[at] ^ (1 << below(8)));
                break;
            case 1:
                bytes.insert(at, pieces[below(int(pieces.size()))]);
                break;
            case 2:
                bytes.remove(at, 1 + below(16));
                break;
            case 3:
                bytes.truncate(at);
                break;
            case 4: {
                const QByteArray piece = bytes.mid(at, 1 + below(200));
                bytes.insert(below(int(bytes.size())), piece);
                break;
            }
            default:
                bytes[at] = char(below(256));
                break;
            }
        }
        return bytes;
    }

    // A value somewhere in the document replaced by one of the wrong type or size.
    QByteArray mutateJson(const QByteArray& json) {
        QJsonDocument document = QJsonDocument::fromJson(json);
        if (!document.isObject())
            return damage(json);
        QJsonValue root = document.object();
        mutateValue(root, 0);
        return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
    }

private:
    QJsonValue oddValue() {
        switch (below(10)) {
        case 0:
            return QJsonValue();
        case 1:
            return -1;
        case 2:
            return 1e300;
        case 3:
            return QStringLiteral("");
        case 4:
            return QString(QChar(0)) + QStringLiteral("x");
        case 5:
            return QStringLiteral("2024-02-30");
        case 6:
            return QJsonArray{1, 2, 3};
        case 7:
            return QJsonObject{{QStringLiteral("x"), 1}};
        case 8:
            return QString(70000, QLatin1Char('a'));
        default:
            return true;
        }
    }

    void mutateValue(QJsonValue& value, int depth) {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            if (object.isEmpty())
                return;
            const QString key = object.keys().at(below(int(object.size())));
            if (depth > 0 && below(8) == 0) {
                object.remove(key);
            } else if (below(3) == 0) {
                object.insert(key, oddValue());
            } else {
                QJsonValue inner = object.value(key);
                mutateValue(inner, depth + 1);
                object.insert(key, inner);
            }
            value = object;
        } else if (value.isArray()) {
            QJsonArray array = value.toArray();
            if (array.isEmpty())
                return;
            const int at = below(int(array.size()));
            if (below(6) == 0) {
                array.append(array.at(at));
            } else if (below(6) == 0) {
                array.removeAt(at);
            } else {
                QJsonValue inner = array.at(at);
                mutateValue(inner, depth + 1);
                array.replace(at, inner);
            }
            value = array;
        } else {
            value = oddValue();
        }
    }

    std::mt19937 m_random;
};

} // namespace paragraf::test
