# string + path gives a store path string ending in the file name
let s = "" + ../../fixtures/paths/data.txt; in builtins.substring 44 8 s
