# Checks which engine folders a file may include from (cmake -DENGINE=dir -P include_rules.cmake):
#   core/   nothing of the others       nn/    core/      data/   core/
#   train/  core/, nn/, data/           io/    all of them
# nn/ (the network) and data/ (tables and data sets) know nothing of each other; the
# trainer brings them together. Prints every forbidden include and fails.
cmake_minimum_required(VERSION 3.16)
if(NOT ENGINE)
  message(FATAL_ERROR "usage: cmake -DENGINE=path/to/engine -P include_rules.cmake")
endif()

set(allowed_core core)
set(allowed_nn core nn)
set(allowed_data core data)
set(allowed_train core nn data train)
set(allowed_io core nn data train io)
set(folders core nn data train io)

file(GLOB_RECURSE sources RELATIVE ${ENGINE} ${ENGINE}/*.hpp ${ENGINE}/*.cpp)
set(problems "")
foreach(source IN LISTS sources)
  string(REGEX MATCH "^[^/]+" folder "${source}")
  if(NOT folder IN_LIST folders OR source STREQUAL folder)
    string(APPEND problems "  ${source}: not in one of the folders ${folders}\n")
    continue()
  endif()
  file(STRINGS ${ENGINE}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" path "${line}")
    string(REGEX MATCH "^[^/]+" target "${path}")
    if(NOT path MATCHES "/" OR NOT target IN_LIST folders)
      string(APPEND problems "  ${source}: includes \"${path}\", which is not under core/, nn/, data/, train/ or io/\n")
    elseif(NOT target IN_LIST allowed_${folder})
      string(REPLACE ";" "/, " may "${allowed_${folder}}/")
      string(APPEND problems "  ${source}: includes ${path}, but ${folder}/ may include only ${may}\n")
    endif()
  endforeach()
endforeach()

if(problems)
  message(FATAL_ERROR "engine include rules broken:\n${problems}")
endif()
list(LENGTH sources count)
message(STATUS "engine include rules hold for ${count} files")
