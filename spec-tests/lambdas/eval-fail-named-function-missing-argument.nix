# the error names the function when it is bound by let
let myFunc = { x }: x; in myFunc { }
