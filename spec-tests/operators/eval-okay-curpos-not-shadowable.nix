# __curPos is a keyword and cannot be shadowed
let __curPos = 1; in (__curPos).line
