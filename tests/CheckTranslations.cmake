# The Swedish catalogue is complete for the current sources: lupdate is run on a copy (so new
# strings show up as unfinished) and every message must have a finished translation.
#   -DTS_FILE=… -DLUPDATE=… -DPROJECT_IN=… -DPROJECT_JSON=… -DGENERATOR=… -DWORK_DIR=…
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT_JSON}
                        -P ${GENERATOR} RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "could not generate the lupdate project")
endif()
file(COPY ${TS_FILE} DESTINATION ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${name})
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -no-obsolete -locations none -ts ${copy}
                WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE updated OUTPUT_QUIET)
if(NOT updated EQUAL 0)
  message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages n_messages)
if(n_messages EQUAL 0)
  message(FATAL_ERROR "${TS_FILE} holds no messages")
endif()
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<translation></translation>" empty "${ts}")
list(LENGTH unfinished n_unfinished)
list(LENGTH empty n_empty)
if(n_unfinished GREATER 0 OR n_empty GREATER 0)
  message(FATAL_ERROR "${name}: ${n_unfinished} unfinished and ${n_empty} empty of ${n_messages} messages. "
                      "Run the update_translations target, then scripts/fill_translations.py.")
endif()
message(STATUS "${name}: all ${n_messages} messages translated")
