# __curPos gives the position of the expression (file is compared by basename)
let p = __curPos; in [ (baseNameOf p.file) p.line p.column ]
