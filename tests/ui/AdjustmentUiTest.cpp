// Justering at the desk, as the secretary and the signatories do it: a paragraph adjusted at the
// meeting, the protocol sent out, a remark answered with its change, the reviewer's diff, three
// signatures (one on paper), a rättelse, the posting, the exported PDF and the deadlines.
#include "NovemberDeskTest.h"
#include "adjustment/IssuedDocumentService.h"
#include "core/PdfTools.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/NoticesLabel.h"
#include "desk/ParagraphEditor.h"
#include "justering/CorrectionDialog.h"
#include "justering/DeadlinesDialog.h"
#include "justering/ErratumDialog.h"
#include "justering/ReviewDialog.h"
#include "justering/SignDialog.h"
#include "services/MeetingService.h"
#include "text/AdjustmentParts.h"
#include "text/CanonicalForm.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextBrowser>

using namespace paragraf;

namespace {

class AdjustmentUiTest : public NovemberDeskTest {
protected:
    static int indexOf(QComboBox* box, const QString& startingWith) {
        for (int i = 0; i < box->count(); ++i)
            if (box->itemText(i).startsWith(startingWith))
                return i;
        return -1;
    }
    void signAs(SignDialog* dialog, const QString& who, SigningMethod how, const QString& typed) {
        dialog->signatory()->setCurrentIndex(indexOf(dialog->signatory(), who));
        dialog->method()->button(static_cast<int>(how))->click();
        dialog->name()->setFocus();
        type(dialog->name(), typed);
        dialog->signNow();
    }
};

TEST_F(AdjustmentUiTest, AProtocolGoesFromDraftToArchiveAtTheDesk) {
    // § 31 is adjusted at the meeting itself.
    const Id paragraph31 = stored().paragraphs.last().id;
    window->session()->setCurrentParagraph(paragraph31);
    QCheckBox* immediate = window->desk()->editor()->immediatelyAdjusted();
    immediate->setFocus();
    QTest::keyClick(immediate, Qt::Key_Space);
    settle(); // the tick is written on the desk's writer thread, like typed text
    EXPECT_TRUE(stored().paragraphs.last().immediatelyAdjusted);

    window->actions()->sendForAdjustment->trigger();
    EXPECT_EQ(stored().meeting.status, MeetingStatus::OutForAdjustment);
    EXPECT_TRUE(window->desk()->editor()->title()->isReadOnly()) << "frozen while out";

    const auto reviewed = whenModal<ReviewDialog>([this](ReviewDialog* review) {
        review->reviewer()->setCurrentIndex(indexOf(review->reviewer(), QStringLiteral("Sara")));
        review->remarkParagraph()->setCurrentIndex(
            indexOf(review->remarkParagraph(), QStringLiteral("§ 29")));
        review->remarkText()->setFocus();
        type(review->remarkText(), QStringLiteral("Magnus Aspegren tar emot inspel, inte Martin."));
        QTest::keyClick(review->remarkText(), Qt::Key_Return);
        ASSERT_EQ(review->remarks()->rowCount(), 1) << review->problem()->text().toStdString();
        EXPECT_EQ(review->remarks()->item(0, 0)->text(), QStringLiteral("§ 29"));
        review->remarks()->selectRow(0);
        const auto corrected = whenModal<CorrectionDialog>([](CorrectionDialog* correction) {
            EXPECT_FALSE(correction->paragraph()->isEnabled()) << "the remark's own paragraph";
            QPlainTextEdit* text = correction->text();
            text->setFocus();
            QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
            type(text, QStringLiteral(" Inspel tas emot av Magnus Aspegren."));
            correction->accept();
        });
        review->acceptRemark();
        EXPECT_TRUE(*corrected);
        EXPECT_EQ(review->remarks()->item(0, 2)->text(), QStringLiteral("accepted"));
        // Sara has not read the protocol since it went out: the change is shown marked up.
        EXPECT_NE(review->changes()->toHtml().indexOf(QStringLiteral("Magnus Aspegren.")), -1);
        EXPECT_NE(review->changes()->toPlainText().indexOf(QStringLiteral("Synpunkter")), -1);
        review->markRead();
        EXPECT_NE(review->changes()->toPlainText().indexOf(QStringLiteral("Nothing has changed")),
                  -1);
        review->reject();
    });
    window->actions()->review->trigger();
    ASSERT_TRUE(*reviewed);
    const MeetingRecord corrected = stored();
    EXPECT_TRUE(corrected.paragraphs[3].sections.last().text.endsWith(
        QStringLiteral("Inspel tas emot av Magnus Aspegren.")));

    const auto signedAll = whenModal<SignDialog>([this](SignDialog* sign) {
        signAs(sign, QStringLiteral("Sara"), SigningMethod::InPerson, QStringLiteral("Sara S"));
        EXPECT_NE(sign->problem()->text().indexOf(QStringLiteral("is not the signatory's")), -1);
        sign->name()->clear();
        signAs(sign, QStringLiteral("Sara"), SigningMethod::InPerson,
               QStringLiteral("Sara Schelin"));
        signAs(sign, QStringLiteral("Elise"), SigningMethod::InPerson,
               QStringLiteral("Elise Ackerot"));
        EXPECT_TRUE(sign->isVisible());
        signAs(sign, QStringLiteral("Martin"), SigningMethod::OnPaper,
               QStringLiteral("Martin Söderström"));
        EXPECT_FALSE(sign->isVisible()) << "closes when the protocol is adjusted";
    });
    window->actions()->sign->trigger();
    ASSERT_TRUE(*signedAll);
    EXPECT_EQ(stored().meeting.status, MeetingStatus::Adjusted);
    window->actions()->verify->trigger();
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("intact and signed by all")), -1)
        << Dialogs::lastMessage().toStdString();

    const auto erratum = whenModal<ErratumDialog>([this](ErratumDialog* dialog) {
        dialog->paragraph()->setCurrentIndex(indexOf(dialog->paragraph(), QStringLiteral("§ 30")));
        EXPECT_EQ(dialog->decidedBy()->text(),
                  QStringLiteral("Martin Söderström och Sara Schelin"));
        dialog->correctText()->setFocus();
        type(dialog->correctText(), QStringLiteral("Inga frågor eller synpunkter från mötet."));
        dialog->reason()->setFocus();
        type(dialog->reason(), QStringLiteral("Ofullständig mening"));
        dialog->record();
    });
    window->actions()->recordErratum->trigger();
    ASSERT_TRUE(*erratum);
    ASSERT_EQ(stored().trail.errata.size(), 1);

    Dialogs::setNextText(QDate::currentDate().toString(Qt::ISODate));
    window->actions()->recordPosting->trigger();
    EXPECT_EQ(stored().meeting.status, MeetingStatus::Announced);

    const QString pdf = dir.filePath(QStringLiteral("protokoll.pdf"));
    Dialogs::setNextFileName(pdf);
    window->actions()->exportPdf->trigger();
    const QStringList pages = test::pdfPages(pdf);
    ASSERT_FALSE(pages.isEmpty()) << Dialogs::lastMessage().toStdString();
    const QString all = pages.join(QString()).simplified();
    EXPECT_TRUE(pages.last().simplified().contains(groupedHash(contentHash(stored()))));
    EXPECT_TRUE(all.contains(QStringLiteral("Paragrafen förklaras omedelbart justerad.")));
    EXPECT_TRUE(all.contains(QStringLiteral("Rättelse beslutad")));
    // The desk's export entered the file in the register of issued documents, byte for byte.
    const auto issued = IssuedDocumentService(*window->database()).issued(november);
    ASSERT_TRUE(issued.ok());
    ASSERT_EQ(issued->size(), 1);
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(issued->first().sha256,
              QString::fromLatin1(
                  QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex()));

    const auto listed = whenModal<DeadlinesDialog>([](DeadlinesDialog* dialog) {
        const auto& due = dialog->deadlines();
        const bool appeal = std::any_of(due.cbegin(), due.cend(), [](const Deadline& d) {
            return d.meeting.id == november && d.kind == DeadlineKind::AppealPeriod &&
                   d.due == appealPeriodEnds(QDate::currentDate()); // three weeks, to a weekday
        });
        EXPECT_TRUE(appeal);
        dialog->reject();
    });
    window->actions()->deadlines->trigger();
    EXPECT_TRUE(*listed);
}

TEST_F(AdjustmentUiTest, TheStatusBarCountsTheDeadlinesPassed) {
    // The 2024 drafts of the demo (seed 001 and the Västmanland group) and the three 2025
    // drafts of Norrvik are long overdue.
    EXPECT_TRUE(window->notices()->text().contains(QStringLiteral("<b>5 deadline")))
        << window->notices()->text().toStdString();
}

TEST_F(AdjustmentUiTest, StepsOutOfTurnSayWhatIsPossible) {
    window->actions()->sign->trigger();
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("before it is signed")), -1);
    window->actions()->recordErratum->trigger();
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("adjusted protocol")), -1);
    window->actions()->verify->trigger();
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("has not signed")), -1);
    EXPECT_EQ(stored().meeting.status, MeetingStatus::Draft);
}

} // namespace
