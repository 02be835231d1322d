# The storage wall, built like the widget wall (core/wall): the user interface reaches the file
# through services, and rules, text and document know nothing of storage at all.
#
# For each header of core/storage a poisoned twin is generated here. ui/ and app/ compile with the
# twins of every header except storage/Database.h (the open file, from which services are made)
# first on their include path; core/rules, core/text and core/document compile with the twins of
# all of them as quoted-include directories. A forbidden include then stops the build, whether it
# is written in the file itself or reached through a core header the file includes. ui/ and app/
# also find QSqlQuery poisoned: SQL is for core/storage alone.
file(GLOB paragraf_storage_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/core/storage/*.h)
set(PARAGRAF_STORAGE_WALL_UI ${PROJECT_BINARY_DIR}/storage_wall/ui)
set(PARAGRAF_STORAGE_WALL_PURE ${PROJECT_BINARY_DIR}/storage_wall/pure)
foreach(header ${paragraf_storage_headers})
  get_filename_component(name ${header} NAME)
  if(NOT name STREQUAL "Database.h")
    file(CONFIGURE OUTPUT ${PARAGRAF_STORAGE_WALL_UI}/storage/${name} CONTENT
         "#error \"ui/ and app/ talk to services, never to storage: storage/${name} is not \
for them (only storage/Database.h is; see docs/architecture.md)\"\n")
  endif()
  file(CONFIGURE OUTPUT ${PARAGRAF_STORAGE_WALL_PURE}/storage/${name} CONTENT
       "#error \"core/rules, core/text and core/document include no storage header: \
storage/${name} is not for them (value types live in core/model)\"\n")
endforeach()

# Nor do ui/ and app/ run SQL of their own on the open file's connection.
foreach(name QSqlQuery qsqlquery.h QtSql/QSqlQuery QtSql/qsqlquery.h)
  file(CONFIGURE OUTPUT ${PARAGRAF_STORAGE_WALL_UI}/${name} CONTENT
       "#error \"ui/ and app/ run no SQL: a query belongs in a repository of core/storage, \
reached through a service (see docs/architecture.md)\"\n")
endforeach()

# Puts the wall of ui/ and app/ in front of a target's include path.
function(paragraf_storage_wall target)
  target_include_directories(${target} BEFORE PRIVATE ${PARAGRAF_STORAGE_WALL_UI})
endfunction()

# Walls off storage for sources of the core that must not know it: -iquote directories are
# searched for quoted includes before every -I directory, so the poisoned twins win. Sources in
# the directory that calls it.
function(paragraf_storage_free)
  set_source_files_properties(${ARGN} PROPERTIES COMPILE_OPTIONS
                              "-iquote;${PARAGRAF_STORAGE_WALL_PURE}")
endfunction()
