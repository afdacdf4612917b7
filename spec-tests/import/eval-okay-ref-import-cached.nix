# a file is imported once: the trace at its top is printed once for three imports
let f = ../../fixtures/import/traced.nix; in (import f) + (import f) + (import f)
