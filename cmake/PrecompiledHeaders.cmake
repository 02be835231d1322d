# Precompiled headers: Qt's, the standard library's and GoogleTest's headers are parsed once per
# target instead of once per source. On the two cores CI has, parsing them was about half of every
# compile (a desk test 8.4 s → 5.1 s, a repository 3.8 s → 1.9 s), and CI builds the whole tree
# three times (tests, the package, the sanitizers).
#
# Only headers every part may use are listed: no QSqlQuery for ui/ (its storage wall poisons it,
# cmake/StorageWall.cmake) and no widget for core/ (core/wall poisons those). A source that uses a
# class still includes its header: with -DPARAGRAF_PCH=OFF it must build as well.
option(PARAGRAF_PCH "Precompile Qt's, the standard library's and GoogleTest's headers" ON)

set(paragraf_pch_core <QString> <QStringList> <QList> <QHash> <QSet> <QMap> <QDate> <QDateTime>
    <QByteArray> <QVariant> <QCoreApplication> <QRegularExpression> <QJsonObject> <QJsonArray>
    <QFile> <QDir> <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(paragraf_pch_widgets <QWidget> <QApplication> <QMainWindow> <QDialog> <QLabel> <QLineEdit>
    <QTextEdit> <QPushButton> <QComboBox> <QAction> <QTableView> <QListWidget> <QBoxLayout>)
set(paragraf_pch_test <gtest/gtest.h> <QTemporaryDir> <QSqlDatabase> <QSqlQuery>)

# paragraf_precompile(TARGET core|ui|core_test|ui_test)
function(paragraf_precompile target kind)
  if(NOT PARAGRAF_PCH)
    return()
  endif()
  set(headers ${paragraf_pch_core})
  if(kind MATCHES "^ui")
    list(APPEND headers ${paragraf_pch_widgets})
  endif()
  if(kind MATCHES "test$")
    list(APPEND headers ${paragraf_pch_test})
  endif()
  if(kind STREQUAL "ui_test")
    list(APPEND headers <QTest> <QSignalSpy>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
