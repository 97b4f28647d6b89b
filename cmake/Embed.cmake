# eventdb_embed(OUTPUT FILE...): generates OUTPUT, a C++ file defining
# eventdb::core::embedded_files() (see src/core/embedded.hpp) with the content of each FILE,
# keyed by "<folder>/<name>" (e.g. "schema/0001_init.sql"). Regenerated when a FILE changes.
function(eventdb_embed output)
  string(JOIN "|" joined ${ARGN})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DFILES=${joined}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding schema and data files"
    VERBATIM)
endfunction()
