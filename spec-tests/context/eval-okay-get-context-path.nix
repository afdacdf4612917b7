# An interpolated path refers to its store copy as a plain path.
builtins.getContext "file: ${../../fixtures/derivations/input.txt}"
