#pragma once

#include "Result.h"

#include <QString>

class QWidget;

// A read whose failure the secretary must hear of, never an empty list shown as if the file held
// nothing: the value, or `fallback` once a message over `parent` has said why it was not read.
void sayNotRead(QWidget* parent, const QString& why);

template <typename T> T readOrSay(QWidget* parent, paragraf::Result<T> result, T fallback = T()) {
    if (result)
        return std::move(result).value();
    sayNotRead(parent, result.error());
    return fallback;
}
