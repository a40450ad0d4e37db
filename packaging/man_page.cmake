# Writes a gzipped man page for PROGRAM from its own --help and --version (help2man), so the
# page never drifts from the program. Run at build time:
#   cmake -DPROGRAM=... -DNAME=... -DDESCRIPTION=... -DHELP2MAN=... -DOUTPUT=.../x.1.gz
#         [-DCOMMANDS=ON] -DWORK_DIR=... -P man_page.cmake
# With COMMANDS=ON, each command listed under "Commands:" in the program's help gets its own
# section from "PROGRAM COMMAND --help".
cmake_minimum_required(VERSION 3.25)

# The programs are run as a fresh user would: in English, offscreen, with settings and caches
# in WORK_DIR, so neither the builder's language setting nor their home folder leaks in.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
set(ENV{HOME} "${WORK_DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/home/.config")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/home/.local/share")
set(ENV{XDG_CACHE_HOME} "${WORK_DIR}/home/.cache")
set(ENV{LANG} "C.UTF-8")
set(ENV{LANGUAGE} "")
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{QT_QPA_PLATFORM} "offscreen")

set(include_file "${WORK_DIR}/include.h2m")
set(include_text "")
if(COMMANDS)
  execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${rc})")
  endif()
  string(REGEX REPLACE ".*\nCommands:\n" "" listing "${help}")
  string(REGEX REPLACE "\n\n.*" "" listing "${listing}")
  string(REPLACE "\n" ";" lines "${listing}")
  string(APPEND include_text "[COMMANDS]\n")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "^  ([a-z]+)" _ "${line}")
    set(command "${CMAKE_MATCH_1}")
    if(command STREQUAL "")
      continue()
    endif()
    execute_process(COMMAND "${PROGRAM}" ${command} --help
                    OUTPUT_VARIABLE command_help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${rc})")
    endif()
    # roff: a leading dot or quote would be read as a request; backslashes as escapes.
    string(REPLACE "\\" "\\e" command_help "${command_help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" command_help "${command_help}")
    string(APPEND include_text ".SS ${command}\n.nf\n${command_help}.fi\n")
  endforeach()
endif()
set(include_option "")
if(NOT include_text STREQUAL "")
  file(WRITE "${include_file}" "${include_text}")
  set(include_option "--include=${include_file}")
endif()

# The desktop program's --version says "Blindspot 0.1.0"; the page is named after the command.
execute_process(COMMAND "${PROGRAM}" --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --version failed (${rc})")
endif()
string(REGEX MATCH "[0-9][0-9.]*" version "${version}")

get_filename_component(page "${OUTPUT}" NAME_WLE)
execute_process(
  COMMAND "${HELP2MAN}" --no-info --section=1 "--name=${DESCRIPTION}"
          "--version-string=${version}" ${include_option} "--output=${WORK_DIR}/${page}" "${PROGRAM}"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man ${PROGRAM} failed (${rc}): ${err}")
endif()
# gzip -n: no name or time stamp inside, so the package is the same on every build.
execute_process(COMMAND gzip -9n -c "${WORK_DIR}/${page}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${page} failed (${rc})")
endif()
