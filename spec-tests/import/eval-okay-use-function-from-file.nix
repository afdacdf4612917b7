# functions defined in an imported file can be used
let lib = import ../../fixtures/import/lib.nix; in map lib.double [ 1 2 3 ]
