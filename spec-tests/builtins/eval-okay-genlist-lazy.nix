# genList elements are computed lazily
builtins.elemAt (builtins.genList (i: if i == 0 then throw "zero" else i) 3) 2
