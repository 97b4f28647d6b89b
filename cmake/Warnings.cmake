# eventdb_warnings: an INTERFACE target carrying our warning and sanitizer flags. It is linked
# PRIVATE into our own targets only, never through CMAKE_CXX_FLAGS, so third-party headers
# and generated code keep their own flags.
add_library(eventdb_warnings INTERFACE)
target_compile_options(eventdb_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(EVENTDB_WERROR)
  target_compile_options(eventdb_warnings INTERFACE -Werror)
endif()
if(EVENTDB_SANITIZE)
  target_compile_options(eventdb_warnings INTERFACE
    -fsanitize=${EVENTDB_SANITIZE} -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS)
  target_link_options(eventdb_warnings INTERFACE -fsanitize=${EVENTDB_SANITIZE})
endif()
