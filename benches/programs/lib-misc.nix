# nixpkgs lib's own tests, `lib/tests/misc.nix` of the lib in NIXPKGS_LIB (outside this
# repository), run as its CI runs them: the result is the list of failed tests, `[ ]` when
# all pass.
import (/. + builtins.getEnv "NIXPKGS_LIB" + "/tests/misc.nix")
