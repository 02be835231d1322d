#pragma once

#include "model/Proceedings.h"

#include <QTableWidget>

// The members serving at a paragraph, one row each, and how each voted. Voting is typed: J or
// Y for yes, N for no, A for abstain (or 1, 2, 3), each moving on to the next member, so that a
// vote of fifteen members takes fifteen keys; Delete clears a vote.
class VoteTable : public QTableWidget {
    Q_OBJECT
public:
    explicit VoteTable(QWidget* parent = nullptr);

    struct Voter {
        paragraf::Id participantId = paragraf::NoId;
        QString name;
    };
    void setVoters(const QList<Voter>& voters,
                   const QMap<paragraf::Id, paragraf::VoteChoice>& votes);

signals:
    void voted(paragraf::Id participantId, paragraf::VoteChoice choice);
    void cleared(paragraf::Id participantId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<Voter> m_voters;
};
