#pragma once

#include "adjustment/ReviewService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// A recorded correction of a protocol out for adjustment: which text of which paragraph, its new
// wording (starting from the present one) and the reason — or, when a remark is accepted, the
// secretary's answer to it.
class CorrectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Correct, AcceptRemark };
    // `paragraphId` preselects (and for a remark on one paragraph, fixes) the paragraph.
    CorrectionDialog(const paragraf::MeetingRecord& record, Purpose purpose,
                     paragraf::Id paragraphId = paragraf::NoId, QWidget* parent = nullptr);

    paragraf::TextEdit edit() const;
    QString reason() const;

    QComboBox* paragraph() const { return m_paragraph; }
    QComboBox* field() const { return m_field; }
    QPlainTextEdit* text() const { return m_text; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    void fillFields();
    void showCurrentText();
    const paragraf::Paragraph* chosenParagraph() const;

    const paragraf::MeetingRecord& m_record;
    QComboBox* m_paragraph;
    QComboBox* m_field;
    QPlainTextEdit* m_text;
    QLineEdit* m_reason;
};
