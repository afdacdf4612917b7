#!/bin/sh
# tvix-as-nix-instantiate.sh: the `tvix` command-line tool (tvix/cli, built from source)
# taking nix-instantiate's flags, for `nixref diff --against` and `nixref test --against`.
# TVIX_BIN names the binary (default: `tvix` on PATH). Read its output with the
# shipped profile: --classify tvix. See as-nix-instantiate.sh for the flags it maps.
VM_BIN=${TVIX_BIN:-tvix} VM_FLAVOUR=tvix exec "${0%/*}/as-nix-instantiate.sh" "$@"
