# elem stops at the first match; the needle is unforced for an empty list
[ (builtins.elem 1 [ 1 (throw "later") ]) (builtins.elem (throw "needle") [ ]) ]
