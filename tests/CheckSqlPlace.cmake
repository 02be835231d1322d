cmake_minimum_required(VERSION 3.25)
# SQL text lives in core/storage (and the migrations) only: a string literal that reads like a
# statement anywhere else in core/, ui/ or app/ fails this check (docs/architecture.md).
# Run with -DSOURCE_DIR=<project>.
set(statement "\"[^\"]*(SELECT [^\"]* FROM|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|PRAGMA [a-z_]+|BEGIN IMMEDIATE|CREATE (TABLE|INDEX|TRIGGER))")
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(problems "")
foreach(source ${sources})
  if(source MATCHES "/core/storage/")
    continue()
  endif()
  file(STRINGS ${source} lines REGEX "${statement}")
  foreach(line ${lines})
    file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
    string(STRIP "${line}" line)
    string(APPEND problems "${shown}: ${line}\n")
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "SQL outside core/storage (move it into a repository):\n${problems}")
endif()
