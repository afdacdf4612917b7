# or may be used as an attribute name, in selection and in inherit
let x = { or = 1; }; in [ x.or { inherit (x) or; } ]
