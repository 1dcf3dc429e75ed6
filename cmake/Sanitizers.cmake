# C2C_SANITIZE builds everything with AddressSanitizer and UndefinedBehaviorSanitizer, so that
# the whole test suite can run under them (./quickstart.sh test does, in build-sanitize/).
# Any finding stops the process: a test that trips a sanitizer fails.
option(C2C_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(C2C_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()
