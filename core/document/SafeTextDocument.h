#pragma once

#include <QTextDocument>

namespace paragraf {

// A QTextDocument that never loads anything: rich text from a paragraph may name local files
// or URLs (<img src=…>, ![](…)), and a protocol must not pick up whatever those point at.
// loadResource() answers nothing, and stripImages() removes every image reference, because
// Qt's layout may resolve an image name before asking loadResource().
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    // Removes every image from the document; returns how many there were.
    int stripImages();

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace paragraf
