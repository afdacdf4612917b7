#!/bin/sh
# as-nix-instantiate.sh: run the command-line tool of a bytecode VM for Nix (the `snix` or
# `tvix` binary) as if it were `nix-instantiate --eval`, so that `nixref diff --against`
# and `nixref test --against` can drive it. Use it through snix-as-nix-instantiate.sh or
# tvix-as-nix-instantiate.sh, which set VM_FLAVOUR and VM_BIN; see README.md, "Testing your
# VM in 5 minutes".
#
# nix-instantiate's flags and what becomes of them:
#   FILE, -E EXPR, - (standard input)   the VM's SCRIPT / -E EXPR (standard input goes
#                                       through a temporary file in the current folder)
#   --eval, --eval-only                 always (the VMs only evaluate)
#   --strict                            --strict
#   --parse                             --compile-only
#   -A ATTRPATH                         (E).a.b
#   --arg NAME EXPR, --argstr NAME STR  E called with { NAME = ...; } if it is a function
#                                       (only the arguments its formals name)
#   --json, --xml, --raw                builtins.toJSON E / builtins.toXML E / the string,
#                                       printed as nix-instantiate prints them
#   -I PATH, -I NAME=PATH               the VM's search path
#   --show-trace, --no-location, --read-write-mode, --option N V, ... ignored
# The VM's `=> VALUE :: TYPE` becomes nix-instantiate's `VALUE`; its exit status and
# standard error pass through unchanged.
#
# Not mapped: a top-level function is not called when no --arg/--argstr is given (C++ Nix
# calls one whose formals all have defaults); `-A` takes names only (no list indices); a
# function called with --arg gets only the arguments its formals name, even with `...`.

set -u
vm=${VM_BIN:?VM_BIN must name the VM binary (set by snix-as-nix-instantiate.sh or tvix-as-nix-instantiate.sh)}
flavour=${VM_FLAVOUR:-snix}

strict= parse= mode=value attr= exprs= file= stdin= search=
callargs=

# A Nix string literal holding $1.
nixstr() {
  printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"$]/\\&/g')"
}

while [ $# -gt 0 ]; do
  a=$1
  shift
  case $a in
    --eval|--eval-only|--show-trace|--no-location|--read-write-mode|--readonly-mode|\
    --quiet|--verbose|-v*|--debug|--impure|--pure-eval|--no-pure-eval|--keep-going|-k|\
    --repair|--dry-run|--add-root|--indirect|--no-build-output|-Q|--fallback) ;;
    --option) shift 2 ;;
    --extra-experimental-features|--experimental-features|--timeout|--max-jobs|-j|\
    --cores|--store|--eval-store|--log-format|--max-call-depth) shift ;;
    --strict) strict=--strict ;;
    --parse) parse=1 ;;
    --json) mode=json ;;
    --xml) mode=xml ;;
    --raw) mode=raw ;;
    -A|--attr) attr=$1; shift ;;
    --arg) callargs="$callargs $1 = ($2);"; shift 2 ;;
    --argstr) callargs="$callargs $1 = $(nixstr "$2");"; shift 2 ;;
    -I) search="$search${search:+:}$1"; shift ;;
    -I*) search="$search${search:+:}${a#-I}" ;;
    -E|--expr) exprs=1 ;;
    -) stdin=1 ;;
    -*) echo "error: $(basename "$0"): unsupported flag '$a'" >&2; exit 2 ;;
    *)
      if [ -n "$exprs" ]; then exprtext=$a; else file=$a; fi ;;
  esac
done

cleanup=
if [ -n "$stdin" ] || { [ -z "$file" ] && [ -z "${exprtext:-}" ]; }; then
  file=./.as-nix-instantiate-stdin-$$.nix
  cat > "$file"
  cleanup=$file
fi
trap '[ -n "$cleanup" ] && rm -f "$cleanup"' EXIT

set -- --no-warnings
[ -n "$strict" ] && set -- "$@" --strict
if [ -n "$search" ]; then
  case $flavour in
    tvix) set -- "$@" -I "$search" ;;
    *) old_ifs=$IFS; IFS=:
       for p in $search; do set -- "$@" -I "$p"; done
       IFS=$old_ifs ;;
  esac
fi

if [ -n "$parse" ]; then
  if [ -z "$file" ]; then
    file=./.as-nix-instantiate-parse-$$.nix
    printf '%s\n' "$exprtext" > "$file"
    cleanup=$file
  fi
  "$vm" "$@" --compile-only "$file" >/dev/null
  exit $?
fi

# The expression to evaluate, when the file cannot be handed over as it is.
if [ -n "$attr$callargs" ] || [ "$mode" != value ]; then
  if [ -n "$file" ]; then
    case $file in /*) abs=$file ;; *) abs=$PWD/$file ;; esac
    e="(import $(nixstr "$abs"))"
  else
    e="($exprtext)"
  fi
  if [ -n "$callargs" ]; then
    e="(let f = $e; args = {$callargs }; in if builtins.isFunction f then f (builtins.intersectAttrs (builtins.functionArgs f) args) else f)"
  fi
  if [ -n "$attr" ]; then
    old_ifs=$IFS; IFS=.
    for part in $attr; do e="$e.$(nixstr "$part")"; done
    IFS=$old_ifs
  fi
  case $mode in
    json) e="builtins.toJSON $e" ;;
    xml) e="builtins.toXML $e" ;;
  esac
  set -- "$@" -E "$e"
elif [ -n "$file" ]; then
  set -- "$@" "$file"
else
  set -- "$@" -E "$exprtext"
fi

out=$("$vm" "$@")
status=$?
if [ $status -ne 0 ]; then
  [ -n "$out" ] && printf '%s\n' "$out"
  exit $status
fi
# `=> VALUE :: TYPE` -> VALUE (one line: the VMs print strings with their newlines escaped)
value=${out#=> }
value=${value% :: *}
unescape() {
  sed -e '1s/^"//' -e '$s/"$//' -e 's/\\\\/\x01/g' -e 's/\\"/"/g' -e 's/\\n/\n/g' \
      -e 's/\\t/\t/g' -e 's/\\r/\r/g' -e 's/\\\$/$/g' -e 's/\x01/\\/g'
}
case $mode in
  json) printf '%s\n' "$value" | unescape ;;
  xml|raw)
    case $value in
      \"*) printf '%s' "$value" | unescape ;;
      *) printf '%s\n' "$value" ;;
    esac ;;
  *) printf '%s\n' "$value" ;;
esac
