# an import that is never used is never read
let unused = import ./does-not-exist.nix; in "ok"
