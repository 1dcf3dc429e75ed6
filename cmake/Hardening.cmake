# Hardening as Debian builds its packages (dpkg-buildflags): lintian reports a .deb whose
# binaries lack it (hardening-no-fortify-functions, hardening-no-bindnow).
# - _FORTIFY_SOURCE=2: glibc checks the sizes of memcpy, sprintf … where the compiler knows them.
#   It needs optimisation (at -O0 glibc warns and does nothing), so only in optimised builds,
#   and not under the sanitizers, which check the same calls their own way.
# - -z relro -z now: the dynamic linker resolves every symbol at start-up and then makes the
#   relocation tables read-only, so they cannot be overwritten later.
option(C2C_HARDENING "Build with _FORTIFY_SOURCE (optimised builds) and full RELRO" ON)
if(C2C_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    if(NOT C2C_SANITIZE)
        # -U first: some compilers define it already, and a second definition would warn.
        add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    endif()
    add_link_options("LINKER:-z,relro,-z,now")
endif()
