#!/bin/sh
# snix-as-nix-instantiate.sh: the `snix` command-line tool (snix/cli, built from source)
# taking nix-instantiate's flags, for `nixref diff --against` and `nixref test --against`.
# SNIX_BIN names the binary (default: `snix` on PATH). Read its output with the
# shipped profile: --classify snix. See as-nix-instantiate.sh for the flags it maps.
VM_BIN=${SNIX_BIN:-snix} VM_FLAVOUR=snix exec "${0%/*}/as-nix-instantiate.sh" "$@"
