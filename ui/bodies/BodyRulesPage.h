#pragma once

#include "Result.h"
#include "model/BodyRules.h"
#include "model/Ids.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class RulesFields;

namespace paragraf {
class Database;
}

// The body's own rules (reglemente, arbetsordning): what its protocols print and require, and
// who posts and signs the anslagsbevis for how long. A new meeting copies the protocol's rules;
// a posting records the notice's. Saving never changes a meeting that exists.
class BodyRulesPage : public QWidget {
    Q_OBJECT
public:
    BodyRulesPage(const paragraf::Database& database, paragraf::Id bodyId,
                  QWidget* parent = nullptr);
    // Whether the stored rules were read: a page that shows defaults in their place never saves
    // them over what the file holds.
    bool isRead() const { return m_notRead.isEmpty(); }

    RulesFields* fields() const { return m_fields; }
    QComboBox* appendix() const { return m_appendix; }
    QLineEdit* signer() const { return m_signer; }
    QLineEdit* signerTitle() const { return m_signerTitle; }
    QLineEdit* wording() const { return m_wording; }
    QSpinBox* days() const { return m_days; }
    QLineEdit* maskWording() const { return m_maskWording; }
    paragraf::BodyRules rules() const;
    // Writes the rules, or says why not; true when written.
    bool save();

private:
    BodyRulesPage(const paragraf::Database& database, paragraf::Id bodyId,
                  paragraf::Result<paragraf::BodyRules> stored, QWidget* parent);

    const paragraf::Database& m_database;
    QString m_notRead; // why the stored rules could not be read, if they could not
    paragraf::Id m_bodyId;
    RulesFields* m_fields;
    QComboBox* m_appendix;
    QLineEdit* m_signer;
    QLineEdit* m_signerTitle;
    QLineEdit* m_wording;
    QSpinBox* m_days;
    QLineEdit* m_maskWording; // what the web copy prints where something is masked
};
