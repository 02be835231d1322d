# The man pages and the shell completion. paragraf-cli(1) is written at build time from the
# program's own help (cli-manpage.py), so it names every subcommand and option the program has.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(cli_manpage ${CMAKE_CURRENT_BINARY_DIR}/paragraf-cli.1)
add_custom_command(OUTPUT ${cli_manpage}
                   COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/cli-manpage.py
                           $<TARGET_FILE:paragraf-cli> ${PROJECT_VERSION} ${PARAGRAF_RELEASE_DATE}
                           ${cli_manpage}
                   DEPENDS paragraf-cli cli-manpage.py VERBATIM)
add_custom_target(manpages ALL DEPENDS ${cli_manpage})
set(mandir ${CMAKE_INSTALL_MANDIR}/man1)
foreach(page man/paragraf.1 ${cli_manpage})
  get_filename_component(name ${page} NAME)
  set(compressed ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz)
  add_custom_command(OUTPUT ${compressed} COMMAND gzip -9nc ${page} > ${compressed}
                     DEPENDS ${page} WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} VERBATIM)
  list(APPEND compressed_pages ${compressed})
endforeach()
add_custom_target(manpages_gz ALL DEPENDS ${compressed_pages})
install(FILES ${compressed_pages} DESTINATION ${mandir})

install(FILES completion/paragraf-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The handbook also as plain files, for a browser and for IT reading it before installing.
include(${PROJECT_SOURCE_DIR}/docs/handbok/files.cmake)
list(TRANSFORM PARAGRAF_HANDBOOK_PAGES PREPEND ${PROJECT_SOURCE_DIR}/docs/)
list(TRANSFORM PARAGRAF_HANDBOOK_IMAGES PREPEND ${PROJECT_SOURCE_DIR}/docs/)
install(FILES ${PARAGRAF_HANDBOOK_PAGES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paragraf/handbok)
install(FILES ${PARAGRAF_HANDBOOK_IMAGES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paragraf)
