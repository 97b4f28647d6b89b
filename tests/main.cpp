// The only translation unit that defines Catch's main. Benchmarks are enabled for the whole
// test target (CMake defines CATCH_CONFIG_ENABLE_BENCHMARKING) and tagged [!benchmark].
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
