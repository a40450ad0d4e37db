#pragma once

// What the tests of bounded memory share (issue 11): the budget README.md states for any input
// under 10 MB, and whether AddressSanitizer runs the test (it reserves terabytes of address
// space, so an address-space limit cannot be set, and it turns mlock() into nothing).
#include <sys/resource.h>

namespace blindspot::testing {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

/// No input file under 10 MB makes any reader need more than this (README.md).
constexpr rlim_t kBudgetBytes = rlim_t(1) << 30;

} // namespace blindspot::testing
